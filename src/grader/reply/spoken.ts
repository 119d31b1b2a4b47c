// What the reply says in its own voice: the parts of it that quote the citizen ('buffone' in
// quotation marks) or report what someone said ("non si può dare del «buffone»") are not its words.
// Shared by the conduct gates (reply/conduct.ts, reply/sides.ts).
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { toRange } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import { REPORTED_SPEECH } from '../lexicon/conduct';
import { perText } from '../text/memo';
import { mayMatch } from '../text/prefilter';

/**
 * Folded offsets that sit inside quotation marks, double or single ('buffone' e 'pagliacci' qui no):
 * the reply quotes the citizen there. Remembered per text: the insult, threat and partisan gates all
 * ask for it in one grading; callers only read it.
 */
export const quotedMask: (a: Analysed) => Uint8Array = perText(scanQuoted);

function scanQuoted(a: Analysed): Uint8Array {
	const mask = new Uint8Array(a.folded.length + 1);
	for (const m of a.folded.matchAll(/"[^"\n]{1,200}"|(?<!\p{L})'(?:[^'\n]|'(?=\p{L})){1,80}?'(?!\p{L})/gu))
		mask.fill(1, m.index, m.index + m[0].length);
	return mask;
}

/** An insult the reply reports ("non si può dare del «buffone»") rather than says. */
export function reported(a: Analysed, fStart: number, mask: Uint8Array): boolean {
	if (mask[fStart] === 1) return true;
	const before = a.folded.slice(Math.max(0, fStart - 40), fStart);
	return REPORTED_SPEECH.test(before);
}

/** The ranges of the reply a pattern matches, where `keep` accepts their folded start. */
export function matchAll(a: Analysed, re: RegExp, keep: (fStart: number) => boolean = () => true): Range[] {
	// A test first: most patterns match nothing, and `String.matchAll` copies the pattern on every call.
	if (!mayMatch(re, a.folded)) return [];
	re.lastIndex = 0;
	const any = re.test(a.folded);
	re.lastIndex = 0;
	if (!any) return [];
	const out: Range[] = [];
	for (const m of a.folded.matchAll(re)) if (keep(m.index)) out.push(toRange(a, m.index, m.index + m[0].length));
	return out;
}

/** The folded sentence around an offset. */
export function sentenceOf(a: Analysed, at: number): string {
	const spans = sentences(a);
	const s = spans[sentenceAt(spans, at)];
	return s ? a.folded.slice(s.fStart, s.fEnd) : a.folded;
}
