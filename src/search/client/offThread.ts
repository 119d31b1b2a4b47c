// Runs a query for the results page in a worker, so parsing and loading the index never blocks
// the page; where a worker cannot start or fails, the same search runs on the main thread.
import { search, type SearchResults } from '../query';
import { loadSearch } from './loadSearch';
import { homeHref, siteUrl } from './siteUrl';
import type { SearchReply, SearchRequest } from './searchWorker';

/** Run `query` and return every result (limit 0 = all), off the main thread when possible. */
export async function searchOffThread(doc: Document, query: string, snippetChars: number): Promise<SearchResults> {
	const request: SearchRequest = {
		indexUrl: siteUrl('/search-index.json', homeHref(doc)),
		query,
		limit: 0,
		snippetChars,
	};
	try {
		return await inWorker(request);
	} catch {
		const engine = await loadSearch(doc);
		return search(engine, query, engine.docs.length, snippetChars);
	}
}

function inWorker(request: SearchRequest): Promise<SearchResults> {
	return new Promise((resolve, reject) => {
		if (typeof Worker === 'undefined') {
			reject(new Error('no Worker'));
			return;
		}
		const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
		const done = (): void => worker.terminate();
		worker.onmessage = (event: MessageEvent<SearchReply>) => {
			done();
			if (event.data.ok) resolve(event.data.results);
			else reject(new Error(event.data.error));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			done();
			reject(new Error(event.message || 'search worker failed'));
		};
		worker.postMessage(request);
	});
}
