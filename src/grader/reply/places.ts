// Street addresses as words of a text: "via Verdi", "piazza della Libertà 3". Relevance ignores
// them, because sharing the street with the comment does not make a reply about the same subject
// (the waste-collection days of via Verdi do not answer a question about its drains).
import type { Analysed } from '../text/normalize';
import { isCapitalised } from '../text/normalize';
import { STREET_LINKS } from '../lexicon/facts';
import { URBAN_STREET } from '../lexicon/places';

// Street words only (lexicon/places.ts): not "borgo", "frazione", "località", a village can be the subject.
const STREET = URBAN_STREET;

// Longest run of name words after a street word ("via San Giovanni Bosco" = 3).
const MAX_STREET_WORDS = 4;

/** Indexes of the tokens that form street addresses: the street word, its name and house number. */
export function addressTokens(a: Analysed): Set<number> {
	const out = new Set<number>();
	a.tokens.forEach((t, i) => {
		if (!STREET.has(t.key)) return;
		const run: number[] = [];
		let k = i + 1;
		for (let named = 0; k < a.tokens.length && named < MAX_STREET_WORDS; k++) {
			const w = a.tokens[k];
			if (!w || !/^[\s']*$/u.test(a.folded.slice(a.tokens[k - 1]?.fEnd ?? 0, w.fStart))) break;
			if (STREET_LINKS.has(w.key)) run.push(k);
			else if (isCapitalised(a, w) || /^\d+$/u.test(w.key)) {
				run.push(k);
				named++;
			} else break;
		}
		// Only a capitalised name or a number makes it an address: "la strada è dissestata" stays a topic.
		const last = run[run.length - 1];
		if (last === undefined || STREET_LINKS.has(a.tokens[last]?.key ?? '')) return;
		out.add(i);
		for (const r of run) out.add(r);
	});
	return out;
}
