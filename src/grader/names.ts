// Display-name parsing: from what the platform shows ("Marco R.", "gianni_74", "Maria Grazia De
// Luca", "Nicolò D'Angelo", "Pro Loco di Pistoia") to the forms a person would use to address
// that author ("Marco", "Gianni", "Maria Grazia", "signor D'Angelo", "Pro Loco").
import { analyse, foldText, hasAccent } from './normalize';
import { STOP_WORDS } from './stem';
import {
	FIRST_NAMES,
	GENERIC_ADDRESS,
	NICKNAMES,
	NON_NAME_PARTS,
	ORG_WORDS,
	PARTICLES,
	TITLES,
	TITLE_TAILS,
	WORD_NAMES,
} from './nameData';

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
}

function form(keys: string[], raw: string): NameForm {
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
function handleParts(display: string): string[] {
	return display
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.split(/[^\p{L}\p{M}']+/u)
		.filter((p) => p.length > 0);
}

// An organisation's multi-word names that people use on their own ("Pro Loco", "Croce Rossa").
const ORG_PHRASES = ['pro loco', 'croce rossa', 'croce verde', 'croce bianca', 'protezione civile', 'vigili del fuoco'];

/** Forms people use for an organisation: its full name, "Pro Loco", "Comitato Genitori", "Virtus". */
function orgForms(words: { key: string; raw: string }[], cleaned: string, folded: string): NameForm[] {
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
	// The words as written, from the first to the last ("D'Angelo", not "D Angelo").
	const span = (list: { start: number; end: number }[]): string =>
		list.length ? a.original.slice(Math.min(...list.map((w) => w.start)), Math.max(...list.map((w) => w.end))) : '';
	const empty: ParsedName = { kind: 'none', first: [], surnames: [], full: [], handle, display: cleaned };

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
	const display = head ? head.raw : cleaned;
	return { kind: 'person', first, surnames, full, handle, display };
}
