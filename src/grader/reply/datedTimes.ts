// A date's hour checked against the sheet's: "la scadenza è spostata a lunedì 17 marzo alle 18"
// where the office gives "lunedì 17 marzo alle 12" (family BL). The subject check of sheetCheck.ts
// cannot see it when the reply states the sheet's hour for something else ("lunedì dalle 8:30 alle 12
// puoi consegnare su carta"): the date the hour is tied to, and the words around it, say what it is about.
import type { Range, SheetConflict } from '../types';
import type { Analysed } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import type { Value } from './values';
import { readValues, valueRange } from './values';
import type { Supported } from './supported';
import { subjectWords } from './supported';
import { clauses, overlap, sharedWith, withContext } from './sheetParts';
import { SPAN, minutes, twelveHoursApart } from './hours';

/** Between a date and its hour: nothing, a comma, a bracket or a dash, "alle", "ore" ("17 marzo, ore 12"). */
const TIED = /^[\s,(\-–]*(?:alle\s+|entro le\s+)?(?:ore\s*)?$/u;
/** Between an hour and the date after it: "alle 18 di lunedì 17 marzo". */
const OF = /^\s*(?:di|del)\s*$/u;

/** A date with the hour, or the span of hours, said right by it. */
interface DatedHours {
	date: Value;
	hours: Value[];
}

function datedHours(text: Analysed): DatedHours[] {
	const values = readValues(text);
	const gap = (a: Value, b: Value): string => text.folded.slice(a.fEnd, b.fStart);
	const out: DatedHours[] = [];
	for (let i = 0; i < values.length; i++) {
		const [v, next, after] = [values[i], values[i + 1], values[i + 2]];
		if (!v || !next) continue;
		// The date, then its hour: a second hour right after it closes a span.
		if (v.kind === 'date' && next.kind === 'time' && TIED.test(gap(v, next))) {
			const span = after?.kind === 'time' && SPAN.test(gap(next, after));
			out.push({ date: v, hours: span && after ? [next, after] : [next] });
		}
		// The hour, then "di" and the date, a weekday perhaps between.
		if (v.kind === 'time' && OF.test(gap(v, next))) {
			const date = next.kind === 'weekday' && after?.kind === 'date' && /^\s*$/u.test(gap(next, after)) ? after : next;
			if (date.kind === 'date') out.push({ date, hours: [v] });
		}
	}
	return out;
}

/** Whether the sheet's hours hold the reply's hour: the same hour, the same on the 12-hour clock, or inside its span. */
function holds(sheetHours: readonly Value[], hour: Value): boolean {
	if (sheetHours.some((s) => overlap(s, hour) || twelveHoursApart(hour, s))) return true;
	const [first, last] = [sheetHours[0], sheetHours[sheetHours.length - 1]];
	return (
		sheetHours.length > 1 && !!first && !!last && minutes(first) <= minutes(hour) && minutes(hour) <= minutes(last)
	);
}

/**
 * Hours the reply ties to a date that the sheet ties to other hours, in a sentence about the same
 * thing (a content word shared with the sheet's clause), when nothing in the exercise gives the
 * reply's hour: an hour the office gives elsewhere may be another event of that day.
 */
export function datedTimeConflicts(
	reply: Analysed,
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
): SheetConflict[] {
	const sheetPairs = datedHours(sheet);
	if (sheetPairs.length === 0) return [];
	// Each text is read clause by clause: a sheet lists its facts one clause each ("…; la scadenza è spostata a lunedì 17 marzo alle 12; …").
	const [replySpans, sheetSpans] = [clauses(reply, sentences(reply)), clauses(sheet, sentences(sheet))];
	const wordsAt = (a: Analysed, spans: ReturnType<typeof sentences>, at: number): ReadonlySet<string> => {
		const s = spans[sentenceAt(spans, at)];
		return s ? subjectWords(a, s.fStart, s.fEnd) : new Set<string>();
	};
	const out: SheetConflict[] = [];
	for (const { date, hours } of datedHours(reply)) {
		for (const hour of hours) {
			if (supported.has(hour)) continue;
			const said = wordsAt(reply, replySpans, hour.fStart);
			const given = sheetPairs.filter(
				(p) => overlap(p.date, date) && sharedWith(said, wordsAt(sheet, sheetSpans, p.date.fStart)) > 0,
			);
			const first = given[0];
			if (!first || given.some((p) => holds(p.hours, hour))) continue;
			const range = valueRange(reply, hour);
			if (taken.some((t) => t.start === range.start)) continue;
			const quoted = first.hours[first.hours.length - 1] ?? first.hours[0];
			if (quoted)
				out.push({ range, text: reply.original.slice(range.start, range.end), expected: withContext(sheet, quoted) });
		}
	}
	return out;
}
