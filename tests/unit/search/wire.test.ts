import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../src/search/buildIndex';
import { lunr } from '../../../src/search/italian';
import { parsePayload } from '../../../src/search/payload';
import { packIndex, unpackIndex, type LunrIndexJson } from '../../../src/search/wire';
import { FIXTURE_DOCS } from './fixtures';

describe('packed index', () => {
	const packed = buildSearchPayload(FIXTURE_DOCS).index;
	const original = lunr.Index.load(unpackIndex(packed)).toJSON() as LunrIndexJson;

	it('unpacks to exactly the JSON lunr wrote', () => {
		expect(JSON.stringify(unpackIndex(packIndex(original)))).toBe(JSON.stringify(original));
	});

	it('stores term numbers as gaps and scores as integers', () => {
		for (const [, ...values] of packed.vectors) {
			expect(values.every(Number.isInteger)).toBe(true);
			expect(values.filter((_v, i) => i % 2 === 0).every((gap) => gap >= 0)).toBe(true);
		}
	});

	it('names only the Italian stemmer as search pipeline (all the browser must register)', () => {
		expect(packed.pipeline).toEqual(['stemmer-it']);
	});
});

describe('parsePayload', () => {
	const good = JSON.parse(JSON.stringify(buildSearchPayload(FIXTURE_DOCS))) as Record<string, unknown>;

	it('accepts what the build writes', () => {
		expect(parsePayload(good)).toBeDefined();
	});

	it.each<[string, unknown]>([
		['null', null],
		['an array', []],
		['another version', { ...good, version: 2 }],
		['no index', { ...good, index: undefined }],
		[
			'a document of an unknown kind',
			{ ...good, docs: [{ kind: 'video', title: 't', context: 'c', url: '/x/', snippet: '' }] },
		],
		[
			'a document with an absolute URL',
			{ ...good, docs: [{ kind: 'lesson', title: 't', context: 'c', url: 'javascript:alert(1)', snippet: '' }] },
		],
		['non-integer vector values', { ...good, index: { ...(good['index'] as object), vectors: [['title/0', 1.5]] } }],
	])('refuses %s', (_what, json) => {
		expect(parsePayload(json)).toBeUndefined();
	});
});
