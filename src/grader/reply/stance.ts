// Answers that carry no time, place or number and still are exactly what was asked (rubric.md):
// a stance on a yes/no question with its condition or reason ("Anche fuori dal Comune, ma stando
// attenti…", "È consentito, purché…"), and the cause of a disservice the citizen complains about
// ("una vettura è venuta a mancare causa guasto").
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { firstAtLeast } from '../text/normalize';
import type { Fact } from './facts';
import type { GenericHit } from './boilerplate';
import type { Intent } from '../comment/intent';
import type { CommentProfile } from './relevance';
import { overlaps, sentenceTopics } from './relevance';
import { STOP_WORDS, sameStem } from '../text/stem';
import {
	CAUSE,
	COMPETENT_BODY,
	CONDITION,
	CORRECTION,
	DEFLECTION,
	REASON,
	REMEDY,
	RULE_OR_PURPOSE,
	STANCE,
} from '../lexicon/intent';

// A stance sentence needs this many content words beside the generic pointers: "Sì, è possibile:
// trovi le informazioni sul sito" restates nothing and sends the citizen elsewhere.
const MIN_STANCE_CONTENT = 3;
// A reason needs this many content words on each side: "lo facciamo perché è giusto" says nothing.
const MIN_REASON_SIDE = 3;
// A rule or a purpose needs this many content words in its sentence: "È previsto dalla legge." alone
// names no rule and no thing.
const MIN_RULE_CONTENT = 5;

/** The comment asks "perché…?". */
const asksWhy = (intent: Intent): boolean => intent.kind === 'info' && intent.asked.includes('why');

function contentWords(reply: Analysed, s: Span, generic: readonly GenericHit[]): number {
	// The span's first token by binary search: a reply of thousands of sentences asked each for all tokens.
	const tokens = reply.tokens;
	let n = 0;
	for (let i = firstAtLeast(tokens.length, (k) => tokens[k]?.fStart ?? Infinity, s.fStart); i < tokens.length; i++) {
		const t = tokens[i];
		if (!t || t.fStart >= s.fEnd) break;
		if (
			t.fEnd <= s.fEnd &&
			!STOP_WORDS.has(t.key) &&
			t.key.length > 2 &&
			!generic.some((g) => t.fStart >= g.fStart && t.fEnd <= g.fEnd)
		)
			n++;
	}
	return n;
}

/** Stances with their condition or reason, for a yes/no question. */
export function stanceAnswers(
	reply: Analysed,
	spans: readonly Span[],
	intent: Intent,
	profile: CommentProfile,
	generic: readonly GenericHit[],
): Fact[] {
	if (intent.kind !== 'yes-no') return [];
	const topics = sentenceTopics(reply, spans);
	const out: Fact[] = [];
	// The first sentence with content: a greeting alone ("Buongiorno,") does not count.
	const firstContent = spans.findIndex((s) => contentWords(reply, s, generic) >= MIN_STANCE_CONTENT);
	spans.forEach((s, i) => {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const stance = STANCE.exec(text);
		// "a chi solo per denigrare": inside a clause about someone, not the office's stance.
		if (!stance || /\bchi $/u.test(text.slice(0, stance.index))) return;
		// The condition may come before the stance ("se è un rapporto stabile… quindi sì") or after it.
		const around = `${text.slice(0, stance.index)} ${text.slice(stance.index + stance[0].length)}`;
		const next = spans[i + 1];
		const following = next ? reply.folded.slice(next.fStart, next.fEnd) : '';
		const conditionHere = CONDITION.test(around);
		const conditionNext = !conditionHere && next !== undefined && CONDITION.test(following.slice(0, 40));
		const sharesTopic = (j: number): boolean => {
			const topic = topics[j];
			return topic !== undefined && overlaps(profile, topic);
		};
		// The reply's opening sentence answers the question it follows, in whatever words; a condition
		// taken from the next sentence must be about what was asked ("tutti coloro che ci seguono" is not).
		const onTopic = (conditionNext ? sharesTopic(i + 1) : i === firstContent || sharesTopic(i)) || profile.vague;
		// A short stance ("I fondi ci sono.") takes its content from the condition that follows it.
		const words = contentWords(reply, s, generic) + (conditionNext && next ? contentWords(reply, next, generic) : 0);
		if (!(conditionHere || conditionNext) || !onTopic || words < MIN_STANCE_CONTENT) return;
		const fEnd = conditionNext && next ? next.fEnd : s.fEnd;
		out.push({
			kind: 'answer',
			fStart: s.fStart + stance.index,
			fEnd,
			text: reply.folded.slice(s.fStart + stance.index, fEnd),
		});
	});
	return out;
}

/**
 * The cause of a disservice, the correction of a wrong claim ("nessun dissesto, ma la rottura di un
 * tubo"), a remedy granted or under way ("ha iniziato la pratica per il rimborso"), or the
 * competent body named ("la zona è nel Comune di Noli").
 */
export function causeAnswers(
	reply: Analysed,
	spans: readonly Span[],
	intent: Intent,
	generic: readonly GenericHit[],
): Fact[] {
	// A cause or a correction is information whatever the comment asked, except for praise and spam.
	if (intent.kind === 'praise' || intent.kind === 'spam') return [];
	const out: Fact[] = [];
	const found = [
		...reply.folded.matchAll(new RegExp(CAUSE.source, 'gu')),
		...reply.folded.matchAll(new RegExp(CORRECTION.source, 'gu')),
		...reply.folded.matchAll(new RegExp(REMEDY.source, 'gu')),
		...reply.folded.matchAll(new RegExp(COMPETENT_BODY.source, 'gu')),
	];
	for (const m of found) {
		if (generic.some((g) => m.index >= g.fStart && m.index < g.fEnd)) continue;
		out.push({ kind: 'answer', fStart: m.index, fEnd: m.index + m[0].length, text: m[0] });
	}
	// To a complaint, a grievance, a request or a "perché…?", a sentence that says why, with content on
	// both sides of the connective, is the answer; "non è di nostra competenza perché…" is a deflection.
	if (
		intent.kind === 'complaint' ||
		intent.kind === 'opinion' ||
		intent.kind === 'report' ||
		intent.kind === 'other' ||
		asksWhy(intent)
	) {
		for (const s of spans) {
			const text = reply.folded.slice(s.fStart, s.fEnd);
			const why = REASON.exec(text);
			if (!why || DEFLECTION.test(text)) continue;
			const at = s.fStart + why.index;
			// "Anche se con il contrassegno, l'auto era in divieto": the two sides are split by the comma.
			const comma = why.index < 3 ? text.indexOf(',', why.index) : -1;
			const split = comma > 0 ? s.fStart + comma : at;
			const before = contentWords(reply, { fStart: s.fStart, fEnd: split }, generic);
			const after = contentWords(reply, { fStart: comma > 0 ? split : at + why[0].length, fEnd: s.fEnd }, generic);
			// The conceded point may be short ("anche se con il contrassegno"); what holds may not.
			if (before >= (comma > 0 ? MIN_REASON_SIDE - 1 : MIN_REASON_SIDE) && after >= MIN_REASON_SIDE)
				out.push({ kind: 'answer', fStart: s.fStart, fEnd: s.fEnd, text });
		}
	}
	return out;
}

/**
 * To a "perché…?", a complaint or a grievance: the rule or the purpose behind what the citizen
 * questions, in a sentence about it ("La ZTL domenicale è prevista dall'ordinanza n. 45/2024 per la
 * pedonalizzazione del centro", "Le strisce blu garantiscono il ricambio dei posti").
 */
export function ruleAnswers(
	reply: Analysed,
	spans: readonly Span[],
	intent: Intent,
	profile: CommentProfile,
	generic: readonly GenericHit[],
): Fact[] {
	if (!(asksWhy(intent) || intent.kind === 'complaint' || intent.kind === 'opinion' || intent.kind === 'other'))
		return [];
	const topics = sentenceTopics(reply, spans);
	const out: Fact[] = [];
	spans.forEach((s, i) => {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const rule = RULE_OR_PURPOSE.exec(text);
		const topic = topics[i];
		if (!rule || DEFLECTION.test(text) || !topic || !overlaps(profile, topic)) return;
		if (generic.some((g) => s.fStart + rule.index >= g.fStart && s.fStart + rule.index < g.fEnd)) return;
		if (contentWords(reply, s, generic) < MIN_RULE_CONTENT) return;
		const fStart = s.fStart + rule.index;
		out.push({ kind: 'answer', fStart, fEnd: s.fEnd, text: reply.folded.slice(fStart, s.fEnd) });
	});
	return out;
}

/**
 * To a question between two choices ("sono occupato o disoccupato?", "è gratis o si paga?"), a
 * sentence that names one of them and not the other picks it: "È considerato occupato se ha
 * lavorato almeno un'ora" answers, whatever the question's opening word.
 */
export function choiceAnswers(reply: Analysed, spans: readonly Span[], intent: Intent): Fact[] {
	const [first, second] = intent.alternatives;
	if (!first || !second) return [];
	const out: Fact[] = [];
	for (const s of spans) {
		const words = reply.tokens.filter((t) => t.fStart >= s.fStart && t.fEnd <= s.fEnd).map((t) => t.key);
		const names = (alt: string): boolean => words.some((w) => sameStem(w, alt));
		if (names(first) === names(second)) continue;
		out.push({ kind: 'answer', fStart: s.fStart, fEnd: s.fEnd, text: reply.folded.slice(s.fStart, s.fEnd) });
	}
	return out.slice(0, 1);
}
