import { describe, expect, it, vi } from 'vitest';
import { search } from '../../../src/search/query';
import type { Segment } from '../../../src/search/snippet';
import { fixtureEngine } from './fixtures';

const engine = fixtureEngine();
const urls = (query: unknown) => search(engine, query).hits.map((h) => h.doc.url);
const show = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('search: finding', () => {
	it.each([
		[
			'stemming: "ringraziamenti" finds a lesson that says "ringraziare"',
			'ringraziamenti',
			'/tre-consigli/ringraziare/',
		],
		['accents folded on the query side: "perche" finds "Perché"', 'perche', '/scrivere-chiaro/perche/'],
		['accents folded on the index side: "città" finds "città" and "CITTA" too', 'CITTA', '/scrivere-chiaro/perche/'],
		['plural query, singular text', 'offensivi', '/moderazione/commenti/'],
		['a half-typed word', 'ringr', '/tre-consigli/ringraziare/'],
		['a one-letter typo', 'ringrazziare', '/tre-consigli/ringraziare/'],
		['numbers', '2019', '/casi/inps/'],
		['a glossary term made of stop words but one', 'a seguito di', '/glossario/#a-seguito-di'],
	])('%s', (_what, query, url) => {
		expect(urls(query)[0]).toBe(url);
	});

	it('finds nothing for unknown words', () => {
		expect(search(engine, 'qwertyuiop')).toEqual({ words: ['qwertyuiop'], total: 0, hits: [] });
	});

	it('ignores stop words when the query has other words', () => {
		expect(urls('perché commenti')[0]).toBe('/moderazione/commenti/');
	});
});

describe('search: hostile input never throws', () => {
	const hostile: unknown[] = [
		'*:~^+-',
		'*~^:',
		'title:ringraziare',
		'ringraziare~2^10 +commenti -spam',
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'"',
		"'",
		'',
		'   ',
		'\\',
		'x'.repeat(10_000),
		'ringraziare '.repeat(2_000),
		'\u0000\uFFFF\uD800',
		null,
		undefined,
		{ toString: () => 'ringraziare' },
	];
	it.each(hostile.map((h) => [String(h).slice(0, 30), h]))('%j', (_label, input) => {
		expect(() => search(engine, input)).not.toThrow();
	});

	it('answers a 10,000-character query quickly', () => {
		const start = performance.now();
		search(engine, 'ringraziare commenti '.repeat(500));
		// Only runaway work takes this long; the query speed figures are in npm run bench.
		expect(performance.now() - start).toBeLessThan(5000);
	});

	it('keeps markup in content as text inside snippet segments', () => {
		const hit = search(engine, 'script alert', 10, 200).hits.find((h) => h.doc.url === '/moderazione/commenti/');
		expect(hit).toBeDefined();
		expect(hit?.snippet.every((s) => typeof s.text === 'string' && typeof s.match === 'boolean')).toBe(true);
	});

	it('does not write to the console', () => {
		const spies = (['log', 'warn', 'error'] as const).map((m) =>
			vi.spyOn(console, m).mockImplementation(() => undefined),
		);
		for (const q of hostile) search(engine, q);
		for (const spy of spies) {
			expect(spy).not.toHaveBeenCalled();
			spy.mockRestore();
		}
	});
});

describe('search: results', () => {
	it('highlights the matched words in title and snippet, as written', () => {
		const [hit] = search(engine, 'ringraziamenti').hits;
		expect(show(hit?.title ?? [])).toBe('[Ringraziare], e quando non farlo');
		expect(show(hit?.snippet ?? [])).toBe('Perché [ringraziare] chi commenta migliora il dialogo.');
	});

	it('highlights accented words found by an unaccented query', () => {
		const [hit] = search(engine, 'perche').hits;
		expect(show(hit?.title ?? [])).toBe('[Perché] scrivere chiaro');
	});

	it('counts every match but details only `limit` of them', () => {
		const all = search(engine, 'risposta commento ringraziare 2019 seguito');
		const some = search(engine, 'risposta commento ringraziare 2019 seguito', 2);
		expect(some.total).toBe(all.total);
		expect(some.hits).toHaveLength(2);
		expect(some.hits.map((h) => h.doc.url)).toEqual(all.hits.slice(0, 2).map((h) => h.doc.url));
	});

	it('ranks a title match above a body match', () => {
		const found = urls('chiaro');
		expect(found[0]).toBe('/scrivere-chiaro/perche/');
	});
});
