// How a reply addresses its reader: the author's name (first name, title + surname, full name,
// organisation, @handle), a template placeholder, someone else's name, or a generic "Gentile utente".
import type { Range } from './types';
import type { Analysed } from './normalize';
import { gapBetween, hasAccent, isCapitalised, rawOf, squeeze, tokenRange } from './normalize';
import type { NameForm, ParsedName } from './names';
import {
	ACCENTED_NAMES,
	DETERMINERS,
	FIRST_NAMES,
	GENERIC_ADDRESS,
	GREETINGS,
	PLACE_BEFORE,
	STRONG_GREETINGS,
	TITLES,
	TITLE_TAILS,
	WORD_NAMES,
} from './nameData';
import { STOP_WORDS } from './stem';
import { placeholderHits } from './placeholders';

/** One way the reply addresses someone, with where it is and the words used. */
export interface AddressHit {
	range: Range;
	text: string;
}

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
const BOUNDARY = /[,;:!?.\n()\-\u2013\u2014"]|[^\p{L}\p{N}\s'"]/u;

const prevKey = (a: Analysed, i: number): string => a.tokens[i - 1]?.key ?? '';
const gapBefore = (a: Analysed, i: number): string => (i > 0 ? gapBetween(a, i - 1, i) : '');
const gapAfter = (a: Analysed, j: number): string =>
	j + 1 < a.tokens.length ? gapBetween(a, j, j + 1) : a.folded.slice(a.tokens[j]?.fEnd ?? 0);

/** A courtesy title right before token i ("sig.", "signora", "sig.ra", "dott.ssa"). */
function titleBefore(a: Analysed, i: number): boolean {
	if (!/^[\s.]*$/u.test(gapBefore(a, i))) return false;
	const k = prevKey(a, i);
	if (TITLES.has(k) || STRONG_GREETINGS.has(k)) return true;
	return TITLE_TAILS.has(k) && TITLES.has(prevKey(a, i - 1));
}

/** A greeting or thanks word right before token i, with at most a comma between. */
function greetingBefore(a: Analysed, i: number): boolean {
	return i > 0 && GREETINGS.has(prevKey(a, i)) && /^[\s,]*$/u.test(gapBefore(a, i));
}

/** Tokens i..j stand as a vocative: after a greeting or title, or set off by punctuation. */
function vocative(a: Analysed, i: number, j: number): boolean {
	if (greetingBefore(a, i) || titleBefore(a, i)) return true;
	const before = i === 0 || BOUNDARY.test(gapBefore(a, i));
	const after = j === a.tokens.length - 1 || BOUNDARY.test(gapAfter(a, j));
	return before && after;
}

function accentClash(a: Analysed, i: number, j: number, f: NameForm): boolean {
	// "sarà" is not "Sara": an accent the display name lacks makes it another word, except for names
	// customarily accented ("Nicolò" for "Nicolo").
	return hasAccent(rawOf(a, i, j)) && !f.accented && !ACCENTED_NAMES.has(f.joined);
}

type Role = 'first' | 'surname' | 'full';

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
	name.surnames.forEach((f) => add(f, 'surname'));
	name.full.forEach((f) => add(f, 'full'));
	const hits: AddressHit[] = [];
	const n = a.tokens.length;
	for (let i = 0; i < n; i++) {
		let joined = '';
		for (let j = i; j < Math.min(n, i + MAX_NAME_TOKENS); j++) {
			if (j > i && !JOINABLE.test(gapBetween(a, j - 1, j))) break;
			// "Giuliaaa": letters stretched for warmth are the same name.
			joined += squeeze(a.tokens[j]?.key ?? '');
			const candidates = forms.get(joined);
			if (!candidates) continue;
			for (const { f, role } of candidates) {
				if (accentClash(a, i, j, f)) continue;
				const afterDeterminer = DETERMINERS.has(prevKey(a, i)) && /^\s+$/u.test(gapBefore(a, i));
				// "Santa Maria Nuova", "via Giulia": a first name there is part of a place, not an address.
				const inPlace = PLACE_BEFORE.has(prevKey(a, i)) && /^[\s'.]+$/u.test(gapBefore(a, i));
				const ok =
					role === 'full' ||
					(role === 'surname'
						? titleBefore(a, i)
						: !inPlace && (!f.ambiguous || (!afterDeterminer && vocative(a, i, j))));
				if (ok) {
					hits.push({ range: tokenRange(a, i, j), text: rawOf(a, i, j) });
					break;
				}
			}
		}
	}
	if (name.handle) {
		const at = a.folded.indexOf(`@${name.handle}`);
		if (at >= 0)
			hits.push({
				range: { start: a.map[at] ?? 0, end: a.map[at + name.handle.length + 1] ?? a.original.length },
				text: `@${name.handle}`,
			});
	}
	return hits;
}

function isNameLike(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	if (!t || !/^\p{L}{2,}$/u.test(t.key)) return false;
	if (GENERIC_ADDRESS.has(t.key) || STOP_WORDS.has(t.key) || GREETINGS.has(t.key) || TITLES.has(t.key)) return false;
	return isCapitalised(a, t) || FIRST_NAMES.has(t.key);
}

/** Names of other people used to address the reader: "Ciao Luca" when the author is Nicolò. */
function otherHits(a: Analysed, authorKeys: ReadonlySet<string>): AddressHit[] {
	const hits: AddressHit[] = [];
	const n = a.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = a.tokens[i];
		if (!t || authorKeys.has(t.key) || !isNameLike(a, i)) continue;
		// After "Ciao", "Gentile", a title: a capitalised word is a name. Elsewhere only a known first
		// name set off as a vocative ("Buona giornata, Paolo!") counts.
		const strong = (STRONG_GREETINGS.has(prevKey(a, i)) && /^[\s,]*$/u.test(gapBefore(a, i))) || titleBefore(a, i);
		const known = FIRST_NAMES.has(t.key) && !(WORD_NAMES.has(t.key) && !isCapitalised(a, t));
		if (strong || (known && vocative(a, i, i))) {
			let j = i;
			// "Ciao Luca Bianchi": take the capitalised words that follow as part of the same name.
			while (
				j + 1 < n &&
				/^\s+$/u.test(gapBetween(a, j, j + 1)) &&
				isNameLike(a, j + 1) &&
				!authorKeys.has(a.tokens[j + 1]?.key ?? '')
			)
				j++;
			hits.push({ range: tokenRange(a, i, j), text: rawOf(a, i, j) });
		}
	}
	return hits;
}

/** Generic forms of address: "Gentile utente", "Caro cittadino", a bare "Salve" or "Gentile signora,". */
function genericHits(a: Analysed): AddressHit[] {
	const hits: AddressHit[] = [];
	a.tokens.forEach((t, i) => {
		if (GENERIC_ADDRESS.has(t.key) && (greetingBefore(a, i) || titleBefore(a, i) || i === 0)) {
			hits.push({ range: tokenRange(a, Math.max(0, i - 1), i), text: rawOf(a, Math.max(0, i - 1), i) });
		} else if (i === 0 && STRONG_GREETINGS.has(t.key) && BOUNDARY.test(gapAfter(a, 0))) {
			hits.push({ range: tokenRange(a, 0, 0), text: rawOf(a, 0, 0) });
		}
	});
	return hits;
}

/** Find every way the reply addresses its reader. */
export function findAddress(a: Analysed, name: ParsedName): AddressFindings {
	const authorKeys = new Set<string>();
	for (const f of [...name.first, ...name.surnames, ...name.full]) for (const k of f.keys) authorKeys.add(k);
	return {
		author: authorHits(a, name),
		placeholder: placeholderHits(a, (i) => greetingBefore(a, i) || titleBefore(a, i)),
		other: otherHits(a, authorKeys),
		generic: genericHits(a),
	};
}
