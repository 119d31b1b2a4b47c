// Shifts in the class report: counted per learner, only the course's own shifts.
import { describe, expect, it } from 'vitest';
import { learnerRow } from '../../../src/classroom/aggregate';
import { importLearnerFile } from '../../../src/classroom/importFile';
import { COURSE, exportOf, jsonFile, MARIA, NOW, plan } from './builders';

const play = (score: number) => ({
	at: '2026-11-02T10:00:00.000Z',
	score,
	replies: score,
	decisions: score,
	handled: 7,
	total: 7,
});

describe('shifts in the class report', () => {
	it('a learner file with shifts loads, and the row counts only the course’s shifts with the mean best score', async () => {
		const file = await exportOf(MARIA, (f) => {
			f['progress'].shifts = { 'lunedi-mattina': { plays: [play(0.6), play(0.8)] }, inventato: { plays: [play(1)] } };
		});
		const outcome = await importLearnerFile(jsonFile('maria.json', file), COURSE, NOW);
		if (!outcome.ok) throw new Error(outcome.code);
		const row = await learnerRow(outcome.learner, {
			...plan,
			shifts: [{ id: 'lunedi-mattina', title: 'Lunedì', href: '/turno/lunedi-mattina/' }],
		});
		expect(row.shifts.played).toBe(1);
		expect(row.shifts.meanBest).toBeCloseTo(0.8);
	});

	it('a file without shifts shows none', async () => {
		const outcome = await importLearnerFile(jsonFile('maria.json', await exportOf(MARIA)), COURSE, NOW);
		if (!outcome.ok) throw new Error(outcome.code);
		expect((await learnerRow(outcome.learner, plan)).shifts).toEqual({ played: 0, best: {}, meanBest: undefined });
	});
});
