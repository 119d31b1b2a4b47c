import { DECISIONS, type Decision, type ShiftComment } from '../schemas/shift';

/** How a set of decisions compares with the file's. */
export interface DecisionVerdict {
	/** Exactly the right set, or exactly one of the `also` sets. */
	right: boolean;
	/** Decisions of the right set the learner did not take. */
	missing: Decision[];
	/** Decisions the learner took that the right set does not contain. */
	extra: Decision[];
}

const sameSet = (a: readonly Decision[], b: readonly Decision[]): boolean =>
	a.length === b.length && a.every((d) => b.includes(d));

/** Chosen decisions in the order they are shown, each once. */
export const normaliseDecisions = (chosen: readonly Decision[]): Decision[] =>
	DECISIONS.filter((d) => chosen.includes(d));

/** Grades a set of decisions against a comment's right set (or any set in `also`). */
export function judgeDecisions(chosen: readonly Decision[], decisions: ShiftComment['decisions']): DecisionVerdict {
	const set = normaliseDecisions(chosen);
	const right = [decisions.right, ...decisions.also].some((ok) => sameSet(set, ok));
	return {
		right,
		missing: right ? [] : decisions.right.filter((d) => !set.includes(d)),
		extra: right ? [] : set.filter((d) => !decisions.right.includes(d)),
	};
}
