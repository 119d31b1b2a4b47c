// Build time only: turns the search documents into the JSON the browser loads. The index holds
// folded, stemmed terms; the store keeps only what a result shows (no body text).
import type { SearchDocument } from './documents';
import { foldForSearch } from './fold';
import { italian, lunr } from './italian';
import { PAYLOAD_VERSION, type SearchPayload } from './payload';
import { packIndex, type LunrIndexJson } from './wire';

/** Field weights: a word in the title says more about a page than the same word in its body. */
export const FIELD_BOOSTS = { title: 10, keywords: 4, summary: 3, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;

/** The field a stop word is kept in: "Perché scrivere chiaro" must be found by "perche". */
const STOP_WORDS_KEPT_IN: Field = 'title';

// Text arrives folded to letters and digits, so the Italian trimmer only matters at the edges of
// mixed tokens; it knows no digits, and would wipe "2019" or "h24" out of the index.
const trimmer: lunr.PipelineFunction = (token, i, tokens) =>
	/\d/u.test(token.toString()) ? token : italian.plugin.trimmer(token, i, tokens);

const stopWordFilter: lunr.PipelineFunction = (token) => {
	// lunr's builder tags each token with the field it comes from (the typings omit `metadata`).
	const { fields = [] } = (token as unknown as { metadata: { fields?: string[] } }).metadata;
	if (fields.includes(STOP_WORDS_KEPT_IN)) return token;
	return italian.stopWords.has(token.toString()) ? null : token;
};

// Build-only pipeline steps: the browser never runs them (the index stores only the search pipeline),
// but lunr warns about unregistered functions. Registered once, like the Italian plugin.
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
for (const [fn, label] of [
	[trimmer, 'palestra-trimmer-it'],
	[stopWordFilter, 'palestra-stopWordFilter-it'],
] as const) {
	if (!(label in registered)) lunr.Pipeline.registerFunction(fn, label);
}

/** Builds the serialisable search payload from the documents. */
export function buildSearchPayload(docs: readonly SearchDocument[]): SearchPayload {
	// A bare Builder, not the lunr() shortcut, which would add lunr's English trimmer and stemmer.
	const builder = new lunr.Builder();
	builder.pipeline.add(trimmer, stopWordFilter, italian.plugin.stemmer);
	// Queries are folded and split by src/search/sanitize.ts before they get here: only stemming is left.
	builder.searchPipeline.add(italian.plugin.stemmer);
	builder.ref('ref');
	for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
	docs.forEach((doc, i) => {
		builder.add({
			ref: String(i),
			title: foldForSearch(doc.title),
			keywords: foldForSearch(doc.keywords),
			summary: foldForSearch(doc.summary),
			body: foldForSearch(doc.body),
		});
	});
	return {
		version: PAYLOAD_VERSION,
		index: packIndex(builder.build().toJSON() as LunrIndexJson),
		docs: docs.map(({ kind, title, context, url, snippet }) => ({ kind, title, context, url, snippet })),
	};
}
