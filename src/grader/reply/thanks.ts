// Does the reply thank the comment's author? "grazie", "grazie mille", "grazie a te", "ti/la/vi
// ringraziamo", "grazie per la segnalazione" do; causal "grazie al nuovo portale", thanks to third
// parties ("ringraziamo i volontari"), "Graziella", "non c'è di che" and "cordiali saluti" do not.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { gapBetween, squeeze, tokenRange } from '../text/normalize';
import { FIRST_NAMES } from '../lexicon/names';

/** A thanking expression found in the reply, and whether it thanks the author. */
export interface ThanksHit {
	range: Range;
	text: string;
	/** 'author' thanks the reader; 'causal' is "grazie a/al" = thanks to; 'third' thanks someone else. */
	to: 'author' | 'causal' | 'third';
}

const set = (w: string): ReadonlySet<string> => new Set(w.split(' '));
const THANK_WORDS = set('grazie thanks thank thx tnx grz merci gracias danke');
// Words that may stand between "grazie" and its complement: "grazie mille a te", "grazie di cuore".
const INTENSIFIERS = set(
	'mille infinite tante tantissime tantissimo tanto davvero ancora anche molte sentite veramente infinitamente ' +
		'di cuore sinceramente sentitamente vivamente calorosamente moltissimo molto you so much speciale grande enorme sincero sentito vivo vivissimo caloroso doveroso nostro nostri',
);
const A_PREPOSITIONS = set('a ad al allo alla ai agli alle all');
// After "a": pronouns and possessives that point at the reader ("grazie a te", "grazie alla tua segnalazione").
const READER = set(
	'te voi lei tutti tutte ciascuno ciascuna ognuno ognuna vostra vostro vostre vostri tua tuo tue tuoi sua suo sue suoi you',
);
const OBJECT_CLITICS = set('ti vi la');
const THIRD_CLITICS = set('li le lo gli');
const MODALS = set('vogliamo voglio vorremmo vorrei volevamo volevo dobbiamo devo possiamo posso teniamo tengo ci');
// "tutta la squadra", "tutto lo staff": a group named, as after an article.
const ARTICLES = set(
	'il lo la i gli le l un uno una tutti tutte tutta tutto quanti coloro chi quelli quelle questi queste',
);
const ADVERBS = set(
	'molto tanto tantissimo sentitamente vivamente ancora anche davvero infinitamente calorosamente di cuore pubblicamente sempre ' +
		// "ringraziamo fin d'ora gli operai", "sin d'ora".
		'fin sin d ora gia ' +
		// Subject pronouns: "ringraziamo anche noi i volontari" thanks the volunteers.
		'noi io',
);
// A title or role that, with no name after it, can only mean the person who wrote ("la signora").
const BARE_WRITER = set('signora signore signor signorina lettrice lettore cittadina cittadino utente scrivente');
// A thank word right after an opening quotation mark belongs to a quotation: a title ("il progetto
// 'Grazie Nonni'") or someone else's words, not the reply's own thanks.
const OPENING_QUOTE = /(?:^|[\s(])["'«“‘„]$/u;
// "ringraziarti", "ringraziandola", "ringraziarvi": the attached pronoun is the person thanked.
const ENCLITIC_READER = /^ringrazi(?:ar|and|am|at)?[eo]?(?:ti|vi|la)$/u;
const ENCLITIC_OTHER = /^ringrazi\p{L}*(?:ci|mi|li|le|lo|gli)$/u;
const GRATEFUL = set('grato grata grati grate riconoscente riconoscenti');
// Articles and articulated prepositions before "grazie" make it the noun "graces" (a church, a favour).
const GRACE_BEFORE = set('le delle alle dalle nelle sulle queste quelle');

// "grazieee", "grazzie": stretched or doubled letters are the same word.
const isThankWord = (k: string): boolean => THANK_WORDS.has(k) || /^gra+z+i+e+$/u.test(k);

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
function target(a: Analysed, k: number, authorKeys: ReadonlySet<string>): 'reader' | 'other' {
	const key = a.tokens[k]?.key ?? '';
	if (key === 'tutti' || key === 'tutte') return allIncludeReader(a, k) ? 'reader' : 'other';
	return READER.has(key) || authorKeys.has(key) ? 'reader' : 'other';
}

/** What follows token i (skipping intensifiers) without crossing punctuation: the thanked party. */
type Party = 'author' | 'causal' | 'third' | 'none';

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

// Whether the reply names its writer anywhere, read once per reply rather than once per thank word
// (an endless "grazie Luca grazie Luca…" read it for each).
const WRITER_NAMED = new WeakMap<Analysed, { keys: ReadonlySet<string>; named: boolean }>();

function writerNamed(a: Analysed, authorKeys: ReadonlySet<string>): boolean {
	const known = WRITER_NAMED.get(a);
	if (known?.keys === authorKeys) return known.named;
	const named = a.tokens.some((w) => authorKeys.has(w.key));
	WRITER_NAMED.set(a, { keys: authorKeys, named });
	return named;
}

/** What follows token i: the thanked party and the index of the last token naming it. */
function complement(a: Analysed, i: number, authorKeys: ReadonlySet<string>): [Party, number] {
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
		return named && writerNamed(a, authorKeys) ? ['third', k] : ['none', k - 1];
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

const NEGATION_HELPERS = set('ti vi la ci mi si lo serve servono devi dovete deve occorre bisogno necessario');

/** "non ringraziarci", "non serve ringraziare", "nessun ringraziamento", "non c'è bisogno di dire grazie": not a thanks. */
function negated(a: Analysed, i: number): boolean {
	// Only words of the same sentence: "non serve aspettare lunedì. Grazie!" thanks; an emoji closes
	// a sentence too ("lì le maiuscole non servono 😉 Grazie", family BR).
	const prev: string[] = [];
	for (let d = 1; d <= 4 && i - d >= 0; d++) {
		if (/[.!?;\n]|\p{Extended_Pictographic}/u.test(gapBetween(a, i - d, i - d + 1))) break;
		prev.push(a.tokens[i - d]?.key ?? '');
	}
	// "Non ti ringrazieremo mai abbastanza" is a warm thanks, not a refusal.
	const next = [1, 2, 3].map((d) => a.tokens[i + d]?.key ?? '');
	if (next.includes('abbastanza')) return false;
	if (prev[0] === 'non' || prev[0] === 'nessun' || prev[0] === 'nessuno') return true;
	if (prev[1] === 'non' && NEGATION_HELPERS.has(prev[0] ?? '')) return true;
	return prev.includes('non') && prev.some((p) => p === 'bisogno' || p === 'serve' || p === 'occorre');
}

/** Classify a form of "ringraziare" at token i. */
function verbTarget(a: Analysed, i: number, authorKeys: ReadonlySet<string>): 'author' | 'third' | 'none' {
	const key = a.tokens[i]?.key ?? '';
	if (ENCLITIC_READER.test(key)) return 'author';
	if (ENCLITIC_OTHER.test(key)) return key.endsWith('ci') || key.endsWith('mi') ? 'none' : 'third';
	// Past participles describe a thanks someone gave ("ci hai ringraziato"), not ours.
	if (/^ringraziat[oaie]$/u.test(key)) return 'none';
	const p1 = a.tokens[i - 1]?.key ?? '';
	const p2 = a.tokens[i - 2]?.key ?? '';
	if (OBJECT_CLITICS.has(p1) || (OBJECT_CLITICS.has(p2) && MODALS.has(p1))) return 'author';
	if (THIRD_CLITICS.has(p1)) return 'third';
	if (p1 === 'ci' && !/^ringraziament/u.test(key)) return 'none';
	let k = i + 1;
	while (k < a.tokens.length && ADVERBS.has(a.tokens[k]?.key ?? '') && /^[\s']*$/u.test(gapBetween(a, k - 1, k))) k++;
	const next = a.tokens[k];
	if (!next || !/^[\s']*$/u.test(gapBetween(a, k - 1, k))) return 'author';
	if (target(a, k, authorKeys) === 'reader') return 'author';
	if (ARTICLES.has(next.key) || next.key === 'tutti' || next.key === 'tutte') {
		// "ringraziamo la signora Rossi" thanks the author; "ringraziamo i volontari" does not.
		for (let m = k + 1; m <= k + 3; m++) if (authorKeys.has(a.tokens[m]?.key ?? '')) return 'author';
		// "Ringraziamo la Signora per aver apprezzato…": a bare title, with no name, is the writer.
		const noun = a.tokens[k + 1];
		const after = a.tokens[k + 2];
		const named =
			after !== undefined &&
			/^\s+$/u.test(gapBetween(a, k + 1, k + 2)) &&
			/^\p{Lu}/u.test(a.original.slice(after.start, after.end));
		if (noun && BARE_WRITER.has(noun.key) && next.key !== 'i' && next.key !== 'gli' && !named) return 'author';
		return 'third';
	}
	if (A_PREPOSITIONS.has(next.key)) return target(a, k + 1, authorKeys) === 'reader' ? 'author' : 'third';
	return /^\p{Lu}/u.test(a.original.slice(next.start, next.end)) && !authorKeys.has(next.key) ? 'third' : 'author';
}

/** Find thanking expressions in the reply and whom they thank. */
export function findThanks(a: Analysed, authorKeys: ReadonlySet<string>): ThanksHit[] {
	const hits: ThanksHit[] = [];
	const n = a.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = a.tokens[i];
		if (!t) continue;
		const key = squeeze(t.key);
		let to: ThanksHit['to'] | 'none' = 'none';
		let start = i;
		let end = i;
		if (isThankWord(key)) {
			if (negated(a, i) || (key === 'thank' && a.tokens[i + 1]?.key !== 'you')) continue;
			if (OPENING_QUOTE.test(a.original.slice(Math.max(0, t.start - 2), t.start))) continue;
			// "Santa Maria delle Grazie", "le grazie ricevute": after an article "grazie" is a noun.
			if (key === 'grazie' && GRACE_BEFORE.has(a.tokens[i - 1]?.key ?? '')) continue;
			const [c, last] = complement(a, i, authorKeys);
			to = c === 'none' ? 'author' : c;
			end = Math.min(n - 1, last);
		} else if (key.startsWith('ringrazi')) {
			if (negated(a, i)) continue;
			if (key.startsWith('ringraziament')) {
				const [c] = complement(a, i, authorKeys);
				to = c === 'causal' ? 'third' : c === 'none' ? 'author' : c;
			} else to = verbTarget(a, i, authorKeys);
			if (OBJECT_CLITICS.has(a.tokens[i - 1]?.key ?? '')) start = i - 1;
		} else if (GRATEFUL.has(key)) {
			const subject = /^(?:siamo|sono|ti|vi|le)$/u;
			if (!subject.test(a.tokens[i - 1]?.key ?? '') && !subject.test(a.tokens[i - 2]?.key ?? '')) continue;
			const [c] = complement(a, i, authorKeys);
			to = c === 'none' || c === 'author' ? 'author' : 'third';
		}
		if (to === 'none') continue;
		const range = tokenRange(a, start, end);
		hits.push({ range, text: a.original.slice(range.start, range.end), to });
	}
	return hits;
}
