// The register's shape and its empty value, apart from register.ts: the class report page renders
// with these at once and loads the import code (validation, checksums) only when files arrive.
import type { LearnerRow } from './aggregate';
import type { DuplicateNote } from './dedupe';
import type { ImportErrorCode, LoadedLearner } from './importFile';

/** A file that was not loaded, and why. */
export interface Refusal {
	fileName: string;
	code: ImportErrorCode;
	detail?: string;
}

/** A loaded file made with another edition of the course: its figures follow this edition's rules. */
export interface EditionNote {
	fileName: string;
	learner: string;
	version: string;
}

/** The instructor's register: everything loaded so far in this page. Plain data, replaced on each change. */
export interface Register {
	learners: LoadedLearner[];
	rows: LearnerRow[];
	refused: Refusal[];
	duplicates: DuplicateNote[];
	editions: EditionNote[];
}

/** What one batch of files did, for the status message. */
export interface BatchSummary {
	read: number;
	loaded: number;
	refused: number;
}

/** A register with nothing in it. */
export const emptyRegister = (): Register => ({ learners: [], rows: [], refused: [], duplicates: [], editions: [] });
