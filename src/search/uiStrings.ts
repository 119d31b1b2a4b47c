// Server side: picks the search texts out of the UI dictionary for the client scripts (see
// client/strings.ts), so the bundle carries no dictionary.
import { it } from '../i18n/it';
import { SEARCH_CLIENT_KEYS } from './client/strings';

/** The texts the search scripts need, as JSON for a `data-strings` attribute. */
export const searchStringsJson = (): string =>
	JSON.stringify(Object.fromEntries(SEARCH_CLIENT_KEYS.map((key) => [key, it[key]])));
