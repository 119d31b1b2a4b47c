import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lms/codec';
import { mergeProgress } from '../../../src/lms/merge';
import { restoreInto, sameProgress } from '../../../src/lms/restore';
import { MemoryStorage } from '../../../src/progress/storage';
import { ProgressStore, QUARANTINE_PREFIX, STORAGE_KEY } from '../../../src/progress/store';
import type { Progress } from '../../../src/progress/schema';
import { clock, grade, memoryStore, plan } from '../progress/fixtures';

const catalogue = {
	courseId: plan.course.id,
	lessons: ['uno/a', 'uno/b', 'due/c'],
	exercises: ['es-a', 'es-c', 'fin-1', 'fin-2'],
	quizzes: ['finale', 'quiz-uno'],
	passMarks: [0.6, 0.7],
};
const allMet = { detailed: true, name: true, thanks: true } as const;

/** What the LMS would give back for a record. */
function throughLms(progress: Progress): Progress {
	const read = decodeSuspendData(encodeSuspendData(progress, catalogue), catalogue);
	if (!read.ok) throw new Error(read.reason);
	return read.progress;
}

/** A learner with some work done, on a clock of its own. */
function learner(start?: string) {
	const store = new ProgressStore({ courseId: plan.course.id, storage: new MemoryStorage(), now: clock(start) });
	store.finishLesson('uno/a');
	store.openLesson('uno/b');
	store.recordAttempt('es-a', 'Prima', grade(0.4, allMet));
	store.recordAttempt('es-a', 'Seconda', grade(0.9, allMet));
	store.recordQuiz('quiz-uno', 0.5);
	store.recordQuiz('quiz-uno', 0.8);
	return store;
}

describe('mergeProgress', () => {
	it('the same browser relaunched: nothing changes (the browser’s copy is the precise one)', () => {
		const local = learner().state;
		expect(sameProgress(mergeProgress(local, throughLms(local)), local)).toBe(true);
	});

	it('a fresh browser gets everything the LMS kept', () => {
		const restored = throughLms(learner().state);
		const merged = mergeProgress(memoryStore().state, restored);
		expect(merged.lessons['uno/a']?.finishedAt).toBeDefined();
		expect(merged.lessons['uno/b']).toEqual(restored.lessons['uno/b']);
		expect(merged.exercises['es-a']?.attempts.map((a) => a.score)).toEqual([0.4, 0.9]);
		expect(merged.quizzes['quiz-uno']).toMatchObject({ best: 0.8, score: 0.8 });
	});

	it('two browsers: the union of both, in time order, earliest dates kept', () => {
		const a = learner('2026-11-02T09:00:00.000Z');
		const b = new ProgressStore({
			courseId: plan.course.id,
			storage: new MemoryStorage(),
			now: clock('2026-11-01T08:00:00.000Z'),
		});
		b.finishLesson('uno/a');
		b.recordAttempt('es-a', 'Dall’altro PC', grade(0.6, allMet));
		b.recordQuiz('quiz-uno', 0.9);
		b.saveDraft('es-c', 'Una bozza');
		const merged = mergeProgress(b.state, throughLms(a.state));
		expect(merged.lessons['uno/a']?.finishedAt).toBe(b.state.lessons['uno/a']?.finishedAt);
		expect(merged.exercises['es-a']?.attempts.map((x) => x.score)).toEqual([0.6, 0.4, 0.9]);
		expect(merged.quizzes['quiz-uno']?.history.map((h) => h.score)).toEqual([0.9, 0.5, 0.8]);
		expect(merged.quizzes['quiz-uno']).toMatchObject({ best: 0.9, score: 0.8 });
		expect(merged.exercises['es-c']?.lastReply).toBe('Una bozza');
	});

	it('a restored finish date without an opening date still opens the lesson', () => {
		const restored: Progress = {
			...memoryStore().state,
			lessons: { 'uno/a': { finishedAt: '2026-11-02T09:00:00.000Z' } },
		};
		expect(mergeProgress(memoryStore().state, restored).lessons['uno/a']).toEqual({
			openedAt: '2026-11-02T09:00:00.000Z',
			finishedAt: '2026-11-02T09:00:00.000Z',
		});
	});
});

describe('restoreInto', () => {
	it('saves the merged record and reloads the store, so every island sees it', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore({ courseId: plan.course.id, storage, now: clock() });
		const seen: number[] = [];
		store.subscribe((p) => seen.push(Object.keys(p.lessons).length));
		expect(restoreInto(store, throughLms(learner().state), storage)).toBe(true);
		expect(store.state.lessons['uno/a']?.finishedAt).toBeDefined();
		expect(
			(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { lessons: Record<string, unknown> }).lessons['uno/a'],
		).toBeDefined();
		expect(seen.at(-1)).toBe(2);
		// Nothing new the second time: no write.
		expect(restoreInto(store, throughLms(learner().state), storage)).toBe(false);
	});

	it('does nothing without storage, and never writes over an unreadable record it could not keep aside', () => {
		const store = memoryStore();
		expect(restoreInto(store, throughLms(learner().state), undefined)).toBe(false);
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{rotto');
		const quarantined = new ProgressStore({ courseId: plan.course.id, storage, now: clock() });
		expect(quarantined.loadIssue?.quarantineKey.startsWith(QUARANTINE_PREFIX)).toBe(true);
		storage.removeItem(quarantined.loadIssue?.quarantineKey ?? '');
		expect(restoreInto(quarantined, throughLms(learner().state), storage)).toBe(false);
	});

	it('keeps this course’s id (the codec already refuses data of another course, by fingerprint)', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore({ courseId: plan.course.id, storage, now: clock() });
		const other = { ...throughLms(learner().state), courseId: 'altro-corso' };
		expect(restoreInto(store, other, storage)).toBe(true);
		expect(store.state.courseId).toBe(plan.course.id);
	});
});
