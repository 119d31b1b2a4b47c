import { describe, expect, it } from 'vitest';
import {
	importLearnerFile,
	MAX_FILE_BYTES,
	type FileLike,
	type ImportErrorCode,
	type ImportOutcome,
} from '../../../src/classroom/importFile';
import { MAX_DETAIL } from '../../../src/classroom/issues';
import { t } from '../../../src/i18n/classroom';
import { bytesFile, COURSE, exportOf, fileOf, jsonFile, MARIA, NOW, type Loose } from './builders';

const load = (file: FileLike): Promise<ImportOutcome> => importLearnerFile(file, COURSE, NOW);
const codeOf = (outcome: ImportOutcome): 'ok' | ImportErrorCode => (outcome.ok ? 'ok' : outcome.code);
const utf16le = (text: string, bom: boolean) =>
	new Uint8Array([
		...(bom ? [0xff, 0xfe] : []),
		...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
	]);
const utf16be = (text: string) =>
	new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
const genuineText = async () => JSON.stringify(await exportOf(), null, 2);

describe('files that are not JSON text', () => {
	it.each<[string, () => FileLike | Promise<FileLike>, ImportErrorCode | 'ok']>([
		['0 byte', () => fileOf('vuoto.json', ''), 'empty'],
		['solo spazi e a capo', () => fileOf('spazi.json', ' \n\t\r\n '), 'empty'],
		['solo il BOM', () => fileOf('bom.json', '\uFEFF'), 'empty'],
		[
			'BOM UTF-8 prima del JSON',
			async () =>
				bytesFile('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(await genuineText())])),
			'ok',
		],
		['UTF-16 LE con BOM', async () => bytesFile('u16.json', utf16le(await genuineText(), true)), 'utf16'],
		['UTF-16 LE senza BOM', async () => bytesFile('u16.json', utf16le(await genuineText(), false)), 'utf16'],
		['UTF-16 BE', async () => bytesFile('u16.json', utf16be(await genuineText())), 'utf16'],
		[
			'ZIP rinominato',
			() =>
				bytesFile('zip.json', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x9c, 0xff, 0x5b, 0x5b])),
			'binary',
		],
		[
			'PNG rinominato',
			() => bytesFile('img.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
			'binary',
		],
		['testo qualsiasi', () => fileOf('testo.json', 'Buongiorno, allego i risultati.'), 'notJson'],
		['JSON troncato', async () => fileOf('tronco.json', (await genuineText()).slice(0, 500)), 'notJson'],
		['array', () => fileOf('a.json', '[1,2,3]'), 'notExport'],
		['stringa', () => fileOf('a.json', '"palestra-social-pa/risultati"'), 'notExport'],
		['numero', () => fileOf('a.json', '42'), 'notExport'],
		['null', () => fileOf('a.json', 'null'), 'notExport'],
		['booleano', () => fileOf('a.json', 'true'), 'notExport'],
	])('%s', async (_label, make, expected) => {
		expect(codeOf(await load(await make()))).toBe(expected);
	});

	it('says in Italian what is wrong with a UTF-16 or binary file', () => {
		expect(t('import.error.utf16')).toContain('UTF-16');
		expect(t('import.error.binary')).toContain('ZIP');
	});

	it('refuses 100 000 levels of nesting without a stack overflow, even inside a plausible export', async () => {
		const deep = `{"format":"palestra-social-pa/risultati","schemaVersion":2,"progress":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
		expect(codeOf(await load(fileOf('profondo.json', deep)))).toBe('tooDeep');
		expect(codeOf(await load(fileOf('profondo.json', '['.repeat(100_000) + ']'.repeat(100_000))))).toBe('tooDeep');
	});

	it('handles a file near the size cap full of entries, quickly', async () => {
		const file = await exportOf(MARIA, (f) => {
			for (let i = 0; i < 12_000; i++) f['progress']['lessons'][`extra/l-${i}`] = { openedAt: f['exportedAt'] };
		});
		const text = JSON.stringify(file);
		expect(text.length).toBeGreaterThan(600_000);
		expect(text.length).toBeLessThan(MAX_FILE_BYTES);
		const start = performance.now();
		expect(codeOf(await load(fileOf('grande.json', text)))).toBe('ok');
		// Only runaway work takes this long; the import speed figures are in npm run bench.
		expect(performance.now() - start).toBeLessThan(10_000);
	});

	it('refuses a file that cannot be read, without throwing', async () => {
		const broken: FileLike = {
			name: 'sparito.json',
			size: 10,
			text: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
		};
		expect(await load(broken)).toEqual({ ok: false, fileName: 'sparito.json', code: 'unreadable' });
	});
});

describe('prototype pollution and duplicate keys', () => {
	it.each([
		['__proto__ in cima', (text: string) => text.replace('{', '{"__proto__":{"polluted":true},')],
		['__proto__ scritto con escape', (text: string) => text.replace('{', '{"\\u005f_proto__":{"polluted":true},')],
		[
			'constructor nel profilo',
			(text: string) => text.replace('"nome":', '"constructor":{"prototype":{"polluted":true}},"nome":'),
		],
		['prototype tra le lezioni', (text: string) => text.replace('"lessons": {', '"lessons": {"prototype":{},')],
	])('%s → forbiddenKeys, Object.prototype intact', async (_label, edit) => {
		const outcome = await load(fileOf('proto.json', edit(await genuineText())));
		expect(codeOf(outcome)).toBe('forbiddenKeys');
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('reads duplicate keys as JSON.parse does (the last one wins) and checks the checksum on that', async () => {
		const text = await genuineText();
		expect(codeOf(await load(fileOf('dup.json', text.replace('"format":', '"format": "altro", "format":'))))).toBe(
			'ok',
		);
		expect(
			codeOf(
				await load(
					fileOf(
						'dup.json',
						text.replace(
							'"format": "palestra-social-pa/risultati"',
							'"format": "palestra-social-pa/risultati", "format": "x"',
						),
					),
				),
			),
		).toBe('notExport');
	});
});

/** A mutation of a genuine file, re-checksummed, and where the refusal must point. */
const WRONG_TYPES: Array<[string, (f: Loose) => void, string]> = [
	[
		'nome numero',
		(f) => (f['progress']['profile']['nome'] = 42),
		'progress.profile.nome: tipo di valore sbagliato (atteso: testo)',
	],
	['nome vuoto', (f) => (f['progress']['profile']['nome'] = '   '), 'progress.profile.nome: campo vuoto'],
	[
		'ente mancante',
		(f) => delete f['progress']['profile']['ente'],
		'progress.profile.ente: tipo di valore sbagliato (atteso: testo)',
	],
	[
		'email non valida',
		(f) => (f['progress']['profile']['email'] = 'non-una-email'),
		'progress.profile.email: indirizzo email non valido',
	],
	[
		'punteggio testo',
		(f) => (f['progress']['quizzes']['quiz-uno']['best'] = '0.8'),
		'progress.quizzes.quiz-uno.best: tipo di valore sbagliato (atteso: numero)',
	],
	[
		'punteggio negativo',
		(f) => (f['progress']['exercises']['es-a']['attempts'][0]['score'] = -0.5),
		'progress.exercises.es-a.attempts.0.score: valore troppo basso (almeno 0)',
	],
	[
		'punteggio oltre 1',
		(f) => (f['progress']['quizzes']['quiz-uno']['score'] = 85),
		'progress.quizzes.quiz-uno.score: valore troppo alto (al massimo 1)',
	],
	[
		'punteggio null',
		(f) => (f['progress']['exercises']['es-a']['attempts'][0]['scores']['name'] = null),
		'progress.exercises.es-a.attempts.0.scores.name: tipo di valore sbagliato (atteso: numero)',
	],
	[
		'verdetto testo',
		(f) => (f['progress']['exercises']['es-a']['attempts'][0]['verdicts']['thanks'] = 'sì'),
		'progress.exercises.es-a.attempts.0.verdicts.thanks',
	],
	[
		'lezioni come elenco',
		(f) => (f['progress']['lessons'] = [1, 2]),
		'progress.lessons: tipo di valore sbagliato (atteso: oggetto)',
	],
	[
		'tentativi come oggetto',
		(f) => (f['progress']['exercises']['es-a']['attempts'] = {}),
		'progress.exercises.es-a.attempts: tipo di valore sbagliato (atteso: elenco)',
	],
	[
		'troppi tentativi',
		(f) =>
			(f['progress']['exercises']['es-a']['attempts'] = Array(21).fill(
				f['progress']['exercises']['es-a']['attempts'][0],
			)),
		'progress.exercises.es-a.attempts: troppi elementi (al massimo 20)',
	],
	[
		'storico vuoto',
		(f) => (f['progress']['quizzes']['quiz-uno']['history'] = []),
		'progress.quizzes.quiz-uno.history: troppo pochi elementi (almeno 1)',
	],
	[
		'data non valida',
		(f) => (f['progress']['updatedAt'] = '2026-02-30T10:00:00.000Z'),
		'progress.updatedAt: data e ora non valide',
	],
	['data in italiano', (f) => (f['exportedAt'] = '3 novembre 2026'), 'exportedAt: data e ora non valide'],
	[
		'data come numero',
		(f) => (f['exportedAt'] = 1_790_000_000_000),
		'exportedAt: tipo di valore sbagliato (atteso: testo)',
	],
	[
		'id di lezione con markup',
		(f) => (f['progress']['lessons']['<img src=x onerror=alert(1)>'] = {}),
		'progress.lessons.<img src=x onerror=alert(1)>: nome di campo non valido',
	],
	['edizione non valida', (f) => (f['course']['version'] = '1.0'), 'course.version: formato non valido'],
	['schemaVersion testo', (f) => (f['schemaVersion'] = '2'), 'schemaVersion'],
	['schemaVersion decimale', (f) => (f['schemaVersion'] = 1.5), 'schemaVersion'],
	['schemaVersion zero', (f) => (f['schemaVersion'] = 0), 'schemaVersion'],
	['versioni discordanti', (f) => (f['progress']['schemaVersion'] = 1), 'progress.schemaVersion'],
	['progress mancante', (f) => delete f['progress'], 'il record non è un oggetto'],
];

describe('wrong types, re-checksummed so the schema is what refuses them', () => {
	it.each(WRONG_TYPES)('%s → invalid, naming the field in Italian', async (_label, change, detail) => {
		const outcome = await load(jsonFile('tipi.json', await exportOf(MARIA, change)));
		expect(outcome).toMatchObject({ ok: false, code: 'invalid' });
		expect(outcome.ok ? '' : outcome.detail).toContain(detail);
		expect(outcome.ok ? '' : outcome.detail).not.toMatch(/Invalid input/u);
	});

	it('reads a number too big for a double (1e999, Infinity once parsed) as a wrong type', async () => {
		const text = JSON.stringify(
			await exportOf(MARIA, (f) => (f['progress']['quizzes']['quiz-uno']['score'] = 123456789)),
		);
		const outcome = await load(fileOf('inf.json', text.replace('123456789', '1e999')));
		// The checksum was made over 123456789, so the edit is caught first; re-signed, the schema catches it.
		expect(codeOf(outcome)).toBe('checksum');
		const file = await exportOf(MARIA, (f) => (f['progress']['quizzes']['quiz-uno']['score'] = null));
		const resigned = JSON.stringify(file).replace('"score":null', '"score":1e999');
		expect(await load(fileOf('inf.json', resigned))).toMatchObject({
			code: 'invalid',
			detail: expect.stringContaining('quiz-uno.score: tipo di valore sbagliato'),
		});
	});
});

describe('times', () => {
	it.each<[string, (f: Loose) => void, 'ok' | ImportErrorCode]>([
		['export poche ore avanti (orologio sfasato)', (f) => (f['exportedAt'] = '2026-12-01T18:00:00.000Z'), 'ok'],
		['export nel futuro', (f) => (f['exportedAt'] = '2027-06-01T10:00:00.000Z'), 'dateFuture'],
		["export nell'anno 9999", (f) => (f['exportedAt'] = '9999-12-31T23:59:59.999Z'), 'dateFuture'],
		// Activity times are not bounded: only the export time picks the newest file (see timestamps.ts).
		[
			"tentativo dopo l'esportazione",
			(f) => (f['progress']['exercises']['es-a']['attempts'][0]['at'] = '2026-11-20T10:00:00.000Z'),
			'ok',
		],
		[
			"lezione nell'anno 0",
			(f) => (f['progress']['lessons']['uno/a']['finishedAt'] = '0000-01-01T00:00:00.000Z'),
			'datePast',
		],
		[
			'lezione nel 1999',
			(f) => (f['progress']['lessons']['uno/a']['openedAt'] = '1999-12-31T23:59:59.999Z'),
			'datePast',
		],
		['export senza millisecondi', (f) => (f['exportedAt'] = '2026-11-02T12:00:00Z'), 'dateFormat'],
		[
			'quiz con nanosecondi',
			(f) => (f['progress']['quizzes']['quiz-uno']['history'][0]['at'] = '2026-11-02T11:00:00.000000001Z'),
			'dateFormat',
		],
	])('%s', async (_label, change, expected) => {
		const outcome = await load(jsonFile('date.json', await exportOf(MARIA, change)));
		expect(codeOf(outcome)).toBe(expected);
		if (!outcome.ok) expect(outcome.detail).toMatch(/^[\w.\-/]+ = /u);
	});
});

describe('checksum, course and version', () => {
	it.each<[string, (f: Loose) => Loose, 'ok' | ImportErrorCode]>([
		['senza checksum', ({ checksum: _c, ...rest }) => rest, 'noChecksum'],
		['checksum null', (f) => ({ ...f, checksum: null }), 'noChecksum'],
		['checksum senza valore', (f) => ({ ...f, checksum: { algorithm: 'SHA-256' } }), 'noChecksum'],
		['checksum come stringa', (f) => ({ ...f, checksum: f['checksum']['value'] }), 'noChecksum'],
		['valore numerico', (f) => ({ ...f, checksum: { algorithm: 'SHA-256', value: 12345 } }), 'badChecksum'],
		['valore troppo corto', (f) => ({ ...f, checksum: { algorithm: 'SHA-256', value: 'abc123' } }), 'badChecksum'],
		[
			'valore non esadecimale',
			(f) => ({ ...f, checksum: { algorithm: 'SHA-256', value: 'g'.repeat(64) } }),
			'badChecksum',
		],
		['altro algoritmo', (f) => ({ ...f, checksum: { ...f['checksum'], algorithm: 'MD5' } }), 'badChecksum'],
		[
			'esadecimale maiuscolo',
			(f) => ({ ...f, checksum: { ...f['checksum'], value: String(f['checksum']['value']).toUpperCase() } }),
			'ok',
		],
		['checksum giusto, contenuto alterato', (f) => ({ ...f, progress: { ...f['progress'], quizzes: {} } }), 'checksum'],
		['checksum di un altro file', (f) => ({ ...f, checksum: { ...f['checksum'], value: '0'.repeat(64) } }), 'checksum'],
	])('%s', async (_label, change, expected) => {
		expect(codeOf(await load(jsonFile('c.json', change(await exportOf()))))).toBe(expected);
	});

	it('keeps the checksum lowercase once loaded, as the schema says', async () => {
		const file = await exportOf();
		const outcome = await load(
			jsonFile('c.json', {
				...file,
				checksum: { ...file['checksum'], value: String(file['checksum']['value']).toUpperCase() },
			}),
		);
		expect(outcome.ok && outcome.learner.file.checksum.value).toBe(file['checksum']['value']);
	});

	it('refuses another course (in the envelope or in the progress) and a future version', async () => {
		expect(
			await load(jsonFile('a.json', await exportOf(MARIA, (f) => (f['course']['id'] = 'altro-corso')))),
		).toMatchObject({ code: 'otherCourse', detail: 'altro-corso' });
		expect(
			await load(jsonFile('a.json', await exportOf(MARIA, (f) => (f['progress']['courseId'] = 'altro-corso')))),
		).toMatchObject({ code: 'otherCourse', detail: 'altro-corso' });
		expect(await load(jsonFile('a.json', await exportOf(MARIA, (f) => delete f['course'])))).toMatchObject({
			code: 'otherCourse',
			detail: '?',
		});
		expect(
			await load(
				jsonFile(
					'v.json',
					await exportOf(MARIA, (f) => ((f['schemaVersion'] = 3), (f['progress']['schemaVersion'] = 3))),
				),
			),
		).toMatchObject({ code: 'newerVersion', detail: '3' });
	});
});

describe('hostile text', () => {
	it.each([
		['markup', { nome: '<img src=x onerror=alert(1)>', cognome: '<script>alert(1)</script>' }],
		['emoji e accenti', { nome: 'Nicolò 👩🏽‍💻', cognome: "D'Amato 🇮🇹" }],
		['formula', { nome: '=1+1', ente: '@SOMMA(A1)', matricola: '-2+3', classe: '+A;B"C' }],
	])('loads %s unchanged, as data', async (_label, fields) => {
		const profile = { ...MARIA, ...fields };
		const outcome = await load(jsonFile('p.json', await exportOf(profile)));
		expect(outcome.ok && outcome.learner.file.progress.profile).toEqual(profile);
	});

	it.each([
		['bidi override U+202E', { nome: 'Maria\u202Eairam' }, 'progress.profile.nome: contiene caratteri non ammessi'],
		['isolamento bidi U+2067', { cognome: '\u2067Rossi' }, 'progress.profile.cognome: contiene caratteri non ammessi'],
		['a capo nel nome', { nome: 'Maria\nRossi' }, 'progress.profile.nome: contiene caratteri non ammessi'],
		['a capo nel codice classe', { classe: 'A\r\nB' }, 'progress.profile.classe: contiene caratteri non ammessi'],
		[
			'nome di 1 MB',
			{ nome: 'x'.repeat(900_000) },
			'progress.profile.nome: testo troppo lungo (al massimo 100 caratteri)',
		],
	])('refuses %s, naming the field', async (_label, fields, detail) => {
		const outcome = await load(jsonFile('p.json', await exportOf({ ...MARIA, ...fields })));
		expect(outcome).toMatchObject({ ok: false, code: 'invalid' });
		expect(outcome.ok ? '' : outcome.detail).toContain(detail);
	});

	it('quotes nothing invisible or huge from the file in a refusal', async () => {
		const key = `\u202E${'k'.repeat(500_000)}`;
		const outcome = await load(jsonFile('k.json', await exportOf(MARIA, (f) => (f['progress']['lessons'][key] = {}))));
		expect(outcome).toMatchObject({ ok: false, code: 'invalid' });
		const detail = outcome.ok ? '' : (outcome.detail ?? '');
		expect(detail.length).toBeLessThanOrEqual(MAX_DETAIL);
		expect(detail).not.toMatch(/[\p{Cc}\p{Cf}]/u);
		const other = await load(
			jsonFile('o.json', await exportOf(MARIA, (f) => (f['course']['id'] = `\u202E\u200B${'z'.repeat(10_000)}`))),
		);
		expect(other.ok ? '' : other.detail).toMatch(/^z+…$/u);
	});

	it('keeps markup in a file name as text but drops bidi overrides and zero-width characters', async () => {
		const outcome = await load(fileOf('<img src=x onerror=alert(1)>\u202Enosj.exe\u200B', await genuineText()));
		expect(outcome.ok && outcome.learner.fileName).toBe('<img src=x onerror=alert(1)>nosj.exe');
	});

	it('has an Italian message for every refusal code', () => {
		const codes: Record<ImportErrorCode, true> = {
			notJson: true,
			tooDeep: true,
			forbiddenKeys: true,
			utf16: true,
			binary: true,
			dateFormat: true,
			datePast: true,
			dateFuture: true,
			unreadable: true,
			unexpected: true,
			tooLarge: true,
			empty: true,
			notExport: true,
			newerVersion: true,
			noChecksum: true,
			badChecksum: true,
			checksum: true,
			otherCourse: true,
			invalid: true,
		};
		for (const code of Object.keys(codes))
			expect(t(`import.error.${code as ImportErrorCode}`, { detail: 'x' })).toMatch(/^[a-z\u00C0-\u017F].*[.]$/u);
	});
});
