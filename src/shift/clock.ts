// The simulated clock of a shift: times of day as minutes after midnight, and how fast the shift's
// time runs against the learner's real time.

/** Minutes after midnight of an "HH:MM" time (the schema guarantees the format). */
export function parseClock(time: string): number {
	const [h = '0', m = '0'] = time.split(':');
	return Number(h) * 60 + Number(m);
}

/** "HH:MM" of minutes after midnight (fractions dropped). */
export function formatClock(minutes: number): string {
	const whole = Math.max(0, Math.floor(minutes)) % (24 * 60);
	return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * Share of the time limit by which every comment has arrived: the last half is left for the
 * comments that pile up, so a learner who keeps pace finishes in about the time the file states.
 */
export const ARRIVAL_SHARE = 0.5;
/** Minutes added by "Più tempo": WCAG 2.2.1 asks for a generous, repeatable extension. */
export const EXTENSION_MINUTES = 10;
/** When the remaining time drops under this, the learner is warned and offered more time. */
export const WARNING_MS = 2 * 60_000;

/** Simulated minutes per real millisecond, so that the last comment arrives at ARRIVAL_SHARE of the limit. */
export function simSpeed(startMinute: number, lastArrival: number, limitMinutes: number): number {
	const span = Math.max(0, lastArrival - startMinute);
	return span === 0 ? 0 : span / (limitMinutes * 60_000 * ARRIVAL_SHARE);
}

/** Whole minutes, rounded up, of a remaining time in milliseconds. */
export const minutesLeft = (ms: number): number => Math.max(0, Math.ceil(ms / 60_000));
