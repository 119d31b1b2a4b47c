// Server side: picks the search texts out of the UI dictionary for the client scripts (see
// client/strings.ts), so the bundle carries no dictionary.
import { it } from '../i18n/it';
import type { SearchStrings } from './client/strings';

/** The texts the search scripts need, as JSON for a `data-strings` attribute. */
export function searchStringsJson(): string {
	const strings: SearchStrings = {
		kinds: {
			lesson: it['search.kind.lesson'],
			case: it['search.kind.case'],
			glossary: it['search.kind.glossary'],
			exercise: it['search.kind.exercise'],
		},
		announce: it['search.announce'],
		none: it['search.none'],
		loading: it['search.loading'],
		unavailable: it['search.unavailable'],
		all: it['search.all'],
		count: it['search.page.count'],
		pageNone: it['search.page.none'],
		docTitle: it['search.page.docTitle'],
	};
	return JSON.stringify(strings);
}
