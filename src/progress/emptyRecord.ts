// The parts of reading a record that need no validation code (record.ts holds the zod part): pages
// that may never read a stored record can start without loading zod.
import { PROGRESS_SCHEMA_VERSION } from './constants';
import type { Progress } from './schema';

/** The outcome of reading one stored record. */
export type RecordRead = { ok: true; progress: Progress } | { ok: false; reason: string };

/** Parses, migrates and validates a stored record; never throws (record.ts `readRecord`). */
export type RecordReader = (raw: string, courseId: string) => RecordRead;

/** A progress record with nothing in it. */
export function emptyProgress(courseId: string, now: Date): Progress {
	return {
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		courseId,
		lessons: {},
		exercises: {},
		quizzes: {},
		updatedAt: now.toISOString(),
	};
}
