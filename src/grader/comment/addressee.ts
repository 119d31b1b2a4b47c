// How feedback names the author: the name the name tip resolved, capitalised ("gianni_74" ->
// "Gianni", "FRANCESCA" -> "Francesca"), or a title with the surname when the display name uses one
// ("Dott.ssa Bianchi" -> "dottoressa Bianchi"); with the right preposition ("ad Antonio", "alla
// dottoressa Bianchi") or a neutral "chi ha scritto" when there is no personal name to use.
import type { Addressee } from '../types';
import { FEMININE_TAILS, FEMININE_TITLES, PLURAL_TITLES, TITLE_WORDS } from '../lexicon/names';
export type { Addressee } from '../types';

/** No personal name: feedback says "chi ha scritto". */
export const NO_ADDRESSEE: Addressee = { name: '', titled: false, feminine: null };

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
	return name
		.toLowerCase()
		.replace(/(^|[\s'\u2019-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The author called by a title and a surname: "signora Rossi", "famiglia Bianchi", "coniugi Parodi". */
export function titledAddressee(
	title: { word: string; feminine: boolean; plural: boolean },
	surname: string,
): Addressee {
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
