import { describe, expect, it } from 'vitest';
import { ALL_CLASSES, classCodes, classFilter, classStats, filterRows } from '../../../src/classroom/aggregate';
import { BOM } from '../../../src/classroom/csv';
import { learnerKey } from '../../../src/classroom/dedupe';
import { csvHeader, hrCsv } from '../../../src/classroom/hrCsv';
import type { FileLike } from '../../../src/classroom/importFile';
import { addFiles, emptyRegister } from '../../../src/classroom/register';
import type { Profile } from '../../../src/progress/schema';
import { bytesFile, exportOf, fileOf, jsonFile, MARIA, NOW, plan } from './builders';

/** A strict RFC 4180 reader (semicolons, CRLF): throws on anything a spreadsheet could read two ways. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let cell = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('virgolette non chiuse');
				if (text[i] === '"' && text[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (text[i] === '"') {
					break;
				} else cell += text[i++];
			}
			i++;
		} else {
			while (i < text.length && !/[;\r\n]/u.test(text[i]!)) {
				if (text[i] === '"')
					throw new Error(`virgolette in una cella senza virgolette: ${JSON.stringify(text.slice(i - 10, i + 10))}`);
				cell += text[i++];
			}
		}
		row.push(cell);
		if (text[i] === ';') i++;
		else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else throw new Error(`fine riga non CRLF a ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
	}
	if (row.length > 0) throw new Error('ultima riga senza CRLF');
	return rows;
}

/** A cell a spreadsheet could run: after what it may skip (spaces, invisible characters, quotes), a formula sign. */
const live = (cell: string): boolean =>
	/^[\s\p{Cf}"'`\u201C\u201D]*[=+\-@\u2212\t\r]/u.test(cell.normalize('NFKC')) && !cell.startsWith("'");

const INJECTIONS = [
	'=1+1',
	'+1',
	'-1',
	'@SOMMA(A1)',
	'\u0009=1',
	' =cmd|" /C calc"!A0',
	'"=1"',
	'\u200B=1',
	'＝1+1',
	'﹢1',
	'＠A1',
	'−1',
	'a;b"c',
	"'=già neutro",
];

describe('a batch of hostile and broken files', () => {
	it('refuses the bad ones with a reason, loads the good ones, and never throws', async () => {
		const broken: FileLike = {
			name: 'illeggibile.json',
			size: 3,
			text: () => Promise.reject(new Error('NotReadableError')),
		};
		const files: FileLike[] = [
			jsonFile('buono.json', await exportOf()),
			fileOf('vuoto.json', ''),
			bytesFile('zip.json', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])),
			fileOf('profondo.json', '['.repeat(100_000)),
			fileOf('proto.json', '{"__proto__":{"x":1}}'),
			broken,
			jsonFile(
				'futuro.json',
				await exportOf({ ...MARIA, nome: 'Futuro' }, (f) => (f['exportedAt'] = '2099-01-01T00:00:00.000Z')),
			),
			jsonFile('<b>altro</b>.json', await exportOf({ ...MARIA, nome: 'Anna' })),
		];
		const { register, summary } = await addFiles(emptyRegister(), files, plan, NOW);
		expect(summary).toEqual({ read: 8, loaded: 2, refused: 6 });
		expect(register.learners.map((l) => l.fileName)).toEqual(['buono.json', '<b>altro</b>.json']);
		expect(register.refused.map((r) => [r.fileName, r.code])).toEqual([
			['vuoto.json', 'empty'],
			['zip.json', 'binary'],
			['profondo.json', 'tooDeep'],
			['proto.json', 'forbiddenKeys'],
			['illeggibile.json', 'unreadable'],
			['futuro.json', 'dateFuture'],
		]);
	});
});

describe('who is the same learner', () => {
	const same: Array<[string, Partial<Profile>]> = [
		['maiuscole e spazi', { nome: '  MARIA ', cognome: 'rossi', ente: 'Comune  di   Valverde' }],
		['caratteri a larghezza piena', { nome: 'Ｍａｒｉａ' }],
		['spazio di larghezza zero', { nome: 'Ma\u200Bria', cognome: 'Ros\u200Dsi' }],
		['accenti scomposti (NFD)', { ente: 'Comune di Valverde'.normalize('NFD') }],
		['email e classe diverse', { email: 'maria@valverde.it', classe: 'B' }],
	];
	it.each(same)('%s: same learner', (_label, fields) => {
		expect(learnerKey({ ...MARIA, ...fields })).toBe(learnerKey(MARIA));
	});

	const different: Array<[string, Partial<Profile>]> = [
		['un accento in più', { nome: 'Marìa' }],
		['altra matricola', { matricola: '42' }],
		['altro ente', { ente: 'Comune di Montalto' }],
	];
	it.each(different)('%s: another learner', (_label, fields) => {
		expect(learnerKey({ ...MARIA, ...fields })).not.toBe(learnerKey(MARIA));
	});

	it('keeps the later export by instant and says why', async () => {
		const older = jsonFile('z-vecchio.json', await exportOf(MARIA, () => {}, { day: 2 }));
		const newer = jsonFile('a-nuovo.json', await exportOf({ ...MARIA, nome: 'MARIA' }, () => {}, { day: 3 }));
		for (const order of [
			[older, newer],
			[newer, older],
		]) {
			const { register } = await addFiles(emptyRegister(), order, plan, NOW);
			expect(register.learners.map((l) => l.fileName)).toEqual(['a-nuovo.json']);
			expect(register.duplicates).toMatchObject([{ kept: 'a-nuovo.json', dropped: 'z-vecchio.json', reason: 'older' }]);
		}
	});

	it('with identical export times, keeps the later activity whatever the order, and asks to check', async () => {
		const early = jsonFile('b.json', await exportOf(MARIA));
		const late = jsonFile(
			'a.json',
			await exportOf(MARIA, (f) => (f['progress']['updatedAt'] = '2026-11-02T11:30:00.000Z')),
		);
		for (const order of [
			[early, late],
			[late, early],
		]) {
			const { register } = await addFiles(emptyRegister(), order, plan, NOW);
			expect(register.learners.map((l) => l.fileName)).toEqual(['a.json']);
			expect(register.duplicates).toMatchObject([{ kept: 'a.json', dropped: 'b.json', reason: 'sameTime' }]);
		}
	});

	it('counts the same file chosen twice once, and says so', async () => {
		const file = await exportOf();
		const first = await addFiles(emptyRegister(), [jsonFile('maria.json', file)], plan, NOW);
		const again = await addFiles(first.register, [jsonFile('maria (1).json', file)], plan, NOW);
		expect(again.register.rows).toHaveLength(1);
		expect(again.register.learners[0]).toBe(first.register.learners[0]);
		expect(again.register.duplicates).toMatchObject([
			{ kept: 'maria.json', dropped: 'maria (1).json', reason: 'identical' },
		]);
	});
});

describe('class figures', () => {
	it('counts the tips over the course exercises only: made-up exercises do not outweigh the class', async () => {
		const honest = await exportOf(MARIA);
		const flood = await exportOf({ ...MARIA, nome: 'Bruno' }, (f) => {
			const attempt = {
				...f['progress']['exercises']['es-a']['attempts'][0],
				verdicts: { detailed: true, name: false, thanks: true },
				scores: { detailed: 1, name: 0, thanks: 1 },
			};
			for (let i = 0; i < 2000; i++)
				f['progress']['exercises'][`finto-${i}`] = { attempts: [attempt], revealedModel: false };
		});
		const { register } = await addFiles(
			emptyRegister(),
			[jsonFile('m.json', honest), jsonFile('b.json', flood)],
			plan,
			NOW,
		);
		const stats = classStats(filterRows(register.rows, ALL_CLASSES));
		expect(stats.tips.find((s) => s.tip === 'name')).toMatchObject({ applicable: 2, met: 2 });
		expect(stats.weakest).toBeUndefined();
	});
});

describe('the HR CSV with hostile text everywhere', () => {
	it('stays well formed (same column count on every row) and has no live formula', async () => {
		const files: FileLike[] = [];
		for (const [i, text] of INJECTIONS.entries()) {
			const profile: Profile = {
				nome: text,
				cognome: `${text}${i}`,
				ente: text,
				matricola: text,
				classe: text,
				email: `+${i}-cmd@evil.example`,
			};
			files.push(jsonFile(`${text}.json`, await exportOf(profile)));
		}
		files.push(jsonFile('classe.json', await exportOf({ ...MARIA, classe: 'PA;2026 "A"' })));
		const { register, summary } = await addFiles(emptyRegister(), files, plan, NOW);
		expect(summary.refused).toBe(0);
		const csv = hrCsv(filterRows(register.rows, ALL_CLASSES), plan);
		expect(csv.startsWith(BOM)).toBe(true);
		const rows = parseCsv(csv.slice(BOM.length));
		expect(rows).toHaveLength(INJECTIONS.length + 2);
		for (const row of rows) expect(row).toHaveLength(csvHeader(plan).length);
		const liveCells = rows.flat().filter(live);
		expect(liveCells).toEqual([]);
		// What the learner typed is still there, after the apostrophe.
		expect(rows.flat()).toContain("'＝1+1");
		expect(rows.flat()).toContain('PA;2026 "A"');
	});

	it('filters by a class code with separators and quotes', async () => {
		const { register } = await addFiles(
			emptyRegister(),
			[
				jsonFile('c.json', await exportOf({ ...MARIA, classe: 'tutte' })),
				jsonFile('d.json', await exportOf({ ...MARIA, nome: 'Dario', classe: 'A;"B"' })),
			],
			plan,
			NOW,
		);
		expect(classCodes(register.rows)).toEqual(['A;"B"', 'tutte']);
		expect(filterRows(register.rows, classFilter('A;"B"')).map((r) => r.file.progress.profile.nome)).toEqual(['Dario']);
		expect(filterRows(register.rows, classFilter('tutte'))).toHaveLength(1);
	});
});
