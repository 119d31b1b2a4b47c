// The one helper that turns a written word list into a set, and keeps the list by name so that the
// lexicon test can check it (no duplicates, no word in two groups that contradict).

const registry = new Map<string, readonly string[]>();

/** A named word list, written as space-separated folded words. */
export function words(name: string, text: string): ReadonlySet<string> {
	const list = text.trim().split(/\s+/u);
	registry.set(name, list);
	return new Set(list);
}

/** Every list compiled so far, by name, as written (duplicates included). */
export const lexiconLists = (): ReadonlyMap<string, readonly string[]> => registry;
