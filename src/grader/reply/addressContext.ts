// Where a word stands in the reply, for address.ts: after a greeting or a courtesy title, set off as
// a vocative, after a role word ("l'assessora Paola"), or followed by someone else's surname.
import type { Analysed } from '../text/normalize';
import { gapBetween, isCapitalised, squeeze } from '../text/normalize';
import {
	GENERIC_ADDRESS,
	GREETINGS,
	ROLE_WORDS,
	STRONG_GREETINGS,
	THANKS_CALLS,
	TITLES,
	TITLE_TAILS,
} from '../lexicon/names';
import { STOP_WORDS } from '../text/stem';

/** Punctuation or a symbol that sets a vocative off from the sentence around it. */
export const BOUNDARY = /[,;:!?.\n()\-\u2013\u2014"]|[^\p{L}\p{N}\s'"]/u;

/** Folded key of the token before i ("" at the start). */
export const prevKey = (a: Analysed, i: number): string => a.tokens[i - 1]?.key ?? '';

/** The original text between token i-1 and token i. */
export const gapBefore = (a: Analysed, i: number): string => (i > 0 ? gapBetween(a, i - 1, i) : '');

/** The folded text after token j, up to the next token or the end. */
export const gapAfter = (a: Analysed, j: number): string =>
	j + 1 < a.tokens.length ? gapBetween(a, j, j + 1) : a.folded.slice(a.tokens[j]?.fEnd ?? 0);

/**
 * Token i is the tail of a courtesy form abbreviated with a dot: "le" in "Gent.le", "ra" in "sig.ra",
 * "mo" in "Egr.mo". Not an article nor a word of its own: the form reads as its head ("gent", "sig").
 */
export function abbreviationTail(a: Analysed, i: number): boolean {
	const head = a.tokens[i - 1]?.key ?? '';
	return (
		i > 0 &&
		TITLE_TAILS.has(a.tokens[i]?.key ?? '') &&
		gapBefore(a, i) === '.' &&
		(TITLES.has(head) || GREETINGS.has(head))
	);
}

/** Index of the word before token i, an abbreviation counted whole ("Gent.le Rita": "Gent", not "le"). */
export const wordBefore = (a: Analysed, i: number): number => (abbreviationTail(a, i - 1) ? i - 2 : i - 1);

/** Folded key of the word before token i, an abbreviation read as its head: "gent" for "Gent.le Rita". */
export const headKey = (a: Analysed, i: number): string => a.tokens[wordBefore(a, i)]?.key ?? '';

/** A courtesy title right before token i ("sig.", "signora", "sig.ra", "dott.ssa", "Gent.le"). */
export function titleBefore(a: Analysed, i: number): boolean {
	if (!/^[\s.]*$/u.test(gapBefore(a, i))) return false;
	const k = headKey(a, i);
	if (TITLES.has(k) || STRONG_GREETINGS.has(k)) return true;
	return TITLE_TAILS.has(k) && TITLES.has(prevKey(a, i - 1));
}

/** A greeting or thanks word right before token i, with at most a comma between ("Gent.le", "Grazieee" too). */
export function greetingBefore(a: Analysed, i: number): boolean {
	return i > 0 && GREETINGS.has(squeeze(headKey(a, i))) && /^[\s,]*$/u.test(gapBefore(a, i));
}

// Words that may follow the thanks before the name: "grazie mille vale", "grazie tante fede".
const THANKS_TAILS = new Set(['mille', 'tante', 'infinite']);

/**
 * Token i is called by a strong greeting or a thanks word right before it, with only a space between:
 * "ciao fede", "grazieee vale", "grazie mille sara". Enough for a lowercase name that is also a word;
 * a comma after the greeting leaves the word to the sentence ("grazie, vale la pena…").
 */
export function calledAfter(a: Analysed, i: number): boolean {
	if (i === 0 || !/^ +$/u.test(gapBefore(a, i))) return false;
	let k = wordBefore(a, i);
	if (THANKS_TAILS.has(a.tokens[k]?.key ?? '') && /^ +$/u.test(gapBefore(a, k))) k--;
	const key = squeeze(a.tokens[k]?.key ?? '');
	return STRONG_GREETINGS.has(key) || THANKS_CALLS.has(key);
}

/**
 * What a reply says to its reader right after calling them, with no comma ("Sara scrivi
 * all'anagrafe", "Rosa ti rispondiamo"): a second-person verb or pronoun. "Sara possibile…" (sarà
 * typed without its accent) is followed by none of these.
 */
const SPOKEN_TO = new Set(
	(
		'ti puoi devi hai sei vai scrivi trovi leggi segui chiama chiamaci scrivici prenota guarda controlla ' +
		'compila manda mandaci invia porta passa clicca consulta contatta rivolgiti vieni grazie buongiorno ' +
		// Words that calm or turn to the reader: "Sara niente panico" (family BC).
		'niente nessun nessuna tranquilla tranquillo tranquilli scusa scusaci capisco capiamo'
	).split(' '),
);

/**
 * The words after the reply's first speak to the reader: a word of SPOKEN_TO, a drawn-out "grazieee"
 * (family BE), "che bello", "che piacere" ("Vale che bello leggerti!!", family BH), "ci dispiace" (family BR).
 */
function turnsToReader(a: Analysed): boolean {
	const next = a.tokens[1]?.key ?? '';
	if (SPOKEN_TO.has(next) || /^grazi+e+$/u.test(next)) return true;
	// "Sara ci dispiace davvero" (family BR): sympathy or an apology turned to the reader.
	if (next === 'ci' && /^(?:dispiace|spiace|scusiamo)$/u.test(a.tokens[2]?.key ?? '')) return true;
	return next === 'che' && /^(?:bel|bell[oaie]|piacere|gioia)$/u.test(a.tokens[2]?.key ?? '');
}

/** Token i opens the reply, capitalised, and the next word speaks to the reader: a vocative without its comma. */
export function openingCall(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	return i === 0 && t !== undefined && isCapitalised(a, t) && /^ +$/u.test(gapAfter(a, i)) && turnsToReader(a);
}

/** Tokens i..j stand as a vocative: after a greeting or title, or set off by punctuation. */
export function vocative(a: Analysed, i: number, j: number): boolean {
	if (greetingBefore(a, i) || titleBefore(a, i)) return true;
	return setOff(a, i, j);
}

/** Tokens i..j are set off by punctuation (or the text's ends) on both sides: "Grazie, Rosa!". */
export function setOff(a: Analysed, i: number, j: number): boolean {
	// A hyphen with no space joins words ("mar-sab 9-13", family X): a compound, not a vocative.
	const joined = (gap: string): boolean => /^[-\u2010\u2011]$/u.test(gap);
	if ((i > 0 && joined(gapBefore(a, i))) || (j < a.tokens.length - 1 && joined(gapAfter(a, j)))) return false;
	const before = i === 0 || BOUNDARY.test(gapBefore(a, i));
	const after = j === a.tokens.length - 1 || BOUNDARY.test(gapAfter(a, j));
	return before && after;
}

/**
 * A role word names the person at token i as someone else: "l'assessora Paola", "dal dottor Marco".
 * Not after a greeting or at the start ("Gentile dottoressa Paola", "Dottoressa Paola,"): that greets.
 */
export function roleBefore(a: Analysed, i: number): boolean {
	if (!/^[\s.]*$/u.test(gapBefore(a, i))) return false;
	let r = i - 1;
	if (TITLE_TAILS.has(a.tokens[r]?.key ?? '') && /^\.\s*$|^$/u.test(gapBefore(a, r))) r--;
	if (r < 0 || !ROLE_WORDS.has(a.tokens[r]?.key ?? '')) return false;
	return !(r === 0 || greetingBefore(a, r) || BOUNDARY.test(gapBefore(a, r)));
}

/**
 * A capitalised word right after token j that is not the author's: "Paola Bianchi" is another Paola.
 * Words that open a sentence or a greeting ("Paola Grazie", "Paola Ti scriviamo") do not count.
 */
export function otherSurnameAfter(a: Analysed, j: number, authorKeys: ReadonlySet<string>): boolean {
	const t = a.tokens[j + 1];
	if (!t || !/^ +$/u.test(gapBetween(a, j, j + 1))) return false;
	if (!/^\p{L}{2,}$/u.test(t.key) || !isCapitalised(a, t)) return false;
	// "PAOLA BIANCHI" or an acronym after the name: shouting, or a body ("Paola ASL"), not a surname.
	if (!/^\p{Lu}\p{Ll}/u.test(a.original.slice(t.start, t.end))) return false;
	const k = t.key;
	return !(authorKeys.has(k) || STOP_WORDS.has(k) || GREETINGS.has(k) || GENERIC_ADDRESS.has(k) || TITLES.has(k));
}

/** Where a name at token i starts when a courtesy title precedes it ("sig.ra Rossi" from "sig"). */
export function titledFrom(a: Analysed, i: number): number {
	if (!/^[\s.]*$/u.test(gapBefore(a, i))) return i;
	if (TITLES.has(prevKey(a, i))) return i - 1;
	return TITLE_TAILS.has(prevKey(a, i)) && TITLES.has(prevKey(a, i - 1)) ? i - 2 : i;
}
