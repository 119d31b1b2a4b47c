// Text normalisation with a way back. Every detector works on a folded copy of the text
// (lowercase, no accents, typographic quotes and spaces unified), and every match is mapped back to
// UTF-16 offsets of the ORIGINAL string, so evidence always highlights what the learner typed.
import type { Range } from '../types';
import { unabbreviate } from './shorthand';
import { perText } from './memo';

/** A word or number of the folded text, with its offsets in the folded and in the original text. */
export interface Token {
	/** Folded form: lowercase letters without accents, or digits. */
	key: string;
	/** Offsets in the folded text. */
	fStart: number;
	fEnd: number;
	/** Offsets in the original text (end exclusive). */
	start: number;
	end: number;
}

/** A text prepared for analysis: original, folded copy, offset map and tokens. */
export interface Analysed {
	original: string;
	folded: string;
	/** map[i] = original offset of folded unit i; map[folded.length] = original.length. */
	map: number[];
	tokens: Token[];
}

// Typographic variants that people type interchangeably on phones and keyboards.
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4\u2032]/u;
const QUOTES = /["\u201C\u201D\u00AB\u00BB\u201E]/u;
const DASHES = /[\u2010-\u2015\u2212]/u;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
const CONTROL = /\p{Cc}/u;
const MARK = /\p{M}/gu;

/** Fold one code point: NFD without marks, lowercase; '' for invisible characters and lone marks. */
function foldChar(ch: string): string {
	if (APOSTROPHES.test(ch)) return "'";
	if (QUOTES.test(ch)) return '"';
	if (DASHES.test(ch)) return '-';
	if (ch === '\n') return '\n';
	if (SPACES.test(ch) || CONTROL.test(ch)) return ' ';
	if (INVISIBLE.test(ch)) return '';
	return ch.normalize('NFD').replace(MARK, '').toLowerCase();
}

/**
 * `foldChar` for ASCII, without its tests: capitals lowered, a backtick read as an apostrophe,
 * control characters and spaces other than the line break read as a space, the rest unchanged.
 */
function foldAscii(ch: string, code: number): string {
	if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
	if (code === 96) return "'";
	if ((code < 32 && code !== 10) || code === 127) return ' ';
	return ch;
}

const TOKEN = /\p{L}+|\p{N}+/gu;

/**
 * The texts analysed last, by their words: one grading analyses the exercise's fact sheet, comment and key facts again,
 * and the next grading of the same exercise the same texts. Returning the same object lets every reading remembered per
 * text (text/memo.ts) serve all of them; the objects are frozen, since every caller shares them. Long texts (a reply
 * pasted whole) are not kept.
 */
const recent = new Map<string, Analysed>();
const RECENT_TEXTS = 64;
const RECENT_LENGTH = 5_000;

/** Fold a text and tokenise it, keeping a map from folded offsets to original offsets. */
export function analyse(input: string): Analysed {
	const original = typeof input === 'string' ? input : '';
	if (original.length > RECENT_LENGTH) return fold(original);
	const known = recent.get(original);
	if (known) return known;
	const made = fold(original);
	Object.freeze(made.map);
	Object.freeze(made.tokens);
	Object.freeze(made);
	if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value ?? '');
	recent.set(original, made);
	return made;
}

/** Fold a text and tokenise it (`analyse` without the memory). */
function fold(original: string): Analysed {
	const parts: string[] = [];
	const map: number[] = [];
	// A per-call cache: most texts reuse a few dozen distinct characters.
	const cache = new Map<string, string>();
	let i = 0;
	for (const ch of original) {
		const code = ch.charCodeAt(0);
		let f: string;
		if (code < 128) f = foldAscii(ch, code);
		else {
			const hit = cache.get(ch);
			f = hit ?? foldChar(ch);
			if (hit === undefined) cache.set(ch, f);
		}
		parts.push(f);
		for (let k = 0; k < f.length; k++) map.push(f.length === ch.length ? i + k : i);
		i += ch.length;
	}
	map.push(original.length);
	const folded = unabbreviate(parts.join(''), map);
	const tokens: Token[] = [];
	for (const m of folded.matchAll(TOKEN)) {
		const fStart = m.index;
		const fEnd = fStart + m[0].length;
		tokens.push({ key: m[0], fStart, fEnd, start: map[fStart] ?? 0, end: map[fEnd] ?? original.length });
	}
	return { original, folded, map, tokens };
}

/**
 * The first folded offset whose original offset is `original`, or -1 (as `a.map.indexOf(original)`,
 * by binary search: the map only grows, and a long reply may ask for thousands of offsets).
 */
export function foldedOffset(a: Analysed, original: number): number {
	const at = firstAtLeast(a.map.length, (i) => a.map[i] ?? Infinity, original);
	return a.map[at] === original ? at : -1;
}

/**
 * The first index in [0, length) whose key is at least `target`, or `length`: a binary search over keys
 * that never decrease (offsets in the map, tokens' starts).
 */
export function firstAtLeast(length: number, key: (i: number) => number, target: number): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(mid) < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Original-text range for a folded-text span. */
export function toRange(a: Analysed, fStart: number, fEnd: number): Range {
	const start = a.map[fStart] ?? a.original.length;
	const end = a.map[fEnd] ?? a.original.length;
	return { start, end: Math.max(start, end) };
}

/** Range covering tokens i..j (inclusive). */
export function tokenRange(a: Analysed, i: number, j: number): Range {
	const first = a.tokens[i];
	const last = a.tokens[j];
	if (!first || !last) return { start: 0, end: 0 };
	return { start: first.start, end: last.end };
}

/** Folded text between token i and token j (exclusive of both). */
export function gapBetween(a: Analysed, i: number, j: number): string {
	const left = a.tokens[i];
	const right = a.tokens[j];
	if (!left || !right) return '';
	return a.folded.slice(left.fEnd, right.fStart);
}

/** Original substring of tokens i..j (inclusive), as typed. */
export function rawOf(a: Analysed, i: number, j: number): string {
	const r = tokenRange(a, i, j);
	return a.original.slice(r.start, r.end);
}

/** Collapse letters repeated three or more times ("grazieee" -> "grazie", "ladriii" -> "ladri"). */
export function squeeze(key: string): string {
	return hasTriple(key) ? key.replace(/(\p{L})\1{2,}/gu, '$1') : key;
}

/** True when a unit repeats three times in a row, or the key has a surrogate (letters beyond the BMP). */
function hasTriple(key: string): boolean {
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) return true;
		if (i >= 2 && c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2)) return true;
	}
	return false;
}

/** True when the original text has a capital letter at the offset. */
export function capitalAt(a: Analysed, start: number): boolean {
	const code = a.original.charCodeAt(start);
	if (code < 128) return code >= 65 && code <= 90;
	return /^\p{Lu}/u.test(a.original.slice(start, start + 2));
}

/**
 * The reply is typed all in lower case, names included ("ciao elena, … la foto 7 con sofia della 2ª B", KS024, session 46):
 * no capital opens it or any of its sentences. There a name's capital says nothing, and the rules that look for one take a
 * known first name, or the word after a title, as a name. Read once per text: the child and staff gates both ask.
 */
export const writtenInLowerCase: (a: Analysed) => boolean = perText(
	(a: Analysed) => /\p{Ll}/u.test(a.original) && !/(?:^|[.!?…]\s+|\n)[^\p{L}\n]{0,3}\p{Lu}/u.test(a.original),
);

/** True when the original spelling of a token starts with a capital letter. */
export const isCapitalised = (a: Analysed, t: Token): boolean => capitalAt(a, t.start);

/** True when the original spelling carries a diacritic (e.g. "sarà", "Nicolò"). */
export function hasAccent(raw: string): boolean {
	return /\p{M}/u.test(raw.normalize('NFD'));
}

/** Fold a short string (names, variants) the same way as `analyse`, without offsets. */
export function foldText(s: string): string {
	return analyse(s).folded;
}
