import type { GradeResult } from '../grader/types';
import { MAX_ATTEMPTS } from './constants';
import type { Attempt, ExerciseProgress, Progress, ShiftPlay } from './schema';

/**
 * The changes a learner's actions make to a progress record, as pure functions on a draft the
 * store has already copied: no clock (the time is passed in), no storage.
 */

/** Keeps the first entry (the completion date depends on it) and the most recent ones, MAX_ATTEMPTS in all. */
export function capped<T>(list: T[]): T[] {
	return list.length <= MAX_ATTEMPTS ? list : [...list.slice(0, 1), ...list.slice(-(MAX_ATTEMPTS - 1))];
}

/** The stored form of a grader result: verdicts and scores only. */
export function attemptFrom(result: GradeResult, at: string): Attempt {
	const { detailed, name, thanks } = result.criteria;
	return {
		at,
		verdicts: { detailed: detailed.met, name: name.met, thanks: thanks.met },
		scores: { detailed: detailed.score, name: name.score, thanks: thanks.score },
		score: result.score,
	};
}

/** Changes one exercise's record, creating it when missing. */
export function patchExercise(
	draft: Progress,
	id: string,
	patch: (current: ExerciseProgress) => Partial<ExerciseProgress>,
): void {
	const current = draft.exercises[id] ?? { attempts: [], lastReply: '', revealedModel: false };
	draft.exercises[id] = { ...current, ...patch(current) };
}

/** Adds a quiz check, keeping the best score and a capped history. */
export function addQuizCheck(draft: Progress, id: string, at: string, score: number): void {
	const previous = draft.quizzes[id];
	draft.quizzes[id] = {
		at,
		score,
		best: Math.max(score, previous?.best ?? 0),
		history: capped([...(previous?.history ?? []), { at, score }]),
	};
}

/** Adds a played shift, keeping a capped list of plays. */
export function addShiftPlay(draft: Progress, id: string, play: ShiftPlay): void {
	const shifts = { ...draft.shifts };
	shifts[id] = { plays: capped([...(shifts[id]?.plays ?? []), play]) };
	draft.shifts = shifts;
}
