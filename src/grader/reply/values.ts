// Values a citizen relies on, read from any text (a reply, a key fact's variants, the office's fact
// sheet): dates, times, amounts, phone numbers, emails, links, weekdays and reference numbers, each
// in a canonical form so that "lunedì 3 novembre" = "3/11" and "7:00" = "alle 7". The grader
// compares them to tell a right value from a wrong or invented one. The readers, one per notation,
// are in readers/; here they run, and their overlaps are settled.
import type { Range, ValueKind } from '../types';
import type { Analysed } from '../text/normalize';
import { toRange } from '../text/normalize';
import { perText } from '../text/memo';
import type { Text } from './readers/index';
import { READERS } from './readers/index';

/** One value found in a text: its kind, canonical key and where it is. */
export interface Value {
	kind: ValueKind;
	key: string;
	fStart: number;
	fEnd: number;
}

/**
 * The values in a folded text, in reading order. The reply, the comment and the fact sheet are each
 * read by several checks in one grading: a text is read once. Callers must not change the list.
 */
export const readValues: (text: Text) => readonly Value[] = perText((text: Text) => scan(text));

function scan(text: Text): Value[] {
	const { folded } = text;
	const out: Value[] = [];
	for (const r of READERS) {
		for (const m of folded.matchAll(r.re)) {
			const key = r.key(m, text);
			if (key === null || key === '') continue;
			// An email's domain is not a second value, a link inside an email neither.
			if (r.kind === 'link' && out.some((v) => v.kind === 'email' && v.fStart <= m.index && m.index < v.fEnd)) continue;
			out.push({ kind: r.kind, key, fStart: m.index, fEnd: m.index + m[0].length });
		}
	}
	// One stretch of text is one value: "alle 12:30" is read by two readers, keep the longer.
	const unique = out.filter(
		(v) =>
			!out.some(
				(w) =>
					w !== v &&
					w.kind === v.kind &&
					w.fStart <= v.fStart &&
					w.fEnd >= v.fEnd &&
					w.fEnd - w.fStart > v.fEnd - v.fStart,
			),
	);
	// A phone number never overlaps a date, a code or an address ("03-11-2025", "VV-2026-0318" and
	// "via Roma 112" are not numbers to call).
	const noClash = unique.filter(
		(v) =>
			v.kind !== 'phone' ||
			!unique.some(
				(d) =>
					(d.kind === 'date' || d.kind === 'reference' || d.kind === 'address') &&
					d.fStart < v.fEnd &&
					v.fStart < d.fEnd,
			),
	);
	// ...and the digits of a phone number count nothing ("al 200 000 999 giorno e notte").
	const counted = noClash.filter(
		(v) => v.kind !== 'duration' || !noClash.some((p) => p.kind === 'phone' && p.fStart < v.fEnd && v.fStart < p.fEnd),
	);
	// A date written with its weekday ("lunedì 3 novembre") keeps both: each can be right or wrong.
	return counted.sort((x, y) => x.fStart - y.fStart);
}

/** The date a weekday is written with ("martedì 17 marzo"), if any. */
export function dateAfter(values: readonly Value[], weekday: Value): Value | undefined {
	return values.find((d) => d.kind === 'date' && d.fStart - weekday.fEnd >= 0 && d.fStart - weekday.fEnd <= 2);
}

/** The values a range stands for: "9:00-12:00" is also "9:00" and "12:00", "2/5-20/5" is "2/5" and "20/5". */
export function expand(v: Value): Value[] {
	if ((v.kind !== 'time' && v.kind !== 'date') || !v.key.includes('-')) return [v];
	return v.key.split('-').map((key) => ({ ...v, key }));
}

/** A value's range in the original text. */
export const valueRange = (a: Analysed, v: Value): Range => toRange(a, v.fStart, v.fEnd);

/**
 * The kind of value a key fact is about, from its variants: when every variant states a value and
 * they are all of one kind ("3 novembre", "lunedì 3 novembre" → date). Mixed or wordy variants
 * ("abbonamento", "due mesi") give no kind, and the fact is only spotted, not checked.
 */
export function inferKind(variants: readonly (readonly Value[])[]): ValueKind | undefined {
	if (!variants.length || variants.some((v) => v.length === 0)) return undefined;
	const kinds = new Set(variants.flat().map((v) => v.kind));
	// A weekday next to a date is part of it; "il sabato" alone is a weekday fact.
	if (kinds.size === 2 && kinds.has('date') && kinds.has('weekday')) return 'date';
	return kinds.size === 1 ? [...kinds][0] : undefined;
}
