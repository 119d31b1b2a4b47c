// The rubric grader: judges a learner's reply to a citizen's comment on the three tips of the
// course (detailed answers, call users by name, always thank) and adds advice apart from the score.
// Pure: no DOM, storage, clock, randomness or network; same input, same output.
import type { CriterionResult, GradeInput, GradeResult, KeyFact } from './types';
import { analyse } from './normalize';
import { parseDisplayName } from './names';
import { findAddress } from './address';
import { findThanks } from './thanks';
import { findOffensive } from './offensive';
import { judgeDetailed } from './detailed';
import { judgeName, judgeThanks } from './verdicts';
import { adviseReply } from './advice';
import { NO_ADDRESSEE } from './addressee';

/** The public types of the grader, re-exported so callers import from one place. */
export type { Advice, CriterionId, CriterionResult, GradeInput, GradeResult, KeyFact, Range } from './types';

// Bounds on optional inputs from untrusted callers, so one judgement stays fast whatever arrives.
const MAX_KEY_FACTS = 50;
const MAX_VARIANTS = 50;
const MAX_PREVIOUS = 50;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function keyFactsOf(v: unknown): KeyFact[] {
	if (!Array.isArray(v)) return [];
	return v
		.slice(0, MAX_KEY_FACTS)
		.filter((k): k is { label?: unknown; variants?: unknown } => typeof k === 'object' && k !== null)
		.map((k) => ({
			label: text(k.label),
			variants: Array.isArray(k.variants)
				? k.variants.slice(0, MAX_VARIANTS).filter((x): x is string => typeof x === 'string')
				: [],
		}))
		.filter((k) => k.variants.some((x) => x.trim()));
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Judge a reply. The overall score is the mean of the scores of the criteria that apply (met is
 * not null): thanks does not apply to offensive comments, name does not when the display name
 * holds no usable name.
 */
export function gradeReply(input: GradeInput): GradeResult {
	const src: Partial<Record<keyof GradeInput, unknown>> = typeof input === 'object' && input !== null ? input : {};
	try {
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
		const detailed = judgeDetailed({
			reply,
			comment,
			offensive,
			keyFacts: keyFactsOf(src.keyFacts),
			previous,
			addressee,
		});
		const criteria: Record<'detailed' | 'name' | 'thanks', CriterionResult> = {
			detailed: detailed.result,
			name: judgeName(findAddress(reply, name), name, comment),
			thanks: judgeThanks(findThanks(reply, authorKeys), offensive, addressee),
		};
		const applicable = Object.values(criteria).filter((c) => c.met !== null);
		const score = applicable.length ? applicable.reduce((s, c) => s + c.score, 0) / applicable.length : 0;
		const result: GradeResult = { criteria, score: round(score), offensive, advice: adviseReply(reply, comment) };
		if (detailed.keyFacts) result.keyFacts = detailed.keyFacts;
		return result;
	} catch {
		// Unreachable by design (every input is coerced); kept so the page never breaks on a bug.
		const none: CriterionResult = {
			met: false,
			score: 0,
			evidence: [],
			feedback: 'Non è stato possibile valutare questa risposta.',
		};
		return {
			criteria: { detailed: none, name: { ...none }, thanks: { ...none } },
			score: 0,
			offensive: false,
			advice: [],
		};
	}
}
