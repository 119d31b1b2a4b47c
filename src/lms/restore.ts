import { canonicalJson } from '../progress/canonical';
import { readRecord } from '../progress/record';
import type { Progress } from '../progress/schema';
import type { KeyValueStorage } from '../progress/storage';
import { STORAGE_KEY, type ProgressStore } from '../progress/store';
import { mergeProgress } from './merge';

/** Same learning record (drafts, profile and the change date aside). */
export const sameProgress = (a: Progress, b: Progress): boolean =>
	canonicalJson([a.lessons, a.exercises, a.quizzes]) === canonicalJson([b.lessons, b.exercises, b.quizzes]);

/**
 * Brings what the LMS restored into the page's store: merged with the browser's record, validated
 * like any stored record, saved, and the store re-read so every island shows it. The store has no
 * "replace" method on purpose (its changes are the learner's actions), so this goes through storage,
 * exactly as another tab's save would. Returns whether the store changed.
 */
export function restoreInto(store: ProgressStore, restored: Progress, storage: KeyValueStorage | undefined): boolean {
	const merged = mergeProgress(store.state, restored);
	if (!storage || sameProgress(merged, store.state)) return false;
	try {
		// An unreadable record that could not be kept aside is still under the key: never write over it.
		const issue = store.loadIssue;
		if (issue && storage.getItem(issue.quarantineKey) === null) return false;
		const read = readRecord(JSON.stringify(merged), store.state.courseId);
		if (!read.ok) return false;
		storage.setItem(STORAGE_KEY, JSON.stringify(read.progress));
	} catch {
		return false;
	}
	store.reload();
	return true;
}
