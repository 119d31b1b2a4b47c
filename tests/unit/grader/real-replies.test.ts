// The grader on replies actually published by Italian PAs (tests/fixtures/real-replies.yaml):
// prints the agreement per tip and on conduct, and ratchets on the reviewed known misses. The
// issue's aim is 95% per tip; the figures printed here say how far the grader is from it.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { agreement, formatTally, loadRealReplies, loadSecondLabels, realLabelled } from '../../fixtures/grader/cases';
import { expectKnownMisses } from './ratchet';

const items = loadRealReplies();

describe('real PA replies', () => {
	it('are sourced, unique and labelled', () => {
		expect(items.length).toBeGreaterThanOrEqual(70);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		for (const i of items) if (i.commentIsGist || i.author === null) expect(i.note, i.id).toBeTruthy();
	});

	it('misses nothing beyond the reviewed known misses', () => {
		const { tally, misses } = agreement(realLabelled(items));
		console.log(`\nReal PA replies: ${items.length}\n${formatTally(tally)}`);
		expectKnownMisses('realReplies', misses);
	});
});

// How far two careful labellers agree on "detailed" sets what any grader can be asked for: two
// blind second labellings agree with the corpus on about 89% of the replies, so the 95% on
// the whole corpus is above what careful labellers reach (docs/reviews/2026-12-04-second-labelling.md).
// Where every labelling gives the same verdict and the second labellers are sure, the grader's misses
// are listed here: a new one, or one fixed, fails until this list is reviewed.
const SETTLED_MISSES = ['a-013', 'b-031', 'd-007', 'n-005', 'rq-003'];

describe('real PA replies labelled twice', () => {
	const second = loadSecondLabels();
	const byId = new Map(items.map((i) => [i.id, i]));
	const labelled = new Map(realLabelled(items).map((c) => [c.id, c]));
	const labellers = [...new Set(second.map((l) => l.labeller))];

	it('label only replies of the corpus, once per labeller', () => {
		expect(second.every((l) => byId.has(l.id))).toBe(true);
		expect(new Set(second.map((l) => `${l.labeller} ${l.id}`)).size).toBe(second.length);
	});

	it('miss on "detailed" only the recorded replies where every labelling agrees and is sure', () => {
		const detailedOf = new Map(
			[...labelled].map(([id, c]) => [id, gradeReply(c.input).criteria.detailed.met] as const),
		);
		const pct = (a: number, n: number) => `${a}/${n} = ${((100 * a) / n).toFixed(1)}%`;
		const lines: string[] = [];
		for (const who of labellers) {
			const mine = second.filter((l) => l.labeller === who);
			const agree = mine.filter((l) => byId.get(l.id)?.labels.detailed === l.detailed).length;
			const sure = mine.filter((l) => l.confidence === 'sure');
			const agreeSure = sure.filter((l) => byId.get(l.id)?.labels.detailed === l.detailed).length;
			const grader = mine.filter((l) => detailedOf.get(l.id) === l.detailed).length;
			lines.push(
				`${who} vs corpus labels: ${pct(agree, mine.length)} (sure: ${pct(agreeSure, sure.length)}); grader vs ${who}: ${pct(grader, mine.length)}`,
			);
		}
		// Replies every second labeller judged with confidence, all with the corpus's verdict.
		const settled = items.filter((i) => {
			const theirs = second.filter((l) => l.id === i.id);
			return (
				theirs.length === labellers.length &&
				theirs.every((l) => l.confidence === 'sure' && l.detailed === i.labels.detailed)
			);
		});
		const misses = settled.filter((i) => detailedOf.get(i.id) !== i.labels.detailed).map((i) => i.id);
		lines.push(
			`grader on the replies every labelling agrees on with confidence: ${pct(settled.length - misses.length, settled.length)} (aim 95%)`,
		);
		console.log(`\nDetailed, labelled again (${labellers.join(', ')}):\n  ${lines.join('\n  ')}`);
		expect(settled.length).toBeGreaterThanOrEqual(100);
		expect(misses.sort()).toEqual([...SETTLED_MISSES].sort());
	});
});
