// Tip 1, "risposte dettagliate": the reply gives the author something concrete about THEIR comment
// (a time, a date, a place, a contact, a link, a procedure step, the state of an intervention, a
// stance with its condition, a cause), and is not boilerplate, bureaucratic length without content,
// off topic, wrong about a key fact, or pasted from another reply. The findings come from
// reply/detailedFindings.ts; here they become met, score, evidence and feedback.
import type { CriterionResult, KeyFactVerdict, Range } from '../types';
import type { Analysed } from '../text/normalize';
import { toRange } from '../text/normalize';
import type { Fact } from '../reply/facts';
import { quoteRange, rangeOf, uniqueRanges } from '../text/ranges';
import { detailedFeedback } from '../feedback/detailed';
import type { Addressee } from '../comment/addressee';
import type { DetailedFindings, DetailedInput } from '../reply/detailedFindings';
import { findDetailed } from '../reply/detailedFindings';
import { APOLOGY } from '../lexicon/intent';

/** Everything the detailed criterion needs. */
export interface DetailedContext extends DetailedInput {
	/** How feedback names the author. */
	addressee: Addressee;
}

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

/** The reply's own words for a pattern found in its folded text. */
function quoteOf(reply: Analysed, m: RegExpExecArray): string {
	const r = toRange(reply, m.index, m.index + m[0].length);
	return reply.original.slice(r.start, r.end);
}

/** Met and score from the findings. */
function verdict(f: DetailedFindings, offensive: boolean): { met: boolean; score: number } {
	if (f.copied) return { met: false, score: 0 };
	// A value the office gives otherwise ("31 agosto" for "31 luglio") is wrong, as for a key fact.
	const sheetWrong = f.sheetWrong.length > 0;
	// An offensive comment with no request in it is answered by recalling the rules calmly.
	const generalMet = offensive && !f.request ? f.policy !== null || f.factual : f.factual;
	if (f.keyFacts) {
		const found = f.keyFacts.filter((k) => k.found).length;
		const share = found / f.keyFacts.length;
		// A wrong value (another date, another phone number) is worse than none: the reply is not detailed.
		const wrong = f.keyFacts.some((k) => k.wrong !== undefined);
		// A key fact found settles that the reply is on topic: with it, any concrete fact counts.
		const concrete = generalMet || f.anyStrong;
		const met = !wrong && !sheetWrong && (share > KEY_FACT_SHARE || (found >= 1 && concrete));
		return { met, score: met ? KEY_FACT_PASS_FLOOR + (1 - KEY_FACT_PASS_FLOOR) * share : KEY_FACT_PASS_FLOOR * share };
	}
	const weakKinds = new Set(f.weak.map((x) => x.kind)).size;
	const count = f.strong.length + (weakKinds >= 2 ? 1 : 0) + (f.policy && offensive ? 1 : 0);
	const score = generalMet
		? Math.min(1, ONE_FACT_SCORE + EXTRA_FACT_SCORE * Math.max(0, count - 1))
		: weakKinds > 0
			? WEAK_ONLY_SCORE
			: f.facts.length > 0
				? OFF_TOPIC_SCORE
				: 0;
	return sheetWrong ? { met: false, score: Math.min(score, WEAK_ONLY_SCORE) } : { met: generalMet, score };
}

/** The words a verdict rests on. */
function evidenceOf(reply: Analysed, f: DetailedFindings, met: boolean, offensive: boolean): Range[] {
	const wrong = (f.keyFacts ?? []).filter((k) => k.wrong !== undefined);
	const at = (m: RegExpExecArray): Range => toRange(reply, m.index, m.index + m[0].length);
	if (f.copied) return [{ start: 0, end: reply.original.length }];
	if (wrong.length || f.sheetWrong.length)
		return [...wrong.flatMap((k) => k.evidence), ...f.sheetWrong.map((w) => w.range)];
	if (met) {
		return [
			...f.relevant.map((x) => quoteRange(reply, x)),
			...(f.keyFacts ?? []).flatMap((k) => k.evidence),
			...(f.policy && offensive ? [at(f.policy)] : []),
		];
	}
	if (f.facts.length && f.relevant.length === 0) return f.facts.map((x) => rangeOf(reply, x));
	if (f.otherDays.length && !f.factual) return f.otherDays.map((x) => rangeOf(reply, x));
	return f.generic.map((g) => g.range);
}

/** Judge the detailed tip; also returns the key-fact check when the exercise lists key facts. */
export function judgeDetailed(ctx: DetailedContext): {
	result: CriterionResult;
	keyFacts?: KeyFactVerdict[];
	/** Where the reply states a value the fact sheet gives otherwise. */
	sheetWrong: Range[];
} {
	const { reply, comment } = ctx;
	const f = findDetailed(ctx);
	const { met, score } = verdict(f, ctx.offensive);
	const keyFacts = f.keyFacts ?? [];
	const feedback = detailedFeedback({
		met,
		copied: f.copied,
		offensive: ctx.offensive,
		request: f.request,
		policy: f.policy !== null,
		tone: f.tone,
		topic: f.profile.clusters.size > 0,
		compliment: f.profile.compliment,
		question: comment.folded.includes('?'),
		facts: quoted(reply, preferred(f.strong.length ? f.strong : f.relevant)),
		offTopic:
			!keyFacts.some((k) => k.found) &&
			((f.anyStrong && f.relevant.length === 0) || (!f.factual && f.otherDays.length > 0)),
		weakOnly: !f.factual && f.weak.length > 0,
		weak: quoted(reply, f.weak),
		weakStep: f.weak.every((x) => x.kind === 'step' || x.kind === 'document'),
		generic: f.generic.map((g) => g.text),
		words: reply.tokens.length,
		missing: keyFacts.filter((k) => !k.found).map((k) => k.label),
		foundLabels: keyFacts.filter((k) => k.found).map((k) => k.label),
		addressee: ctx.addressee,
		wrong: keyFacts.filter((k) => k.wrong !== undefined).map((k) => ({ label: k.label, text: k.wrong ?? '' })),
		sheetWrong: f.sheetWrong.map((w) => ({ text: w.text, expected: w.expected })),
		intent: ctx.intent,
		deflection: f.deflection ? quoteOf(reply, f.deflection) : '',
		apology: APOLOGY.test(reply.folded),
	});
	const result: CriterionResult = {
		met,
		score: Math.round(score * 100) / 100,
		evidence: uniqueRanges(evidenceOf(reply, f, met, ctx.offensive)),
		feedback,
	};
	const sheetWrong = f.sheetWrong.map((w) => w.range);
	return f.keyFacts ? { result, keyFacts: f.keyFacts, sheetWrong } : { result, sheetWrong };
}
