/** The part of the Web Storage API the store uses: injected, so tests pass a fake. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	/** Number of keys: with `key()`, lets "Cancella i miei dati" find the records kept aside. */
	readonly length: number;
	key(index: number): string | null;
}

/** Why storage cannot be used: shown to the learner, who then works in memory only. */
export type StorageProblem = 'unavailable' | 'full';

/** The browser's localStorage, or undefined where it is disabled (privacy settings, sandboxed frames). */
export function browserStorage(): KeyValueStorage | undefined {
	try {
		const storage = globalThis.localStorage;
		const probe = '__palestra_probe__';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return undefined;
	}
}

/** True when an exception from setItem means the quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	// Browsers disagree on the name and code: Chrome and Safari say QuotaExceededError (22), old Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
	const code = (error as Error & { code?: number }).code;
	return (
		error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
	);
}

/** Removes every key that matches; never throws (a storage that refuses is left as it is). */
export function removeKeys(storage: KeyValueStorage, matches: (key: string) => boolean): void {
	try {
		const doomed: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key !== null && matches(key)) doomed.push(key);
		}
		for (const key of doomed) storage.removeItem(key);
	} catch {
		// Disabled storage: nothing was saved there in the first place.
	}
}

/** An in-memory storage, used when the browser refuses localStorage and in tests. */
export class MemoryStorage implements KeyValueStorage {
	readonly #data = new Map<string, string>();
	getItem(key: string): string | null {
		return this.#data.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#data.set(key, value);
	}
	removeItem(key: string): void {
		this.#data.delete(key);
	}
	get length(): number {
		return this.#data.size;
	}
	key(index: number): string | null {
		return [...this.#data.keys()][index] ?? null;
	}
}
