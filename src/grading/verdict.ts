import type { CriterionId, GradeResult, ReplyChannel } from '../grader/types';
import { wholePercent } from '../i18n/format';
import { CONDUCT_HEAD } from '../grader/feedback/conduct';

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

/**
 * The key of a UI string for a reply's channel: a private message reads the `<key>Private` form
 * ("Da non inviare", "Scrivi in privato a…"), a public reply the plain one. The return type lets
 * the compiler check that both forms exist in the island's dictionary.
 */
export function channelKey<K extends string>(key: K, channel: ReplyChannel | undefined): K | `${K}Private` {
	return channel === 'private' ? `${key}Private` : key;
}

/** The sentence announced to screen readers when a reply is graded: a failed conduct gate first. */
export function announceResult(
	result: GradeResult,
	t: (
		key: 'grade.announce' | 'grade.announceConduct' | 'grade.announceConductPrivate',
		v: Record<string, string | number>,
	) => string,
	channel: ReplyChannel = 'public',
): string {
	const count = tally(result);
	const score = percent(result.score);
	const first = result.conduct[0];
	if (!first) return t('grade.announce', { ...count, score });
	return t(channelKey('grade.announceConduct', channel), { reason: conductReason(first.message), ...count, score });
}

/**
 * A conduct message under the "Non pubblicabile" (or, for a private message, "Da non inviare")
 * heading: the heading already says it, so the text starts with the reason.
 */
export function conductReason(message: string): string {
	const rest = message.replace(CONDUCT_HEAD, '');
	return rest ? `${rest[0]?.toUpperCase() ?? ''}${rest.slice(1)}` : message;
}
