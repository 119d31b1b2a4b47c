// A date's hour checked against the sheet's: "la scadenza è spostata a lunedì 17 marzo alle 18"
// where the office gives "lunedì 17 marzo alle 12" (family BL). The subject check of sheetCheck.ts
// cannot see it when the reply states the sheet's hour for something else ("lunedì dalle 8:30 alle 12
// puoi consegnare su carta"): the date the hour is tied to says what it is about.
import type { Range, SheetConflict } from '../types';
import type { Analysed } from '../text/normalize';
import type { Value } from './values';
import { readValues, valueRange } from './values';
import type { Supported } from './supported';
import { overlap, twelveHoursApart, withContext } from './sheetCheck';

/** Between a date and its hour: nothing, a comma, or "ore" ("17 marzo, ore 12"); "alle" is the hour's own. */
const TIED = /^[\s,]*(?:ore\s*)?$/u;

/** Each date of a text with the hour said right after it. */
function datedHours(text: Analysed): { date: Value; time: Value }[] {
	const values = readValues(text);
	const out: { date: Value; time: Value }[] = [];
	for (let i = 0; i + 1 < values.length; i++) {
		const [date, time] = [values[i], values[i + 1]];
		if (date?.kind === 'date' && time?.kind === 'time' && TIED.test(text.folded.slice(date.fEnd, time.fStart)))
			out.push({ date, time });
	}
	return out;
}

/**
 * Hours the reply ties to a date that the sheet ties to another hour, when nothing in the exercise
 * gives the reply's hour (an hour the office gives elsewhere may be another event of that day).
 */
export function datedTimeConflicts(
	reply: Analysed,
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
): SheetConflict[] {
	const sheetPairs = datedHours(sheet);
	if (sheetPairs.length === 0) return [];
	const out: SheetConflict[] = [];
	for (const { date, time } of datedHours(reply)) {
		if (supported.has(time)) continue;
		const given = sheetPairs.filter((p) => overlap(p.date, date));
		if (given.length === 0 || given.some((p) => overlap(p.time, time) || twelveHoursApart(time, p.time))) continue;
		const range = valueRange(reply, time);
		if (taken.some((t) => t.start === range.start)) continue;
		const first = given[0];
		if (first)
			out.push({ range, text: reply.original.slice(range.start, range.end), expected: withContext(sheet, first.time) });
	}
	return out;
}
