// Sentences of an analysed text: where they end (a full stop that is not an abbreviation or an initial, a
// line break, an emoji before more words) and which one holds a given offset. Split out of normalize.ts.
import type { Analysed } from './normalize';
import { capitalAt } from './normalize';
import { perText } from './memo';

// A full stop after these words is an abbreviation, not the end of a sentence.
const ABBREVIATIONS = new Set(
	'sig ra na dott ssa prof avv ing arch geom rag tel cell n nr num es ecc art pag p v c fraz loc gent mo ma spett le egr dr sr sgg prot int'.split(
		' ',
	),
);

/** A span of the folded text. */
export interface Span {
	fStart: number;
	fEnd: number;
}

/**
 * Folded-text spans of sentences (ends at . ! ? …, a line break or an emoji before more words;
 * abbreviations do not end one).
 * Several stages ask for them in one grading (the conduct gates once per match): a text is split
 * once. Callers must not change the list they get.
 */
export const sentences: (a: Analysed) => readonly Span[] = perText((a: Analysed) => splitSentences(a));

function splitSentences(a: Analysed): Span[] {
	const out: Span[] = [];
	const text = a.folded;
	let start = 0;
	// An emoji followed by more words closes a sentence as a full stop does ("…per tutti 😉 Comunque…"). A run of
	// emoji is tried from its first one only: tried from each, 100,000 characters of "😉" took 14 s.
	const BOUNDARY =
		/[.!?\u2026]+(?=\s|$|["')\]])|\n+|(?<![\p{Extended_Pictographic}\u{FE0F}\u{200D}\p{Emoji_Modifier}])\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier}|\p{Extended_Pictographic})*(?=\s+[\p{L}\d])/gu;
	for (const m of text.matchAll(BOUNDARY)) {
		const end = m.index + m[0].length;
		if (m[0] === '.') {
			const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
			// "sig. Rossi", "n. 12": the word before the dot is an abbreviation, the sentence goes on; so
			// is an initial, a capital in the reply ("Patrizia M. ha…", "P. Rossi"). A small letter is a
			// word that ends the sentence ("…a che posto è. Dalla pubblicazione…", DU015), as "so" does
			// ("Non lo so. Chiedi all'URP"; "c.so" has no space after its dot).
			if (before?.[1] && (ABBREVIATIONS.has(before[1]) || (before[1].length === 1 && isInitial(a, m.index - 1))))
				continue;
		}
		if (text.slice(start, end).trim()) out.push({ fStart: start, fEnd: end });
		start = end;
	}
	if (text.slice(start).trim()) out.push({ fStart: start, fEnd: text.length });
	return out;
}

/** Whether the folded letter at `at` is a capital Latin letter in the original (an initial, not "È"). */
function isInitial(a: Analysed, at: number): boolean {
	const start = a.map[at] ?? -1;
	return a.original.charCodeAt(start) < 128 && capitalAt(a, start);
}

/** Index of the sentence containing a folded offset (-1 if none). */
export function sentenceAt(spans: readonly Span[], offset: number): number {
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = spans[mid];
		if (!s) break;
		if (offset < s.fStart) hi = mid - 1;
		else if (offset >= s.fEnd) lo = mid + 1;
		else return mid;
	}
	return -1;
}
