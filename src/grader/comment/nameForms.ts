// Name forms: one way to write the author's name, how a handle splits into name parts, and the
// forms people use for an organisation ("Pro Loco", "Comitato Genitori", "Virtus"), and the short
// forms a first name starts with ("Samu" for Samuele).
import { hasAccent } from '../text/normalize';
import { STOP_WORDS } from '../text/stem';
import { ACCENTED_WORDS, FIRST_NAMES, GENERIC_ADDRESS, ORG_WORDS, WORD_NAMES } from '../lexicon/names';

/** One way to write a name: its folded tokens and how it may be used. */
export interface NameForm {
	/** Folded tokens ("maria", "grazia"). */
	keys: string[];
	/** Tokens joined without separators, to match "Mariagrazia" and "D'Angelo" alike. */
	joined: string;
	/** As written in the display name (for feedback). */
	raw: string;
	/** The display name carries an accent here ("Nicolò"). */
	accented: boolean;
	/** Also an ordinary word ("Rosa", "Sara"): counts only in a vocative. */
	ambiguous: boolean;
}

/** A name form from its folded tokens and the words as written. */
export function form(keys: string[], raw: string): NameForm {
	const joined = keys.join('');
	return {
		keys,
		joined,
		raw,
		accented: hasAccent(raw),
		ambiguous: keys.length === 1 && (WORD_NAMES.has(joined) || STOP_WORDS.has(joined)),
	};
}

/** Split a handle into name parts: "gianni_74" -> gianni; "vale.rinaldi" -> vale rinaldi; "MarioRossi" -> mario rossi. */
export function handleParts(display: string): string[] {
	return display
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.split(/[^\p{L}\p{M}']+/u)
		.filter((p) => p.length > 0);
}

/** An organisation's multi-word names that people use on their own ("Pro Loco", "Croce Rossa"). */
export const ORG_PHRASES = [
	'pro loco',
	'croce rossa',
	'croce verde',
	'croce bianca',
	'protezione civile',
	'vigili del fuoco',
];

/** Forms people use for an organisation: its full name, "Pro Loco", "Comitato Genitori", "Virtus". */
export function orgForms(words: { key: string; raw: string }[], cleaned: string, folded: string): NameForm[] {
	const forms = [
		form(
			words.map((w) => w.key),
			cleaned,
		),
	];
	for (const p of ORG_PHRASES) if (folded.includes(` ${p} `)) forms.push(form(p.split(' '), p));
	const idx = words.findIndex((w) => ORG_WORDS.has(w.key));
	if (idx < 0) return forms;
	// The words after the organisation type ("Amici del Parco" in "Associazione Amici del Parco").
	const rest = words.slice(idx + 1);
	if (rest.filter((w) => !STOP_WORDS.has(w.key)).length >= 2)
		forms.push(
			form(
				rest.map((w) => w.key),
				rest.map((w) => w.raw).join(' '),
			),
		);
	// The first distinctive word after the type ("Virtus" for "ASD Virtus Valverde").
	const distinctive = rest.find((w) => !STOP_WORDS.has(w.key) && !GENERIC_ADDRESS.has(w.key) && !ORG_WORDS.has(w.key));
	if (distinctive) forms.push(form([distinctive.key], distinctive.raw));
	// The type with the next words ("Comitato Genitori" for "Comitato Genitori Rodari").
	for (let k = idx + 2; k < words.length; k++) {
		const part = words.slice(idx, k);
		if (!STOP_WORDS.has(part[part.length - 1]?.key ?? ''))
			forms.push(
				form(
					part.map((w) => w.key),
					part.map((w) => w.raw).join(' '),
				),
			);
	}
	return forms;
}

/** The shortest short form of a first name that greets its owner ("Ale" for Alessandro). */
const MIN_SHORT_FORM = 3;

/**
 * Short forms the first name starts with ("Samu" for Samuele, "Fede" for Federica, "Ale" for
 * Alessandro): a name only where it greets, like a name that is also a word ("Ciao Samu", "Fra,
 * grazie"; not "fra le novità"). A short form that is a name of its own is another person ("Rosa"
 * for Rosanna, "Marco" for Marcello).
 */
export function shortForms(head: NameForm | undefined): NameForm[] {
	if (!head || head.keys.length !== 1) return [];
	const out: NameForm[] = [];
	for (let k = MIN_SHORT_FORM; k <= head.joined.length - 2; k++) {
		const key = head.joined.slice(0, k);
		if (!FIRST_NAMES.has(key)) out.push({ ...form([key], head.raw.slice(0, k)), ambiguous: true });
	}
	return out;
}

/** The shortest truncated vocative that calls its owner ("Antò" for Antonio). */
const MIN_TRUNCATED = 4;

/**
 * The southern truncated vocative: the first name cut after its stressed vowel and marked by an
 * apostrophe or an accent ("Salvato'" for Salvatore, "Antò" for Antonio, "Peppì" for Peppino).
 * `key` is the folded word, which must be a strict prefix of one of the first-name forms (nicknames
 * too), end in a vowel, and be neither a name of its own ("Sara'" is no Saretta) nor a common word
 * written with an accent ("così" is no Cosimo). Whether the word is marked is the caller's to say.
 */
export function truncates(key: string, first: readonly NameForm[]): boolean {
	if (key.length < MIN_TRUNCATED || !/[aeiou]$/u.test(key)) return false;
	if (FIRST_NAMES.has(key) || ACCENTED_WORDS.has(key) || STOP_WORDS.has(key)) return false;
	return first.some((f) => f.keys.length === 1 && f.joined.length > key.length && f.joined.startsWith(key));
}
