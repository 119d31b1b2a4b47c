import { browserStorage } from './storage';
import { ProgressStore, STORAGE_KEY } from './store';

let shared: ProgressStore | undefined;

/**
 * The page's one progress store, shared by every island on the page through this module (islands
 * are separate Svelte roots, so context would not reach across them). Browser only.
 */
export function progressStore(): ProgressStore {
	if (shared) return shared;
	const store = new ProgressStore({
		courseId: document.documentElement.dataset['courseId'] ?? 'sconosciuto',
		storage: browserStorage(),
	});
	// Another tab saved: re-read, so two open tabs never overwrite each other with stale data.
	window.addEventListener('storage', (event) => {
		if (event.key === STORAGE_KEY || event.key === null) store.reload();
	});
	shared = store;
	return store;
}
