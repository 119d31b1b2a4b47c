// Tip 1, "risposte dettagliate": the reply gives the author something concrete about THEIR comment
// (a time, a date, a place, a contact, a link, a procedure step, the state of an intervention), and
// is not boilerplate, bureaucratic length without content, off topic, or pasted from another reply.
import type { CriterionResult, KeyFact, KeyFactVerdict, Range } from '../types';
import type { Analysed } from '../text/normalize';
import { sentenceAt, sentences } from '../text/normalize';
import type { Fact } from '../reply/facts';
import { isWeak } from '../reply/facts';
import { findGeneric } from '../reply/boilerplate';
import { usableFacts } from '../reply/factFilters';
import { quoteRange, rangeOf, uniqueRanges } from '../text/ranges';
import { profileComment, relevantFacts } from '../reply/relevance';
import { whoAnswers, yesNoAnswers } from '../reply/answers';
import { nextSteps } from '../reply/nextSteps';
import { matchKeyFacts } from '../reply/keyFacts';
import type { Supported } from '../reply/factCheck';
import { checkKeyFacts } from '../reply/factCheck';
import { dice } from '../text/similarity';
import { GREETINGS, TITLES } from '../lexicon/names';
import { detailedFeedback } from '../feedback/texts';
import { COMPLAINT, POLICY, REQUEST, TONE } from '../lexicon/policy';
import type { Addressee } from '../comment/addressee';
import type { Intent } from '../comment/intent';
import { causeAnswers, stanceAnswers } from '../reply/stance';
import { DEFLECTION, VAGUE_PROMISE } from '../lexicon/intent';

/** Everything the detailed criterion needs. */
export interface DetailedContext {
	reply: Analysed;
	comment: Analysed;
	offensive: boolean;
	keyFacts: readonly KeyFact[];
	previous: readonly Analysed[];
	/** How feedback names the author. */
	addressee: Addressee;
	/** Values the exercise supports (key facts, comment, fact sheet): another value is wrong. */
	supported: Supported;
	/** What the comment does and asks. */
	intent: Intent;
}

// Near-identical to an earlier reply: word-bigram Dice at or above this is copy-paste (a changed
// name or one swapped word stays above it, a genuinely rewritten reply falls well below).
const COPY_THRESHOLD = 0.8;
// Very short replies ("Grazie!") are alike by nature; they fail on content, not as copies.
const MIN_COPY_TOKENS = 6;
// More than this share of the key facts makes a reply detailed on its own, even when none of them
// looks like a time, place or contact ("l'audio è falso", "le scuole sono aperte"). Half is not
// enough: with two key facts, recalling the netiquette alone must not pass.
const KEY_FACT_SHARE = 0.5;
// With key facts, a pass scores at least this, plus the share found above it.
const KEY_FACT_PASS_FLOOR = 0.5;
// Scores without key facts: one concrete fact is a pass, each further one adds nuance.
const ONE_FACT_SCORE = 0.7;
const EXTRA_FACT_SCORE = 0.15;
// Partial credit: only weak facts (an office alone), or facts about something else.
const WEAK_ONLY_SCORE = 0.3;
const OFF_TOPIC_SCORE = 0.2;

/** Words of a reply for copy comparison: the greeted name is dropped so "Ciao Luca"/"Ciao Marco" do not differ. */
function comparable(a: Analysed): string[] {
	return a.tokens
		.filter((_, i) => {
			const prev = a.tokens[i - 1]?.key ?? '';
			return !(GREETINGS.has(prev) || TITLES.has(prev));
		})
		.map((t) => t.key);
}

/** The facts as the learner should see them quoted: whole units, in reading order, no overlaps. */
function quoted(reply: Analysed, facts: Fact[]): string[] {
	return uniqueRanges(facts.map((f) => quoteRange(reply, f))).map((r) => reply.original.slice(r.start, r.end));
}

/**
 * Facts worth quoting first: times, places, amounts before a bare "Sì", "è stata riparata" or a
 * year on its own ("TARI 2024", "album 2024"), which says little out of context.
 */
function preferred(facts: Fact[]): Fact[] {
	const plain = facts.filter((f) => f.kind !== 'answer' && f.kind !== 'status' && !/^20\d\d$/u.test(f.text));
	return plain.length ? plain : facts;
}

/** Judge the detailed tip; also returns the key-fact check when the exercise lists key facts. */
export function judgeDetailed(ctx: DetailedContext): { result: CriterionResult; keyFacts?: KeyFactVerdict[] } {
	const { reply, comment } = ctx;
	const profile = profileComment(comment);
	const generic = findGeneric(reply);
	const spans = sentences(reply);
	const { usable, otherDays } = usableFacts(reply, comment, generic, spans);
	const facts = [
		...usable,
		...yesNoAnswers(reply, comment, profile, generic),
		...nextSteps(reply, comment, profile.wants.has('step')),
		...whoAnswers(reply, profile),
		...stanceAnswers(reply, ctx.intent, profile, generic),
		...causeAnswers(reply, ctx.intent, generic),
	].sort((x, y) => x.fStart - y.fStart);
	const { relevant } = relevantFacts(reply, profile, facts);
	// The switchboard or the URP fits any comment ("per informazioni: urp@comune.it, 0573 000 111"):
	// their contacts are pointers, not answers, unless the citizen asked whom to contact. A specific
	// office's contact is always an answer.
	const genericContact = (f: Fact): boolean => {
		if ((f.kind !== 'phone' && f.kind !== 'email') || profile.wants.has(f.kind)) return false;
		if (f.kind === 'email')
			return /^(?:urp|info|informazioni|protocollo|segreteria|comune|centralino)[@.]/u.test(f.text);
		const s = spans[sentenceAt(spans, f.fStart)];
		return (
			s !== undefined && /\b(?:urp|relazioni con il pubblico|centralino)\b/u.test(reply.folded.slice(s.fStart, s.fEnd))
		);
	};
	// To "dove...?" a venue or an office is the answer ("all'ecocentro"); elsewhere it is a pointer.
	const weak = (f: Fact): boolean =>
		genericContact(f) || (isWeak(f) && !(profile.where && (f.kind === 'place' || f.kind === 'office')));
	const strong = relevant.filter((f) => !weak(f));
	const weakKinds = new Set(relevant.filter(weak).map((f) => f.kind));
	// A vague promise ("interverremo quanto prima") or a bare deflection ("chiedete ai politici") with
	// only pointers around it gives the citizen nothing, however long the acknowledgement.
	const deflection = DEFLECTION.exec(reply.folded);
	const hollow = VAGUE_PROMISE.test(reply.folded) || deflection !== null;
	const factual = strong.length > 0 || (weakKinds.size >= 2 && !hollow);
	const policyMatch = POLICY.exec(reply.folded);
	const policy = policyMatch !== null;
	const request =
		REQUEST.test(comment.folded) ||
		profile.wants.size > 0 ||
		(ctx.offensive && profile.clusters.size > 0 && COMPLAINT.test(comment.folded));
	const generalMet = ctx.offensive && !request ? policy || factual : factual;

	const words = comparable(reply);
	const copied =
		words.length >= MIN_COPY_TOKENS && ctx.previous.some((p) => dice(words, comparable(p)) >= COPY_THRESHOLD);

	const keyResults = ctx.keyFacts.length
		? checkKeyFacts(reply, ctx.keyFacts, matchKeyFacts(reply, ctx.keyFacts), ctx.supported)
		: undefined;
	// A wrong value (another date, another phone number) is worse than none: the reply is not detailed.
	const wrong = (keyResults ?? []).filter((k) => k.wrong !== undefined);
	const found = keyResults?.filter((k) => k.found).length ?? 0;
	const share = keyResults ? found / keyResults.length : 0;

	let met: boolean;
	let score: number;
	if (copied) {
		met = false;
		score = 0;
	} else if (keyResults) {
		met = wrong.length === 0 && (share > KEY_FACT_SHARE || (found >= 1 && generalMet));
		score = met ? KEY_FACT_PASS_FLOOR + (1 - KEY_FACT_PASS_FLOOR) * share : KEY_FACT_PASS_FLOOR * share;
	} else {
		met = generalMet;
		const count = strong.length + (weakKinds.size >= 2 ? 1 : 0) + (policy && ctx.offensive ? 1 : 0);
		score = met
			? Math.min(1, ONE_FACT_SCORE + EXTRA_FACT_SCORE * Math.max(0, count - 1))
			: weakKinds.size > 0
				? WEAK_ONLY_SCORE
				: facts.length > 0
					? OFF_TOPIC_SCORE
					: 0;
	}

	let evidence: Range[];
	if (copied) evidence = [{ start: 0, end: reply.original.length }];
	else if (wrong.length) evidence = wrong.flatMap((k) => k.evidence);
	else if (met) {
		evidence = [...relevant.map((f) => quoteRange(reply, f)), ...(keyResults ?? []).flatMap((k) => k.evidence)];
		if (policyMatch && ctx.offensive) {
			evidence.push({
				start: reply.map[policyMatch.index] ?? 0,
				end: reply.map[policyMatch.index + policyMatch[0].length] ?? 0,
			});
		}
	} else if (facts.length && relevant.length === 0) evidence = facts.map((f) => rangeOf(reply, f));
	else if (otherDays.length && !factual) evidence = otherDays.map((f) => rangeOf(reply, f));
	else evidence = generic.map((g) => g.range);

	const feedback = detailedFeedback({
		met,
		copied,
		offensive: ctx.offensive,
		request,
		policy,
		tone: TONE.test(reply.folded),
		topic: profile.clusters.size > 0,
		compliment: profile.compliment,
		question: comment.folded.includes('?'),
		facts: quoted(reply, preferred(strong.length ? strong : relevant)),
		offTopic: (facts.some((f) => !weak(f)) && relevant.length === 0) || (!factual && otherDays.length > 0),
		weakOnly: !factual && weakKinds.size > 0,
		weak: quoted(reply, relevant.filter(weak)),
		weakStep: relevant.filter(weak).every((f) => f.kind === 'step' || f.kind === 'document'),
		generic: generic.map((g) => g.text),
		words: reply.tokens.length,
		missing: (keyResults ?? []).filter((k) => !k.found).map((k) => k.label),
		foundLabels: (keyResults ?? []).filter((k) => k.found).map((k) => k.label),
		addressee: ctx.addressee,
		wrong: wrong.map((k) => ({ label: k.label, text: k.wrong ?? '' })),
		intent: ctx.intent,
		deflection: deflection
			? reply.original.slice(reply.map[deflection.index] ?? 0, reply.map[deflection.index + deflection[0].length] ?? 0)
			: '',
	});
	const result: CriterionResult = {
		met,
		score: Math.round(score * 100) / 100,
		evidence: uniqueRanges(evidence),
		feedback,
	};
	return keyResults ? { result, keyFacts: keyResults } : { result };
}
