// Every shift file carries its model answers, right decisions and stated wrong handlings: this
// runner plays each shift with them, through the simulator's own rules and the grader.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { needsReply, shiftSchema } from '../../../src/schemas/shift';
import { judgeDecisions } from '../../../src/shift/decisions';
import { buildDebrief } from '../../../src/shift/debrief';
import { gradeInput } from '../../../src/shift/grading';
import { replyChannel } from '../../../src/shift/view';
import { play, rightHandling, shiftFiles } from './play';

const CRITERIA = ['detailed', 'name', 'thanks'] as const;

describe.each(shiftFiles().map((f) => [f.path, f] as const))('%s', (path, file) => {
	const parsed = shiftSchema.safeParse(file.raw);
	it('follows the shift schema', () => {
		expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
	});
	if (!parsed.success) return;
	const shift = parsed.data;

	it('played with its model answers and right decisions: every decision right, every applicable tip met, no conduct failure, nothing invented', () => {
		const { session, results } = play(shift, rightHandling, file.id);
		const debrief = buildDebrief(session, shift);
		expect(session.finished).toBe(true);
		expect(debrief.path, 'the good path is the better path').toEqual(debrief.betterPath);
		expect(debrief.handled).toBe(debrief.total);
		for (const report of debrief.comments) {
			const where = `${path} ${report.comment.id}`;
			expect(report.verdict?.right, where).toBe(true);
			expect(report.poorReply, where).toBe(false);
			const result = results.get(report.comment.id);
			if (!needsReply(report.comment.decisions.right)) continue;
			expect(result, where).toBeDefined();
			if (!result) continue;
			expect(
				result.conduct.map((f) => f.message),
				where,
			).toEqual([]);
			expect(
				result.advice.filter((a) => a.kind === 'invented').map((a) => a.message),
				where,
			).toEqual([]);
			for (const k of result.keyFacts ?? []) expect(k.wrong, `${where} ${k.label}`).toBeUndefined();
			for (const c of CRITERIA)
				expect(result.criteria[c].met, `${where} ${c}: ${result.criteria[c].feedback}`).not.toBe(false);
			if (report.comment.offensive) expect(result.criteria.thanks.met, where).toBeNull();
		}
		expect(debrief.decisions).toBe(1);
		if (debrief.urgentFirst !== undefined && shift.comments.every((c) => !c.showIf))
			expect(typeof debrief.urgentFirst).toBe('boolean');
	});

	const wrongs = shift.comments.flatMap((c) => c.wrong.map((w, i) => [`${c.id} #${i + 1}`, c, w] as const));
	if (wrongs.length === 0) return;
	it.each(wrongs)('stated wrong handling %s gets its stated verdicts', (_, comment, wrong) => {
		expect(judgeDecisions(wrong.decisions, comment.decisions).right, 'decisionsRight').toBe(
			wrong.expect.decisionsRight,
		);
		if (!wrong.reply) return;
		const result = gradeReply(gradeInput(comment, shift.post, wrong.reply, [], replyChannel(shift.platform)));
		expect([...new Set(result.conduct.map((f) => f.kind))].sort(), 'conduct').toEqual(
			[...(wrong.expect.conduct ?? [])].sort(),
		);
		for (const c of CRITERIA) {
			const want = wrong.expect[c];
			if (want === undefined) continue;
			expect(result.criteria[c].met, `${c}: ${result.criteria[c].feedback}`).toBe(want);
		}
	});
});
