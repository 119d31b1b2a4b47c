// Sides taken (part of the conduct gates): a political side, in the reply's own words, and a
// prejudice against a group of people, stated or agreed with. reply/conduct.ts turns them into
// failures with their messages.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, toRange } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import { BLAME_WORDS, CANDIDACY_ASKED, CHEER, NAMED_LIST, NEUTRAL_FRAME, PARTISAN_EACH } from '../lexicon/impartiality';
import {
	AGREEMENT,
	CONCEDED_HERE,
	CONTRAST,
	PREJUDICE,
	PREJUDICE_CONCEDED,
	REJECTS_PREJUDICE,
} from '../lexicon/prejudice';
import { matchAll, perSentence, quotedMask, reported } from './spoken';

/**
 * Partisan words: credit for the mayor or the council, an attack on the opposition, a party or a
 * list the comment names ("Io voto Rinascita Valverde" → "Rinascita Valverde farebbe meglio a…"),
 * advice on how to vote, a hope or a cheer under a question about a candidacy. Not in a sentence that declines to take
 * sides, not quoted or reported.
 */
export function partisan(reply: Analysed, comment: Analysed): Range[] {
	const mask = quotedMask(reply);
	const spans = sentences(reply);
	// Whether a sentence declines to take sides, read once per sentence (0.8 s at 100,000 characters of one partisan form
	// when read per match).
	const declines = perSentence(reply, NEUTRAL_FRAME);
	const taken = (at: number): boolean => !reported(reply, at, mask) && !declines(at);
	const out = PARTISAN_EACH.flatMap((re) => matchAll(reply, re, taken));
	// Under a question about a candidacy, a hope or a cheer answers it for one side.
	if (CANDIDACY_ASKED.test(comment.folded)) out.push(...matchAll(reply, CHEER, taken));
	for (const m of comment.original.matchAll(NAMED_LIST)) {
		const name = analyse(m[1] ?? '').folded.trim();
		if (name.length < 4) continue;
		for (let at = reply.folded.indexOf(name); at >= 0; at = reply.folded.indexOf(name, at + name.length)) {
			const span = spans[sentenceAt(spans, at)];
			const blame = span && BLAME_WORDS.exec(reply.folded.slice(span.fStart, span.fEnd));
			if (!span || !blame || !taken(at)) continue;
			const b = span.fStart + blame.index;
			out.push(toRange(reply, at, at + name.length), toRange(reply, b, b + blame[0].length));
		}
	}
	return out;
}

/** PREJUDICE without the global flag, for a yes/no test that keeps no position between texts. */
const PREJUDICE_ONCE = new RegExp(PREJUDICE.source, 'u');

/**
 * A prejudice against a group of people: stated by the reply, or agreed with when the comment
 * states one ("hai ragione", "è giusto che…" with no "ma" after it). A sentence that names the
 * prejudice to reject it ("non è vero che…", "è un pregiudizio") or quotes it is not one.
 */
export function prejudice(reply: Analysed, comment: Analysed): Range[] {
	const mask = quotedMask(reply);
	// Whether a sentence rejects the prejudice, read once per sentence: a long sentence may hold many matches.
	const spans = sentences(reply);
	const rejected = perSentence(reply, REJECTS_PREJUDICE);
	const stated = (at: number): boolean => !reported(reply, at, mask) && !rejected(at);
	// A refusal later in the sentence does not take back a ground granted in the clause itself: "con
	// certe comunità qualche problema vero ci sia e non lo neghiamo, ma qui … non sono ammessi" (family BH).
	const granted = (at: number): boolean => {
		const clause =
			/^[^;.:!?\n]*?(?=\b(?:ma|pero|tuttavia)\b|[;.:!?\n]|$)/u.exec(reply.folded.slice(at, at + 160))?.[0] ?? '';
		return CONCEDED_HERE.test(clause);
	};
	const own = matchAll(reply, PREJUDICE, (at) => !reported(reply, at, mask) && (!rejected(at) || granted(at)));
	if (!PREJUDICE_ONCE.test(comment.folded)) return own;
	const agreed: Range[] = [];
	for (const m of reply.folded.matchAll(AGREEMENT)) {
		// The agreement and what it agrees with: the rest of its sentence.
		const end = (spans[sentenceAt(spans, m.index)]?.fEnd ?? reply.folded.length) - 1;
		const rest = reply.folded.slice(m.index + m[0].length, end + 1);
		if (!stated(m.index) || CONTRAST.test(rest)) continue;
		const clause = /^[^.!?\n]*/u.exec(rest)?.[0].trimEnd() ?? '';
		agreed.push(toRange(reply, m.index, m.index + m[0].length + clause.length));
	}
	// The prejudice's ground conceded, unless a refusal came first in the sentence.
	const conceded = matchAll(reply, PREJUDICE_CONCEDED, (at) => {
		const span = spans[sentenceAt(spans, at)];
		return !reported(reply, at, mask) && !REJECTS_PREJUDICE.test(reply.folded.slice(span?.fStart ?? 0, at));
	});
	return [...own, ...agreed, ...conceded];
}
