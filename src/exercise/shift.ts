import type { CriterionId, GradeResult } from '../grader/types';
import { CRITERIA } from './verdict';

/** How the learner did on one tip across a shift. */
export interface TipSummary {
	criterion: CriterionId;
	/** Replies where the tip applied. */
	applicable: number;
	/** Replies that met it. */
	met: number;
	/** Mean score 0..1 over the applicable replies (0 when none). */
	mean: number;
}

/** Per-tip results of a shift and the weakest tip (lowest mean; ties go to the rubric's order). */
export function summariseShift(results: readonly GradeResult[]): { tips: TipSummary[]; weakest: CriterionId | undefined; overall: number } {
	const tips = CRITERIA.map((criterion) => {
		const applicable = results.map((r) => r.criteria[criterion]).filter((c) => c.met !== null);
		const sum = applicable.reduce((s, c) => s + c.score, 0);
		return {
			criterion,
			applicable: applicable.length,
			met: applicable.filter((c) => c.met === true).length,
			mean: applicable.length === 0 ? 0 : sum / applicable.length,
		};
	});
	const candidates = tips.filter((tip) => tip.applicable > 0 && tip.mean < 1);
	const weakest = candidates.reduce<TipSummary | undefined>((low, tip) => (!low || tip.mean < low.mean ? tip : low), undefined);
	const overall = results.length === 0 ? 0 : results.reduce((s, r) => s + r.score, 0) / results.length;
	return { tips, weakest: weakest?.criterion, overall };
}
