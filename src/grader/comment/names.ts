// Display-name parsing: from what the platform shows ("Marco R.", "gianni_74", "Maria Grazia De
// Luca", "Nicolò D'Angelo", "Pro Loco di Pistoia") to the forms a person would use to address
// that author ("Marco", "Gianni", "Maria Grazia", "signor D'Angelo", "Pro Loco").
import { analyse, foldText } from '../text/normalize';
import { STOP_WORDS } from '../text/stem';
import {
	FIRST_NAMES,
	GENERIC_ADDRESS,
	KIN_WORDS,
	NICKNAMES,
	NON_NAME_PARTS,
	PSEUDONYM_WORDS,
	ORG_WORDS,
	PARTICLES,
	TITLES,
	TITLE_TAILS,
} from '../lexicon/names';
import type { NameForm } from './nameForms';
import { ORG_PHRASES, form, handleParts, orgForms } from './nameForms';
import type { Addressee } from './addressee';
import { NO_ADDRESSEE, capitalise, titleOf, titledAddressee } from './addressee';

/** One way to write a name (re-exported: address.ts and tests import it from here). */
export type { NameForm } from './nameForms';

/** The author as the grader understands the display name. */
export interface ParsedName {
	kind: 'person' | 'org' | 'none';
	/** Forms usable alone: "Marco", "Maria Grazia", "Maria", nicknames. */
	first: NameForm[];
	/** Forms usable after a courtesy title: "Rossi", "De Luca". */
	surnames: NameForm[];
	/** Forms that count anywhere: full name, organisation name or its distinctive part. */
	full: NameForm[];
	/** Folded handle without "@" when the display name looks like one ("gianni_74"). */
	handle: string;
	/** The name to quote in feedback ("Marco", "signora De Luca", "Pro Loco di Pistoia"). */
	display: string;
	/** How feedback sentences call the author: a personal name, or none for organisations and handles. */
	addressee: Addressee;
}

// First names and nicknames: after a role word ("zio_pino") only these are taken as a name.
const KNOWN_FIRST = new Set([...FIRST_NAMES, ...NICKNAMES.flat()]);

/** Parse a platform display name into the forms usable to address its owner. */
export function parseDisplayName(input: string): ParsedName {
	const cleaned = (typeof input === 'string' ? input : '')
		.normalize('NFC')
		.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ')
		.replace(/^[\s@]+/u, '')
		.trim()
		.slice(0, 200);
	const looksLikeHandle = !/\s/u.test(cleaned) && /[_.\-\d]|\p{Ll}\p{Lu}/u.test(cleaned);
	const handle = looksLikeHandle ? foldText(cleaned) : '';
	const source = looksLikeHandle ? handleParts(cleaned).join(' ') : cleaned;
	const a = analyse(source);
	const words = a.tokens
		.filter((t) => /\p{L}/u.test(t.key))
		.map((t) => ({ key: t.key, raw: a.original.slice(t.start, t.end), start: t.start, end: t.end }));
	const empty: ParsedName = {
		kind: 'none',
		first: [],
		surnames: [],
		full: [],
		handle,
		display: cleaned,
		addressee: NO_ADDRESSEE,
	};

	const folded = ` ${words.map((w) => w.key).join(' ')} `;
	const isOrg = words.some((w) => ORG_WORDS.has(w.key)) || ORG_PHRASES.some((p) => folded.includes(` ${p} `));
	if (isOrg && words.length > 0) return { ...empty, kind: 'org', full: orgForms(words, cleaned, folded) };

	// Titles in the display name ("Dott. Mario Rossi", "Sig.ra Bianchi") are not part of the name;
	// single letters are initials ("Marco R.") and unusable words are handle noise ("user", "official").
	const names = words.filter(
		(w, i) =>
			!TITLES.has(w.key) &&
			!(TITLE_TAILS.has(w.key) && i > 0 && TITLES.has(words[i - 1]?.key ?? '')) &&
			// "D" stays when it opens a surname ("D'Angelo"); other single letters are initials.
			(w.key.length > 1 || (PARTICLES.has(w.key) && i < words.length - 1)) &&
			!NON_NAME_PARTS.has(w.key) &&
			!(looksLikeHandle && STOP_WORDS.has(w.key)),
	);
	// A handle ("TheDarkKnight_92", "Kevin_Dos_Santos") or a pseudonym ("Anonimo Sardo") mixes names
	// with nicknames and words: only known first names count, and they alone make the first name.
	const pseudonym = words.some((w) => PSEUDONYM_WORDS.has(w.key));
	if (
		(looksLikeHandle || pseudonym) &&
		!(names[0] && (GENERIC_ADDRESS.has(names[0].key) || KIN_WORDS.has(names[0].key)))
	) {
		const at = names.findIndex((w) => KNOWN_FIRST.has(w.key));
		if (at < 0) return empty;
		let end = at + 1;
		while (end < Math.min(names.length, at + 2) && FIRST_NAMES.has(names[end]?.key ?? '')) end++;
		const after = names.slice(end);
		return person(a.original, words, handle, names.slice(at, end), after.length ? after : names.slice(0, at), names);
	}
	// A role or kinship word ("Cittadino Indignato", "Residente esasperato", "zio_pino") describes the
	// author; what follows is a name only when it is a known first name or nickname ("Pino"), and not
	// when it names someone else ("mamma_di_leo": Leo is the child).
	if (names[0] && (GENERIC_ADDRESS.has(names[0].key) || KIN_WORDS.has(names[0].key))) {
		const kin = KIN_WORDS.has(names[0].key);
		if (words.some((w) => w.key === 'di' || w.key === 'del')) return empty;
		names.shift();
		const next = names[0];
		if (!KNOWN_FIRST.has(next?.key ?? '')) {
			// "Nonna Pina", "Zia Ornella": a capitalised word after a kinship word may be a name the list
			// lacks. Not enough to require it (met stays null when unused), but a reply that greets her
			// with it ("Ciao Pina") does call her by name.
			const maybe = kin && next && !looksLikeHandle && /^\p{Lu}/u.test(next.raw);
			return maybe ? { ...empty, first: [form([next.key], next.raw)] } : empty;
		}
	}
	if (names.length === 0) return empty;

	// Surname order ("Rossi Mario") is rare on social platforms; swap only when the last word is a
	// known first name and the first is not.
	const first0 = names[0];
	const lastW = names[names.length - 1];
	if (names.length === 2 && first0 && lastW && !FIRST_NAMES.has(first0.key) && FIRST_NAMES.has(lastW.key)) {
		names.reverse();
	}
	let split = names.findIndex((w, i) => i > 0 && i < names.length - 1 && PARTICLES.has(w.key));
	if (split < 0) split = names.length === 1 ? 1 : names.length - 1;
	const firstWords = names.slice(0, split);
	const surnameWords = names.length === 1 ? names : names.slice(split);
	const parsed = person(a.original, words, handle, firstWords, surnameWords, names);
	// "Pietro Lolli Ceroni": a middle word that is no known first name may open a double surname,
	// which a title often cuts to its first part ("signor Lolli").
	const middle = names.length === 3 && FIRST_NAMES.has(first0?.key ?? '') ? names[1] : undefined;
	// "Luciano C.": the initial is all the surname the page shows, and "Egr. sig. C." uses it.
	const initial = words[words.length - 1];
	if (names.length === 1 && words.length > 1 && initial?.key.length === 1 && !PARTICLES.has(initial.key))
		parsed.surnames.push(form([initial.key], initial.raw));
	if (middle && !FIRST_NAMES.has(middle.key) && !PARTICLES.has(middle.key) && lastW)
		parsed.surnames.push(
			form([middle.key], middle.raw),
			form([middle.key, lastW.key], spanOf(a.original, [middle, lastW])),
		);
	return parsed;
}

interface Word {
	key: string;
	raw: string;
	start: number;
	end: number;
}

/** The words as written, from the first to the last ("D'Angelo", not "D Angelo"). */
function spanOf(original: string, list: readonly Word[]): string {
	return list.length ? original.slice(Math.min(...list.map((w) => w.start)), Math.max(...list.map((w) => w.end))) : '';
}

/** A person's name forms from the words taken as first name, surname, and the whole name. */
function person(
	original: string,
	words: readonly Word[],
	handle: string,
	firstWords: readonly Word[],
	surnameList: readonly Word[],
	names: readonly Word[],
): ParsedName {
	const span = (list: readonly Word[]): string => spanOf(original, list);
	// A single name serves both ways: "Gentile Rossi" and "Ciao Rossi" for the display name "Rossi".
	const surnameWords = surnameList.length ? surnameList : firstWords;
	const first: NameForm[] = [];
	const head = firstWords[0];
	if (head) {
		first.push(form([head.key], head.raw));
		if (firstWords.length > 1)
			first.push(
				form(
					firstWords.map((w) => w.key),
					span(firstWords),
				),
			);
		for (const [short, long] of NICKNAMES) {
			if (short === head.key) first.push(form([long], long));
			if (long === head.key) first.push(form([short], short));
		}
	}
	const surnames = surnameWords.length
		? [
				form(
					surnameWords.map((w) => w.key),
					span(surnameWords),
				),
			]
		: [];
	const full =
		names.length > 1
			? [
					form(
						names.map((w) => w.key),
						span(names),
					),
				]
			: [];
	// A title in the display name ("Dott.ssa Bianchi") is the register the author chose: feedback
	// follows it. Otherwise the first name, whole ("Maria Grazia", "Pier Paolo"), capitalised.
	const title = titleOf(words.map((w) => w.key));
	const addressee: Addressee =
		title && surnameWords.length
			? titledAddressee(title, span(surnameWords))
			: { name: capitalise(span(firstWords.length ? firstWords : names)), titled: false, feminine: null };
	return { kind: 'person', first, surnames, full, handle, display: addressee.name, addressee };
}
