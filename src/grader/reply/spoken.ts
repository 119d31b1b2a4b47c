// What the reply says in its own voice: the parts of it that quote the citizen ('buffone' in
// quotation marks) or report what someone said ("non si può dare del «buffone»") are not its words.
// Shared by the conduct gates (reply/conduct.ts, reply/sides.ts), with the sentence an emoji closes, shown as evidence, and an
// emoji the comment used first (moved here from reply/conduct.ts in session 46).
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { foldedOffset, toRange } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import { IRONIC_EMOJI, LAUGHTER, REPORTED_SPEECH } from '../lexicon/conduct';
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

/**
 * Whether the sentence around a folded offset matches `re` (a pattern without the global flag), read once per sentence: an
 * endless sentence may hold thousands of matches, each asking of the same sentence (a frame that declines to take sides, a
 * prejudice rejected, someone's age beside a laugh). Each call starts its own memory, for one reply.
 */
export function perSentence(a: Analysed, re: RegExp): (at: number) => boolean {
	const spans = sentences(a);
	const known = new Map<number, boolean>();
	return (at) => {
		const i = sentenceAt(spans, at);
		let hit = known.get(i);
		if (hit === undefined) {
			const s = spans[i];
			hit = re.test(s ? a.folded.slice(s.fStart, s.fEnd) : a.folded);
			known.set(i, hit);
		}
		return hit;
	};
}

/**
 * A laughing, winking or ironic sign anywhere in a reply: the gate's own lists (LAUGHTER, IRONIC_EMOJI), with the sweat smile
 * and the eye roll.
 */
const SIGNS = new RegExp(String.raw`${LAUGHTER.source}|${IRONIC_EMOJI.source}|\u{1F605}|\u{1F644}`, 'gu');

/** How many signs a reply holds, counted once per text (a reply of 50,000 laughs asks for each of them). */
const signCount: (a: Analysed) => number = perText((a) => [...a.original.matchAll(SIGNS)].length);

/**
 * A laugh right after an emoji the comment used, the only sign in the reply, with no "ma" or "anche se" after it: it shares
 * the citizen's own joke ("me lo devo tenere in casa fino a lunedì? 🤢" and "non se lo deve tenere fino a lunedì 🤢😂 il 1°
 * maggio…", JW041 and KI002, session 46), unlike "🤢😂 anche se … il post non l'ha proprio letto" (DS001) or a laugh beside a
 * clap and "quattro righe siano tante 😅" (DU038).
 */
export function echoesCommentEmoji(reply: Analysed, comment: Analysed, start: number, end: number): boolean {
	const before = /(\p{Extended_Pictographic})\uFE0F?\s*$/u.exec(reply.original.slice(Math.max(0, start - 8), start));
	if (before === null || !comment.original.includes(before[1] ?? '\u0000')) return false;
	if (signCount(reply) > 1) return false;
	return !/^\s*(?:anche se|ma|pero|però|eppure|sebbene|nonostante)\b/iu.test(reply.original.slice(end, end + 20));
}

/**
 * An emoji with the sentence it closes, as evidence: the learner sees the words the wink turns into
 * sarcasm ("capiamo che i cartelli non siano facili da leggere per tutti 😉"), not a lone «😉» to
 * delete. An emoji right after a full stop closes the sentence before it.
 */
export function withSentence(reply: Analysed, r: Range): Range {
	const spans = sentences(reply);
	const sign = foldedOffset(reply, r.start);
	const at = sentenceAt(spans, sign);
	// Whether sentence i has a letter before the sign: its first letter, found once per sentence.
	const letters = (i: number): boolean => {
		const s = spans[i];
		if (s === undefined) return false;
		const first = firstLetter(reply, s);
		return first >= 0 && first < Math.min(s.fEnd, sign);
	};
	const from = letters(at) ? at : at > 0 ? at - 1 : -1;
	const span = spans[from];
	if (!span) return r;
	const start = toRange(reply, span.fStart, span.fEnd).start;
	const blank = /\s*/uy;
	blank.lastIndex = start;
	blank.exec(reply.original);
	return { start: Math.min(blank.lastIndex, r.start), end: r.end };
}

/** The folded offset of a sentence's first letter, or -1; remembered per sentence. */
const firstLetters = new WeakMap<Span, number>();
function firstLetter(reply: Analysed, s: Span): number {
	let at = firstLetters.get(s);
	if (at === undefined) {
		const m = /\p{L}/u.exec(reply.folded.slice(s.fStart, s.fEnd));
		at = m ? s.fStart + m.index : -1;
		firstLetters.set(s, at);
	}
	return at;
}
