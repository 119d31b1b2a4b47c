// Hours of the day: spans ("dalle 9 alle 18"), minutes since midnight, the 12-hour clock. Read by
// the fact sheet checks (sheetCheck.ts, datedTimes.ts).
import type { Analysed } from '../text/normalize';
import type { Value } from './values';
import { readValues } from './values';

/** Between the two ends of an hour span: "dalle 9 alle 18", "9-18". */
export const SPAN = /^[\s\-–]*(?:(?:e |fino )?alle\s*)?$/u;

/** Minutes since midnight of an hour value's first end ("9:30" → 570). */
export const minutes = (v: Value): number => {
	const [h, m] = (v.key.split('-')[0] ?? '').split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};

/** The spans of hours a text gives ("dalle 9 alle 18"), as pairs of values. */
export function hourSpans(text: Analysed): [Value, Value][] {
	const values = readValues(text);
	const out: [Value, Value][] = [];
	for (let i = 0; i + 1 < values.length; i++) {
		const [a, b] = [values[i], values[i + 1]];
		if (a?.kind === 'time' && b?.kind === 'time' && SPAN.test(text.folded.slice(a.fEnd, b.fStart))) out.push([a, b]);
	}
	return out;
}

/** Two hours of the day twelve hours apart, the first said on the 12-hour clock ("alle 4", 16:00). */
export function twelveHoursApart(v: Value, s: Value): boolean {
	if (v.kind !== 'time' || v.key.includes('-') || s.key.includes('-')) return false;
	const [[hv, mv], [hs, ms]] = [v.key.split(':').map(Number), s.key.split(':').map(Number)];
	return mv === ms && hv !== undefined && hv < 12 && hv + 12 === hs;
}
