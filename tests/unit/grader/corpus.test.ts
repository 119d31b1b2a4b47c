// The grader on the course's labelled corpus (tests/fixtures/grader/corpus.yaml): prints the
// agreement per tip, fails below the floor, and ratchets: every miss is a reviewed, recorded one.
import { describe, expect, it } from 'vitest';
import { agreement, corpusLabelled, formatTally, loadCorpus } from '../../fixtures/grader/cases';
import { expectKnownMisses } from './ratchet';

// The bar for the course's own corpus; the ratchet below is the real guard.
const MIN_AGREEMENT = 0.97;
const cases = loadCorpus();

describe('grader corpus', () => {
	it('has at least 170 uniquely named cases, each with a reason', () => {
		expect(cases.length).toBeGreaterThanOrEqual(170);
		expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
	});

	it(`agrees on at least ${MIN_AGREEMENT * 100}% per tip, and misses nothing new`, () => {
		const { tally, misses } = agreement(corpusLabelled(cases));
		console.log(`\nGrader corpus: ${cases.length} cases\n${formatTally(tally)}`);
		expectKnownMisses('corpus', misses);
		for (const k of ['detailed', 'name', 'thanks'] as const) {
			expect(tally[k].agree / tally[k].total, k).toBeGreaterThanOrEqual(MIN_AGREEMENT);
		}
	});
});
