import { planLessons, type CoursePlan } from '../course/plan';

/**
 * The items the suspend data can mention, in a fixed order: the codec writes positions in these
 * lists instead of ids, which is what lets a whole course fit in SCORM 1.2's 4,096 characters.
 */
export interface SuspendCatalogue {
	/** Course id: a record of another course is never restored. */
	courseId: string;
	/** Lesson ids (`modulo/lezione`) in reading order. */
	lessons: string[];
	/** Every exercise id of the course, sorted. */
	exercises: string[];
	/** Every quiz id of the course, sorted. */
	quizzes: string[];
	/** Pass marks (0..1) whose first reaching the suspend data keeps: completion dates depend on it. */
	passMarks: number[];
	/** Every shift id of the course, sorted (absent in catalogues written before shifts were recorded). */
	shifts?: string[];
}

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/**
 * The catalogue of a course: lessons from the plan, exercises and quizzes from their collections
 * (the practice pages use some that no lesson embeds). Build time.
 */
export function buildCatalogue(
	plan: CoursePlan,
	exerciseIds: Iterable<string>,
	quizIds: Iterable<string>,
): SuspendCatalogue {
	return {
		courseId: plan.course.id,
		lessons: planLessons(plan).map((l) => l.id),
		exercises: sortedUnique(exerciseIds),
		quizzes: sortedUnique(quizIds),
		passMarks: [...new Set([plan.passMarks.quiz, plan.passMarks.finalAssessment])].sort((a, b) => a - b),
		...(plan.shifts?.length ? { shifts: sortedUnique(plan.shifts.map((s) => s.id)) } : {}),
	};
}

/**
 * A short hash (FNV-1a, base 36) of the catalogue. Positions mean something only against the same
 * lists: an edition that adds or reorders items gets another fingerprint, and old data is not misread.
 */
export function catalogueFingerprint(catalogue: SuspendCatalogue): string {
	const lists = [
		catalogue.lessons,
		catalogue.exercises,
		catalogue.quizzes,
		...(catalogue.shifts?.length ? [catalogue.shifts] : []),
	];
	const text = [catalogue.courseId, ...lists.map((l) => l.join(','))].join('|');
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}
