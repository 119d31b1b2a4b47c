// Evidence ranges: merging overlapping ones, mapping facts back to the reply, and widening a fact
// to the whole meaningful unit a learner should see quoted («dal 6 all'8 dicembre», not «dal 6 all»).
import type { Range } from '../types';
import type { Analysed } from './normalize';
import type { Fact } from '../types';
import { MONTHS_RE } from '../lexicon/time';

/** Sort ranges and merge the overlapping ones. */
export function uniqueRanges(ranges: Range[]): Range[] {
	const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}

/** A fact's range in the original reply. */
export const rangeOf = (a: Analysed, f: Fact): Range => ({
	start: a.map[f.fStart] ?? 0,
	end: a.map[f.fEnd] ?? a.original.length,
});

// How far a quoted fact may grow to reach the end of its clause; beyond it the quote stays the fact.
const MAX_CLAUSE = 80;
// Words that leave a phrase unfinished when they end a quote: "dal 6 all", "con orario".
const DANGLING =
	/(?:^|\s)(?:a|ad|al|all|allo|alla|alle|ai|agli|da|dal|dall|dalla|dalle|dai|di|del|dell|della|delle|dei|in|nel|nella|con|per|su|sul|sulla|tra|fra|e|o|il|lo|la|le|i|gli|un|una|uno)['\s]*$/u;

/**
 * The range to quote for a fact: a bare "Sì", "No", "gratuito" or "è stata riparata" grows to its
 * whole clause so the quote says something; any quote ending on a preposition or article
 * ("dal 6 all") takes the next word too.
 */
export function quoteRange(a: Analysed, f: Fact): Range {
	let fEnd = f.fEnd;
	let fStart = f.fStart;
	if (f.kind === 'answer' || f.kind === 'status') {
		// Back to the start of the clause: "il lampione è stato riparato", "la sosta è gratuita".
		const before = a.folded.slice(Math.max(0, fStart - MAX_CLAUSE), fStart);
		const cut = Math.max(...[...before.matchAll(/[.;:!?\n,]/gu)].map((m) => m.index + 1), -1);
		if (cut >= 0) fStart -= before.length - cut;
		fStart += a.folded.slice(fStart, f.fStart).length - a.folded.slice(fStart, f.fStart).trimStart().length;
		// Forward to the end of the clause ("Sì, il sabato siamo aperti"), skipping the comma after "Sì";
		// without an end in sight, to the last whole word that fits.
		const lead = /^[\s,]*/u.exec(a.folded.slice(fEnd))?.[0].length ?? 0;
		const rest = a.folded.slice(fEnd + lead, fEnd + lead + MAX_CLAUSE);
		const stop = rest.search(/[,.;:!?\n]/u);
		const body = stop >= 0 ? rest.slice(0, stop) : rest.replace(/\s+\S*$/u, '');
		if (body.trim()) fEnd += lead + body.trimEnd().length;
	}
	for (let guard = 0; guard < 3 && DANGLING.test(a.folded.slice(fStart, fEnd)); guard++) {
		const next = new RegExp(`^['\\s]*[\\p{L}\\p{N}]+(?:[°'][\\p{L}\\p{N}]+)?(?:\\s(?:${MONTHS_RE}))?`, 'u').exec(
			a.folded.slice(fEnd, fEnd + 40),
		);
		if (!next) break;
		fEnd += next[0].length;
	}
	return { start: a.map[fStart] ?? 0, end: a.map[fEnd] ?? a.original.length };
}
