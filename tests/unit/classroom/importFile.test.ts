import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	importLearnerFile,
	MAX_FILE_BYTES,
	type FileLike,
	type ImportErrorCode,
} from '../../../src/classroom/importFile';
import { nestingExceeds, parseUntrustedJson } from '../../../src/classroom/safeJson';

const COURSE = 'social-customer-care-pa';
const DIR = 'tests/fixtures/learners';

const fileOf = (name: string, text: string, size = new TextEncoder().encode(text).length): FileLike => ({
	name,
	size,
	text: () => Promise.resolve(text),
});
const fixture = (name: string): FileLike => fileOf(name, readFileSync(`${DIR}/${name}`, 'utf8'));

/** Every fixture file and what the import must make of it. */
const EXPECTED: Record<string, 'ok' | ImportErrorCode> = {
	'valida-bianchi-luca.json': 'ok',
	'valida-bianchi-luca-vecchia.json': 'ok',
	'valida-v1-verdi-anna.json': 'ok',
	'ostile-markup-formula.json': 'ok',
	'corrotto-troncato.json': 'notJson',
	'corrotto-checksum.json': 'checksum',
	'ostile-proto.json': 'forbiddenKeys',
	'ostile-annidato.json': 'tooDeep',
	'ostile-tipi.json': 'invalid',
	'altro-corso.json': 'otherCourse',
	'versione-futura.json': 'newerVersion',
	'non-export.json': 'notExport',
};

describe('learner file import', () => {
	it('has an expectation for every fixture', () => {
		expect(
			readdirSync(DIR)
				.filter((f) => f.endsWith('.json'))
				.sort(),
		).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(Object.entries(EXPECTED))('%s → %s', async (name, expected) => {
		const outcome = await importLearnerFile(fixture(name), COURSE);
		expect(outcome.ok ? 'ok' : outcome.code).toBe(expected);
	});

	it('migrates a v1 file and keeps what it says', async () => {
		const outcome = await importLearnerFile(fixture('valida-v1-verdi-anna.json'), COURSE);
		if (!outcome.ok) throw new Error(outcome.code);
		expect(outcome.learner.file.progress.schemaVersion).toBe(2);
		expect(outcome.learner.file.progress.quizzes['tre-consigli']?.history).toHaveLength(2);
	});

	it('keeps hostile text as plain data, unchanged (the page shows it as text)', async () => {
		const outcome = await importLearnerFile(fixture('ostile-markup-formula.json'), COURSE);
		if (!outcome.ok) throw new Error(outcome.code);
		expect(outcome.learner.file.progress.profile.nome).toBe('<img src=x onerror="alert(1)">');
	});

	it('refuses a file over the size cap before reading it', async () => {
		let read = false;
		const huge: FileLike = {
			name: 'enorme.json',
			size: MAX_FILE_BYTES + 1,
			text: () => ((read = true), Promise.resolve('{}')),
		};
		expect(await importLearnerFile(huge, COURSE)).toMatchObject({ ok: false, code: 'tooLarge' });
		expect(read).toBe(false);
	});

	it('refuses a file whose declared size lies', async () => {
		const liar = fileOf('bugiardo.json', ' '.repeat(MAX_FILE_BYTES + 10), 10);
		expect(await importLearnerFile(liar, COURSE)).toMatchObject({ ok: false, code: 'tooLarge' });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['null', 'notExport'],
		['[1,2,3]', 'notExport'],
		['"stringa"', 'notExport'],
		['{"format":"palestra-social-pa/risultati","schemaVersion":"2"}', 'invalid'],
		['{"format":"palestra-social-pa/risultati","schemaVersion":2}', 'noChecksum'],
		['{"format":"palestra-social-pa/risultati","schemaVersion":2,"checksum":{"value":"00"}}', 'badChecksum'],
		[
			`{"format":"palestra-social-pa/risultati","schemaVersion":2,"checksum":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"}}`,
			'checksum',
		],
		['{"constructor":{"prototype":{"x":1}}}', 'forbiddenKeys'],
	])('refuses %j as %s', async (text, code) => {
		expect(await importLearnerFile(fileOf('x.json', text), COURSE)).toMatchObject({ ok: false, code });
	});

	it('never pollutes Object.prototype', async () => {
		await importLearnerFile(fixture('ostile-proto.json'), COURSE);
		expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
	});
});

describe('untrusted JSON', () => {
	it('measures nesting without being fooled by brackets inside strings', () => {
		expect(nestingExceeds('{"a":"[[[[[[[["}', 2)).toBe(false);
		expect(nestingExceeds('{"a":"\\"[[[["}', 2)).toBe(false);
		expect(nestingExceeds('[[[]]]', 2)).toBe(true);
	});

	it('refuses a million brackets quickly, without a stack overflow', () => {
		const start = performance.now();
		expect(parseUntrustedJson('['.repeat(1_000_000), 12)).toEqual({ ok: false, code: 'tooDeep' });
		// Only runaway work (a recursive parser, a quadratic scan) takes this long; speed is in npm run bench.
		expect(performance.now() - start).toBeLessThan(5000);
	});
});
