import type { RecordReader } from './emptyRecord';
import { browserStorage } from './storage';
import { ProgressStore, STORAGE_KEY } from './storeCore';

// The progress store for the progress and certificate pages, which start without zod: the record
// reader (record.ts, zod) is loaded only when a stored record is there to read, before the store
// reads it. With nothing stored (a first visit) the page draws at once, and the reader arrives
// later, before anything that could read a record runs: a `storage` event from another tab waits
// for it, and the islands show the profile form, the one way to write here after a read-modify-write,
// only once `recordReader()` has resolved. client.ts stays the store of every other page.

let reader: RecordReader | undefined;
let loading: Promise<RecordReader> | undefined;

/** Loads the zod record reader, once. */
export function recordReader(): Promise<RecordReader> {
	loading ??= import('./record').then((module) => (reader = module.readRecord));
	return loading;
}

const readWhenLoaded: RecordReader = (raw, courseId) => {
	// Unreachable by construction (see above); refuse loudly rather than misread a record.
	if (!reader) throw new Error('il lettore dei dati salvati non è ancora caricato');
	return reader(raw, courseId);
};

let shared: ProgressStore | Promise<ProgressStore> | undefined;

/**
 * The page's one progress store: at once when nothing is stored, once the record reader has loaded
 * when a record is. Browser only.
 */
export function openProgressStore(): ProgressStore | Promise<ProgressStore> {
	if (shared) return shared;
	const storage = browserStorage();
	let stored = false;
	try {
		stored = storage?.getItem(STORAGE_KEY) != null;
	} catch {
		stored = true; // let the store find out what is wrong, with its reader at hand
	}
	const make = (): ProgressStore => {
		const store = new ProgressStore({
			courseId: document.documentElement.dataset['courseId'] ?? 'sconosciuto',
			storage,
			readRecord: readWhenLoaded,
		});
		// Another tab saved: re-read, so two open tabs never overwrite each other with stale data.
		window.addEventListener('storage', (event) => {
			if (event.key === STORAGE_KEY || event.key === null) void recordReader().then(() => store.reload());
		});
		return store;
	};
	shared = stored ? recordReader().then(make) : make();
	return shared;
}
