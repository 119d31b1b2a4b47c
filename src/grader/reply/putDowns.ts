// Put-downs found by their parts (lexicon/putDowns.ts), for the insult gate of reply/conduct.ts: the
// citizen silenced, sent away or off, their sanity, grasp or words belittled, an adjective that judges
// them, a lesson in learning or in manners, talked to as a child, sent to the experts, their way of
// writing called rude; under an insult, their way of writing praised.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { DENIED_BEFORE, LANGUAGE_PRAISED, NONSENSE_SAID, PUT_DOWNS } from '../lexicon/putDowns';
import { sentenceAt, sentences } from '../text/sentences';
import { matchAll, quotedMask } from './spoken';

/** A negation in the sentence before the folded offset. */
function deniedBefore(reply: Analysed, at: number): boolean {
	const spans = sentences(reply);
	const s = spans[sentenceAt(spans, at)];
	return DENIED_BEFORE.test(reply.folded.slice(s ? s.fStart : 0, at));
}

/**
 * The put-downs of a reply, outside quotation marks. Only quotation marks tell a quoted put-down here: the
 * gate's reported-speech test reads any word after "scrivere" as quoted, and these are the page's own
 * words even there ("prima di scrivere accenda il cervello", "evita di scrivere fesserie").
 */
export function putDowns(reply: Analysed, offensive: boolean): Range[] {
	const mask = quotedMask(reply);
	const keep = (at: number): boolean => mask[at] !== 1;
	return [
		...PUT_DOWNS.flatMap((re) => matchAll(reply, re, keep)),
		// A denial before nonsense in its sentence ("nessuna domanda è una stupidaggine") says the opposite.
		...matchAll(reply, NONSENSE_SAID, (at) => keep(at) && !deniedBefore(reply, at)),
		...(offensive ? matchAll(reply, LANGUAGE_PRAISED, keep) : []),
	];
}
