import { canonicalJson, sha256Hex } from '../progress/canonical';
import type { SharedExercise } from './shared';

/**
 * The id of an instructor exercise: "docente-" and 16 hex characters of the SHA-256 of its canonical
 * JSON. The same exercise always gets the same id, in every browser, so attempts gather under it
 * and the class report groups the class's replies; an edited exercise is another exercise.
 */
export async function instructorExerciseId(exercise: SharedExercise): Promise<string> {
	return `docente-${(await sha256Hex(canonicalJson(exercise))).slice(0, 16)}`;
}
