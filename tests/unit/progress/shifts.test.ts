// Shifts in the learner's progress: recorded as played with their scores, summed up, exported, cleared.
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/progress/exportFile';
import { readRecord } from '../../../src/progress/record';
import { progressSchema } from '../../../src/progress/schema';
import { summariseShifts } from '../../../src/progress/shifts';
import { MemoryStorage } from '../../../src/progress/storage';
import { STORAGE_KEY } from '../../../src/progress/store';
import { memoryStore, plan } from './fixtures';

const play = (score: number) => ({ score, replies: score, decisions: score, urgentFirst: true, handled: 7, total: 7 });

describe('shifts in the progress record', () => {
	it('records each play with its time, and the summary keeps the best of each shift', () => {
		const store = memoryStore();
		store.recordShift('lunedi-mattina', play(0.5));
		store.recordShift('lunedi-mattina', play(0.8));
		store.recordShift('allerta-meteo', play(0.6));
		const shifts = store.state.shifts ?? {};
		expect(shifts['lunedi-mattina']?.plays.map((p) => p.score)).toEqual([0.5, 0.8]);
		expect(shifts['lunedi-mattina']?.plays[0]?.at).toMatch(/^2026-11-02T09:/u);
		const summary = summariseShifts(store.state);
		expect(summary.played).toBe(2);
		expect(summary.best['lunedi-mattina']?.score).toBe(0.8);
		expect(summary.meanBest).toBeCloseTo(0.7);
		expect(summariseShifts(store.state, new Set(['allerta-meteo'])).played).toBe(1);
		expect(summariseShifts({}).meanBest).toBeUndefined();
	});

	it('keeps at most MAX_ATTEMPTS plays, the first one included', () => {
		const store = memoryStore();
		for (let i = 0; i < 25; i++) store.recordShift('lunedi-mattina', play(i / 25));
		const plays = store.state.shifts?.['lunedi-mattina']?.plays ?? [];
		expect(plays).toHaveLength(20);
		expect(plays[0]?.score).toBe(0);
	});

	it('reads records written before shifts existed, unchanged, and refuses a malformed play', () => {
		const old = {
			schemaVersion: 2,
			courseId: plan.course.id,
			lessons: {},
			exercises: {},
			quizzes: {},
			updatedAt: '2026-11-02T09:00:00.000Z',
		};
		expect(readRecord(JSON.stringify(old), plan.course.id)).toMatchObject({ ok: true });
		const bad = { ...old, shifts: { 'lunedi-mattina': { plays: [{ ...play(2), at: '2026-11-02T09:00:00.000Z' }] } } };
		expect(progressSchema.safeParse(bad).success).toBe(false);
	});

	it('goes into the export file and survives its validation', async () => {
		const store = memoryStore();
		store.recordShift('lunedi-mattina', play(0.9));
		const profile = { nome: 'Maria', cognome: 'Rossi', ente: 'Comune di Valverde' };
		const file = await buildExport(store.state, profile, plan.course, new Date('2026-11-03T10:00:00.000Z'));
		expect(file.progress.shifts?.['lunedi-mattina']?.plays[0]?.score).toBe(0.9);
	});

	it('"Cancella i miei dati" also removes a shift in play', () => {
		const storage = new MemoryStorage();
		storage.setItem(`${STORAGE_KEY}:turno:lunedi-mattina`, '{}');
		storage.setItem('altro-sito', 'x');
		memoryStore(storage).clear();
		expect(storage.getItem(`${STORAGE_KEY}:turno:lunedi-mattina`)).toBeNull();
		expect(storage.getItem('altro-sito')).toBe('x');
	});
});
