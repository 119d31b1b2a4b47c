import { readRecord } from './record';
import { ProgressStore as StoreCore, type StoreOptions as CoreOptions } from './storeCore';

export { MAX_ATTEMPTS, QUARANTINE_PREFIX, STORAGE_KEY, type LoadIssue } from './storeCore';

/** Options of a progress store; the record reader defaults to the zod one. */
export type StoreOptions = Omit<CoreOptions, 'readRecord'> & Partial<Pick<CoreOptions, 'readRecord'>>;

/**
 * The learner's progress: loaded and validated from storage, changed only through its methods, saved
 * after every change. Failures to save are reported through `problem`, and the session goes on in memory.
 * (storeCore.ts, with the zod record reader of record.ts.)
 */
export class ProgressStore extends StoreCore {
	constructor(options: StoreOptions) {
		super({ ...options, readRecord: options.readRecord ?? readRecord });
	}
}
