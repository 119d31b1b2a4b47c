// Constants of the progress record, apart from its zod schemas (schema.ts): pages that only need
// these (the class report's table, the HR CSV) do not have to load the validation code up front.

/**
 * Current version of the stored progress and of export files. Bump it and add a step to
 * MIGRATIONS (migrations.ts) whenever a stored shape changes.
 * v1: first release. v2: quizzes keep a short history, so the completion date is exact.
 */
export const PROGRESS_SCHEMA_VERSION = 2;
/** Attempts (exercises) and checks (quizzes) kept per item: enough for the report, small for storage and SCORM. */
export const MAX_ATTEMPTS = 20;
/** The three tips of the rubric, in the order the course teaches them. */
export const TIP_IDS = ['detailed', 'name', 'thanks'] as const;
/** One of the three tips. */
export type TipId = (typeof TIP_IDS)[number];
/** Name of the format written in export files: an import refuses anything else. */
export const EXPORT_FORMAT = 'palestra-social-pa/risultati';
/** Longest link fragment an instructor exercise may have: a typical one is under 2,000 characters. */
export const MAX_FRAGMENT_CHARS = 8_000;
