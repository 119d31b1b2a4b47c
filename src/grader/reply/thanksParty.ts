// Whom a thanks in the reply goes to (reply/thanks.ts finds the thank words): the reader ("grazie a
// te", "grazie alla tua segnalazione", "un grazie va proprio a lei"), someone else ("grazie ai
// volontari per la pulizia", "ringraziamo la squadra"), or a cause ("grazie al nuovo portale").
import type { Analysed } from '../text/normalize';
import { gapBetween } from '../text/normalize';
import { FIRST_NAMES } from '../lexicon/names';

const set = (w: string): ReadonlySet<string> => new Set(w.split(' '));

// Words that may stand between "grazie" and its complement: "grazie mille a te", "grazie di cuore".
const INTENSIFIERS = set(
	'mille infinite tante tantissime tantissimo tanto davvero ancora anche molte sentite veramente infinitamente ' +
		'di cuore sinceramente sentitamente vivamente calorosamente moltissimo molto you so much speciale grande enorme sincero sentito vivo vivissimo caloroso doveroso nostro nostri',
);
export const A_PREPOSITIONS = set('a ad al allo alla ai agli alle all');
// After "a": pronouns and possessives that point at the reader ("grazie a te", "grazie alla tua segnalazione").
const READER = set(
	'te voi lei tutti tutte ciascuno ciascuna ognuno ognuna vostra vostro vostre vostri tua tuo tue tuoi sua suo sue suoi you',
);
// "tutta la squadra", "tutto lo staff": a group named, as after an article.
export const ARTICLES = set(
	'il lo la i gli le l un uno una tutti tutte tutta tutto quanti coloro chi quelli quelle questi queste',
);
// After "tutti"/"tutte", these keep the reader among the thanked ("grazie a tutti per la pazienza");
// anything else makes it a group of others ("ringraziamo tutti i volontari").
const AFTER_ALL_READER = set('voi per di del della dello dell dei degli delle e ma da anche ancora davvero');

/** "tutti" at token k thanks a group including the reader, not a described group of others. */
function allIncludeReader(a: Analysed, k: number): boolean {
	const after = a.tokens[k + 1];
	if (!after || !/^\s+$/u.test(gapBetween(a, k, k + 1))) return true;
	return AFTER_ALL_READER.has(after.key);
}

/** Whom the words after a thank word point at, given index k of the first of them. */
export function target(a: Analysed, k: number, authorKeys: ReadonlySet<string>): 'reader' | 'other' {
	const key = a.tokens[k]?.key ?? '';
	if (key === 'tutti' || key === 'tutte') return allIncludeReader(a, k) ? 'reader' : 'other';
	return READER.has(key) || authorKeys.has(key) ? 'reader' : 'other';
}

/** What follows token i (skipping intensifiers) without crossing punctuation: the thanked party. */
export type Party = 'author' | 'causal' | 'third' | 'none';

// "un grazie enorme va proprio a loro" (family AF): the thanks said to go somewhere, and where.
const GOES = set('va vanno andra');
const GOES_ADVERBS = set('proprio anche soprattutto tutto davvero invece sempre prima innanzitutto');

/** "un grazie … va (proprio) a …" at token k: the reader thanked when the words after "a" are the reader's. */
function goesTo(a: Analysed, k: number, authorKeys: ReadonlySet<string>): [Party, number] {
	let m = k + 1;
	while (m < a.tokens.length && GOES_ADVERBS.has(a.tokens[m]?.key ?? '') && /^\s+$/u.test(gapBetween(a, m - 1, m))) m++;
	const to = a.tokens[m];
	if (!to || !A_PREPOSITIONS.has(to.key) || !/^[\s']*$/u.test(gapBetween(a, m - 1, m))) return ['none', k - 1];
	if (target(a, m + 1, authorKeys) === 'reader') return ['author', m + 1];
	// "va alla signora Antonella": the writer named after a title.
	for (let q = m + 2; q <= m + 3; q++) if (authorKeys.has(a.tokens[q]?.key ?? '')) return ['author', q];
	return ['third', Math.min(a.tokens.length - 1, m + 1)];
}

/**
 * What follows token i: the thanked party and the index of the last token naming it. `writerNamed`
 * tells whether the reply names its writer anywhere; the caller reads it once per reply.
 */
export function complement(
	a: Analysed,
	i: number,
	authorKeys: ReadonlySet<string>,
	writerNamed: () => boolean,
): [Party, number] {
	let k = i + 1;
	while (k < a.tokens.length && INTENSIFIERS.has(a.tokens[k]?.key ?? '') && /^\s*$/u.test(gapBetween(a, k - 1, k))) k++;
	const t = a.tokens[k];
	// With no complement the thanks is the thank word and its intensifiers ("Grazie mille").
	if (!t || !/^[\s']*$/u.test(gapBetween(a, k - 1, k))) return ['none', k - 1];
	if (GOES.has(t.key)) return goesTo(a, k, authorKeys);
	if (!A_PREPOSITIONS.has(t.key)) {
		if (authorKeys.has(t.key)) return ['author', k];
		// "Grazie Patrizia! Ermanno, …": another person's first name after the thanks, with the writer
		// named apart, thanks that person. With no other name ("Grazie Luca" to Nicolò) it is the
		// writer thanked by the wrong name, which the name tip reports.
		const named = /^\p{Lu}/u.test(a.original.slice(t.start, t.end)) && FIRST_NAMES.has(t.key);
		return named && writerNamed() ? ['third', k] : ['none', k - 1];
	}
	if (target(a, k + 1, authorKeys) === 'reader') return ['author', k + 1];
	// "grazie alle segnalazioni come la tua", "grazie alla collaborazione di tutti voi": merit given to the reader.
	for (let m = k + 2; m <= k + 4; m++) {
		const w = a.tokens[m];
		if (!w || /[.!?;:\n]/u.test(gapBetween(a, m - 1, m))) break;
		if (READER.has(w.key) && w.key !== 'tutti' && w.key !== 'tutte') {
			const noun = m + 1 < a.tokens.length && /^\s+$/u.test(gapBetween(a, m, m + 1));
			return ['author', noun ? m + 1 : m];
		}
	}
	// "grazie a Dio", "grazie al portale": thanks to something, the causal "per merito di"; "grazie
	// anche a Luca", "un grazie enorme agli operai", "grazie ai volontari!" thank someone else.
	const end = Math.min(a.tokens.length - 1, k + 1);
	const after = a.tokens[k + 1];
	const person =
		after !== undefined && FIRST_NAMES.has(after.key) && /^\p{Lu}/u.test(a.original.slice(after.start, after.end));
	const third =
		((t.key === 'a' || t.key === 'ad') && (ARTICLES.has(after?.key ?? '') || person)) || thanksOthers(a, i, k);
	return [third ? 'third' : 'causal', end];
}

// Before a "grazie" used as a noun: "un grazie", "il nostro grazie", "un grande grazie".
const NOUN_THANKS_BEFORE = set('un il nostro mio questo');
// Plural articulated prepositions: the people thanked ("grazie ai volontari", "alle maestre").
const TO_PEOPLE = set('ai agli alle');
// Where the clause of the thanks ends: a stop, a colon, a line break or a symbol (an emoji).
const CLAUSE_END = /[.!?;:\n]|[^\p{L}\p{N}\s,'"’«»()-]/u;

/**
 * "grazie a/ai/agli…" at token k (the preposition after thank word i) thanks other people rather
 * than giving a cause ("grazie al portale puoi pagare online"): the thanks is said as a noun or
 * intensified ("un grazie enorme agli operai", "grazie di cuore ai volontari"), gives its reason
 * ("grazie ai volontari per la pulizia"), or, to a plural, closes on the people with no main clause
 * after them ("grazie agli operai!", "grazie agli operai che hanno lavorato tutta la notte").
 */
function thanksOthers(a: Analysed, i: number, k: number): boolean {
	const before = a.tokens[i - 1]?.key ?? '';
	if (
		NOUN_THANKS_BEFORE.has(before) ||
		(INTENSIFIERS.has(before) && NOUN_THANKS_BEFORE.has(a.tokens[i - 2]?.key ?? ''))
	)
		return true;
	if (k > i + 1) return true;
	// The rest of the clause after the preposition, up to its end; a comma may open a main clause.
	let comma = false;
	let m = k + 1;
	const words: string[] = [];
	for (; m < a.tokens.length; m++) {
		const w = a.tokens[m]?.key ?? '';
		if (m > k + 1) {
			const gap = gapBetween(a, m - 1, m);
			if (CLAUSE_END.test(gap)) break;
			if (gap.includes(',')) comma = true;
		}
		// Right after the people thanked ("ai volontari della Pro Loco per…"), not in a main clause.
		if ((w === 'per' || w === 'x') && !comma && words.length <= 4) {
			const next = a.tokens[m + 1]?.key ?? '';
			// "per la pulizia", "per aver lavorato": a reason; "per pagare": a purpose.
			if (!/(?:are|ere|ire)$/u.test(next) || /^aver/u.test(next)) return true;
		}
		words.push(w);
	}
	if (!TO_PEOPLE.has(a.tokens[k]?.key ?? '') || comma) return false;
	const closed = m >= a.tokens.length || /[!\n]|[^\p{L}\p{N}\s.,;:?'"’«»()-]/u.test(gapBetween(a, m - 1, m));
	return (closed && words.length <= 4) || words.slice(0, 4).includes('che');
}
