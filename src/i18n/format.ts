/**
 * Numbers as the course shows them. Kept apart from the dictionaries, so an island that shows a
 * percentage does not carry the site's strings with it.
 */

// Made on first use: the first Intl.NumberFormat of a page loads ICU data, tens of milliseconds on a
// slow phone, and the whole percentages every page shows never need it (see formatPercent).
let percentFormat: Intl.NumberFormat | undefined;

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
export function formatPercent(share: number): string {
	const whole = wholePercent(share);
	// Below 10 000 Intl writes exactly the digits and "%" in Italian ("85%", "-5%"): no need to pay for it.
	if (Math.abs(whole) < 10_000) return `${whole}%`;
	percentFormat ??= new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 0 });
	return percentFormat.format(whole / 100);
}
