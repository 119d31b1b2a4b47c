// Put-downs found by their parts (lexicon/putDowns.ts), for the insult gate of reply/conduct.ts: the
// citizen silenced, sent away or off, their sanity, grasp or words belittled, an adjective that judges
// them, a lesson in learning or in manners, talked to as a child, sent to the experts, their way of
// writing called rude, their Italian corrected, told to read properly or to have what everyone has by now, reproached for believing
// rumours, for their age or for how they wrote; under an insult, their way of writing praised.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import {
	DENIED_BEFORE,
	DONT_COMPLAIN,
	LIKE_A_BRUTE,
	MIRROR,
	INSULT_TO_MIRROR,
	NOTHING_ELSE,
	VOCATIVE,
	YOU_ARE_RUDE,
	ONLY_A_RUDE_ONE,
	WHOEVER_FAILS_IS,
	ITALIAN_CORRECTED,
	EVERYONE_HAS_IT,
	READ_PROPERLY,
	STILL_BELIEVING,
	AGE_SHOULD_KNOW,
	IS_THIS_THE_WAY,
	DISMISSED,
	FROM_THE_SOFA,
	GO_AWAY,
	GRASP_BELITTLED,
	LANGUAGE_PRAISED,
	LEARN_TO,
	LEAVE_IT_TO_EXPERTS,
	MANNERS_DEMAND,
	NERVE,
	NOBODY_CARES,
	NONSENSE_SAID,
	NOT_WORTH_ANSWER,
	NO_IDEA,
	ONLY_ONE_IS_YOU,
	ONLY_PAID_TO,
	ON_YOUR_OWN,
	OTHER_PLANET,
	RUDE_WAY,
	SANITY,
	SILENCE,
	UNDERSTAND_NOTHING,
	USE_YOUR_BRAIN,
	WORDS_RIDICULED,
	YOU_ARE_JUDGED,
	YOU_IDLE,
} from '../lexicon/putDowns';
import {
	ADULTS_KNOW,
	EXPECTED_BETTER,
	HARD_TO_READ,
	LIKE_A_CHILD,
	TALKED_DOWN,
	WRITTEN_BIG,
} from '../lexicon/condescension';
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
		...[
			SILENCE,
			GO_AWAY,
			SANITY,
			GRASP_BELITTLED,
			LEARN_TO,
			MANNERS_DEMAND,
			YOU_ARE_JUDGED,
			UNDERSTAND_NOTHING,
			WORDS_RIDICULED,
			DISMISSED,
			NERVE,
			NOT_WORTH_ANSWER,
			NO_IDEA,
			FROM_THE_SOFA,
			USE_YOUR_BRAIN,
			NOBODY_CARES,
			LEAVE_IT_TO_EXPERTS,
			OTHER_PLANET,
			LIKE_A_CHILD,
			ON_YOUR_OWN,
			RUDE_WAY,
			ONLY_ONE_IS_YOU,
			ONLY_PAID_TO,
			YOU_IDLE,
			ADULTS_KNOW,
			WRITTEN_BIG,
			DONT_COMPLAIN,
			NOTHING_ELSE,
			MIRROR,
			INSULT_TO_MIRROR,
			EXPECTED_BETTER,
			HARD_TO_READ,
			TALKED_DOWN,
			LIKE_A_BRUTE,
			VOCATIVE,
			YOU_ARE_RUDE,
			ONLY_A_RUDE_ONE,
			WHOEVER_FAILS_IS,
			ITALIAN_CORRECTED,
			EVERYONE_HAS_IT,
			READ_PROPERLY,
			STILL_BELIEVING,
			AGE_SHOULD_KNOW,
			IS_THIS_THE_WAY,
		].flatMap((re) => matchAll(reply, re, keep)),
		// A denial before nonsense in its sentence ("nessuna domanda è una stupidaggine") says the opposite.
		...matchAll(reply, NONSENSE_SAID, (at) => keep(at) && !deniedBefore(reply, at)),
		...(offensive ? matchAll(reply, LANGUAGE_PRAISED, keep) : []),
	];
}
