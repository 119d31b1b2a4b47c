/**
 * Starts the island of a page that reads the learner's record (/progressi/, /attestato/) only when
 * there is something to show beyond what the page's HTML already draws. On a first visit (nothing
 * stored) the HTML shows the page as the island would draw it for an empty record: no Svelte, no
 * store, no JavaScript beyond this file. The island mounts at once when anything of the course is
 * stored (a record, a record kept aside as unreadable, a shift in play), when storage is refused
 * (the island says so), or inside an LMS (its bridge may restore a record in this very tab, which
 * fires no `storage` event); later, when another tab stores something. Browser only.
 *
 * FirstVisit.astro draws the root (`id`, with `data-storage-key` and, in SCORM builds, `data-lms`)
 * and the island's props as JSON beside it (`id`-props); it makes the same decision before the first
 * paint, so nothing flashes. `mountIsland` loads the island's code and mounts it.
 */
export function startWhenStored(id: string, mountIsland: (root: HTMLElement, props: unknown) => Promise<void>): void {
	const root = document.getElementById(id);
	const json = document.getElementById(`${id}-props`)?.textContent;
	if (!root || !json) throw new Error(`startWhenStored: #${id} or its props are missing`);
	const load = (): Promise<void> => mountIsland(root, JSON.parse(json));
	const key = root.dataset['storageKey'] ?? '';
	const ours = (name: string | null): boolean => name !== null && (name === key || name.startsWith(`${key}:`));
	let stored = true;
	try {
		stored = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).some(ours);
	} catch {
		// Storage refused: mount, and let the island explain.
	}
	if (stored || root.dataset['lms'] !== undefined) {
		void load();
		return;
	}
	const onStorage = (event: StorageEvent): void => {
		// A null key is another tab clearing storage: nothing to show then, but harmless to mount.
		if (!ours(event.key) && event.key !== null) return;
		window.removeEventListener('storage', onStorage);
		void load();
	};
	window.addEventListener('storage', onStorage);
}
