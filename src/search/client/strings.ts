// The Italian texts the search scripts show. They are resolved from the dictionary on the server and
// handed over in a data attribute, so no dictionary travels in the script bundle.
import type { DocKind } from '../payload';

/** A text with Italian plural forms. */
export interface Plural {
	one: string;
	other: string;
}

/** Every text the search scripts need. */
export interface SearchStrings {
	kinds: Record<DocKind, string>;
	/** Said after each change of results in the header box. */
	announce: Plural;
	/** Shown and said when nothing matches. */
	none: string;
	loading: string;
	unavailable: string;
	/** Last option of the header list when there are more results than shown. */
	all: Plural;
	/** Results page: the count line. */
	count: Plural;
	/** Results page: the count line when nothing matches. */
	pageNone: string;
	/** Results page: the document title with the query. */
	docTitle: string;
}

const plurals = new Intl.PluralRules('it-IT');

/** Fills `%{name}` placeholders; a Plural picks its form from `vars.count`. */
export function format(text: string | Plural, vars: Record<string, string | number> = {}): string {
	const count = typeof vars['count'] === 'number' ? vars['count'] : 0;
	const chosen = typeof text === 'string' ? text : plurals.select(count) === 'one' ? text.one : text.other;
	return chosen.replace(/%\{(\w+)\}/gu, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** The strings in the element's `data-strings`, or undefined when missing or unreadable. */
export function readStrings(el: HTMLElement): SearchStrings | undefined {
	try {
		const parsed: unknown = JSON.parse(el.dataset['strings'] ?? '');
		return typeof parsed === 'object' && parsed !== null && 'kinds' in parsed ? (parsed as SearchStrings) : undefined;
	} catch {
		return undefined;
	}
}
