import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/progress/canonical';
import { buildExport, exportChecksum, exportFileName, serialiseExport } from '../../../src/progress/exportFile';
import { exportFileSchema } from '../../../src/progress/schema';
import { completedStore, plan } from './fixtures';

describe('canonical JSON', () => {
	it.each([
		[{ b: 1, a: [3, { d: true, c: null }] }, '{"a":[3,{"c":null,"d":true}],"b":1}'],
		[{ z: undefined, y: 'città "x"' }, '{"y":"città \\"x\\""}'],
		[[undefined, Number.NaN, 0.1], '[null,null,0.1]'],
		['testo', '"testo"'],
	])('writes %j as %s', (value, expected) => {
		expect(canonicalJson(value)).toBe(expected);
	});

	it('does not depend on key order', () => {
		expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
	});
});

describe('SHA-256', () => {
	it('matches the FIPS 180-2 test vectors', async () => {
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});
});

describe('export file', () => {
	it('is valid, drops drafts, and its checksum survives a JSON round trip', async () => {
		const store = completedStore();
		store.saveDraft('es-a', 'bozza personale');
		const file = await buildExport(store.state, store.state.profile!, plan.course, new Date('2026-11-05T10:00:00Z'));
		const text = serialiseExport(file);
		expect(text).not.toContain('bozza personale');
		const parsed = JSON.parse(text) as Record<string, unknown>;
		expect(exportFileSchema.safeParse(parsed).success).toBe(true);
		const { checksum, ...body } = parsed as { checksum: { value: string } };
		expect(await exportChecksum(body)).toBe(checksum.value);
	});

	it('gets a different checksum when one score changes', async () => {
		const store = completedStore();
		const file = await buildExport(store.state, store.state.profile!, plan.course, new Date('2026-11-05T10:00:00Z'));
		const { checksum, ...body } = JSON.parse(serialiseExport(file)) as {
			checksum: { value: string };
			progress: { quizzes: { finale: { best: number } } };
		};
		body.progress.quizzes.finale.best = 1;
		expect(await exportChecksum(body)).not.toBe(checksum.value);
	});

	it('names the file after the learner, in plain ASCII', () => {
		expect(exportFileName({ nome: 'Niccolò', cognome: "D'Amico", ente: 'x' }, new Date('2026-11-05T10:00:00Z'))).toBe(
			'risultati-d-amico-niccolo-2026-11-05.json',
		);
		expect(exportFileName({ nome: '红', cognome: '<>', ente: 'x' }, new Date('2026-11-05T10:00:00Z'))).toBe(
			'risultati-corsista-2026-11-05.json',
		);
	});
});
