import { exportChecksum } from '../progress/exportFile';
import { migrate, MigrationError } from '../progress/migrations';
import { describeIssues } from '../progress/record';
import { EXPORT_FORMAT, exportFileSchema, PROGRESS_SCHEMA_VERSION, type ExportFile } from '../progress/schema';
import { parseUntrustedJson, type JsonRefusal } from './safeJson';

/** Largest file accepted: a full export is about 100 KB, so 1 MB leaves room and stops junk early. */
export const MAX_FILE_BYTES = 1_000_000;
/** Deepest nesting accepted: an export nests 7 levels. */
export const MAX_DEPTH = 12;

/** Why a file was refused (each has an Italian message in the dictionary: `import.error.<code>`). */
export type ImportErrorCode = JsonRefusal | 'tooLarge' | 'empty' | 'notExport' | 'newerVersion' | 'noChecksum' | 'checksum' | 'otherCourse' | 'invalid';

/** A learner file that passed every check. */
export interface LoadedLearner {
	fileName: string;
	file: ExportFile;
}

/** The outcome for one file. */
export type ImportOutcome =
	| { ok: true; learner: LoadedLearner }
	| { ok: false; fileName: string; code: ImportErrorCode; detail?: string };

/** The part of a browser File the import reads: tests and the benchmark pass plain objects. */
export interface FileLike {
	name: string;
	size: number;
	text(): Promise<string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads and checks one learner file: size, JSON, format, schema version, checksum, course, schema.
 * Never throws; every refusal names its reason.
 */
export async function importLearnerFile(file: FileLike, courseId: string): Promise<ImportOutcome> {
	const fileName = file.name;
	const refuse = (code: ImportErrorCode, detail?: string): ImportOutcome =>
		detail === undefined ? { ok: false, fileName, code } : { ok: false, fileName, code, detail };
	if (file.size > MAX_FILE_BYTES) return refuse('tooLarge');
	if (file.size === 0) return refuse('empty');
	const text = (await file.text()).replace(/^\uFEFF/u, '');
	// A File's size is trustworthy, a FileLike's maybe not: check what was actually read.
	if (text.length > MAX_FILE_BYTES) return refuse('tooLarge');
	if (text.trim() === '') return refuse('empty');

	const parsed = parseUntrustedJson(text, MAX_DEPTH);
	if (!parsed.ok) return refuse(parsed.code);
	const value = parsed.value;
	if (!isObject(value) || value['format'] !== EXPORT_FORMAT) return refuse('notExport');

	const version = value['schemaVersion'];
	if (typeof version !== 'number' || !Number.isInteger(version)) return refuse('invalid', 'schemaVersion');
	if (version > PROGRESS_SCHEMA_VERSION) return refuse('newerVersion', String(version));

	const checksum = value['checksum'];
	if (!isObject(checksum) || typeof checksum['value'] !== 'string') return refuse('noChecksum');
	const body: Record<string, unknown> = { ...value };
	delete body['checksum'];
	if ((await exportChecksum(body)) !== checksum['value']) return refuse('checksum');

	const course = value['course'];
	const fileCourse = isObject(course) && typeof course['id'] === 'string' ? course['id'] : undefined;
	if (fileCourse !== courseId) return refuse('otherCourse', (fileCourse ?? '?').slice(0, 80));

	let progress: unknown;
	try {
		progress = migrate(value['progress']);
	} catch (error) {
		return refuse('invalid', error instanceof MigrationError ? error.message : 'progress');
	}
	const result = exportFileSchema.safeParse({ ...value, schemaVersion: PROGRESS_SCHEMA_VERSION, progress });
	if (!result.success) return refuse('invalid', describeIssues(result.error.issues));
	if (result.data.progress.courseId !== courseId) return refuse('otherCourse', result.data.progress.courseId);
	return { ok: true, learner: { fileName, file: result.data } };
}
