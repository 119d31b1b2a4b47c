// Search figures for `npm run bench` (which builds first): the size of the built index and how fast
// queries run on it, through the same code the browser uses.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parsePayload } from '../src/search/payload';
import { loadEngine, search } from '../src/search/query';

const INDEX_FILE = 'dist/search-index.json';
/** What learners type: whole words, inflected forms, missing accents, half-typed words, phrases. */
const QUERIES = [
	'ringraziamenti',
	'commenti offensivi',
	'perche',
	'dati personali',
	'social media policy',
	'crisi inps',
	'gulpease',
	'chiamare per nome',
	'a seguito di',
	'allerta meteo',
	'ringr',
	'citta',
];
/** Runs of the whole query set; the first is a warm-up and is not timed. */
const ROUNDS = 21;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Index size (raw and gzip) and median query time, as label/value rows. */
export function benchSearch(): Array<{ label: string; value: string }> {
	if (!existsSync(INDEX_FILE)) return [{ label: 'search index', value: `${INDEX_FILE} missing: run npx astro build` }];
	const text = readFileSync(INDEX_FILE, 'utf8');
	const loadStart = performance.now();
	const payload = parsePayload(JSON.parse(text));
	if (!payload) return [{ label: 'search index', value: `${INDEX_FILE} has an unexpected shape` }];
	const engine = loadEngine(payload);
	const loadMs = performance.now() - loadStart;
	const times: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (const query of QUERIES) {
			const start = performance.now();
			search(engine, query, 6, 110);
			if (round > 0) times.push(performance.now() - start);
		}
	}
	const index = JSON.stringify(payload.index);
	return [
		{ label: 'serialised index (raw / gzip, budget 80 KB gzip)', value: `${kb(index.length)} / ${kb(gzip(index))}` },
		{
			label: 'whole search-index.json with result texts (raw / gzip)',
			value: `${kb(text.length)} / ${kb(gzip(text))}`,
		},
		{ label: 'documents', value: String(payload.docs.length) },
		{ label: 'parse + load in lunr', value: `${loadMs.toFixed(1)} ms` },
		{ label: `median query time (${QUERIES.length} queries × ${ROUNDS - 1})`, value: `${median(times).toFixed(2)} ms` },
	];
}
