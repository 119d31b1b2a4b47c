import type { InstructorExerciseProgress, Progress } from './schema';

/** Instructor exercises kept per learner: the oldest untouched one goes first when a new one arrives. */
export const MAX_INSTRUCTOR_EXERCISES = 50;

/** What the learner's page knows about an instructor exercise, besides the attempts. */
export interface InstructorMeta {
	/** The exercise's title, from the link. */
	title: string;
	/** The link's fragment, to reopen it from /progressi/ (left out when too long to keep). */
	fragment?: string | undefined;
}

/**
 * Changes one instructor exercise's record on a draft the store has already copied, creating it
 * (and dropping the least recently used beyond MAX_INSTRUCTOR_EXERCISES) when missing.
 */
export function patchInstructor(
	draft: Progress,
	id: string,
	meta: InstructorMeta,
	patch: (current: InstructorExerciseProgress) => Partial<InstructorExerciseProgress>,
): void {
	const all = { ...draft.instructor };
	const current: InstructorExerciseProgress = all[id] ?? {
		attempts: [],
		lastReply: '',
		revealedModel: false,
		title: '',
	};
	delete all[id];
	const next: InstructorExerciseProgress = { ...current, ...patch(current), title: meta.title.slice(0, 200) };
	if (meta.fragment !== undefined) next.fragment = meta.fragment;
	// Insertion order is recency: the entry just touched goes last, the first one is the oldest.
	const ids = Object.keys(all);
	for (const old of ids.slice(0, Math.max(0, ids.length - (MAX_INSTRUCTOR_EXERCISES - 1)))) delete all[old];
	draft.instructor = { ...all, [id]: next };
}
