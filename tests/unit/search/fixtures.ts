// A tiny course for search tests: a few documents with the words the tests look for.
import type { SearchDocument } from '../../../src/search/documents';
import { buildSearchPayload } from '../../../src/search/buildIndex';
import { parsePayload } from '../../../src/search/payload';
import { loadEngine, type SearchEngine } from '../../../src/search/query';

const doc = (d: Partial<SearchDocument> & Pick<SearchDocument, 'title' | 'url'>): SearchDocument => ({
	kind: 'lesson',
	context: 'Modulo di prova',
	keywords: '',
	summary: '',
	body: '',
	snippet: d.summary ?? '',
	...d,
});

/** Documents covering stemming, accents, stop words in titles and markup in content. */
export const FIXTURE_DOCS: SearchDocument[] = [
	doc({
		title: 'Ringraziare, e quando non farlo',
		url: '/tre-consigli/ringraziare/',
		summary: 'Perché ringraziare chi commenta migliora il dialogo.',
		body: 'Ringrazia per qualcosa di preciso.',
	}),
	doc({
		title: 'Perché scrivere chiaro',
		url: '/scrivere-chiaro/perche/',
		summary: 'Una risposta chiara è una risposta utile.',
		body: 'La città risponde ai cittadini.',
	}),
	doc({
		title: 'Commenti offensivi',
		url: '/moderazione/commenti/',
		summary: 'Come rispondere a un commento offensivo.',
		body: 'Il tag <script>alert(1)</script> resta testo.',
	}),
	doc({
		kind: 'glossary',
		title: 'a seguito di',
		url: '/glossario/#a-seguito-di',
		context: 'Glossario',
		keywords: 'dopo · per',
		summary: 'A seguito di lavori → Per lavori',
	}),
	doc({
		kind: 'case',
		title: 'INPS per la Famiglia, 2019',
		url: '/casi/inps/',
		context: 'Casi di studio',
		summary: 'Una crisi nel 2019.',
	}),
];

/** The fixture engine, loaded through the same JSON round trip as in the browser. */
export function fixtureEngine(docs: SearchDocument[] = FIXTURE_DOCS): SearchEngine {
	const payload = parsePayload(JSON.parse(JSON.stringify(buildSearchPayload(docs))));
	if (!payload) throw new Error('fixture payload rejected');
	return loadEngine(payload);
}
