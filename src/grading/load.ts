import type * as Grader from '../grader/index';
import type { GradeInput, KeyFact, ReplyChannel } from '../grader/types';

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

/**
 * What the grader gets for a reply to an exercise: the last message of the thread is the comment to
 * answer, with its author; the exercise's key facts and offensive flag; its fact sheet; the earlier
 * messages and the times the mock-up shows (values there are not invented). The page, the tests and
 * the outside testers' runs all build it here.
 */
export function exerciseGradeInput(
	exercise: {
		instructions: string;
		thread: readonly { author: string; text: string; time?: string; fromPage?: boolean }[];
		offensive: boolean;
		keyFacts: KeyFact[];
		channel?: ReplyChannel;
	},
	reply: string,
): GradeInput {
	const target = exercise.thread[exercise.thread.length - 1];
	return {
		comment: target?.text ?? '',
		author: target?.author ?? '',
		reply,
		offensive: exercise.offensive,
		keyFacts: exercise.keyFacts,
		channel: exercise.channel ?? 'public',
		factSheet: factSheetOf(exercise),
		thread: [
			...exercise.thread.slice(0, -1).map((m) => m.text),
			...exercise.thread.flatMap((m) => (m.time ? [m.time] : [])),
		],
	};
}
