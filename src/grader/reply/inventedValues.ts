// Values the exercise does not give: a phone, an e-mail or a link nothing in the exercise supports, and a value of a kind
// the office says it does not know ("non sai ancora il giorno preciso dell'intervento"). Moved out of reply/sheetCheck.ts
// in session 43, when that file passed 250 lines; sheetCheck.ts keeps the values the sheet gives otherwise.
import type { Range, SheetConflict, ValueKind } from '../types';
import type { Analysed } from '../text/normalize';
import { readValues, valueRange } from './values';
import type { Supported } from './supported';
import { NOT_KNOWN, UNKNOWN_KINDS } from '../lexicon/facts';
import { QUOTE_CHARS, deniedBefore } from './sheetParts';

// Contacts: a citizen who follows an invented one calls or writes to the wrong place.
const CONTACT_KINDS: ReadonlySet<ValueKind> = new Set(['phone', 'email', 'link']);

/**
 * Phone numbers, emails and links the reply gives that nothing in the exercise supports, not
 * already judged wrong (`taken`): with a fact sheet, an invented contact is a wrong fact, not a
 * detail ("chiama il 200 000 330" where the office gives no phone).
 */
export function inventedContacts(reply: Analysed, supported: Supported, taken: readonly Range[]): SheetConflict[] {
	return readValues(reply)
		.filter((v) => CONTACT_KINDS.has(v.kind) && !supported.has(v))
		.map((v) => valueRange(reply, v))
		.filter((r) => !taken.some((t) => t.start === r.start))
		.map((range) => ({ range, text: reply.original.slice(range.start, range.end), expected: '' }));
}

/**
 * Values of a kind the office says it does not know, stated by the reply though nothing in the
 * exercise gives them: "passa giovedì a cambiare la lampadina" where the sheet says "non sai ancora
 * il giorno preciso dell'intervento". Weekdays count here: the sheet names the day as unknown.
 */
export function unknownValues(
	reply: Analysed,
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
): SheetConflict[] {
	const unknown: { kinds: ReadonlySet<string>; words: string }[] = [];
	const original = (from: number, to: number): string =>
		sheet.original.slice(sheet.map[from] ?? 0, sheet.map[to] ?? sheet.original.length).trim();
	for (const m of sheet.folded.matchAll(NOT_KNOWN)) {
		const named = UNKNOWN_KINDS.filter(([re]) => re.test(m[0]));
		if (named.length === 0) continue;
		const kinds = new Set(named.flatMap(([, k]) => k));
		// "Non sai ancora … il giorno preciso dell'intervento": the denial and what it is about.
		const end = m.index + m[0].length;
		const at = Math.min(...named.map(([re]) => re.exec(m[0])?.index ?? 0));
		const from = m[0].lastIndexOf(' ', Math.max(0, m[0].lastIndexOf(' ', at - 1) - 1)) + 1;
		const head = /^\S+\s+\S+(?:\s+ancora)?/u.exec(m[0])?.[0] ?? '';
		const words =
			m[0].length <= QUOTE_CHARS || from <= head.length
				? original(m.index, end)
				: `${original(m.index, m.index + head.length)} … ${original(m.index + from, end)}`;
		unknown.push({ kinds, words });
	}
	if (unknown.length === 0) return [];
	const out: SheetConflict[] = [];
	for (const v of readValues(reply)) {
		const u = unknown.find((x) => x.kinds.has(v.kind));
		if (!u || supported.has(v) || deniedBefore(reply, v)) continue;
		const range = valueRange(reply, v);
		if (taken.some((t) => t.start === range.start)) continue;
		out.push({ range, text: reply.original.slice(range.start, range.end), expected: u.words });
	}
	return out;
}
