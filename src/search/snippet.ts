// Snippets as data: a list of plain-text segments, some marked as matches. Callers turn them into
// text nodes and <mark> elements, so markup in the content or in the query is always shown as text.
import { wordSpans } from './fold';

/** A run of text, highlighted when `match` is true. */
export interface Segment {
	text: string;
	match: boolean;
}

/** Tells whether a folded word of the text matches the query. */
export type WordMatcher = (foldedWord: string) => boolean;

/** Characters shown before the first match, so the reader sees what leads to it. */
const LEAD_CHARS = 40;
const ELLIPSIS = '…';

function push(segments: Segment[], text: string, match: boolean): void {
	if (!text) return;
	const last = segments.at(-1);
	if (last && last.match === match && !match) last.text += text;
	else segments.push({ text, match });
}

/** The whole text as segments, matched words marked. */
export function highlight(text: string, isMatch: WordMatcher): Segment[] {
	return highlightRange(text, 0, text.length, isMatch);
}

function highlightRange(text: string, from: number, to: number, isMatch: WordMatcher): Segment[] {
	const segments: Segment[] = [];
	let at = from;
	for (const word of wordSpans(text.slice(from, to))) {
		if (!isMatch(word.folded)) continue;
		push(segments, text.slice(at, from + word.start), false);
		push(segments, text.slice(from + word.start, from + word.end), true);
		at = from + word.end;
	}
	push(segments, text.slice(at, to), false);
	return segments;
}

/**
 * At most about `maxChars` of the text, as segments: the window holding the most matched words
 * (the earliest of equals), cut at word boundaries, with "…" where text was left out.
 */
export function snippet(text: string, isMatch: WordMatcher, maxChars: number): Segment[] {
	if (text.length <= maxChars) return highlight(text, isMatch);
	const words = wordSpans(text);
	const matches = words.filter((w) => isMatch(w.folded));
	let start = 0;
	let best = 0;
	for (const m of matches) {
		const from = Math.max(0, m.start - LEAD_CHARS);
		const count = matches.filter((n) => n.start >= from && n.end <= from + maxChars).length;
		if (count > best) {
			best = count;
			start = from;
		}
	}
	// Snap to whole words: start at a word's beginning, end at a word's end within the budget.
	const first = words.find((w) => w.end > start);
	const from = start === 0 || !first ? 0 : first.start;
	const inside = words.filter((w) => w.start >= from && w.end <= from + maxChars);
	const to = Math.max(inside.at(-1)?.end ?? from + maxChars, from);
	const segments: Segment[] = [];
	if (from > 0) push(segments, ELLIPSIS, false);
	for (const s of highlightRange(text, from, to, isMatch)) push(segments, s.text, s.match);
	if (to < text.length) push(segments, ELLIPSIS, false);
	return segments;
}
