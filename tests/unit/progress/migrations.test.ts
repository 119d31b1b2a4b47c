import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, MIGRATIONS, type Migration } from '../../../src/progress/migrations';
import { readRecord } from '../../../src/progress/record';
import { PROGRESS_SCHEMA_VERSION } from '../../../src/progress/schema';

const v1 = {
	schemaVersion: 1,
	courseId: 'corso-prova',
	lessons: { 'uno/a': { openedAt: '2026-11-01T08:00:00.000Z' } },
	exercises: {},
	quizzes: {
		'quiz-uno': { at: '2026-11-01T09:00:00.000Z', score: 0.5, best: 0.9 },
		finale: { at: '2026-11-01T10:00:00.000Z', score: 0.8, best: 0.8 },
	},
	updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('migrations', () => {
	it('has a step from every version below the current one', () => {
		for (let v = 1; v < PROGRESS_SCHEMA_VERSION; v++)
			expect(MIGRATIONS[v], `manca la migrazione da ${v}`).toBeTypeOf('function');
	});

	it('brings a v1 record to v2: quizzes gain a history, best and last checks both kept', () => {
		const read = readRecord(JSON.stringify(v1), 'corso-prova');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.progress.schemaVersion).toBe(2);
		expect(read.progress.quizzes['quiz-uno']?.history).toEqual([
			{ at: '2026-11-01T09:00:00.000Z', score: 0.9 },
			{ at: '2026-11-01T09:00:00.000Z', score: 0.5 },
		]);
		expect(read.progress.quizzes['finale']?.history).toEqual([{ at: '2026-11-01T10:00:00.000Z', score: 0.8 }]);
		expect(read.progress.lessons).toEqual(v1.lessons);
	});

	it('does not change the record it is given', () => {
		const copy = structuredClone(v1);
		migrate(copy);
		expect(copy).toEqual(v1);
	});

	it('runs a chain of steps in order (fake v0 → v1 → v2 → v3)', () => {
		const steps: Record<number, Migration> = {
			0: (r) => ({ ...r, schemaVersion: 1, renamed: r['old'] }),
			1: (r) => ({ ...r, schemaVersion: 2, trail: ['1→2'] }),
			2: (r) => ({ ...r, schemaVersion: 3, trail: [...(r['trail'] as string[]), '2→3'] }),
		};
		expect(migrate({ schemaVersion: 0, old: 'x' }, steps, 3)).toEqual({
			schemaVersion: 3,
			old: 'x',
			renamed: 'x',
			trail: ['1→2', '2→3'],
		});
	});

	it.each([
		['not an object', [1, 2], 'invalid'],
		['null', null, 'invalid'],
		['no version', { courseId: 'x' }, 'invalid'],
		['a fractional version', { schemaVersion: 1.5 }, 'invalid'],
		['a newer version', { schemaVersion: PROGRESS_SCHEMA_VERSION + 1 }, 'newer'],
		['a version with no step', { schemaVersion: 0 }, 'invalid'],
	])('refuses %s', (_what, record, kind) => {
		expect(() => migrate(record)).toThrow(MigrationError);
		try {
			migrate(record);
		} catch (error) {
			expect((error as MigrationError).kind).toBe(kind);
		}
	});

	it('refuses a step that does not land on the next version', () => {
		expect(() => migrate({ schemaVersion: 0 }, { 0: (r) => ({ ...r, schemaVersion: 5 }) }, 1)).toThrow(
			/non porta a 1/u,
		);
	});
});
