// The /cerca/ page: reads ?q=, runs the search (in a worker) and lists every result with its module
// and a snippet.
// The page is rendered with the course index and the "nothing found" advice already in place, so
// without JavaScript (or when the index cannot load) it still leads somewhere.
import type { SearchResults } from '../query';
import { cleanQuery } from '../sanitize';
import { searchOffThread } from './offThread';
import { appendSegments, element } from './render';
import { homeHref, siteUrl } from './siteUrl';
import { readStrings } from './strings';

/** Snippet length on the results page: about three lines. */
const SNIPPET_CHARS = 240;

/** Fills the results page inside `host` for the query in the address. */
export async function enhanceResultsPage(host: HTMLElement): Promise<void> {
	const t = readStrings(host);
	const input = host.querySelector<HTMLInputElement>('input[name="q"]');
	const status = host.querySelector<HTMLElement>('[data-count]');
	const list = host.querySelector<HTMLElement>('[data-results]');
	const none = host.querySelector<HTMLElement>('[data-none]');
	const unavailable = host.querySelector<HTMLElement>('[data-unavailable]');
	if (!t || !input || !status || !list || !none || !unavailable) return;
	const query = cleanQuery(new URLSearchParams(window.location.search).get('q'));
	if (!query) return;
	input.value = query;
	document.title = `${t('search.page.docTitle', { query })} · ${document.title}`;
	// The index is parsed, loaded and queried in a worker: the page never waits on it.
	let results: SearchResults;
	try {
		results = await searchOffThread(document, query, SNIPPET_CHARS);
	} catch {
		unavailable.hidden = false;
		return;
	}
	if (results.total === 0) {
		status.textContent = t('search.page.none', { query });
		none.hidden = false;
		return;
	}
	const home = homeHref(document);
	for (const hit of results.hits) {
		const item = element(document, 'li', 'result');
		const link = element(document, 'a', '');
		link.href = siteUrl(hit.doc.url, home);
		appendSegments(link, hit.title);
		item.appendChild(element(document, 'h2', 'title')).append(link);
		item.appendChild(element(document, 'p', 'context')).textContent =
			`${t(`search.kind.${hit.doc.kind}`)} · ${hit.doc.context}`;
		appendSegments(item.appendChild(element(document, 'p', 'snippet')), hit.snippet);
		list.append(item);
	}
	list.hidden = false;
	status.textContent = t('search.page.count', { count: results.total, query });
}
