// How a reply addresses its reader: the author's name (first name, title + surname, full name,
// organisation), a template placeholder, someone else's name, or a generic "Gentile utente".
import type { Analysed } from '../text/normalize';
import { analyse, foldText, gapBetween, hasAccent, isCapitalised, rawOf, squeeze, tokenRange } from '../text/normalize';
import {
	BOUNDARY,
	gapAfter,
	calledAfter,
	gapBefore,
	greetingBefore,
	headKey,
	otherSurnameAfter,
	prevKey,
	roleBefore,
	setOff,
	titledFrom,
	titleBefore,
	openingCall,
	vocative,
} from './addressContext';
import type { NameForm, ParsedName } from '../comment/names';
import { handleParts, shortForms, truncates } from '../comment/nameForms';
import { ACCENTED_NAMES, DETERMINERS, GREETINGS, PLACE_BEFORE, STRONG_GREETINGS, TITLES } from '../lexicon/names';
import { placeholderHits } from './placeholders';
import { genericHits, otherHits } from './otherAddress';
import type { AddressHit } from '../types';

export type { AddressHit } from '../types';

/** Everything found about how the reply addresses its reader. */
export interface AddressFindings {
	author: AddressHit[];
	placeholder: AddressHit[];
	other: AddressHit[];
	generic: AddressHit[];
}

// Longest joined name we try to assemble from consecutive tokens ("Maria Grazia De Luca" = 4).
const MAX_NAME_TOKENS = 5;
const JOINABLE = /^[\s'\-.]{0,3}$/u;

function accentClash(a: Analysed, i: number, j: number, f: NameForm): boolean {
	// "sarà" is not "Sara": an accent the display name lacks makes it another word, except for names
	// customarily accented ("Nicolò" for "Nicolo").
	return hasAccent(rawOf(a, i, j)) && !f.accented && !ACCENTED_NAMES.has(f.joined);
}

type Role = 'first' | 'surname' | 'full';

/** Articles and articulated prepositions: before a name they make it a reference ("della signora Rossi"). */
const ARTICLE_BEFORE = new Set(
	'il lo la l i gli le del dello della dell dei degli delle al allo alla all ai agli alle dal dallo dalla dall dai dagli dalle sul sullo sulla sull'.split(
		' ',
	),
);

/** Tokens i..j, which spell one of the author's name forms, really address the author. */
function addresses(
	a: Analysed,
	i: number,
	j: number,
	f: NameForm,
	role: Role,
	authorKeys: ReadonlySet<string>,
	org: boolean,
): boolean {
	if (accentClash(a, i, j, f)) return false;
	// "alla signora Rossella Netti", "firmata dal signor Borghi": the author named in the third person,
	// as in a reply to a newspaper, is talked about, not addressed (rubric.md: the reply addresses them).
	// An organisation takes an article anyway ("amici della Pro Loco").
	const from = titledFrom(a, i);
	// The word before is read whole: "le" in "Gent.le sig.ra Rossi" ends an abbreviation, it is no article.
	if (!org && ARTICLE_BEFORE.has(headKey(a, from)) && /^[\s']*$/u.test(gapBefore(a, from))) return false;
	if (role === 'full') return true;
	if (role === 'surname') return titleBefore(a, i);
	// "Santa Maria Nuova", "via Giulia": a first name there is part of a place, not an address.
	if (PLACE_BEFORE.has(prevKey(a, i)) && /^[\s'.]+$/u.test(gapBefore(a, i))) return false;
	// "l'assessora Paola", "Paola Bianchi": another person who shares the author's first name.
	if (roleBefore(a, i) || otherSurnameAfter(a, j, authorKeys)) return false;
	if (!f.ambiguous) return true;
	// A word or a short form is one word: never letters joined across words ("grazie a chi l'ha resa
	// possibile" does not call Achille "Achil").
	if (j > i) return false;
	if (DETERMINERS.has(headKey(a, i)) && /^\s+$/u.test(gapBefore(a, i))) return false;
	// A name that is also a word, written in lowercase, is the word unless a strong greeting, a thanks
	// word or a title comes right before it or punctuation sets it off: "una serata serena", "vale la
	// pena", but "ciao serena", "grazieee vale", "grazie, serena!", "sara, ci dispiace".
	const capitalised = a.tokens[i] !== undefined && isCapitalised(a, a.tokens[i]);
	// A capital inside a sentence marks a name, and a mark after it closes the vocative: "Grazie di
	// cuore Vale!!!" (not "Vale la regola", where the capital only starts the sentence).
	const midSentence = i > 0 && !/[.!?\n]/u.test(gapBefore(a, i));
	const closed = j === a.tokens.length - 1 || BOUNDARY.test(gapAfter(a, j));
	// "Sara scrivi all'anagrafe": at the start, a second-person word after it makes it the vocative.
	return capitalised
		? vocative(a, i, j) || (midSentence && closed) || openingCall(a, i)
		: titleBefore(a, i) || calledAfter(a, i) || setOff(a, i, j);
}

/** Occurrences of the author's name forms that really address the author. */
function authorHits(a: Analysed, name: ParsedName): AddressHit[] {
	const forms = new Map<string, { f: NameForm; role: Role }[]>();
	const add = (f: NameForm, role: Role): void => {
		if (!f.joined) return;
		const list = forms.get(f.joined) ?? [];
		list.push({ f, role });
		forms.set(f.joined, list);
	};
	name.first.forEach((f) => add(f, 'first'));
	shortForms(name.first[0]).forEach((f) => add(f, 'first'));
	name.surnames.forEach((f) => add(f, 'surname'));
	name.full.forEach((f) => add(f, 'full'));
	const authorKeys = new Set([...forms.values()].flat().flatMap((c) => c.f.keys));
	// Every start of a form: a run of tokens that starts none of them cannot grow into one.
	const starts = new Set(
		[...forms.keys()].flatMap((k) => Array.from({ length: k.length }, (_, l) => k.slice(0, l + 1))),
	);
	const hits: AddressHit[] = [];
	const n = a.tokens.length;
	for (let i = 0; i < n; i++) {
		let joined = '';
		// The longest form wins, so evidence shows "Anna Maria" rather than "Anna".
		let best = -1;
		for (let j = i; j < Math.min(n, i + MAX_NAME_TOKENS); j++) {
			if (j > i && !JOINABLE.test(gapBetween(a, j - 1, j))) break;
			// "Giuliaaa": letters stretched for warmth are the same name.
			joined += squeeze(a.tokens[j]?.key ?? '');
			if (!starts.has(joined)) break;
			if ((forms.get(joined) ?? []).some(({ f, role }) => addresses(a, i, j, f, role, authorKeys, name.kind === 'org')))
				best = j;
		}
		if (best >= 0) {
			hits.push({ range: tokenRange(a, i, best), text: rawOf(a, i, best) });
			i = best;
		}
	}
	return hits;
}

// An accented final vowel ("Antò", "Peppì"), or an apostrophe that closes the word without eliding it
// into the next ("Salvato' e…", not "Sant'Antonio").
const ACCENTED_END = /[àèéìíòóùú]$/iu;
const CLOSING_APOSTROPHE = /^['\u2019](?!\p{L})/u;
const OPENING_QUOTE = /['\u2018\u2019"«“]$/u;

/**
 * The author's first name cut short as a southern vocative ("Salvato'", "Antò", "Peppì"): where a
 * vocative stands, at the start of a sentence, after a greeting, a thanks or a title, or after
 * punctuation; never inside a sentence ("il Comune girò la pratica") nor between quotes.
 */
function truncatedHits(a: Analysed, name: ParsedName): AddressHit[] {
	if (name.kind !== 'person') return [];
	const hits: AddressHit[] = [];
	a.tokens.forEach((t, i) => {
		const raw = a.original.slice(t.start, t.end);
		// The apostrophe is inside the token when the folded text read it as an accent ("Salvato'").
		const marked =
			ACCENTED_END.test(raw) || /['\u2019]$/u.test(raw) || CLOSING_APOSTROPHE.test(a.original.slice(t.end));
		if (!marked || OPENING_QUOTE.test(a.original.slice(0, t.start)) || !truncates(t.key, name.first)) return;
		const placed =
			i === 0 || BOUNDARY.test(gapBefore(a, i)) || greetingBefore(a, i) || titleBefore(a, i) || calledAfter(a, i);
		if (placed) hits.push({ range: tokenRange(a, i, i), text: raw });
	});
	return hits;
}

/**
 * A handle the replier typed after a greeting ("Gentile @RobertoMancini,") that spells the name the
 * author displays: written on purpose, unlike the @handle a platform puts at the start of a reply
 * (rubric.md).
 */
function greetedHandleHits(a: Analysed, name: ParsedName): AddressHit[] {
	// An author known only by a handle ("gianni_74") is not named by repeating it.
	if (name.handle) return [];
	const forms = [...name.first, ...name.full].map((f) => f.keys.join(' '));
	const hits: AddressHit[] = [];
	a.tokens.forEach((t, i) => {
		if (!/^\s*@$/u.test(gapBefore(a, i))) return;
		const k = headKey(a, i);
		if (!(GREETINGS.has(k) || STRONG_GREETINGS.has(k) || TITLES.has(k))) return;
		const raw = /^[^\s,;:!?]+/u.exec(a.original.slice(t.start))?.[0] ?? '';
		const parts = ` ${handleParts(raw)
			.map((p) => foldText(p))
			.join(' ')} `;
		if (forms.some((f) => parts.startsWith(` ${f} `)))
			hits.push({ range: { start: t.start - 1, end: t.start + raw.length }, text: `@${raw}` });
	});
	return hits;
}

/**
 * The reply with its @handles blanked out (same length, so offsets hold): the platform inserts
 * "@mario_rossi82" at the start of a reply on X, and that is addressing, not calling by name.
 */
function withoutHandles(reply: Analysed): Analysed {
	return reply.original.includes('@') ? analyse(reply.original.replace(HANDLE, (h) => ' '.repeat(h.length))) : reply;
}
// An @handle not part of an email address ("tributi@comune.it" keeps its name).
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]+/gu;

/** Find every way the reply addresses its reader. */
export function findAddress(reply: Analysed, name: ParsedName): AddressFindings {
	const a = withoutHandles(reply);
	const authorKeys = new Set<string>();
	for (const f of [...name.first, ...name.surnames, ...name.full]) for (const k of f.keys) authorKeys.add(k);
	return {
		author: [...authorHits(a, name), ...truncatedHits(a, name), ...greetedHandleHits(reply, name)],
		placeholder: placeholderHits(a, (i) => greetingBefore(a, i) || titleBefore(a, i)),
		other: otherHits(a, authorKeys),
		generic: genericHits(a),
	};
}
