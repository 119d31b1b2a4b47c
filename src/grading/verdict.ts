import type { CriterionId, GradeResult } from '../grader/types';
import { wholePercent } from '../i18n/format';

/** How a verdict is shown: `data-status` values, also the style hooks. */
export type Status = 'met' | 'not_met' | 'not_applicable';

/** The three tips, in the rubric's order. */
export const CRITERIA: readonly CriterionId[] = ['detailed', 'name', 'thanks'];

/** The status of a criterion's `met` value. */
export function statusOf(met: boolean | null): Status {
	if (met === null) return 'not_applicable';
	return met ? 'met' : 'not_met';
}

/** Number of applicable tips met, and of applicable tips. */
export function tally(result: GradeResult): { met: number; applicable: number } {
	const applicable = CRITERIA.filter((c) => result.criteria[c].met !== null);
	return { met: applicable.filter((c) => result.criteria[c].met === true).length, applicable: applicable.length };
}

/** A score 0..1 as a whole percentage. */
export const percent = (score: number): number => wholePercent(Math.min(1, Math.max(0, score)));

/** The sentence announced to screen readers when a reply is graded: a failed conduct gate first. */
export function announceResult(
	result: GradeResult,
	t: (key: 'grade.announce' | 'grade.announceConduct', v: Record<string, string | number>) => string,
): string {
	const count = tally(result);
	const score = percent(result.score);
	const first = result.conduct[0];
	return first
		? t('grade.announceConduct', { reason: first.message, ...count, score })
		: t('grade.announce', { ...count, score });
}

/** A conduct message under the "Non pubblicabile" heading: the heading already says it, so the text starts with the reason. */
export function conductReason(message: string): string {
	const rest = message.replace(/^Non pubblicabile:\s*/u, '');
	return rest ? `${rest[0]?.toUpperCase() ?? ''}${rest.slice(1)}` : message;
}
