// Shifts in SCORM suspend data: kept within 4,096 characters with the whole course done, read back,
// merged; data written before shifts existed still reads.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, catalogueFingerprint } from '../../../src/lms/catalogue';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/lms/codec';
import { mergeProgress } from '../../../src/lms/merge';
import { readPlayTail, playTail } from '../../../src/lms/shiftTail';
import type { Progress } from '../../../src/progress/schema';
import { progressSchema } from '../../../src/progress/schema';
import { plan } from '../progress/fixtures';
import { courseSizedCatalogue, wholeCourse } from './fixtures';

const base = courseSizedCatalogue();
const shiftIds = Array.from({ length: 12 }, (_, i) => `turno-${String(i).padStart(2, '0')}`);
const catalogue = { ...base, shifts: shiftIds };

/** Every shift played 20 times, on top of the whole course: the worst case. */
function withShifts(p: Progress): Progress {
	const start = Date.parse(p.updatedAt);
	const shifts: NonNullable<Progress['shifts']> = {};
	shiftIds.forEach((id, i) => {
		shifts[id] = {
			plays: Array.from({ length: 20 }, (_, j) => ({
				at: new Date(start + (i * 20 + j + 1) * 86_400_000).toISOString(),
				score: ((i * 31 + j * 17) % 100) / 100,
				replies: ((i + j) % 10) / 10,
				decisions: ((i * 3 + j) % 10) / 10,
				...(j % 3 === 0 ? {} : { urgentFirst: j % 2 === 0 }),
				handled: 6 + (j % 7),
				total: 12,
			})),
		};
	});
	return { ...p, shifts };
}

describe('shifts in suspend data', () => {
	const full = withShifts(wholeCourse(catalogue));
	const text = encodeSuspendData(full, catalogue);

	it('fit SCORM 1.2’s limit with the whole course and every shift played many times', () => {
		expect(text).toBeDefined();
		expect(text?.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(text).toMatch(/^[0-9a-z~,.!]+$/u);
		console.info(`suspend data, corso completo e 12 turni: ${text?.length} caratteri`);
	});

	it('read back as valid plays with the best score kept', () => {
		const read = decodeSuspendData(text, catalogue);
		if (!read.ok) throw new Error(read.reason);
		expect(progressSchema.safeParse(read.progress).success).toBe(true);
		for (const id of shiftIds) {
			const best = Math.max(...(full.shifts?.[id]?.plays.map((p) => p.score) ?? []));
			expect(Math.max(...(read.progress.shifts?.[id]?.plays.map((p) => p.score) ?? []))).toBeCloseTo(best, 2);
		}
	});

	it('leave the text as before when no shift was played, and old data still reads', () => {
		const course = wholeCourse(base);
		const before = encodeSuspendData(course, base);
		expect(before?.split('~')).toHaveLength(6);
		expect(decodeSuspendData(before, base).ok).toBe(true);
		expect(catalogueFingerprint({ ...base, shifts: [] })).toBe(catalogueFingerprint(base));
		expect(catalogueFingerprint(catalogue)).not.toBe(catalogueFingerprint(base));
	});

	it('refuse a malformed play or more shifts than the catalogue has', () => {
		const good = encodeSuspendData(withShifts(wholeCourse(catalogue)), catalogue) ?? '';
		const parts = good.split('~');
		expect(decodeSuspendData([...parts.slice(0, 6), 'zz'].join('~'), catalogue).ok).toBe(false);
		expect(decodeSuspendData([...parts.slice(0, 6), ','.repeat(20)].join('~'), catalogue).ok).toBe(false);
		expect(readPlayTail('0'.repeat(10), '2026-11-02T09:00:00.000Z')).toBeUndefined();
		expect(readPlayTail('000000' + '3' + '0000', '2026-11-02T09:00:00.000Z')).toBeUndefined();
		const one = { at: '2026-11-02T09:00:00.000Z', score: 0.5, replies: 0.25, decisions: 1, handled: 3, total: 4 };
		expect(readPlayTail(playTail(one), one.at)).toEqual(one);
	});

	it('merge with the browser’s plays without losing any', () => {
		const at = (d: number) => new Date(Date.UTC(2026, 10, d)).toISOString();
		const p = (d: number, score: number) => ({
			at: at(d),
			score,
			replies: score,
			decisions: score,
			handled: 7,
			total: 7,
		});
		const empty: Progress = {
			schemaVersion: 2,
			courseId: 'c',
			lessons: {},
			exercises: {},
			quizzes: {},
			updatedAt: at(1),
		};
		const local = { ...empty, shifts: { a: { plays: [p(2, 0.5)] } } };
		const restored = { ...empty, shifts: { a: { plays: [p(2, 0.5), p(3, 0.9)] }, b: { plays: [p(4, 0.7)] } } };
		const merged = mergeProgress(local, restored);
		expect(merged.shifts?.['a']?.plays.map((x) => x.score)).toEqual([0.5, 0.9]);
		expect(merged.shifts?.['b']?.plays).toHaveLength(1);
	});

	it('are listed in the catalogue from the plan, sorted', () => {
		const c = buildCatalogue(
			{
				...plan,
				shifts: [
					{ id: 'z', title: '', href: '/turno/z/' },
					{ id: 'a', title: '', href: '/turno/a/' },
				],
			},
			[],
			[],
		);
		expect(c.shifts).toEqual(['a', 'z']);
		expect(buildCatalogue(plan, [], []).shifts).toBeUndefined();
	});
});
