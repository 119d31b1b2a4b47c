import { isQuotaError, type KeyValueStorage, type StorageProblem } from '../progress/storage';
import { readDraft, type Draft } from './draft';

/** Where the workshop keeps its draft: apart from the learner's record, which it never touches. */
export const DRAFT_KEY = 'palestra-social-pa:docente:bozza';

/** The saved draft, if there is a readable one. */
export function loadDraft(storage: KeyValueStorage | undefined): Draft | undefined {
	try {
		const raw = storage?.getItem(DRAFT_KEY);
		return raw ? readDraft(JSON.parse(raw)) : undefined;
	} catch {
		return undefined;
	}
}

/** Saves the draft; says why it could not, so the page reports it instead of dropping it silently. */
export function saveDraft(storage: KeyValueStorage | undefined, draft: Draft): StorageProblem | undefined {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(DRAFT_KEY, JSON.stringify(draft));
		return undefined;
	} catch (error) {
		return isQuotaError(error) ? 'full' : 'unavailable';
	}
}

/** Forgets the draft (a storage that refuses keeps it: nothing to report, the form is empty anyway). */
export function forgetDraft(storage: KeyValueStorage | undefined): void {
	try {
		storage?.removeItem(DRAFT_KEY);
	} catch {
		// Disabled storage holds no draft.
	}
}
