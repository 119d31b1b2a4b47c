// One folding for both sides of the search: the index is built from folded text and every query is
// folded the same way, so "perche" meets "perché" and "CITTÀ" meets "città" whatever the keyboard.

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Search folding: lowercase, accents removed, and every run of non-letters/non-digits turned into one
 * space. Not the grader's `foldText` (src/grader/normalize.ts), which keeps punctuation and line breaks.
 */
export function foldForSearch(text: string): string {
	return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** A word of a text with its offsets (UTF-16, end exclusive) and its folded form. */
export interface WordSpan {
	start: number;
	end: number;
	folded: string;
}

/** The words of a text, in order, with offsets into the ORIGINAL text (for highlighting). */
export function wordSpans(text: string): WordSpan[] {
	const spans: WordSpan[] = [];
	for (const m of text.matchAll(WORD)) {
		// A word may fold to more than one (rare ligatures): the first part is enough to match a stem.
		const folded = foldForSearch(m[0]).split(' ')[0] ?? '';
		if (folded) spans.push({ start: m.index, end: m.index + m[0].length, folded });
	}
	return spans;
}
