// The rubric grader: judges a learner's reply to a citizen's comment on the three tips of the
// course (detailed answers, call users by name, always thank) and adds advice apart from the score.
// Pure: no DOM, storage, clock, randomness or network; same input, same output.
import type { CriterionResult, GradeInput, GradeResult, KeyFact, ReplyChannel, ValueKind } from './types';
import { VALUE_KINDS } from './types';
import { analyse } from './text/normalize';
import { parseDisplayName } from './comment/names';
import { findAddress } from './reply/address';
import { formalRegister } from './reply/register';
import { findThanks } from './reply/thanks';
import { findOffensive } from './comment/offensive';
import { judgeDetailed } from './criteria/detailed';
import { judgeName, judgeThanks } from './criteria/verdicts';
import { adviseReply } from './feedback/advice';
import { NO_ADDRESSEE } from './comment/addressee';
import { judgeConduct } from './reply/conduct';
import { readIntent } from './comment/intent';
import { inventedValues } from './reply/factCheck';
import { supportedValues } from './reply/supported';
import { ADVICE_TEXT, list, quote } from './feedback/texts';
import { gatedScore } from './criteria/gates';

/** The public types of the grader, re-exported so callers import from one place. */
export type {
	Advice,
	ConductFailure,
	ConductKind,
	CriterionId,
	CriterionResult,
	GradeInput,
	GradeResult,
	KeyFact,
	Range,
	ReplyChannel,
} from './types';
export { CONDUCT_CAP } from './criteria/gates';

// Bounds on optional inputs from untrusted callers, so one judgement stays fast whatever arrives.
const MAX_KEY_FACTS = 50;
const MAX_VARIANTS = 50;
const MAX_PREVIOUS = 50;
// A fact sheet longer than this is cut: exercises' sheets are a few hundred characters.
const MAX_FACT_SHEET = 20_000;
// Messages of the thread read for values: a real thread shown beside one comment is short.
const MAX_THREAD = 20;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function keyFactsOf(v: unknown): KeyFact[] {
	if (!Array.isArray(v)) return [];
	return v
		.slice(0, MAX_KEY_FACTS)
		.filter((k): k is { label?: unknown; variants?: unknown } => typeof k === 'object' && k !== null)
		.map((k) => {
			const fact: KeyFact = {
				label: text(k.label),
				variants: Array.isArray(k.variants)
					? k.variants.slice(0, MAX_VARIANTS).filter((x): x is string => typeof x === 'string')
					: [],
			};
			const kind = (k as { kind?: unknown }).kind;
			if (typeof kind === 'string' && (VALUE_KINDS as readonly string[]).includes(kind)) fact.kind = kind as ValueKind;
			return fact;
		})
		.filter((k) => k.variants.some((x) => x.trim()));
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Judge a reply. The conduct gates come first: a reply that insults, intimidates or exposes personal
 * data gets its failures listed and its overall score capped (CONDUCT_CAP), while the three tips
 * keep their own verdicts. The overall score is otherwise the mean of the scores of the criteria
 * that apply (met is not null): thanks does not apply to offensive comments, name does not when the
 * display name holds no usable name.
 *
 * It does not catch its own errors: a bug must be visible to the tests. Callers facing users go
 * through `gradeSafely` (islands, CLI), where a crash becomes a message and never breaks the page.
 */
export function gradeReply(input: GradeInput): GradeResult {
	const src: Partial<Record<keyof GradeInput, unknown>> = typeof input === 'object' && input !== null ? input : {};
	const reply = analyse(text(src.reply));
	const comment = analyse(text(src.comment));
	const name = parseDisplayName(text(src.author));
	const offensive = typeof src.offensive === 'boolean' ? src.offensive : findOffensive(comment).length > 0;
	const previous = (Array.isArray(src.previousReplies) ? src.previousReplies : [])
		.slice(0, MAX_PREVIOUS)
		.map((p) => analyse(text(p)));
	const authorKeys = new Set<string>();
	for (const f of [...name.first, ...name.surnames, ...name.full]) for (const k of f.keys) authorKeys.add(k);

	// Feedback sentences name a person; an organisation or a handle gets a neutral "chi ha scritto".
	const addressee = name.kind === 'person' ? name.addressee : NO_ADDRESSEE;
	const intent = readIntent(comment, offensive);
	const channel: ReplyChannel = src.channel === 'private' ? 'private' : 'public';
	const keysOf = (names: typeof name.first): Set<string> => new Set(names.flatMap((f) => f.keys));
	const conduct = judgeConduct(reply, comment, intent, keysOf(name.surnames), channel, keysOf(name.first));
	const keyFacts = keyFactsOf(src.keyFacts);
	const factSheet = text(src.factSheet).slice(0, MAX_FACT_SHEET);
	const sheet = factSheet.trim() ? analyse(factSheet) : undefined;
	const thread = (Array.isArray(src.thread) ? src.thread : [])
		.slice(0, MAX_THREAD)
		.map((t) => analyse(text(t).slice(0, MAX_FACT_SHEET)));
	const supported = supportedValues(keyFacts, [comment, ...(sheet ? [sheet] : []), ...thread]);
	const detailed = judgeDetailed({
		reply,
		comment,
		offensive,
		keyFacts,
		previous,
		addressee,
		supported,
		intent,
		sheet,
	});
	// The register the feedback's suggestions follow: the reply's, or the page's when the exercise states it.
	const formal = formalRegister(reply, sheet);
	const criteria: Record<'detailed' | 'name' | 'thanks', CriterionResult> = {
		detailed: detailed.result,
		name: judgeName(findAddress(reply, name), name, comment, formal),
		thanks: judgeThanks(findThanks(reply, authorKeys), offensive, addressee, {
			formal,
			intent: intent.kind,
			besides: intent.besides,
		}),
	};
	const applicable = Object.values(criteria).filter((c) => c.met !== null);
	const mean = applicable.length ? applicable.reduce((s, c) => s + c.score, 0) / applicable.length : 0;
	const result: GradeResult = {
		criteria,
		score: round(gatedScore(mean, conduct.length)),
		conduct,
		offensive,
		advice: adviseReply(reply, comment, channel, formal),
	};
	// Without the office's fact sheet nothing tells an invented value from a known one.
	if (factSheet.trim()) {
		const wrongRanges = [
			...(detailed.keyFacts ?? []).flatMap((k) => (k.wrong ? k.evidence : [])),
			...detailed.sheetWrong,
		];
		const invented = inventedValues(reply, supported, wrongRanges);
		if (invented.length) {
			const words = list(invented.slice(0, 3).map((r) => quote(reply.original.slice(r.start, r.end), 30)));
			result.advice.push({
				kind: 'invented',
				message: ADVICE_TEXT.invented(words, invented.length > 1),
				evidence: invented,
			});
		}
	}
	if (detailed.keyFacts) result.keyFacts = detailed.keyFacts;
	return result;
}

/** The judgement that stands in for a crashed one: every tip "not met", with a message that says so. */
export function gradingFailed(): GradeResult {
	const none: CriterionResult = {
		met: false,
		score: 0,
		evidence: [],
		feedback: 'Non è stato possibile valutare questa risposta: riprova o segnala il problema.',
	};
	return {
		criteria: { detailed: none, name: { ...none }, thanks: { ...none } },
		score: 0,
		conduct: [],
		offensive: false,
		advice: [],
	};
}

/**
 * The boundary used by the islands: a bug in the grader must never break the learner's page, so a
 * crash is logged and becomes `gradingFailed()`. Tests call `gradeReply` directly and see crashes.
 */
export function gradeSafely(input: GradeInput): GradeResult {
	try {
		return gradeReply(input);
	} catch (e) {
		console.error('Grader error', e);
		return gradingFailed();
	}
}
