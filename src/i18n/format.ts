/**
 * Numbers as the course shows them. Kept apart from the dictionaries, so an island that shows a
 * percentage does not carry the site's strings with it.
 */

const percentFormat = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 0 });

/**
 * A share 0..1 as whole percentage points: 0.849 → 85. The one rounding rule for every score shown,
 * written to the HR CSV or binned in class figures, so they all agree.
 */
export function wholePercent(share: number): number {
	// `+ 0` turns -0 into 0, which Intl would print as "-0%".
	return Math.round(share * 100) + 0;
}

/**
 * "85%" for 0.849, in Italian. Rounds with `wholePercent` first: Intl rounds the decimal value
 * (0.285 → "29%") where `Math.round(0.285 * 100)` gives 28, and every figure must match the others.
 */
export const formatPercent = (share: number): string => percentFormat.format(wholePercent(share) / 100);
