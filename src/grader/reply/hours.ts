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

/** Words that make an hour a start or an end, not a moment within a span. */
const ENDPOINT = /^(?:dalle|fino alle|entro le|entro)\b/u;
const ENDPOINT_BEFORE =
	/\b(?:apre|aprono|chiude|chiudono|inizia|iniziano|comincia|parte|partono|attiva|spegne|termina|finisce|scade)\b[^.!?\n]{0,12}$/u;

/**
 * Whether a reply's hour is a moment within a span ("alle 17 fai ancora in tempo"), not a start, an
 * end or one end of the reply's own span ("il varco è attivo dalle 9 alle 18", "si attiva alle 9",
 * "9-22"): only such a moment can lie inside the sheet's span without contradicting it.
 */
export function duringSpan(text: Analysed, values: readonly Value[], i: number): boolean {
	const v = values[i];
	if (!v || v.key.includes('-') || ENDPOINT.test(text.folded.slice(v.fStart, v.fEnd))) return false;
	if (ENDPOINT_BEFORE.test(text.folded.slice(Math.max(0, v.fStart - 40), v.fStart))) return false;
	const [prev, next] = [values[i - 1], values[i + 1]];
	return !(
		(prev?.kind === 'time' && SPAN.test(text.folded.slice(prev.fEnd, v.fStart))) ||
		(next?.kind === 'time' && SPAN.test(text.folded.slice(v.fEnd, next.fStart)))
	);
}
