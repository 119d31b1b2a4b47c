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
