// User input never reaches lunr's query parser: queries are built with the programmatic API from
// plain words, so ":", "*", "~", "^", "+", "-", quotes and markup are separators, never syntax.
import { foldForSearch } from './fold';

/** Characters of a query that are read at all: longer input is cut, so pasting a page stays fast. */
export const MAX_QUERY_CHARS = 200;
/** Words of a query that are searched: more words add noise and time, not precision. */
export const MAX_QUERY_WORDS = 8;
/** Longest word kept: no Italian word is longer, so anything beyond is noise (or an attack). */
const MAX_WORD_CHARS = 40;

/** The query as the user typed it, made a safe string: trimmed, bounded, '' for non-strings. */
export function cleanQuery(input: unknown): string {
	if (typeof input !== 'string') return '';
	return Array.from(input.trim()).slice(0, MAX_QUERY_CHARS).join('');
}

/** The searchable words of a query: folded, deduplicated, bounded. Safe to hand to lunr as terms. */
export function queryWords(input: unknown): string[] {
	const folded = foldForSearch(cleanQuery(input));
	if (!folded) return [];
	const words = folded.split(' ').filter((w) => w.length <= MAX_WORD_CHARS);
	return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
