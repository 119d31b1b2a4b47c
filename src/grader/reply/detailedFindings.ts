// What the detailed tip looks at in a reply, gathered in one pass and named: the concrete facts
// (times, places, contacts, steps, stances, causes) and which of them are about the comment, the
// pointers and promises around them, the page's rules recalled, copy-paste, and the key facts with
// their values checked. criteria/detailed.ts turns these findings into a verdict.
import type { Fact, KeyFact, KeyFactVerdict, Range, SheetConflict } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { sentenceAt, sentences } from '../text/sentences';
import { isWeak } from './facts';
import type { GenericHit } from './boilerplate';
import { findGeneric } from './boilerplate';
import { usableFacts } from './factFilters';
import type { CommentProfile } from './relevance';
import { profileComment, relevantFacts } from './relevance';
import { whoAnswers, yesNoAnswers } from './answers';
import { nextSteps } from './nextSteps';
import { matchKeyFacts } from './keyFacts';
import type { Supported } from './supported';
import { checkKeyFacts } from './factCheck';
import { reversedFacts } from './polarity';
import { sheetConflicts } from './sheetCheck';
import { inventedContacts, unknownValues } from './inventedValues';
import { datedTimeConflicts } from './datedTimes';
import { refusedChannels } from './refusedChannels';
import { unknownClaims } from './unknownClaims';
import { causeAnswers, choiceAnswers, ruleAnswers, stanceAnswers } from './stance';
import { dice } from '../text/similarity';
import { GREETINGS, TITLES } from '../lexicon/names';
import { COMPLAINT, POLICY, REQUEST, TONE } from '../lexicon/policy';
import { GENERAL_DESK, GENERAL_MAILBOX } from '../lexicon/facts';
import { DEFLECTION, VAGUE_PROMISE } from '../lexicon/intent';
import type { Intent } from '../comment/intent';

/** What the findings need: the reply, the comment and what the exercise knows. */
export interface DetailedInput {
	reply: Analysed;
	comment: Analysed;
	offensive: boolean;
	keyFacts: readonly KeyFact[];
	previous: readonly Analysed[];
	/** Values the exercise supports (key facts, comment, fact sheet): another value is wrong. */
	supported: Supported;
	/** What the comment does and asks. */
	intent: Intent;
	/** What the office knows (the exercise's fact sheet), when the exercise gives it. */
	sheet?: Analysed | undefined;
}

/** Everything the detailed tip found in a reply. */
export interface DetailedFindings {
	profile: CommentProfile;
	/** Every concrete fact, in reading order. */
	facts: Fact[];
	/** The facts about the comment. */
	relevant: Fact[];
	/** Relevant facts that answer on their own. */
	strong: Fact[];
	/** Relevant facts that only point somewhere (an office, a document, the switchboard). */
	weak: Fact[];
	/** Some fact, relevant or not, answers on its own (for "off topic": facts, but about something else). */
	anyStrong: boolean;
	/** Dates for other days than the one asked about. */
	otherDays: Fact[];
	/** Generic formulas ("per informazioni contattare l'URP"). */
	generic: GenericHit[];
	/** Concrete enough on its own: a strong fact, or pointers of two kinds without a vague promise. */
	factual: boolean;
	/** The page's rules recalled, where. */
	policy: RegExpExecArray | null;
	/** A bare deflection ("chiedete ai politici"), where. */
	deflection: RegExpExecArray | null;
	/** The reply asks to moderate the tone. */
	tone: boolean;
	/** The comment holds a request or a concrete complaint, also inside an insult. */
	request: boolean;
	/** The reply is nearly the same as one the learner already gave. */
	copied: boolean;
	/** Key facts found, missing or wrong; undefined when the exercise lists none. */
	keyFacts: KeyFactVerdict[] | undefined;
	/** Values the fact sheet gives otherwise ("31 agosto" where the office says "31 luglio"). */
	sheetWrong: SheetConflict[];
}

// Near-identical to an earlier reply: word-bigram Dice at or above this is copy-paste (a changed
// name or one swapped word stays above it, a genuinely rewritten reply falls well below).
const COPY_THRESHOLD = 0.8;
// Very short replies ("Grazie!") are alike by nature; they fail on content, not as copies.
const MIN_COPY_TOKENS = 6;
/** A number that measures time: "30 giorni", "due settimane", "48 ore". */
const DURATION = /\b(?:minut|or[ae]\b|giorn|settiman|mes[ei]\b|ann[oi]\b)/u;

/** Words of a reply for copy comparison: the greeted name is dropped so "Ciao Luca"/"Ciao Marco" do not differ. */
function comparable(a: Analysed): string[] {
	return a.tokens
		.filter((_, i) => {
			const prev = a.tokens[i - 1]?.key ?? '';
			return !(GREETINGS.has(prev) || TITLES.has(prev));
		})
		.map((t) => t.key);
}

/**
 * What the fact sheet shows wrong: values it gives otherwise, channels it refuses, contacts it does
 * not give. Each range once, those already wrong for a key fact (`taken`) left out.
 */
function sheetWrong(
	reply: Analysed,
	spans: readonly Span[],
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
): SheetConflict[] {
	// A value of a kind the sheet says is not known yet ("quando l'ufficio avrà deciso") is wrong for
	// that reason, unless its sentence is about another value's own clause: "dal mese prossimo il
	// centro aprirà il sabato" is not known, "il questionario è aperto fino al 30 luglio" is the
	// questionnaire's "30 giugno" given wrong.
	const pending = unknownValues(reply, sheet, supported, taken);
	// An hour tied to a date the sheet ties to another hour: the date says what the hour is about, so
	// this check goes first.
	const dated = datedTimeConflicts(reply, sheet, supported, taken);
	const conflicts = sheetConflicts(
		reply,
		spans,
		sheet,
		supported,
		[...taken, ...dated.map((d) => d.range)],
		pending.map((p) => p.range),
	);
	const judged = [...dated, ...conflicts];
	// In the reply's order: the feedback names the first.
	const found = [...judged, ...pending.filter((p) => !judged.some((c) => c.range.start === p.range.start))].sort(
		(a, b) => a.range.start - b.range.start,
	);
	found.push(...refusedChannels(reply, spans, sheet));
	found.push(...unknownClaims(reply, spans, sheet, [...taken, ...found.map((w) => w.range)]));
	return [...found, ...inventedContacts(reply, supported, [...taken, ...found.map((w) => w.range)])];
}

/** Gather the findings of the detailed tip. */
export function findDetailed(ctx: DetailedInput): DetailedFindings {
	const { reply, comment } = ctx;
	const profile = profileComment(comment, ctx.intent);
	const generic = findGeneric(reply);
	const spans = sentences(reply);
	const { usable, otherDays } = usableFacts(reply, comment, generic, spans);
	const facts = [
		...usable,
		...yesNoAnswers(reply, comment, profile, generic),
		...nextSteps(reply, comment, profile.wants.has('step')),
		...whoAnswers(reply, profile),
		...stanceAnswers(reply, spans, ctx.intent, profile, generic),
		...causeAnswers(reply, spans, ctx.intent, generic),
		...ruleAnswers(reply, spans, ctx.intent, profile, generic),
		...choiceAnswers(reply, spans, ctx.intent),
	].sort((x, y) => x.fStart - y.fStart);
	const { relevant } = relevantFacts(reply, profile, facts);
	// The switchboard, the URP or a help desk fits any comment ("per informazioni: urp@comune.it,
	// 0573 000 111", "contatta supporto@rai.it"):
	// their contacts are pointers, not answers, unless the citizen asked whom to contact. A specific
	// office's contact is always an answer.
	const genericContact = (f: Fact): boolean => {
		if ((f.kind !== 'phone' && f.kind !== 'email') || profile.wants.has(f.kind)) return false;
		if (f.kind === 'email') return GENERAL_MAILBOX.test(f.text);
		const s = spans[sentenceAt(spans, f.fStart)];
		return s !== undefined && GENERAL_DESK.test(reply.folded.slice(s.fStart, s.fEnd));
	};
	// To "quali documenti…?" the documents named are the answer, not the one asked about ("Che cosa
	// serve per la carta d'identità?" is not answered by "informazioni sulla CIE").
	const asksDocuments = ctx.intent.kind === 'info' && ctx.intent.asked.includes('documents');
	const echoed = (f: Fact): boolean => {
		const doc = f.text === 'cie' ? "carta d'identita" : f.text.replace(/ elettronica$/u, '');
		return comment.folded.includes(doc) || (doc === "carta d'identita" && /\bcie\b/u.test(comment.folded));
	};
	// To "dove...?" a venue or an office is the answer ("all'ecocentro"); elsewhere it is a pointer.
	const isPointer = (f: Fact): boolean =>
		genericContact(f) ||
		(isWeak(f) &&
			!(profile.where && (f.kind === 'place' || f.kind === 'office')) &&
			!(asksDocuments && f.kind === 'document' && !echoed(f)));
	// To "quando…?" alone a count or an amount about something else ("120 aree e 3.000 alberi") is no
	// answer; a duration ("entro 30 giorni") is.
	// To "perché…?" alone, a bare year ("il 2024 è stato un anno di cambiamenti") gives no reason.
	const only = (a: string): boolean => ctx.intent.asked.length === 1 && ctx.intent.asked[0] === a;
	const noTime = (f: Fact): boolean => (f.kind === 'number' || f.kind === 'amount') && !DURATION.test(f.text);
	const bareYear = (f: Fact): boolean => f.kind === 'date' && /^(?:19|20)\d\d$/u.test(f.text);
	// To "dove…?" alone, a count or an amount ("rischia fino a 6 anni") is no place.
	const noPlace = (f: Fact): boolean => f.kind === 'number' || f.kind === 'amount';
	const noAnswer = (f: Fact): boolean =>
		(only('when') && noTime(f)) || (only('why') && bareYear(f)) || (only('where') && noPlace(f));
	const strong = relevant.filter((f) => !isPointer(f) && !noAnswer(f));
	const weak = relevant.filter(isPointer);
	const weakKinds = new Set(weak.map((f) => f.kind));
	// A vague promise ("interverremo quanto prima") or a bare deflection ("chiedete ai politici") with
	// only pointers around it gives the citizen nothing, however long the acknowledgement.
	const deflection = DEFLECTION.exec(reply.folded);
	const hollow = VAGUE_PROMISE.test(reply.folded) || deflection !== null;
	const words = comparable(reply);
	const keyFacts = ctx.keyFacts.length
		? reversedFacts(
				reply,
				spans,
				ctx.keyFacts,
				checkKeyFacts(reply, spans, ctx.keyFacts, matchKeyFacts(reply, ctx.keyFacts), ctx.supported),
			)
		: undefined;
	const taken = (keyFacts ?? []).flatMap((k) => (k.wrong ? k.evidence : []));
	return {
		profile,
		facts,
		relevant,
		strong,
		weak,
		anyStrong: facts.some((x) => !isPointer(x)),
		otherDays,
		generic,
		factual: strong.length > 0 || (weakKinds.size >= 2 && !hollow),
		policy: POLICY.exec(reply.folded),
		deflection,
		tone: TONE.test(reply.folded),
		request:
			REQUEST.test(comment.folded) ||
			profile.wants.size > 0 ||
			(ctx.offensive && profile.clusters.size > 0 && COMPLAINT.test(comment.folded)),
		copied: words.length >= MIN_COPY_TOKENS && ctx.previous.some((p) => dice(words, comparable(p)) >= COPY_THRESHOLD),
		keyFacts,
		sheetWrong: ctx.sheet ? sheetWrong(reply, spans, ctx.sheet, ctx.supported, taken) : [],
	};
}
