// The conduct gates, judged before the three tips: a reply that insults, mocks or intimidates the
// citizen, takes a political side or sides with a prejudice, or that shows or asks for personal
// data in public, cannot be published by a public
// administration, however detailed, personal and grateful it is. Each failure carries the words
// that cause it (evidence) and an Italian message for the learner.
import type { ConductFailure, Range, ReplyChannel } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, foldedOffset } from '../text/normalize';
import { findOffensive } from '../comment/offensive';
import {
	CALM_DOWN,
	CALM_DOWN_RUDE,
	IRONIC_EMOJI,
	LAUGH_AT_OURSELVES,
	CITIZEN_IN_LAUGH,
	AGE_WORDS,
	LAUGHTER,
	STAFF_LAUGHED_AT,
	SMUG,
	LECTURE,
	MANNERS_PRAISE,
	MOCKING_SIGNS,
	GRUDGE,
	MOCK_SURPRISE,
	SENSE_MADE_LIGHT,
	SENSORY_DISABILITY,
} from '../lexicon/conduct';
import { NEVER_NEEDED } from '../lexicon/personalData';
import { IRONIC_PRAISE_EACH, MOCKERY_EACH } from '../lexicon/mockery';
import { CONDUCT_TEXT } from '../feedback/conduct';
import { uniqueRanges } from '../text/ranges';
import { shownData } from './personalData';
import { askedData } from './askedData';
import { closesOffer, toneHits } from './tone';
import type { ToneHit } from './tone';
import type { Intent } from '../comment/intent';
import { COMPLAINT, REPORT } from '../lexicon/intent';
import { REJECTS_PREJUDICE } from '../lexicon/prejudice';
import { CLAP } from '../lexicon/tone';
import { echoesCommentEmoji, matchAll, perSentence, quotedMask, reported, withSentence } from './spoken';
import { partisan, prejudice } from './sides';
import { intimidation } from './threats';
import { staffBlame } from './staffBlame';
import { putDowns } from './putDowns';

/** LAUGHTER without the global flag, for a yes/no test that keeps no position between texts. */
const LAUGHS = new RegExp(LAUGHTER.source, 'u');
/** IRONIC_EMOJI without the global flag, for the same kind of yes/no test. */
const IRONY_IN = new RegExp(IRONIC_EMOJI.source, 'u');

/** A wink, a smirk, an upside-down face: sarcasm unless the comment uses the same sign. */
const SMIRK = /^(?:\u{1F609}|\u{1F60F}|\u{1F643})$/u;

/**
 * Insults and mockery aimed at the citizen; laughing emoji count unless the comment is praise or a
 * joke, ironic praise unless it is praise ("che bello leggere commenti così" is sincere there),
 * ironic emoji under a grievance unless the comment uses them too (then the tone is shared), the
 * manners of an insulting comment praised, an impaired sense made light of.
 */
function disrespect(
	reply: Analysed,
	comment: Analysed,
	{
		serious,
		aggrieved,
		offensive,
		praised,
	}: { serious: boolean; aggrieved: boolean; offensive: boolean; praised: boolean },
): Range[] {
	const mask = quotedMask(reply);
	const keep = (at: number): boolean => !reported(reply, at, mask);
	const sharedIrony = IRONY_IN.test(comment.original);
	// Whether a sentence names a slur to reject it, read once per sentence.
	const rejects = perSentence(reply, REJECTS_PREJUDICE);
	const insults = findOffensive(reply)
		.filter((h) => h.kind === 'insult')
		.map((h) => h.range)
		.filter((r) => {
			const f = foldedOffset(reply, r.start);
			// "i rom non sono tutti ladri: è un pregiudizio" names the slur to reject it.
			return f < 0 || (keep(f) && !rejects(f));
		});
	const words = [
		...insults,
		...MOCKERY_EACH.flatMap((re) => matchAll(reply, re, keep)),
		...(praised ? [] : IRONIC_PRAISE_EACH.flatMap((re) => matchAll(reply, re, keep))),
		...matchAll(reply, LECTURE, keep),
		...matchAll(reply, MOCKING_SIGNS, keep),
		...(serious ? matchAll(reply, CALM_DOWN_RUDE, keep) : []),
		// Only quotation marks set a named colleague aside: "l'aveva scritto Marco del turno" is the page's own account.
		...staffBlame(reply, (at) => mask[at] !== 1),
		...putDowns(reply, offensive),
		...(aggrieved ? [...matchAll(reply, CALM_DOWN, keep), ...matchAll(reply, MOCK_SURPRISE, keep)] : []),
		...(offensive ? matchAll(reply, MANNERS_PRAISE, keep) : []),
		...(SENSORY_DISABILITY.test(comment.folded) ? matchAll(reply, SENSE_MADE_LIGHT, keep) : []),
	];
	// Whether a sentence speaks of someone's age, read once per sentence: 20,000 laughs in one endless sentence each read it
	// whole (13 to 16 s, session 46).
	const agedSentence = perSentence(reply, AGE_WORDS);
	const signs = [
		// A laugh shared with the comment, unless its sentence is about someone's age; not a laugh at the page itself, nor
		// one after the comment's own emoji under a plain question.
		...matchAll(reply, LAUGHTER).filter((r) => {
			const f = foldedOffset(reply, r.start);
			if (agedSentence(f)) return true;
			const around = reply.folded.slice(Math.max(0, f - 40), f + 80);
			if (!aggrieved && echoesCommentEmoji(reply, comment, r.start, r.end) && !CITIZEN_IN_LAUGH.test(around))
				return false;
			return serious && !(LAUGH_AT_OURSELVES.test(around) && !CITIZEN_IN_LAUGH.test(around));
		}),
		// An ironic sign in the comment shares its tone ("complimenti 👏👏" and a "😅" back), except a
		// wink or a smirk it does not use itself: that answers a grievance with sarcasm.
		...(aggrieved
			? matchAll(reply, IRONIC_EMOJI).filter((r) => {
					const sign = reply.original.slice(r.start, r.end);
					const f = foldedOffset(reply, r.start);
					// A wink closing an offer of help is warm (JL050, KH046); a smirk never is.
					if (sign === '\u{1F609}' && closesOffer(reply.folded.slice(Math.max(0, f - 120), f))) return false;
					return SMIRK.test(sign) ? !comment.original.includes(sign) : !sharedIrony;
				})
			: serious
				? matchAll(reply, SMUG).filter((r) => !comment.original.includes(reply.original.slice(r.start, r.end)))
				: []),
	];
	// A sign is shown with its sentence, unless words of that sentence are already evidence.
	return [
		...words,
		...signs.map((r) => {
			const whole = withSentence(reply, r);
			return words.some((w) => w.start < whole.end && w.end > whole.start) ? r : whole;
		}),
	];
}

/**
 * The ranges a gate found by its word lists, and the sentences the tone cues found for the same
 * gate where no listed words already stand (the learner sees the exact words when a list knows them).
 */
function withTone(found: Range[], tone: readonly ToneHit[], kind: ToneHit['kind']): Range[] {
	const listed = uniqueRanges(found);
	const more = tone
		.filter((h) => h.kind === kind && !listed.some((r) => r.start < h.range.end && r.end > h.range.start))
		.map((h) => h.range);
	return uniqueRanges([...listed, ...more]);
}

const quoteOf = (reply: Analysed, ranges: Range[]): string[] =>
	ranges.map((r) => reply.original.slice(r.start, r.end).trim()).filter((q) => q.length > 0);

/**
 * The conduct failures of a reply, in the order a trainer would name them; empty when the reply
 * could be published.
 */
export function judgeConduct(
	reply: Analysed,
	comment: Analysed,
	{ kind: intent, question }: Pick<Intent, 'kind' | 'question'>,
	surnames: ReadonlySet<string> = new Set(),
	channel: ReplyChannel = 'public',
	firstNames: ReadonlySet<string> = new Set(),
): ConductFailure[] {
	const out: ConductFailure[] = [];
	const text = CONDUCT_TEXT[channel];
	// Laughing along with a citizen who laughs first is not mockery (it may still be unwise), unless the citizen laughs at
	// the staff: laughing back is then a retort.
	const serious =
		intent !== 'praise' &&
		intent !== 'other' &&
		intent !== 'spam' &&
		(!LAUGHS.test(comment.folded) || STAFF_LAUGHED_AT.test(comment.folded));
	// Irony under a grievance: a wink or a clap answers a complaint with a smirk. A comment that
	// complains, or reports a problem and then asks ("tre buche enormi… Quando le sistemate?"), is
	// one too; a plain question that names a problem ("Quando passano i rifiuti?") is not.
	const beforeQuestion = question ? comment.folded.replace(analyse(question).folded, ' ') : comment.folded;
	const aggrieved =
		intent === 'complaint' ||
		intent === 'report' ||
		intent === 'opinion' ||
		intent === 'offensive' ||
		COMPLAINT.test(comment.folded) ||
		GRUDGE.test(comment.folded) ||
		REPORT.test(beforeQuestion);
	// A grievance that claps (👏👏): the citizen's sarcasm, not to be clapped back.
	const clapped = aggrieved && CLAP.test(comment.original);
	const tone = toneHits(reply, { aggrieved, serious, clapped });
	const insult = withTone(
		disrespect(reply, comment, { serious, aggrieved, offensive: intent === 'offensive', praised: intent === 'praise' }),
		tone,
		'insult',
	);
	if (insult.length) out.push({ kind: 'insult', message: text.insult(quoteOf(reply, insult)), evidence: insult });
	const threat = withTone(intimidation(reply, comment, intent), tone, 'threat');
	if (threat.length) out.push({ kind: 'threat', message: text.threat(quoteOf(reply, threat)), evidence: threat });
	const sides = withTone(partisan(reply, comment), tone, 'partisan');
	if (sides.length) out.push({ kind: 'partisan', message: text.partisan(quoteOf(reply, sides)), evidence: sides });
	const bias = uniqueRanges(prejudice(reply, comment));
	if (bias.length)
		out.push({ kind: 'discrimination', message: text.discrimination(quoteOf(reply, bias)), evidence: bias });
	// A private message may ask for the citizen's data (that is what it is for) and repeat their
	// contact, never hold data the answer does not need: the tax code, IBAN or document number the
	// comment showed, a health condition, a child's, someone else's. Nor may it send the citizen back
	// to the public comments to write their data.
	const shown = shownData(reply, comment, surnames, firstNames).filter(
		(h) => channel === 'public' || NEVER_NEEDED.has(h.what),
	);
	if (shown.length) {
		const kinds = [...new Set(shown.map((h) => h.what))];
		out.push({
			kind: 'personal-data',
			message: text.shown(kinds),
			evidence: uniqueRanges(shown.map((h) => h.range)),
		});
	}
	const asked = askedData(reply, channel === 'private');
	if (asked.length) {
		out.push({
			kind: 'personal-data',
			message: text.asked(asked.map((h) => h.what)),
			evidence: asked.map((h) => h.range),
		});
	}
	return out;
}
