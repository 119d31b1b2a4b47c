// Fetches and loads the index once per page, on first use. A failed load is forgotten, so the next
// focus tries again (a flaky connection should not disable search until reload).
import { parsePayload } from '../payload';
import { loadEngine, type SearchEngine } from '../query';
import { homeHref, siteUrl } from './siteUrl';

let pending: Promise<SearchEngine> | undefined;

async function load(doc: Document): Promise<SearchEngine> {
	const response = await fetch(siteUrl('/search-index.json', homeHref(doc)));
	if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
	const payload = parsePayload(await response.json());
	if (!payload) throw new Error('search-index.json: formato non riconosciuto');
	return loadEngine(payload);
}

/** The search engine for this page, loading it the first time. */
export function loadSearch(doc: Document = document): Promise<SearchEngine> {
	pending ??= load(doc).catch((error: unknown) => {
		pending = undefined;
		throw error;
	});
	return pending;
}
