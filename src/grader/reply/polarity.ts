// A key fact stated the wrong way round: the exercise says "il ritorno da scuola non è garantito"
// and the reply "per il ritorno le corse sono garantite". The fact's words are there, so it would
// count as found; its denied word is there too, with no negation in the sentence.
import type { KeyFact, KeyFactVerdict } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { analyse, toRange } from '../text/normalize';
import { stem } from '../text/stem';
import { DENIED, NEGATION, NOT_A_DENIAL } from '../lexicon/facts';

/** The variant as whole words in a folded sentence. */
const hasVariant = (sentence: string, variant: string): boolean => {
	const v = analyse(variant).folded.trim();
	return (
		v.length > 0 &&
		new RegExp(`(?:^|[^\\p{L}\\d])${v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\d])`, 'u').test(sentence)
	);
};

/**
 * Key facts found in a sentence that states their denied word with no negation: not found, and
 * wrong with that word as evidence.
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
		for (const s of spans) {
			const sentence = reply.folded.slice(s.fStart, s.fEnd);
			if (NEGATION.test(sentence) || !kf.variants.some((v) => hasVariant(sentence, v))) continue;
			const word = reply.tokens.find((t) => t.fStart >= s.fStart && t.fEnd <= s.fEnd && stem(t.key) === root);
			if (!word) continue;
			const range = toRange(reply, word.fStart, word.fEnd);
			return { ...verdict, found: false, evidence: [range], wrong: reply.original.slice(range.start, range.end) };
		}
		return verdict;
	});
}
