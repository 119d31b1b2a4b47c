// What the office says it does not know, stated by the reply as a fact: the sheet says "Non sai se
// in piazza ci sono percorsi tattili o assistenza per persone con disabilità visiva" and the reply
// "In piazza troverà un punto di accoglienza per le persone con disabilità visiva" (family M,
// M066). And what the sheet says there is none of, promised by the reply: the sheet says "il Comune
// non ha nessun bonus bollette" and the reply "il Comune sta preparando un vero bonus bollette"
// (family Q, Q063). A service or an outcome invented with no date or number in it:
// reply/sheetCheck.ts catches the values.
import type { Range, SheetConflict } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { toRange } from '../text/normalize';
import { subjectWords } from './supported';
import { DENIAL, NONE_GIVEN, NOT_KNOWN } from '../lexicon/facts';

/** Content words a reply's sentence shares with the unknown, at least, and the share of the unknown's. */
const SHARED_WORDS = 3;
const SHARED_SHARE = 0.5;
/** The longest part of the sheet the feedback quotes. */
const QUOTE_CHARS = 70;

/**
 * A sentence that does not state the unknown as a fact: it says it is not known, asks, supposes,
 * or defers the answer ("chiediamo all'Ufficio eventi se ci sono percorsi tattili", "le faremo
 * sapere lunedì", "le sappiamo dire lunedì", "non Le voglio dire cose a caso", KQ001 and KR001,
 * session 46).
 */
const HEDGED =
	/\?|\bse\b|\b(?:non (?:sappiamo|so|sa|sai|abbiamo|ci risulta)|verific\p{L}*|chied\p{L}*|domand\p{L}*|(?:faremo|faro|fara|facciamo) sapere|risponder\p{L}*|scriveremo|(?:ci |vi |le |ti )?dar(?:a|anno|emo) notizi\p{L}*|(?:le|ti|vi|gli)? ?diremo|(?:sappiamo|sapremo|possiamo|potremo) dire (?:\p{L}+ ){0,2}?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|appena|presto)|non (?:le |ti |vi )?(?:voglio|vogliamo|posso|possiamo) dire (?:cose a caso|cose sbagliate|cose inesatte|cose non sicure|niente di sbagliato|niente di inesatto)|dopo aver sentito|aggiorn\p{L}*|in attesa|appena|ancora|forse|probabilmente|dovrebbe|dovrebbero|speriamo)\b/u;

/** "Non sai se…", "non si sa ancora se…": an unknown yes or no. */
const WHETHER = /^(?:\S+ ){1,3}?(?:ancora )?se\b/u;

/** NOT_KNOWN without its global flag, for a plain test. */
const SAYS_UNKNOWN = new RegExp(NOT_KNOWN.source, 'u');

/** A sentence that says there is none, or that it is false: it agrees with a denial. */
const NEGATED = new RegExp(
	String.raw`${DENIAL.source}|\b(?:nulla|alcun\p{L}*|truff\p{L}*|fals[oiae]|fint[oiae]|inesistent\p{L}*|fake|bufal\p{L}*)\b`,
	'u',
);

/** The sheet's words from a match, shortened for the feedback. */
function quoteOf(sheet: Analysed, fStart: number, fEnd: number): string {
	const from = sheet.map[fStart] ?? 0;
	const words = sheet.original.slice(from, sheet.map[fEnd] ?? sheet.original.length).trim();
	return words.length > QUOTE_CHARS ? `${words.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/u, '')} …` : words;
}

/** A conflict for one reply sentence, unless a finding already covers it. */
function conflict(reply: Analysed, span: Span, expected: string, taken: readonly Range[]): SheetConflict | null {
	const range = toRange(reply, span.fStart, span.fEnd);
	if (taken.some((t) => t.start < range.end && t.end > range.start)) return null;
	const sentence = reply.original.slice(range.start, range.end).trim();
	const start = range.start + reply.original.slice(range.start, range.end).indexOf(sentence);
	return { range: { start, end: start + sentence.length }, text: sentence, expected };
}

/**
 * Sentences of the reply that promise what the sheet says there is none of: every word that names
 * the thing ("bonus bollette"), in a sentence that neither denies it nor hedges.
 */
function deniedClaims(
	reply: Analysed,
	spans: readonly Span[],
	sheet: Analysed,
	taken: readonly Range[],
): SheetConflict[] {
	const denied = [...sheet.folded.matchAll(NONE_GIVEN)]
		.map((m) => {
			const thing = /\b(?:nessun[oa]?|alcun[oa]?)\b/u.exec(m[0]);
			const from = m.index + (thing ? thing.index + thing[0].length : 0);
			return {
				thing: subjectWords(sheet, from, m.index + m[0].length),
				words: quoteOf(sheet, m.index, m.index + m[0].length),
			};
		})
		.filter((d) => d.thing.size > 0);
	const out: SheetConflict[] = [];
	for (const span of spans) {
		const text = reply.folded.slice(span.fStart, span.fEnd);
		if (HEDGED.test(text) || NEGATED.test(text)) continue;
		const said = subjectWords(reply, span.fStart, span.fEnd);
		const d = denied.find((x) => [...x.thing].every((w) => said.has(w)));
		const found = d ? conflict(reply, span, d.words, taken) : null;
		if (found) out.push(found);
	}
	return out;
}

/**
 * Sentences of the reply that state as a fact what the sheet says the office does not know, or
 * promise what it says there is none of.
 */
export function unknownClaims(
	reply: Analysed,
	spans: readonly Span[],
	sheet: Analysed,
	taken: readonly Range[],
): SheetConflict[] {
	const promised = deniedClaims(reply, spans, sheet, taken);
	taken = [...taken, ...promised.map((c) => c.range)];
	// Only whether something is so ("non sai se ci sono percorsi tattili"): a sentence on the same
	// subject then says it is. An unknown reason, day or place ("non sa perché la richiesta è senza
	// risposta") is not stated by a sentence that only names its subject.
	const unknowns = [...sheet.folded.matchAll(NOT_KNOWN)]
		.filter((m) => WHETHER.test(m[0]))
		.map((m) => ({
			subject: subjectWords(sheet, m.index, m.index + m[0].length),
			words: quoteOf(sheet, m.index, m.index + m[0].length),
		}));
	const out: SheetConflict[] = [...promised];
	if (unknowns.length === 0) return out;
	for (const span of spans) {
		const text = reply.folded.slice(span.fStart, span.fEnd);
		if (HEDGED.test(text) || SAYS_UNKNOWN.test(text)) continue;
		const said = subjectWords(reply, span.fStart, span.fEnd);
		const u = unknowns.find((x) => {
			const shared = [...x.subject].filter((w) => said.has(w)).length;
			return shared >= SHARED_WORDS && shared >= x.subject.size * SHARED_SHARE;
		});
		const found = u ? conflict(reply, span, u.words, taken) : null;
		if (found) out.push(found);
	}
	return out;
}
