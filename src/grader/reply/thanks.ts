// Does the reply thank the comment's author? "grazie", "grazie mille", "grazie a te", "ti/la/vi
// ringraziamo", "grazie per la segnalazione" do; causal "grazie al nuovo portale", thanks to third
// parties ("ringraziamo i volontari"), "Graziella", "non c'è di che" and "cordiali saluti" do not.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { gapBetween, squeeze, tokenRange } from '../text/normalize';
import { A_PREPOSITIONS, ARTICLES, complement, target } from './thanksParty';

/** A thanking expression found in the reply, and whether it thanks the author. */
export interface ThanksHit {
	range: Range;
	text: string;
	/** 'author' thanks the reader; 'causal' is "grazie a/al" = thanks to; 'third' thanks someone else. */
	to: 'author' | 'causal' | 'third';
}

const set = (w: string): ReadonlySet<string> => new Set(w.split(' '));
const THANK_WORDS = set('grazie thanks thank thx tnx grz merci gracias danke');
const OBJECT_CLITICS = set('ti vi la');
const THIRD_CLITICS = set('li le lo gli');
const MODALS = set('vogliamo voglio vorremmo vorrei volevamo volevo dobbiamo devo possiamo posso teniamo tengo ci');
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
	// Whether the reply names its writer: read once, when a thanks first needs it (an endless "grazie
	// ok grazie ok…" read every token for each thank word).
	let named: boolean | undefined;
	const writerNamed = (): boolean => (named ??= a.tokens.some((w) => authorKeys.has(w.key)));
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
			const [c, last] = complement(a, i, authorKeys, writerNamed);
			to = c === 'none' ? 'author' : c;
			end = Math.min(n - 1, last);
		} else if (key.startsWith('ringrazi')) {
			if (negated(a, i)) continue;
			if (key.startsWith('ringraziament')) {
				const [c] = complement(a, i, authorKeys, writerNamed);
				to = c === 'causal' ? 'third' : c === 'none' ? 'author' : c;
			} else to = verbTarget(a, i, authorKeys);
			if (OBJECT_CLITICS.has(a.tokens[i - 1]?.key ?? '')) start = i - 1;
		} else if (GRATEFUL.has(key)) {
			const subject = /^(?:siamo|sono|ti|vi|le)$/u;
			if (!subject.test(a.tokens[i - 1]?.key ?? '') && !subject.test(a.tokens[i - 2]?.key ?? '')) continue;
			const [c] = complement(a, i, authorKeys, writerNamed);
			to = c === 'none' || c === 'author' ? 'author' : 'third';
		}
		if (to === 'none') continue;
		const range = tokenRange(a, start, end);
		hits.push({ range, text: a.original.slice(range.start, range.end), to });
	}
	return hits;
}
