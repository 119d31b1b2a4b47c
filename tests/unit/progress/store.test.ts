import { describe, expect, it } from 'vitest';
import { MemoryStorage, type KeyValueStorage } from '../../../src/progress/storage';
import { MAX_ATTEMPTS, ProgressStore, QUARANTINE_PREFIX, STORAGE_KEY } from '../../../src/progress/store';
import { clock, grade, memoryStore, plan } from './fixtures';

const someMet = { detailed: true, name: false, thanks: null } as const;

/** A storage whose every call throws, like Safari with cookies blocked. */
const broken: KeyValueStorage = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('SecurityError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
	length: 0,
	key: () => null,
};

/** A storage that refuses to grow past the first write. */
class FullStorage extends MemoryStorage {
	override setItem(key: string, value: string): void {
		if (this.getItem(key) !== null || this.length > 0) {
			throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		}
		super.setItem(key, value);
	}
}

describe('ProgressStore', () => {
	it('saves after every change and reads it back in a new page', () => {
		const storage = new MemoryStorage();
		const store = memoryStore(storage);
		store.openLesson('uno/a');
		store.finishLesson('uno/a');
		store.recordAttempt('es-a', 'Ciao Maria', grade(0.5, someMet));
		store.recordQuiz('quiz-uno', 0.4);
		store.recordQuiz('quiz-uno', 0.9);
		store.recordQuiz('quiz-uno', 0.6);
		const again = memoryStore(storage);
		expect(again.state.lessons['uno/a']?.finishedAt).toBeDefined();
		expect(again.exercise('es-a')?.attempts).toHaveLength(1);
		expect(again.state.quizzes['quiz-uno']).toMatchObject({ score: 0.6, best: 0.9 });
		expect(again.state.quizzes['quiz-uno']?.history.map((h) => h.score)).toEqual([0.4, 0.9, 0.6]);
		expect(again.problem).toBeUndefined();
		expect(again.loadIssue).toBeUndefined();
	});

	it('keeps the first attempt and the latest ones when capping', () => {
		const store = memoryStore();
		for (let i = 0; i < MAX_ATTEMPTS + 5; i++) store.recordAttempt('es-a', `r${i}`, grade(i / 100, someMet));
		const attempts = store.exercise('es-a')?.attempts ?? [];
		expect(attempts).toHaveLength(MAX_ATTEMPTS);
		expect(attempts[0]?.score).toBe(0);
		expect(attempts.at(-1)?.score).toBe((MAX_ATTEMPTS + 4) / 100);
	});

	it('does not move the finishing time of a lesson finished twice', () => {
		const store = memoryStore();
		store.finishLesson('uno/a');
		const first = store.state.lessons['uno/a']?.finishedAt;
		store.finishLesson('uno/a');
		expect(store.state.lessons['uno/a']?.finishedAt).toBe(first);
	});

	it.each([
		['invalid JSON', '{"schemaVersion": 2, "courseId": '],
		['a wrong shape', JSON.stringify({ schemaVersion: 2, courseId: plan.course.id, lessons: [], updatedAt: 'ieri' })],
		['another course', JSON.stringify({ schemaVersion: 2, courseId: 'altro', updatedAt: '2026-11-02T09:00:00.000Z' })],
		['a newer version', JSON.stringify({ schemaVersion: 9, courseId: plan.course.id })],
		['no version', JSON.stringify({ courseId: plan.course.id })],
	])('keeps a corrupt record aside (%s), reports it and starts empty', (_what, raw) => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, raw);
		const store = memoryStore(storage);
		expect(store.loadIssue?.quarantineKey.startsWith(QUARANTINE_PREFIX)).toBe(true);
		expect(store.loadIssue?.reason).not.toBe('');
		expect(storage.getItem(store.loadIssue!.quarantineKey)).toBe(raw);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
		expect(store.state.lessons).toEqual({});
		store.finishLesson('uno/a');
		expect(memoryStore(storage).loadIssue).toBeUndefined();
	});

	it('works in memory when storage is disabled, and says so', () => {
		const store = new ProgressStore({ courseId: plan.course.id, storage: undefined, now: clock() });
		store.finishLesson('uno/a');
		expect(store.problem).toBe('unavailable');
		expect(store.state.lessons['uno/a']?.finishedAt).toBeDefined();
	});

	it('works in memory when storage throws on every call', () => {
		const store = new ProgressStore({ courseId: plan.course.id, storage: broken, now: clock() });
		store.recordAttempt('es-a', 'x', grade(1, someMet));
		expect(store.problem).toBe('unavailable');
		expect(store.exercise('es-a')?.attempts).toHaveLength(1);
		expect(() => store.clear()).not.toThrow();
	});

	it('reports full storage and keeps the change in memory', () => {
		const storage = new FullStorage();
		const store = memoryStore(storage);
		store.openLesson('uno/a');
		expect(store.problem).toBeUndefined();
		store.finishLesson('uno/a');
		expect(store.problem).toBe('full');
		expect(store.state.lessons['uno/a']?.finishedAt).toBeDefined();
	});

	it('keeps two tabs consistent: a change never overwrites what the other tab saved', () => {
		const storage = new MemoryStorage();
		const tabA = memoryStore(storage);
		const tabB = memoryStore(storage);
		tabA.finishLesson('uno/a');
		// Tab B has not received the storage event yet, and records something else.
		tabB.recordQuiz('quiz-uno', 0.8);
		const reread = memoryStore(storage).state;
		expect(reread.lessons['uno/a']?.finishedAt).toBeDefined();
		expect(reread.quizzes['quiz-uno']?.best).toBe(0.8);
		tabA.reload();
		expect(tabA.state.quizzes['quiz-uno']?.best).toBe(0.8);
	});

	it('sees data erased in another tab instead of writing it back', () => {
		const storage = new MemoryStorage();
		const tabA = memoryStore(storage);
		const tabB = memoryStore(storage);
		tabA.finishLesson('uno/a');
		tabB.reload();
		tabA.clear();
		tabB.openLesson('uno/b');
		expect(memoryStore(storage).state.lessons['uno/a']).toBeUndefined();
	});

	it('notifies subscribers now and on every change, until they stop', () => {
		const store = memoryStore();
		const seen: number[] = [];
		const stop = store.subscribe((p) => seen.push(Object.keys(p.lessons).length));
		store.openLesson('uno/a');
		stop();
		store.openLesson('uno/b');
		expect(seen).toEqual([0, 1]);
	});

	it('erases everything, records kept aside included, and leaves other keys alone', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, 'rotto');
		storage.setItem('altro-sito', 'resta');
		const store = memoryStore(storage);
		store.setProfile({ nome: 'Maria', cognome: 'Rossi', ente: 'Comune' });
		store.clear();
		expect(store.state.profile).toBeUndefined();
		expect(store.loadIssue).toBeUndefined();
		expect(storage.length).toBe(1);
		expect(storage.getItem('altro-sito')).toBe('resta');
	});
});

describe('ProgressStore with a corrupt record and no room to keep it aside', () => {
	it('never writes over the record, and works in memory', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, 'rotto');
		const full = Object.assign(storage, {
			setItem: () => {
				throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
			},
		});
		const store = memoryStore(full);
		store.finishLesson('uno/a');
		expect(store.problem).toBe('full');
		expect(store.loadIssue).toBeDefined();
		expect(storage.getItem(STORAGE_KEY)).toBe('rotto');
		expect(store.state.lessons['uno/a']?.finishedAt).toBeDefined();
	});
});
