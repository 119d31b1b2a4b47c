/**
 * Session times in the two formats SCORM asks for. Both take whole or fractional seconds and never
 * throw: a negative or non-finite duration (a clock that jumped) is reported as zero.
 */

/** Seconds as a safe non-negative number, rounded to hundredths (the precision both formats allow). */
function hundredths(seconds: number): number {
	return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) : 0;
}

/** The largest SCORM 1.2 timespan: its hours field has at most four digits. */
const MAX_12_HUNDREDTHS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (cmi.core.session_time). */
export function scorm12Time(seconds: number): string {
	const total = Math.min(hundredths(seconds), MAX_12_HUNDREDTHS);
	const hours = Math.floor(total / 360_000);
	const minutes = Math.floor((total % 360_000) / 6000);
	const secs = Math.floor((total % 6000) / 100);
	const cents = total % 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(secs)}.${two(cents)}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as `PT1H2M3.5S` (cmi.session_time). */
export function iso8601Duration(seconds: number): string {
	const total = hundredths(seconds);
	const hours = Math.floor(total / 360_000);
	const minutes = Math.floor((total % 360_000) / 6000);
	const secs = (total % 6000) / 100;
	const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${secs > 0 ? `${secs}S` : ''}`;
	return `PT${parts || '0S'}`;
}
