// Key facts listed by the exercise author: each has accepted variants, and a variant counts in any
// inflection ("raccolta differenziata" = "raccolte differenziate"), with number words and digits
// equivalent ("cinque giorni" = "5 giorni") and flexible separators in codes ("7:40" = "7.40").
import type { KeyFact, Range } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, tokenRange } from '../text/normalize';
import { STOP_WORDS, sameStem, stem } from '../text/stem';
import { NUMBER_WORDS } from '../lexicon/numbers';
import { EMAIL, LINK } from '../lexicon/facts';

/** Whether one key fact was found, and where. */
export interface KeyFactResult {
	label: string;
	found: boolean;
	evidence: Range[];
}

// Content words of a variant may be this many tokens apart in the reply ("apertura del sabato" ~ "apertura il sabato").
const MAX_GAP = 2;
// Variants with these characters between letters or digits are codes: emails, links, phones, times.
const CODE_LIKE = /[\p{L}\p{N}][@/:._-]+[\p{L}\p{N}]|^\+?[\d\s]{6,}$/u;

/** Words that say "none" alike: "niente sanzioni" is "nessuna sanzione" (family Q, Q039). */
const NONE = new Set(['nessun', 'nessuno', 'nessuna', 'niente']);

const norm = (k: string): string => {
	if (NONE.has(k)) return 'nessun';
	const n = NUMBER_WORDS[k];
	return n === undefined ? stem(k) : String(n);
};

/**
 * The reply's stems, with the words inside an email address or a link blanked: "tributi" in
 * "tributi.comune.valverde.example.it" is a link, not the Ufficio tributi named (family Q, Q039).
 * A variant written as a link or an address is matched literally, so it is still found.
 */
function replyStems(reply: Analysed): string[] {
	const codes = [...reply.folded.matchAll(EMAIL), ...reply.folded.matchAll(LINK)].map((m) => [
		m.index,
		m.index + m[0].length,
	]);
	return reply.tokens.map((t) => (codes.some(([s = 0, e = 0]) => t.fStart >= s && t.fEnd <= e) ? '' : norm(t.key)));
}

function literal(reply: Analysed, variant: string): Range[] {
	const folded = analyse(variant).folded;
	const runs = folded.match(/[\p{L}\p{N}]+/gu);
	if (!runs) return [];
	// Separators are loose ("7:40" = "7.40"), except an email's "@": "tributi.comune…" is a link,
	// not the address tributi@comune… (family Q, Q039).
	const seps = folded.split(/[\p{L}\p{N}]+/u).slice(1, -1);
	const body = runs
		.map((r, i) => {
			const word = r.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
			if (i === 0) return word;
			return `${seps[i - 1]?.includes('@') ? '\\s*@\\s*' : '[\\s./:_\\-]*'}${word}`;
		})
		.join('');
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
	const out: Range[] = [];
	for (const m of reply.folded.matchAll(re)) {
		out.push({ start: reply.map[m.index] ?? 0, end: reply.map[m.index + m[0].length] ?? reply.original.length });
		if (out.length > 3) break;
	}
	return out;
}

function sequence(reply: Analysed, stems: string[], variant: string): Range[] {
	const words = analyse(variant).tokens.map((t) => t.key);
	const content = words.filter((w) => w === 'non' || !STOP_WORDS.has(w));
	const want = (content.length ? content : words).map(norm);
	const first = want[0];
	if (first === undefined) return [];
	const out: Range[] = [];
	for (let i = 0; i < stems.length && out.length < 4; i++) {
		if (!sameStem(stems[i] ?? '', first)) continue;
		let at = i;
		let ok = true;
		for (const w of want.slice(1)) {
			let hit = -1;
			for (let k = at + 1; k <= at + 1 + MAX_GAP && k < stems.length; k++) {
				if (sameStem(stems[k] ?? '', w)) {
					hit = k;
					break;
				}
			}
			if (hit < 0) {
				ok = false;
				break;
			}
			at = hit;
		}
		if (ok) out.push(tokenRange(reply, i, at));
	}
	return out;
}

/** Check each key fact against the reply. */
export function matchKeyFacts(reply: Analysed, keyFacts: readonly KeyFact[]): KeyFactResult[] {
	const stems = replyStems(reply);
	return keyFacts.map((kf) => {
		const evidence: Range[] = [];
		for (const v of kf.variants) {
			if (typeof v !== 'string' || !v.trim()) continue;
			const found = CODE_LIKE.test(v.trim()) ? literal(reply, v) : sequence(reply, stems, v);
			evidence.push(...found);
		}
		evidence.sort((x, y) => x.start - y.start);
		return { label: kf.label, found: evidence.length > 0, evidence };
	});
}
