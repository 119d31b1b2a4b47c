// The Italian texts the search scripts show. They are picked from the dictionary on the server
// (uiStrings.ts) and handed over in a data attribute, so no dictionary travels in the script bundle;
// the scripts read them through the site's translator, plural forms included.
import { createTranslator, type PluralForms, type Vars } from '../../i18n/translate';

/** The dictionary keys the search scripts show. */
export const SEARCH_CLIENT_KEYS = [
	'search.kind.lesson',
	'search.kind.case',
	'search.kind.glossary',
	'search.kind.exercise',
	'search.announce',
	'search.none',
	'search.loading',
	'search.unavailable',
	'search.all',
	'search.page.count',
	'search.page.none',
	'search.page.docTitle',
] as const;

/** A key the search scripts can show. */
export type SearchClientKey = (typeof SEARCH_CLIENT_KEYS)[number];

/** `t()` over the handed-over strings. */
export type SearchTranslator = (key: SearchClientKey, vars?: Vars) => string;

type SearchDictionary = Record<SearchClientKey, string | PluralForms>;

const isEntry = (value: unknown): value is string | PluralForms =>
	typeof value === 'string' ||
	(typeof value === 'object' &&
		value !== null &&
		typeof (value as PluralForms).one === 'string' &&
		typeof (value as PluralForms).other === 'string');

/**
 * Every key present, each a text or its plural forms. Checked by hand, not with zod/mini as stored
 * data is: the check is this small, and zod would add about 8 KB (gzip) to the search code that
 * /cerca/ loads up front and every other page loads on the first focus of the search box.
 */
const isSearchDictionary = (value: unknown): value is SearchDictionary =>
	typeof value === 'object' &&
	value !== null &&
	SEARCH_CLIENT_KEYS.every((key) => isEntry((value as Record<string, unknown>)[key]));

/** The translator for the strings in the element's `data-strings`, or undefined when missing or unreadable. */
export function readStrings(el: HTMLElement): SearchTranslator | undefined {
	try {
		const parsed: unknown = JSON.parse(el.dataset['strings'] ?? '');
		return isSearchDictionary(parsed) ? createTranslator(parsed) : undefined;
	} catch {
		return undefined;
	}
}
