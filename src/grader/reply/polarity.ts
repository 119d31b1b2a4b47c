// A key fact stated the wrong way round: the exercise says "il ritorno da scuola non è garantito"
// and the reply "per il ritorno le corse sono garantite". The fact's words are there, so it would
// count as found; its denied word is there too, with no negation in the sentence.
import type { KeyFact, KeyFactVerdict } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { analyse, toRange } from '../text/normalize';
import { stem } from '../text/stem';
import { DENIED, DENIED_SYNONYMS, NEGATION, NOT_A_DENIAL } from '../lexicon/facts';
import { HYPOTHESIS } from '../lexicon/intent';

/** The variant as whole words in a folded sentence. */
const hasVariant = (sentence: string, variant: string): boolean => {
	const v = analyse(variant).folded.trim();
	return (
		v.length > 0 &&
		new RegExp(`(?:^|[^\\p{L}\\d])${v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\d])`, 'u').test(sentence)
	);
};

/** A clause that limits what it grants: "solo dalle 18", "soltanto il sabato". */
const LIMIT = /\b(?:solo|soltanto|unicamente|esclusivamente)\b/u;

/**
 * A reassurance about the fact's word denies it as well as "non" does: "per la mora stia tranquilla:
 * … non la applicherà" (family BK).
 */
const REASSURED =
	/\b(?:stia|stai|state|stiano|sia|sii) (?:pure |pure del tutto |del tutto )?(?:tranquill|seren)\p{L}*/u;

/** The clauses of a folded sentence, between commas, semicolons and colons. */
const clauses = (sentence: string): string[] => sentence.split(/[,;:]/u);

/**
 * Key facts found in a sentence that states their denied word (or another word for it) with no
 * negation, in the sentence or in the clause that names the fact: not found, and wrong with that
 * word as evidence.
 */
export function reversedFacts(
	reply: Analysed,
	spans: readonly Span[],
	keyFacts: readonly KeyFact[],
	verdicts: readonly KeyFactVerdict[],
): KeyFactVerdict[] {
	return verdicts.map((verdict, i) => {
		const kf = keyFacts[i];
		if (!kf || !verdict.found || verdict.wrong !== undefined) return verdict;
		const label = analyse(kf.label).folded;
		const denied = DENIED.exec(label)?.[1];
		if (!denied || NOT_A_DENIAL.test(label.trim())) return verdict;
		const root = stem(denied);
		const roots = new Set([root, ...(DENIED_SYNONYMS[root] ?? [])]);
		// A word of the fact (not a value: "dalle 18" is the fact's positive side) with the denied word
		// in one clause that has no negation: "il ritorno è coperto, quindi non serve il permesso"
		// (family AB). Otherwise the sentence as a whole: "la fascia garantita; il ritorno invece no"
		// denies it.
		const words = kf.variants.filter((v) => !/\d/u.test(v));
		for (const s of spans) {
			const sentence = reply.folded.slice(s.fStart, s.fEnd);
			if (!kf.variants.some((v) => hasVariant(sentence, v))) continue;
			const inSentence = reply.tokens.filter((t) => t.fStart >= s.fStart && t.fEnd <= s.fEnd && roots.has(stem(t.key)));
			const stated = (text: string): boolean =>
				!NEGATION.test(text) && !REASSURED.test(text) && inSentence.some((t) => hasVariant(text, t.key));
			// A hypothesis states nothing: "se qualcuno ti chiede l'IBAN, è una truffa" (family AL). A
			// limit said of something else agrees with the denial: "il problema è il ritorno, perché le
			// corse garantite sono solo dalle 18 alle 21" (family AW); "chiede l'IBAN solo allo
			// sportello" still asks for it.
			const named = (c: string): boolean => words.some((v) => hasVariant(c, v));
			const reversed =
				clauses(sentence).some((c) => named(c) && stated(c) && !HYPOTHESIS.test(c)) ||
				stated(
					clauses(sentence)
						.filter((c) => named(c) || !LIMIT.test(c))
						.join(','),
				);
			const word = inSentence[0];
			if (!reversed || !word) continue;
			const range = toRange(reply, word.fStart, word.fEnd);
			return { ...verdict, found: false, evidence: [range], wrong: reply.original.slice(range.start, range.end) };
		}
		return verdict;
	});
}
