// The store of the progress and certificate pages: opened at once with nothing stored, after the zod
// record reader loads with a record stored; another tab's save is re-read once the reader is there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../../src/progress/emptyRecord';
import { MemoryStorage } from '../../../src/progress/storage';
import { STORAGE_KEY } from '../../../src/progress/storeCore';

const COURSE = 'corso-di-prova';
type Listener = (event: { key: string | null }) => void;
let storage: MemoryStorage;
let listeners: Listener[];

beforeEach(() => {
	vi.resetModules();
	storage = new MemoryStorage();
	listeners = [];
	vi.stubGlobal('localStorage', storage);
	vi.stubGlobal('document', { documentElement: { dataset: { courseId: COURSE } } });
	vi.stubGlobal('window', { addEventListener: (_type: string, listener: Listener) => listeners.push(listener) });
});
afterEach(() => {
	vi.unstubAllGlobals();
});

const open = async () => (await import('../../../src/progress/lazyClient')).openProgressStore();
const record = (lessonId: string) => {
	const progress = emptyProgress(COURSE, new Date('2026-11-03T10:00:00Z'));
	progress.lessons[lessonId] = { openedAt: '2026-11-03T10:00:00.000Z', finishedAt: '2026-11-03T10:05:00.000Z' };
	return JSON.stringify(progress);
};

describe('openProgressStore', () => {
	it('opens at once when nothing is stored, and is the one store of the page', async () => {
		const lazy = await import('../../../src/progress/lazyClient');
		const store = lazy.openProgressStore();
		expect(store).not.toBeInstanceOf(Promise);
		expect(lazy.openProgressStore()).toBe(store);
		if (store instanceof Promise) return;
		expect(store.state.courseId).toBe(COURSE);
		expect(store.state.lessons).toEqual({});
		expect(store.problem).toBeUndefined();
	});

	it('re-reads what another tab saved, once the record reader has loaded', async () => {
		const store = await open();
		storage.setItem(STORAGE_KEY, record('modulo/lezione'));
		const seen: string[][] = [];
		store.subscribe((p) => seen.push(Object.keys(p.lessons)));
		for (const listener of listeners) listener({ key: 'altro' });
		for (const listener of listeners) listener({ key: STORAGE_KEY });
		await vi.waitFor(() => expect(store.state.lessons['modulo/lezione']?.finishedAt).toBeDefined());
		expect(seen).toEqual([[], ['modulo/lezione']]);
	});

	it('waits for the record reader when a record is stored, and reads it', async () => {
		storage.setItem(STORAGE_KEY, record('modulo/lezione'));
		const lazy = await import('../../../src/progress/lazyClient');
		const opened = lazy.openProgressStore();
		expect(opened).toBeInstanceOf(Promise);
		const store = await opened;
		expect(store.state.lessons['modulo/lezione']?.finishedAt).toBe('2026-11-03T10:05:00.000Z');
		store.setProfile({ nome: 'Giulia', cognome: 'Neri', ente: 'Comune di Valverde' });
		expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ profile: { nome: 'Giulia' } });
	});

	it('keeps an unreadable record aside, as the other pages do', async () => {
		storage.setItem(STORAGE_KEY, '{"schemaVersion": 2, "courseId": ');
		const store = await open();
		expect(store.loadIssue?.quarantineKey).toMatch(/^palestra-social-pa:corrotto:/u);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	it('goes on in memory when storage is refused', async () => {
		vi.stubGlobal('localStorage', {
			getItem() {
				throw new DOMException('Accesso negato', 'SecurityError');
			},
		});
		const store = await open();
		expect(store.problem).toBe('unavailable');
		expect(store.state.lessons).toEqual({});
	});

	it('refuses to read a record before the reader has loaded (never reached by the pages)', async () => {
		const store = await open();
		storage.setItem(STORAGE_KEY, record('modulo/lezione'));
		expect(() => store.reload()).toThrow(/non è ancora caricato/u);
	});
});
