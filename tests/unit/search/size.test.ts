// The real course, read from the content files: the index must stay within its size budget, and the
// searches the course promises must work on the real text.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../src/search/buildIndex';
import { buildDocuments } from '../../../src/search/documents';
import { parsePayload } from '../../../src/search/payload';
import { loadEngine, search } from '../../../src/search/query';
import { readSearchSources } from './sources';

/** Budget from issue 7: the serialised index, gzip, for the whole course. */
const INDEX_BUDGET_GZIP = 80 * 1024;

const sources = readSearchSources();
const docs = buildDocuments(sources);
const payload = buildSearchPayload(docs);
const json = JSON.stringify(payload);
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe('search index of the real course', () => {
	it('stays within 80 KB gzip (index alone and whole file)', () => {
		const indexGzip = gzip(JSON.stringify(payload.index));
		console.info(
			`search index: ${(indexGzip / 1024).toFixed(1)} KB gzip; whole file ${(gzip(json) / 1024).toFixed(1)} KB gzip (${(json.length / 1024).toFixed(0)} KB raw), ${docs.length} documents`,
		);
		expect(indexGzip).toBeLessThanOrEqual(INDEX_BUDGET_GZIP);
		expect(gzip(json)).toBeLessThanOrEqual(INDEX_BUDGET_GZIP);
	});

	it('has one document per lesson and case study, and every glossary entry', () => {
		const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
		expect(count('lesson')).toBe(sources.lessons.length);
		expect(count('case')).toBe(sources.cases.length);
		expect(count('glossary')).toBe(sources.glossary.length);
		expect(count('exercise')).toBeGreaterThan(0);
	});

	// The searches below run on the index as the browser gets it, through JSON and parsePayload: if
	// the round trip is refused, the suite fails instead of searching the unserialised payload.
	const parsed = parsePayload(JSON.parse(json));
	if (!parsed) throw new Error('parsePayload refused the serialised search index');
	const engine = loadEngine(parsed);
	it.each([
		['ringraziamenti', 'tre-consigli/ringraziare'],
		['perche', 'scrivere-chiaro/perche-scrivere-chiaro'],
		['commenti offensivi', 'moderazione/'],
		['dati personali', 'privacy/'],
	])('"%s" lists %s among the first three results', (query, url) => {
		const top = search(engine, query, 3).hits.map((h) => h.doc.url);
		expect(top.some((u) => u.includes(url))).toBe(true);
	});

	it('indexes deep in a lesson, not only its opening', () => {
		expect(search(engine, 'Peschiera Borromeo').hits[0]?.doc.url).toBe('/tre-consigli/ringraziare/');
	});
});
