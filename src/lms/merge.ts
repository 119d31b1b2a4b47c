import { capped } from '../progress/changes';
import type { Attempt, ExerciseProgress, LessonProgress, Progress, QuizProgress, ShiftPlay } from '../progress/schema';

/**
 * Merging what the browser has with what the LMS restored. Nothing is ever lost: a lesson finished
 * in either is finished, with the earliest date; attempts and quiz checks are the union of both.
 * The LMS keeps times to the second and only a few entries per history, so an entry it restores
 * counts as already known when the browser has one in the same second: the browser's copy is the
 * more precise one and wins.
 */

const second = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

const earliest = (a: string | undefined, b: string | undefined): string | undefined =>
	a === undefined ? b : b === undefined ? a : a <= b ? a : b;

/** The entries of `ours` plus those of `theirs` in a second `ours` does not cover, in time order, capped. */
function union<T extends { at: string }>(ours: T[], theirs: T[]): T[] {
	const known = new Set(ours.map((e) => second(e.at)));
	const added = theirs.filter((e) => !known.has(second(e.at)));
	if (added.length === 0) return ours;
	return capped([...ours, ...added].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
}

function mergeLesson(ours: LessonProgress | undefined, theirs: LessonProgress): LessonProgress {
	const finishedAt = earliest(ours?.finishedAt, theirs.finishedAt);
	const openedAt = earliest(earliest(ours?.openedAt, theirs.openedAt), finishedAt);
	return { ...(openedAt !== undefined ? { openedAt } : {}), ...(finishedAt !== undefined ? { finishedAt } : {}) };
}

function mergeExercise(ours: ExerciseProgress | undefined, theirs: ExerciseProgress): ExerciseProgress {
	if (!ours) return theirs;
	return {
		...ours,
		attempts: union<Attempt>(ours.attempts, theirs.attempts),
		revealedModel: ours.revealedModel || theirs.revealedModel,
	};
}

function mergeQuiz(ours: QuizProgress | undefined, theirs: QuizProgress): QuizProgress {
	if (!ours) return theirs;
	const history = union(ours.history, theirs.history);
	const last = history.at(-1) ?? { at: ours.at, score: ours.score };
	return { at: last.at, score: last.score, best: Math.max(ours.best, theirs.best), history };
}

/** Merges a restored record into the browser's; `local` wins on everything the LMS does not keep (drafts, profile). */
export function mergeProgress(local: Progress, restored: Progress): Progress {
	const merged: Progress = {
		...local,
		lessons: { ...local.lessons },
		exercises: { ...local.exercises },
		quizzes: { ...local.quizzes },
	};
	for (const [id, lesson] of Object.entries(restored.lessons))
		merged.lessons[id] = mergeLesson(local.lessons[id], lesson);
	for (const [id, exercise] of Object.entries(restored.exercises))
		merged.exercises[id] = mergeExercise(local.exercises[id], exercise);
	for (const [id, quiz] of Object.entries(restored.quizzes)) merged.quizzes[id] = mergeQuiz(local.quizzes[id], quiz);
	for (const [id, shift] of Object.entries(restored.shifts ?? {})) {
		merged.shifts = {
			...merged.shifts,
			[id]: { plays: union<ShiftPlay>(local.shifts?.[id]?.plays ?? [], shift.plays) },
		};
	}
	merged.updatedAt = local.updatedAt >= restored.updatedAt ? local.updatedAt : restored.updatedAt;
	return merged;
}
