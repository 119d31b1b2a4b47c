// Other ways a reply addresses its reader (reply/address.ts finds the author's own name): someone
// else's name ("Ciao Luca" when the author is Nicolò) or a generic form ("Gentile utente").
import type { Analysed } from '../text/normalize';
import { gapBetween, isCapitalised, rawOf, tokenRange } from '../text/normalize';
import {
	BOUNDARY,
	abbreviationTail,
	gapAfter,
	gapBefore,
	greetingBefore,
	headKey,
	prevKey,
	titleBefore,
	titledFrom,
	vocative,
	wordBefore,
} from './addressContext';
import { FIRST_NAMES, GENERIC_ADDRESS, GREETINGS, STRONG_GREETINGS, TITLES, WORD_NAMES } from '../lexicon/names';
import { STOP_WORDS } from '../text/stem';
import type { AddressHit } from '../types';

function isNameLike(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	if (!t || !/^\p{L}{2,}$/u.test(t.key)) return false;
	if (GENERIC_ADDRESS.has(t.key) || STOP_WORDS.has(t.key) || GREETINGS.has(t.key) || TITLES.has(t.key)) return false;
	return isCapitalised(a, t) || FIRST_NAMES.has(t.key);
}

// An article or preposition before a title makes it a reference, not an address: "rivolgiti alla
// dott.ssa Bruni", "contatta il signor Neri" send the citizen to someone, they do not greet them.
const REFERENCE_BEFORE = new Set(
	'a al alla allo dal dalla dallo del della dello il la lo con col per tra fra'.split(' '),
);

/** Names of other people used to address the reader: "Ciao Luca" when the author is Nicolò. */
export function otherHits(a: Analysed, authorKeys: ReadonlySet<string>): AddressHit[] {
	const hits: AddressHit[] = [];
	const n = a.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = a.tokens[i];
		if (!t || authorKeys.has(t.key) || !isNameLike(a, i)) continue;
		// After "Ciao", "Gentile", a title: a capitalised word is a name. Elsewhere only a known first
		// name set off as a vocative ("Buona giornata, Paolo!") counts.
		const from = titledFrom(a, i);
		if (from !== i && REFERENCE_BEFORE.has(prevKey(a, from))) continue;
		const strong = (STRONG_GREETINGS.has(headKey(a, i)) && /^[\s,]*$/u.test(gapBefore(a, i))) || titleBefore(a, i);
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
			// "signora Rossi": the title goes with the name, so feedback can say whose name it should be.
			const k = titledFrom(a, i);
			hits.push({ range: tokenRange(a, k, j), text: rawOf(a, k, j) });
		}
	}
	return hits;
}

/**
 * Generic forms of address: "Gentile utente", "Caro cittadino", a bare "Salve" or "Gentile signora,".
 * An abbreviated greeting counts whole: "Gent.le utente"; "Gent.le sig.ra Rossi" is no bare "Gent".
 */
export function genericHits(a: Analysed): AddressHit[] {
	const hits: AddressHit[] = [];
	a.tokens.forEach((t, i) => {
		if (GENERIC_ADDRESS.has(t.key) && (greetingBefore(a, i) || titleBefore(a, i) || i === 0)) {
			const from = Math.max(0, wordBefore(a, i));
			hits.push({ range: tokenRange(a, from, i), text: rawOf(a, from, i) });
		} else if (i === 0 && STRONG_GREETINGS.has(t.key)) {
			const end = abbreviationTail(a, 1) ? 1 : 0;
			if (BOUNDARY.test(gapAfter(a, end))) hits.push({ range: tokenRange(a, 0, end), text: rawOf(a, 0, end) });
		}
	});
	return hits;
}
