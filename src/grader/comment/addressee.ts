// How feedback names the author: the name the name tip resolved, capitalised ("gianni_74" ->
// "Gianni", "FRANCESCA" -> "Francesca"), or a title with the surname when the display name uses one
// ("Dott.ssa Bianchi" -> "dottoressa Bianchi"); with the right preposition ("ad Antonio", "alla
// dottoressa Bianchi") or a neutral "chi ha scritto" when there is no personal name to use.

import type { Addressee } from '../types';
export type { Addressee } from '../types';

/** No personal name: feedback says "chi ha scritto". */
export const NO_ADDRESSEE: Addressee = { name: '', titled: false, feminine: null };

// Abbreviated or variant titles and the full words written in a sentence, masculine / feminine.
const TITLE_WORDS: Record<string, readonly [string, string]> = {
	sig: ['signor', 'signora'],
	signor: ['signor', 'signora'],
	signore: ['signor', 'signora'],
	signora: ['signor', 'signora'],
	sigra: ['signor', 'signora'],
	signorina: ['signor', 'signorina'],
	signa: ['signor', 'signorina'],
	dott: ['dottor', 'dottoressa'],
	dottor: ['dottor', 'dottoressa'],
	dottore: ['dottor', 'dottoressa'],
	dottoressa: ['dottor', 'dottoressa'],
	dottssa: ['dottor', 'dottoressa'],
	dr: ['dottor', 'dottoressa'],
	prof: ['professor', 'professoressa'],
	professor: ['professor', 'professoressa'],
	professore: ['professor', 'professoressa'],
	professoressa: ['professor', 'professoressa'],
	profssa: ['professor', 'professoressa'],
	avv: ['avvocato', 'avvocata'],
	avvocato: ['avvocato', 'avvocata'],
	avvocata: ['avvocato', 'avvocata'],
	ing: ['ingegner', 'ingegnera'],
	arch: ['architetto', 'architetta'],
	maestro: ['maestro', 'maestra'],
	maestra: ['maestro', 'maestra'],
	// A family writing together ("Famiglia Bianchi", "Fam. Rossi"): addressed like a title, "Gentile
	// famiglia Bianchi", "alla famiglia Bianchi".
	famiglia: ['famiglia', 'famiglia'],
	fam: ['famiglia', 'famiglia'],
	coniugi: ['coniugi', 'coniugi'],
};
// Title words for more than one person.
const PLURAL_TITLES = new Set(['coniugi']);
// Title words whose folded form alone says the person is a woman.
const FEMININE_TITLES = new Set(
	'signora sigra signorina signa dottoressa dottssa professoressa profssa avvocata maestra famiglia fam'.split(' '),
);
// Tails of split abbreviations that make the title feminine: "sig.ra", "dott.ssa", "prof.ssa".
const FEMININE_TAILS = new Set(['ra', 'na', 'ssa']);

/** The title of a display name's folded words ("dott", "ssa" -> dottoressa), or null. */
export function titleOf(keys: readonly string[]): { word: string; feminine: boolean; plural: boolean } | null {
	for (let i = 0; i < keys.length; i++) {
		const words = TITLE_WORDS[keys[i] ?? ''];
		if (!words) continue;
		const feminine = FEMININE_TITLES.has(keys[i] ?? '') || FEMININE_TAILS.has(keys[i + 1] ?? '');
		return { word: feminine ? words[1] : words[0], feminine, plural: PLURAL_TITLES.has(keys[i] ?? '') };
	}
	return null;
}

/** "gianni" -> "Gianni", "FRANCESCA" -> "Francesca", "d'angelo" -> "D'Angelo", "de luca" -> "De Luca". */
export function capitalise(name: string): string {
	return name.toLowerCase().replace(/(^|[\s'\u2019-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The author called by a title and a surname: "signora Rossi", "famiglia Bianchi", "coniugi Parodi". */
export function titledAddressee(title: { word: string; feminine: boolean; plural: boolean }, surname: string): Addressee {
	return { name: `${title.word} ${capitalise(surname)}`, titled: true, feminine: title.feminine, plural: title.plural };
}

const startsWithVowel = (s: string): boolean => /^[aeiouàèéìòù]/iu.test(s);

/** The author as a subject: "Gianni", "la dottoressa Bianchi", "l'avvocato Neri", "chi ha scritto". */
export function subjectOf(a: Addressee): string {
	if (!a.name) return 'chi ha scritto';
	if (!a.titled) return a.name;
	if (a.plural) return `i ${a.name}`;
	return `${startsWithVowel(a.name) ? "l'" : a.feminine ? 'la ' : 'il '}${a.name}`;
}

/**
 * The author after a preposition: `a` gives "ad Antonio" (d eufonica before the same vowel),
 * "a Gianni", "alla dottoressa Bianchi", "al signor Rossi"; `di` gives "di Gianni", "del signor Rossi".
 */
export function withPreposition(prep: 'a' | 'di', a: Addressee): string {
	if (!a.name) return `${prep} chi ha scritto`;
	if (a.titled && a.plural) return `${prep === 'a' ? 'ai' : 'dei'} ${a.name}`;
	if (a.titled) {
		const base = prep === 'a' ? 'al' : 'del';
		if (startsWithVowel(a.name)) return `${base}l'${a.name}`;
		return `${base}${a.feminine ? 'la' : ''} ${a.name}`;
	}
	if (prep === 'a' && /^[aà]/iu.test(a.name)) return `ad ${a.name}`;
	return `${prep} ${a.name}`;
}
