// Runs a user query against the loaded index, in the browser and in the bench. Queries are built
// with lunr's programmatic API from sanitised words (never lunr's query string syntax), so no
// input can make lunr throw.
import { italian, lunr } from './italian';
import type { DocKind, SearchPayload, StoredDocument } from './payload';
import { queryWords } from './sanitize';
import { highlight, snippet, type Segment, type WordMatcher } from './snippet';
import { unpackIndex } from './wire';

/** A loaded index with its documents. */
export interface SearchEngine {
	index: lunr.Index;
	docs: readonly StoredDocument[];
}

/** One result, ready to show. */
export interface SearchHit {
	doc: StoredDocument;
	score: number;
	title: Segment[];
	snippet: Segment[];
}

/** All the results of a query: how many matched, and the first ones in full. */
export interface SearchResults {
	/** The words searched (folded), for messages and highlighting. */
	words: string[];
	total: number;
	hits: SearchHit[];
}

/** A word of the query matching a word of the page exactly (after stemming) counts most. */
const EXACT_BOOST = 10;
/** Prefix matches let a half-typed word find something ("ringr" → "ringraziare"). */
const PREFIX_BOOST = 2;
/** One-letter typos ("ringrazziare") still find something, ranked well below real matches. */
const FUZZY_BOOST = 0.5;
/** Shorter stems as prefixes match too much ("com" would match "comune" and "commento"). */
const MIN_PREFIX_STEM = 4;
/** Shorter words have too many neighbours one edit away. */
const MIN_FUZZY_WORD = 5;
/** Lessons and case studies are the course itself; short entries would otherwise win on length alone. */
const KIND_WEIGHT: Record<DocKind, number> = { lesson: 1, case: 1, exercise: 0.8, glossary: 0.8 };

/** Loads a parsed payload into a searchable engine. */
export function loadEngine(payload: SearchPayload): SearchEngine {
	return { index: lunr.Index.load(unpackIndex(payload.index)), docs: payload.docs };
}

/** The words worth searching: stop words go, unless the query is nothing but stop words ("perché"). */
function significant(words: string[]): { terms: string[]; onlyStopWords: boolean } {
	const content = words.filter((w) => !italian.stopWords.has(w));
	return content.length > 0 ? { terms: content, onlyStopWords: false } : { terms: words, onlyStopWords: true };
}

/** Tells which words of a text to highlight for these query terms. */
export function matcherFor(terms: readonly string[], prefixes: boolean): WordMatcher {
	const stems = terms.map((t) => italian.stem(t));
	const cache = new Map<string, boolean>();
	return (word) => {
		let hit = cache.get(word);
		if (hit === undefined) {
			const stem = italian.stem(word);
			hit = stems.some((s) => s === stem || (prefixes && s.length >= MIN_PREFIX_STEM && stem.startsWith(s)));
			cache.set(word, hit);
		}
		return hit;
	};
}

/** Searches the course. `limit` results get title and snippet segments; `total` counts them all. */
export function search(engine: SearchEngine, input: unknown, limit = 10, snippetChars = 160): SearchResults {
	const words = queryWords(input);
	if (words.length === 0) return { words, total: 0, hits: [] };
	const { terms, onlyStopWords } = significant(words);
	const matches = engine.index.query((q) => {
		for (const term of terms) {
			q.term(term, { boost: EXACT_BOOST });
			if (onlyStopWords) continue;
			const stem = italian.stem(term);
			if (stem.length >= MIN_PREFIX_STEM) {
				q.term(stem, { boost: PREFIX_BOOST, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
			}
			if (term.length >= MIN_FUZZY_WORD) q.term(term, { boost: FUZZY_BOOST, editDistance: 1 });
		}
	});
	const ranked = matches
		.map((m) => ({ doc: engine.docs[Number(m.ref)], score: m.score }))
		.filter((r): r is { doc: StoredDocument; score: number } => r.doc !== undefined)
		.map((r) => ({ ...r, score: r.score * KIND_WEIGHT[r.doc.kind] }))
		.sort((a, b) => b.score - a.score);
	const isMatch = matcherFor(terms, !onlyStopWords);
	const hits = ranked.slice(0, Math.max(0, limit)).map((r) => ({
		...r,
		title: highlight(r.doc.title, isMatch),
		snippet: snippet(r.doc.snippet, isMatch, snippetChars),
	}));
	return { words, total: ranked.length, hits };
}
