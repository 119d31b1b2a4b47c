// The search worker: fetches the index, loads it in lunr and runs the query off the main thread,
// so the results page stays responsive while the index (about 180 KB of JSON) is parsed and
// loaded. Messages are plain data both ways.
import { parsePayload } from '../payload';
import { loadEngine, search, type SearchEngine, type SearchResults } from '../query';

/** What the page asks. */
export interface SearchRequest {
	/** Absolute URL of search-index.json. */
	indexUrl: string;
	query: string;
	limit: number;
	snippetChars: number;
}

/** What the worker answers: the results, or why there are none. */
export type SearchReply = { ok: true; results: SearchResults } | { ok: false; error: string };

let engine: Promise<SearchEngine> | undefined;

async function load(url: string): Promise<SearchEngine> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
	const payload = parsePayload(await response.json());
	if (!payload) throw new Error('search-index.json: formato non riconosciuto');
	return loadEngine(payload);
}

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
	postMessage(m: SearchReply): void;
};

scope.onmessage = (event) => {
	const { indexUrl, query, limit, snippetChars } = event.data;
	engine ??= load(indexUrl);
	engine.then(
		(e) =>
			scope.postMessage({ ok: true, results: search(e, query, limit === 0 ? e.docs.length : limit, snippetChars) }),
		(error: unknown) => {
			engine = undefined;
			scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
		},
	);
};
