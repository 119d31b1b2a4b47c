import { PROGRESS_SCHEMA_VERSION } from './constants';

/** A record as read from JSON, before validation. */
export type RawRecord = Record<string, unknown>;
/** One step from version `from` to `from + 1`: pure, returns a new record. */
export type Migration = (record: RawRecord) => RawRecord;

const isObject = (value: unknown): value is RawRecord =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** v1 → v2: quizzes gain `history`. v1 kept only the last check and the best score, so both become history entries. */
function addQuizHistory(record: RawRecord): RawRecord {
	const quizzes = isObject(record['quizzes']) ? record['quizzes'] : {};
	const upgraded: RawRecord = {};
	for (const [id, quiz] of Object.entries(quizzes)) {
		if (!isObject(quiz)) {
			upgraded[id] = quiz; // left for the schema to reject with a precise message
			continue;
		}
		const { at, score, best } = quiz;
		// The time of the best check was not kept: the last check's time is the closest we know (never earlier than the truth).
		const history =
			typeof best === 'number' && best !== score
				? [
						{ at, score: best },
						{ at, score },
					]
				: [{ at, score }];
		upgraded[id] = { ...quiz, history };
	}
	return { ...record, schemaVersion: 2, quizzes: upgraded };
}

/** Migrations keyed by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	1: addQuizHistory,
};

/** Why a record cannot be brought up to date. */
export class MigrationError extends Error {
	override name = 'MigrationError';
	constructor(
		message: string,
		/** `newer`: written by a later version of the site; `invalid`: not a progress record. */
		readonly kind: 'newer' | 'invalid',
	) {
		super(message);
	}
}

/**
 * Brings a stored or exported record up to `target` (the current version by default); throws a
 * MigrationError on a record it cannot read. The result still has to pass the zod schema.
 */
export function migrate(
	record: unknown,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	target: number = PROGRESS_SCHEMA_VERSION,
): RawRecord {
	if (!isObject(record)) throw new MigrationError('il record non è un oggetto', 'invalid');
	let current = record;
	const stored = current['schemaVersion'];
	if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 0) {
		throw new MigrationError('schemaVersion mancante o non valida', 'invalid');
	}
	let version: number = stored;
	if (version > target) {
		throw new MigrationError(`schemaVersion ${version} è più recente di questa versione del sito (${target})`, 'newer');
	}
	while (version < target) {
		const step: Migration | undefined = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
		if (!step) throw new MigrationError(`nessuna migrazione dalla versione ${version}`, 'invalid');
		const next = step(current);
		if (next['schemaVersion'] !== version + 1)
			throw new MigrationError(`la migrazione da ${version} non porta a ${version + 1}`, 'invalid');
		current = next;
		version = version + 1;
	}
	return current;
}
