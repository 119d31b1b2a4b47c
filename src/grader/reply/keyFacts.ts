// Key facts listed by the exercise author: each has accepted variants, and a variant counts in any
// inflection ("raccolta differenziata" = "raccolte differenziate"), with number words and digits
// equivalent ("cinque giorni" = "5 giorni") and flexible separators in codes ("7:40" = "7.40").
import type { KeyFact, Range } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, tokenRange } from '../text/normalize';
import { STOP_WORDS, sameStem, stem } from '../text/stem';
import { NUMBER_WORDS } from '../lexicon/numbers';

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

const norm = (k: string): string => {
	const n = NUMBER_WORDS[k];
	return n === undefined ? stem(k) : String(n);
};

function literal(reply: Analysed, variant: string): Range[] {
	const runs = analyse(variant).folded.match(/[\p{L}\p{N}]+/gu);
	if (!runs) return [];
	const body = runs.map((r) => r.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s./:@_\\-]*');
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
	const stems = reply.tokens.map((t) => norm(t.key));
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
