// Runs the grader on the labelled corpus (tests/fixtures/grader-corpus.yaml), prints the agreement
// per criterion and fails if any criterion agrees with the labels on less than 97% of the cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gradeReply } from '../../../src/grader/index';
import type { CriterionId, GradeInput } from '../../../src/grader/types';

interface Case extends GradeInput {
	id: string;
	expect: Partial<Record<CriterionId, boolean | null>>;
	why: string;
}

// The bar: below this agreement on any criterion the grader is not trustworthy.
const MIN_AGREEMENT = 0.97;
const CRITERIA: CriterionId[] = ['detailed', 'name', 'thanks'];
const cases = parse(readFileSync(join(import.meta.dirname, '../../fixtures/grader-corpus.yaml'), 'utf8')) as Case[];

describe('grader corpus', () => {
	it('has at least 170 uniquely named cases, each with a reason', () => {
		expect(cases.length).toBeGreaterThanOrEqual(170);
		expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
		for (const c of cases) expect(c.why, c.id).toBeTruthy();
	});

	it(`agrees with the labels on at least ${MIN_AGREEMENT * 100}% of the cases, per criterion`, () => {
		const tally = Object.fromEntries(CRITERIA.map((k) => [k, { agree: 0, total: 0 }])) as Record<
			CriterionId,
			{ agree: number; total: number }
		>;
		const misses: string[] = [];
		for (const c of cases) {
			const result = gradeReply(c);
			for (const k of CRITERIA) {
				const want = c.expect[k];
				if (want === undefined) continue;
				tally[k].total++;
				if (result.criteria[k].met === want) tally[k].agree++;
				else misses.push(`${c.id} ${k}: expected ${String(want)}, got ${String(result.criteria[k].met)} (${c.why})`);
			}
		}
		console.log(
			`\nGrader corpus: ${cases.length} cases\n` +
				CRITERIA.map(
					(k) =>
						`  ${k.padEnd(9)} ${tally[k].agree}/${tally[k].total}  ${((100 * tally[k].agree) / tally[k].total).toFixed(1)}%`,
				).join('\n') +
				(misses.length ? `\n  disagreements:\n    ${misses.join('\n    ')}` : ''),
		);
		for (const k of CRITERIA) expect(tally[k].agree / tally[k].total, k).toBeGreaterThanOrEqual(MIN_AGREEMENT);
	});
});
