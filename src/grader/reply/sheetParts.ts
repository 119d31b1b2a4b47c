// The fact sheet in parts, for the checks that read it (sheetCheck.ts, datedTimes.ts): its clauses,
// values that are the same once spans are expanded, the words a sentence shares with a clause, and the
// quote of a value the feedback shows.
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import type { Value } from './values';
import { expand, valueRange } from './values';
import { same } from './supported';
import { endsDenied } from './refusedChannels';

/** Whether two values share a value once ranges are expanded ("9:00-12:00" and "9:00"). */
export function overlap(a: Value, b: Value): boolean {
	return expand(a).some((e) => expand(b).some((x) => same(x, e)));
}

/** The clauses of each sentence: the stretches between semicolons. */
export function clauses(text: Analysed, spans: readonly Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		let start = span.fStart;
		for (let at = text.folded.indexOf(';', start); at >= 0 && at < span.fEnd; at = text.folded.indexOf(';', start)) {
			out.push({ fStart: start, fEnd: at + 1 });
			start = at + 1;
		}
		out.push({ fStart: start, fEnd: span.fEnd });
	}
	return out;
}

/**
 * How many words two sets share, read from the smaller one: a reply's endless sentence holds thousands
 * of words, a sheet's clause a few.
 */
export function sharedWith(words: ReadonlySet<string>, subject: ReadonlySet<string>): number {
	const [small, large] = words.size <= subject.size ? [words, subject] : [subject, words];
	let n = 0;
	for (const w of small) if (large.has(w)) n++;
	return n;
}

/** The longest sheet quote the feedback shows, and the fewest words before the value it keeps. */
export const QUOTE_CHARS = 58;
const MIN_CONTEXT_CHARS = 15;

/**
 * The sheet's value with the words just before it, back to the clause's start ("è guasto da
 * stamattina alle 8", "Chi paga entro il 31 luglio"): the learner sees what the value is about.
 */
export function withContext(sheet: Analysed, v: Value): string {
	const r = valueRange(sheet, v);
	// The feedback quotes at most QUOTE_CHARS: the words before the value fill what the value leaves.
	const from = Math.max(0, r.start - Math.max(MIN_CONTEXT_CHARS, QUOTE_CHARS - (r.end - r.start)));
	let before = sheet.original.slice(from, r.start);
	// A clause, a list item or a bracket opens there: start after it, so no bracket is left open.
	const cut = Math.max(...['.', ';', ':', '!', '?', '\n', ',', '('].map((c) => before.lastIndexOf(c)));
	// Back to the clause's start, or else drop the word cut in half at the window's edge.
	if (cut >= 0) before = before.slice(cut + 1);
	else if (from > 0) before = before.slice(before.indexOf(' ') + 1);
	return `${before.trimStart()}${sheet.original.slice(r.start, r.end)}`;
}

/** A denial in the value's clause before it: "non deve aspettare lunedì". */
export function deniedBefore(reply: Analysed, v: Value): boolean {
	const before = reply.folded.slice(Math.max(0, v.fStart - 400), v.fStart);
	return endsDenied(
		before.slice(Math.max(...[',', ';', ':', '.', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1),
	);
}
