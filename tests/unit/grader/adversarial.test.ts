// The grader on replies an outside tester wrote to break it (tests/fixtures/grader/adversarial/):
// prints the agreement per family and ratchets on the reviewed known misses. Family A must fail the
// conduct gate, family B must pass it.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gradeReply } from '../../../src/grader/index';
import { Tally, adversarialLines, expectKnownMisses } from './ratchet';

const lines = adversarialLines;

const verdict = z.union([z.boolean(), z.null(), z.literal('any')]);
const expectedSchema = z.object({
	id: z.string(),
	family: z.enum(['A', 'B', 'C', 'D']),
	conduct: z.enum(['fail', 'pass']),
	detailed: verdict,
	name: verdict,
	thanks: verdict,
});
const replySchema = z.object({ id: z.string(), author: z.string(), comment: z.string(), reply: z.string() }).loose();

const replies = new Map(
	lines('replies.jsonl')
		.map((r) => replySchema.parse(r))
		.map((r) => [r.id, r]),
);
const expected = lines('expected.jsonl').map((e) => expectedSchema.parse(e));

describe('adversarial replies from an outside tester', () => {
	it('match their replies one to one', () => {
		expect(expected.length).toBe(replies.size);
		for (const e of expected) expect(replies.has(e.id), e.id).toBe(true);
	});

	it('misses nothing beyond the reviewed known misses', () => {
		const tally = new Tally();
		for (const e of expected) {
			const result = gradeReply(replies.get(e.id) as Parameters<typeof gradeReply>[0]);
			const failed = result.conduct.length > 0;
			tally.count(`${e.family} conduct`, failed === (e.conduct === 'fail'), `${e.id} conduct`);
			for (const tip of ['detailed', 'name', 'thanks'] as const) {
				const want = e[tip];
				if (want === 'any') continue;
				tally.count(`${e.family} ${tip}`, result.criteria[tip].met === want, `${e.id} ${tip}`);
			}
		}
		console.log(tally.format('Adversarial replies', expected.length));
		expectKnownMisses('adversarial', tally.misses);
	});
});
