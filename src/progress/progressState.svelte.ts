import type { Progress } from './schema';
import type { StorageProblem } from './storage';
import type { LoadIssue, ProgressStore } from './storeCore';

/**
 * Reactive view of a ProgressStore for islands: the store stays plain TS (unit-testable), this
 * class only mirrors it into runes. `$state.raw` because each change replaces the whole record.
 */
export class ProgressState {
	/** The store to act on (record, clear, setProfile…). */
	readonly store: ProgressStore;
	#progress: Progress | undefined = $state.raw();
	#problem: StorageProblem | undefined = $state.raw();
	#loadIssue: LoadIssue | undefined = $state.raw();

	constructor(store: ProgressStore) {
		this.store = store;
		// The store emits on every change, other tabs included (client.ts reloads on `storage` events).
		store.subscribe((progress) => {
			this.#progress = progress;
			this.#problem = store.problem;
			this.#loadIssue = store.loadIssue;
		});
	}

	/** The learner's progress, current. */
	get progress(): Progress {
		return this.#progress ?? this.store.state;
	}

	/** Why progress cannot be saved, if it cannot. */
	get problem(): StorageProblem | undefined {
		return this.#problem;
	}

	/** The unreadable record kept aside at load, if any. */
	get loadIssue(): LoadIssue | undefined {
		return this.#loadIssue;
	}
}
