import type { GradeResult } from '../grader/types';
import type { InstructorMeta } from './instructor';
import type { ExerciseProgress } from './schema';
import type { ProgressStore } from './store';

/** Where an exercise island keeps its work: the course's exercises, or the instructor's apart. */
export interface ExerciseTrack {
	saved(): ExerciseProgress | undefined;
	saveDraft(reply: string): void;
	recordAttempt(reply: string, result: GradeResult): void;
	revealModel(): void;
}

/**
 * The track of exercise `id`: a course exercise unless `instructor` is given, in which case the
 * work goes to the instructor record, which never counts toward completion.
 */
export function exerciseTrack(store: ProgressStore, id: string, instructor?: InstructorMeta): ExerciseTrack {
	if (!instructor) {
		return {
			saved: () => store.exercise(id),
			saveDraft: (reply) => store.saveDraft(id, reply),
			recordAttempt: (reply, result) => void store.recordAttempt(id, reply, result),
			revealModel: () => store.revealModel(id),
		};
	}
	return {
		saved: () => store.instructorExercise(id),
		saveDraft: (reply) => store.saveInstructorDraft(id, instructor, reply),
		recordAttempt: (reply, result) => void store.recordInstructorAttempt(id, instructor, reply, result),
		revealModel: () => store.revealInstructorModel(id, instructor),
	};
}
