// What the office says it does not know, stated by the reply as a fact: the sheet says "Non sai se
// in piazza ci sono percorsi tattili o assistenza per persone con disabilità visiva" and the reply
// "In piazza troverà un punto di accoglienza per le persone con disabilità visiva" (family M,
// M066). A service or an outcome invented with no date or number in it: reply/sheetCheck.ts catches
// the values.
import type { Range, SheetConflict } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { toRange } from '../text/normalize';
import { subjectWords } from './supported';
import { NOT_KNOWN } from '../lexicon/facts';

/** Content words a reply's sentence shares with the unknown, at least, and the share of the unknown's. */
const SHARED_WORDS = 3;
const SHARED_SHARE = 0.5;
/** The longest part of the sheet the feedback quotes. */
const QUOTE_CHARS = 70;

/**
 * A sentence that does not state the unknown as a fact: it says it is not known, asks, supposes,
 * or defers the answer ("chiediamo all'Ufficio eventi se ci sono percorsi tattili", "le faremo
 * sapere lunedì").
 */
const HEDGED =
	/\?|\bse\b|\b(?:non (?:sappiamo|so|sa|sai|abbiamo|ci risulta)|verific\p{L}*|chied\p{L}*|domand\p{L}*|(?:faremo|faro|fara|facciamo) sapere|aggiorn\p{L}*|in attesa|appena|ancora|forse|probabilmente|dovrebbe|dovrebbero|speriamo)\b/u;

/** "Non sai se…", "non si sa ancora se…": an unknown yes or no. */
const WHETHER = /^(?:\S+ ){1,3}?(?:ancora )?se\b/u;

/** NOT_KNOWN without its global flag, for a plain test. */
const SAYS_UNKNOWN = new RegExp(NOT_KNOWN.source, 'u');

/** Sentences of the reply that state as a fact what the sheet says the office does not know. */
export function unknownClaims(
	reply: Analysed,
	spans: readonly Span[],
	sheet: Analysed,
	taken: readonly Range[],
): SheetConflict[] {
	// Only whether something is so ("non sai se ci sono percorsi tattili"): a sentence on the same
	// subject then says it is. An unknown reason, day or place ("non sa perché la richiesta è senza
	// risposta") is not stated by a sentence that only names its subject.
	const unknowns = [...sheet.folded.matchAll(NOT_KNOWN)]
		.filter((m) => WHETHER.test(m[0]))
		.map((m) => {
			const from = sheet.map[m.index] ?? 0;
			const words = sheet.original.slice(from, sheet.map[m.index + m[0].length] ?? sheet.original.length).trim();
			return {
				subject: subjectWords(sheet, m.index, m.index + m[0].length),
				words: words.length > QUOTE_CHARS ? `${words.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/u, '')} …` : words,
			};
		});
	if (unknowns.length === 0) return [];
	const out: SheetConflict[] = [];
	for (const span of spans) {
		const text = reply.folded.slice(span.fStart, span.fEnd);
		if (HEDGED.test(text) || SAYS_UNKNOWN.test(text)) continue;
		const said = subjectWords(reply, span.fStart, span.fEnd);
		const u = unknowns.find((x) => {
			const shared = [...x.subject].filter((w) => said.has(w)).length;
			return shared >= SHARED_WORDS && shared >= x.subject.size * SHARED_SHARE;
		});
		if (!u) continue;
		const range = toRange(reply, span.fStart, span.fEnd);
		if (taken.some((t) => t.start < range.end && t.end > range.start)) continue;
		const sentence = reply.original.slice(range.start, range.end).trim();
		const start = range.start + reply.original.slice(range.start, range.end).indexOf(sentence);
		out.push({ range: { start, end: start + sentence.length }, text: sentence, expected: u.words });
	}
	return out;
}
