import type * as Grader from '../grader/index';

let loading: Promise<typeof Grader> | undefined;

/**
 * Loads the grader the first time it is needed. It is the largest part of an exercise page, and a
 * learner who only reads never pays for it; islands call this on the first focus of the reply box,
 * so the module is usually there before the first "Valuta la risposta".
 */
export function loadGrader(): Promise<typeof Grader> {
	loading ??= import('../grader/index');
	return loading;
}

/**
 * What the office knows, as the learner reads it: the exercise's instructions (its fact sheet) and
 * the page's own posts in the thread. Values in a reply found nowhere here are invented.
 */
export function factSheetOf(exercise: {
	instructions: string;
	thread: readonly { text: string; fromPage?: boolean }[];
}): string {
	return [exercise.instructions, ...exercise.thread.filter((m) => m.fromPage).map((m) => m.text)].join('\n');
}
