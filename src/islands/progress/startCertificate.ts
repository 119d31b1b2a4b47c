/**
 * Starts the /attestato/ page's island only when there is something to show beyond what the HTML
 * already draws. On a first visit (nothing stored) the page's HTML lists everything that is missing,
 * exactly as the island would: no Svelte, no store, no JavaScript beyond this file. The island mounts
 * at once when a record is stored (or storage is refused: the island says so), and later if another
 * tab stores one. Browser only.
 */
export function startCertificate(root: HTMLElement, load: () => Promise<void>): void {
	const key = root.dataset['storageKey'] ?? '';
	let stored = true;
	try {
		stored = localStorage.getItem(key) !== null;
	} catch {
		// Storage refused: mount, and let the island explain.
	}
	if (stored) {
		void load();
		return;
	}
	const onStorage = (event: StorageEvent): void => {
		if (event.key !== key && event.key !== null) return;
		window.removeEventListener('storage', onStorage);
		void load();
	};
	window.addEventListener('storage', onStorage);
}
