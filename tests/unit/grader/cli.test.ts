// The `grade` command: the pure line handler, then the real CLI through npx tsx.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/grader/cli';

const GOOD = {
	id: 'r1',
	author: 'Giulia Ferri',
	comment: 'Quando passa la plastica in via Verdi?',
	reply: 'Ciao Giulia, grazie! In via Verdi la plastica passa il mercoledì dalle 6 alle 12.',
};

describe('gradeLine', () => {
	it('judges a valid line with the documented shape', () => {
		const out = gradeLine(JSON.stringify(GOOD));
		expect(out).toMatchObject({ id: 'r1' });
		expect(out && 'score' in out && out.score).toBeGreaterThan(0.9);
		expect(Object.keys(out ?? {})).toEqual(['id', 'criteria', 'score', 'conduct', 'advice']);
		if (out && 'criteria' in out) {
			expect(Object.keys(out.criteria)).toEqual(['detailed', 'name', 'thanks']);
			expect(Object.keys(out.criteria.name)).toEqual(['met', 'score', 'evidence', 'feedback']);
		}
	});

	it('passes offensive, keyFacts and previousReplies through', () => {
		const out = gradeLine(
			JSON.stringify({ ...GOOD, offensive: true, keyFacts: [{ label: 'il giorno', variants: ['mercoledì'] }] }),
		);
		expect(out && 'criteria' in out && out.criteria.thanks.met).toBeNull();
	});

	it('lists the key facts and the advice, so a wrong or invented value is visible in the output', () => {
		const out = gradeLine(
			JSON.stringify({
				...GOOD,
				reply: 'Ciao Giulia, grazie! In via Verdi la plastica passa il giovedì dalle 6 alle 12, pratica n. 4521.',
				keyFacts: [{ label: 'il giorno', variants: ['mercoledì'], kind: 'weekday' }],
				factSheet: 'In via Verdi la plastica si raccoglie il mercoledì dalle 6 alle 12.',
			}),
		);
		expect(out && 'keyFacts' in out && out.keyFacts).toEqual([
			expect.objectContaining({ label: 'il giorno', found: false, wrong: 'giovedì' }),
		]);
		expect(out && 'advice' in out && out.advice.map((a) => a.kind)).toContain('invented');
	});

	it('takes the rest of the thread: a value the citizen wrote earlier is not invented', () => {
		const line = (thread?: string[]) =>
			gradeLine(
				JSON.stringify({
					...GOOD,
					reply: 'Ciao Giulia, grazie! Il permesso scade il 30 novembre: si rinnova online.',
					factSheet: 'Il permesso si rinnova online con SPID.',
					...(thread ? { thread } : {}),
				}),
			);
		const invented = (out: ReturnType<typeof gradeLine>) =>
			out && 'advice' in out ? out.advice.filter((a) => a.kind === 'invented') : [];
		expect(invented(line())).toHaveLength(1);
		expect(invented(line(['Il mio permesso scade il 30 novembre, come lo rinnovo?', 'venerdì alle 19:02']))).toEqual(
			[],
		);
	});

	it('judges a private message as one: the data it asks for may be asked there', () => {
		const line = (channel?: string) =>
			gradeLine(
				JSON.stringify({
					...GOOD,
					reply: 'Ciao Giulia, grazie! Scrivici il tuo codice fiscale, così controlliamo il calendario di via Verdi.',
					...(channel ? { channel } : {}),
				}),
			);
		const kinds = (out: ReturnType<typeof gradeLine>) =>
			out && 'conduct' in out ? out.conduct.map((f) => f.kind) : null;
		expect(kinds(line())).toEqual(['personal-data']);
		expect(kinds(line('public'))).toEqual(['personal-data']);
		expect(kinds(line('private'))).toEqual([]);
	});

	it.each([
		['not JSON', 'questa non è una riga JSON', null, 'JSON'],
		['a thread that is not a list', JSON.stringify({ ...GOOD, thread: 'x' }), 'r1', '"thread"'],
		['a JSON array', '[1,2]', null, 'oggetto'],
		['a missing reply', JSON.stringify({ id: 'x', author: 'A', comment: 'B' }), 'x', '"reply"'],
		['a non-string author', JSON.stringify({ id: 3, author: 7, comment: 'B', reply: 'C' }), 3, '"author"'],
		['a non-boolean offensive', JSON.stringify({ ...GOOD, offensive: 'sì' }), 'r1', '"offensive"'],
		['keyFacts that are not a list', JSON.stringify({ ...GOOD, keyFacts: 'x' }), 'r1', '"keyFacts"'],
		['an unknown channel', JSON.stringify({ ...GOOD, channel: 'privato' }), 'r1', '"channel"'],
	])('reports %s with the id and the field', (_, line, id, field) => {
		const out = gradeLine(line);
		expect(out).toMatchObject({ id });
		expect(out && 'error' in out && out.error).toContain(field);
	});

	it('skips blank lines', () => {
		expect(gradeLine('')).toBeNull();
		expect(gradeLine('   \t')).toBeNull();
	});
});

describe('grade CLI', () => {
	it('streams one output line per input line, in order, and goes on after broken lines', () => {
		const input = [
			JSON.stringify(GOOD),
			'{broken',
			'',
			JSON.stringify({ id: 'r2', author: 'Marco', comment: 'x' }),
			JSON.stringify({ ...GOOD, id: 'r3' }),
		].join('\n');
		const run = spawnSync('npx', ['tsx', 'scripts/grade.ts'], {
			cwd: join(import.meta.dirname, '../../..'),
			input,
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(run.status, run.stderr).toBe(0);
		const lines = run.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { id: unknown; error?: string; score?: number });
		expect(lines.map((l) => l.id)).toEqual(['r1', null, 'r2', 'r3']);
		expect(lines[1]?.error).toContain('JSON');
		expect(lines[2]?.error).toContain('"reply"');
		expect(lines[3]?.score).toBeGreaterThan(0.9);
	}, 60_000);
});
