import { t } from '../i18n/classroom';
import { exportChecksum } from '../progress/exportFile';
import { migrate, MigrationError } from '../progress/migrations';
import { EXPORT_FORMAT, exportFileSchema, PROGRESS_SCHEMA_VERSION, type ExportFile } from '../progress/schema';
import { cleanDetail, describeImportIssues } from './issues';
import { parseUntrustedJson, type JsonRefusal } from './safeJson';
import { textProblem, type TextProblem } from './textCheck';
import { timeProblem, type TimeProblem } from './timestamps';

/** Largest file accepted: a full export is about 100 KB, so 1 MB leaves room and stops junk early. */
export const MAX_FILE_BYTES = 1_000_000;
/** Deepest nesting accepted: an export nests 7 levels. */
export const MAX_DEPTH = 12;
/** Longest file name kept: what file systems allow. */
const MAX_FILE_NAME = 255;
/** A SHA-256 in hex; the exporter writes lowercase, but hex is hex. */
const CHECKSUM = /^[0-9a-f]{64}$/iu;

/** Why a file was refused (each has an Italian message in the dictionary: `import.error.<code>`). */
export type ImportErrorCode =
	| JsonRefusal
	| TextProblem
	| TimeProblem['code']
	| 'unreadable'
	| 'unexpected'
	| 'tooLarge'
	| 'empty'
	| 'notExport'
	| 'newerVersion'
	| 'noChecksum'
	| 'badChecksum'
	| 'checksum'
	| 'otherCourse'
	| 'invalid';

/** A learner file that passed every check. */
export interface LoadedLearner {
	fileName: string;
	file: ExportFile;
}

/** The outcome for one file. */
export type ImportOutcome =
	{ ok: true; learner: LoadedLearner } | { ok: false; fileName: string; code: ImportErrorCode; detail?: string };

/** The part of a browser File the import reads: tests and the benchmark pass plain objects. */
export interface FileLike {
	name: string;
	size: number;
	text(): Promise<string>;
}

type Refuse = (code: ImportErrorCode, detail?: string) => ImportOutcome;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's text, or why it cannot be one. */
async function readText(file: FileLike, refuse: Refuse): Promise<string | ImportOutcome> {
	if (file.size > MAX_FILE_BYTES) return refuse('tooLarge');
	if (file.size === 0) return refuse('empty');
	let text: string;
	try {
		text = (await file.text()).replace(/^\uFEFF/u, '');
	} catch {
		// The file was moved or deleted between choosing and reading, or the browser denied access.
		return refuse('unreadable');
	}
	// A File's size is trustworthy, a FileLike's maybe not: check what was actually read.
	if (text.length > MAX_FILE_BYTES) return refuse('tooLarge');
	if (text.trim() === '') return refuse('empty');
	const problem = textProblem(text);
	return problem ? refuse(problem) : text;
}

/** Checks the envelope (format, version, checksum, course) and returns the validated file. */
async function checkExport(value: unknown, courseId: string, refuse: Refuse): Promise<ExportFile | ImportOutcome> {
	if (!isObject(value) || value['format'] !== EXPORT_FORMAT) return refuse('notExport');

	const version = value['schemaVersion'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return refuse('invalid', `schemaVersion: ${t('import.issue.other')}`);
	if (version > PROGRESS_SCHEMA_VERSION) return refuse('newerVersion', String(version));

	const checksum = value['checksum'];
	if (!isObject(checksum) || checksum['value'] === undefined) return refuse('noChecksum');
	const sum = checksum['value'];
	if (checksum['algorithm'] !== 'SHA-256' || typeof sum !== 'string' || !CHECKSUM.test(sum))
		return refuse('badChecksum');
	const body: Record<string, unknown> = { ...value };
	delete body['checksum'];
	if ((await exportChecksum(body)) !== sum.toLowerCase()) return refuse('checksum');

	const course = value['course'];
	const fileCourse = isObject(course) && typeof course['id'] === 'string' ? course['id'] : '?';
	if (fileCourse !== courseId) return refuse('otherCourse', fileCourse);

	const progress = value['progress'];
	const stored = isObject(progress) ? progress['schemaVersion'] : undefined;
	// The export and its progress are written together: two versions mean a hand-made file.
	if (isObject(progress) && stored !== version)
		return refuse('invalid', `progress.schemaVersion ≠ schemaVersion (${String(stored)} / ${version})`);
	let migrated: unknown;
	try {
		migrated = migrate(progress);
	} catch (error) {
		return refuse('invalid', error instanceof MigrationError ? error.message : 'progress');
	}
	const checked = {
		...value,
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		progress: migrated,
		checksum: { ...checksum, value: sum.toLowerCase() },
	};
	const result = exportFileSchema.safeParse(checked);
	if (!result.success) return refuse('invalid', describeImportIssues(result.error.issues));
	if (result.data.progress.courseId !== courseId) return refuse('otherCourse', result.data.progress.courseId);
	return result.data;
}

/**
 * Reads and checks one learner file: size, encoding, JSON, format, schema version, checksum,
 * course, schema, times (against `now`, the instructor's clock). Never throws; every refusal names
 * its reason, and every detail quoted from the file is cleaned of invisible characters and cut short.
 */
export async function importLearnerFile(
	file: FileLike,
	courseId: string,
	now: Date = new Date(),
): Promise<ImportOutcome> {
	// The name comes from the learner too: a bidi override in it would reverse what follows on screen.
	const fileName = cleanDetail(file.name, MAX_FILE_NAME);
	const refuse: Refuse = (code, detail) =>
		detail === undefined ? { ok: false, fileName, code } : { ok: false, fileName, code, detail: cleanDetail(detail) };
	try {
		const text = await readText(file, refuse);
		if (typeof text !== 'string') return text;
		const parsed = parseUntrustedJson(text, MAX_DEPTH);
		if (!parsed.ok) return refuse(parsed.code);
		const checked = await checkExport(parsed.value, courseId, refuse);
		if ('ok' in checked) return checked;
		const time = timeProblem(checked, now);
		if (time) return refuse(time.code, time.detail);
		return { ok: true, learner: { fileName, file: checked } };
	} catch {
		// Nothing above should throw; if something does, this file is refused and the others still load.
		return refuse('unexpected');
	}
}
