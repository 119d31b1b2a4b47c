// The office's records of a citizen read out in public (part of the personal-data gate), found by
// parts of one sentence (lexicon/records.ts) rather than by phrases; an application's number or score
// with the person it belongs to (fileEntries, below); the record being the citizen's
// ("a suo nome", "per l'appartamento di via…", "sua madre") and either a debt of theirs ("un arretrato
// del 2023", "non pagate") or an amount with the records consulted ("ho controllato: … 312,40 euro").
// Not a tariff or a rule said to them ("per lei il permesso costa 30 euro"), a value or a debt the
// comment already gave, a threshold, a hypothesis, a question, or a sentence that moves the talk to a
// private channel.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { firstAtLeast, isCapitalised, toRange } from '../text/normalize';
import {
	APPLICATION,
	CHILD_OF,
	FILE_ENTRY,
	RECORDS_CONSULTED,
	RECORD_AMOUNT,
	RECORD_DEBT,
	TARIFF,
	THEIRS,
	VISIT_LOGGED,
} from '../lexicon/records';
import { FIRST_NAMES } from '../lexicon/names';
import { DATA, THRESHOLD } from '../lexicon/personalData';
import { hypothetical } from './health';

const ECONOMIC_SITUATION = 'situazione economica';
/** Digits only: "312,40 €" and "312,40 euro" are the same amount. */
const digits = (s: string): string => s.replace(/\D/gu, '');

/**
 * Amounts and debts from the office's records of the citizen, said in the reply; `privateSentence` as in
 * shownData (an email address alone in a sentence does not make it private).
 */
export function recordsData(
	reply: Analysed,
	comment: Analysed,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	const commentAmounts = new Set([...comment.folded.matchAll(RECORD_AMOUNT)].map((m) => digits(m[0])));
	RECORD_DEBT.lastIndex = 0;
	const commentDebt = RECORD_DEBT.test(comment.folded);
	RECORD_DEBT.lastIndex = 0;
	spans.forEach((s, i) => {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		if (/\?\s*$/u.test(text) || privateSentence(s.fStart)) return;
		out.push(...fileEntries(reply, s, text));
		const visit = VISIT_LOGGED.exec(text);
		if (visit)
			out.push({
				what: DATA.records,
				range: toRange(reply, s.fStart + visit.index, s.fStart + visit.index + visit[0].length),
			});
		if (!THEIRS.test(text)) return;
		const hit = (at: number, length: number): void => {
			if (!hypothetical(text, at))
				out.push({ what: ECONOMIC_SITUATION, range: toRange(reply, s.fStart + at, s.fStart + at + length) });
		};
		if (!commentDebt) for (const m of text.matchAll(RECORD_DEBT)) hit(m.index, m[0].length);
		// An amount is a record when the records were consulted, here or in the sentence before ("Ho
		// controllato: …"), and no tariff is being told.
		const before = i > 0 ? reply.folded.slice(spans[i - 1]?.fStart ?? 0, spans[i - 1]?.fEnd ?? 0) : '';
		if ((!RECORDS_CONSULTED.test(text) && !RECORDS_CONSULTED.test(before)) || TARIFF.test(text)) return;
		for (const m of text.matchAll(RECORD_AMOUNT)) {
			const near = text.slice(Math.max(0, m.index - 20), m.index + m[0].length);
			if (!commentAmounts.has(digits(m[0])) && !THRESHOLD.test(near)) hit(m.index, m[0].length);
		}
	});
	return out;
}

/**
 * An application's number or score, read out with the person it belongs to: "la domanda di Edoardo …
 * ha il numero di protocollo 2025/3318 e il punteggio è 42", "la domanda per il piccolo Leonardo è la n.
 * 2025/0387" (families CN, CR): where a ranking is published by number, the number names the child.
 */
function fileEntries(reply: Analysed, s: Span, text: string): DataHit[] {
	if (!APPLICATION.test(text)) return [];
	FILE_ENTRY.lastIndex = 0;
	if (!FILE_ENTRY.test(text)) return [];
	FILE_ENTRY.lastIndex = 0;
	let named = false;
	// The sentence's tokens only, from the first found by bisection: a long reply stays linear.
	const first = firstAtLeast(reply.tokens.length, (k) => reply.tokens[k]?.fStart ?? Infinity, s.fStart);
	for (let k = first; k < reply.tokens.length && !named; k++) {
		const t = reply.tokens[k];
		if (t === undefined || t.fEnd > s.fEnd) break;
		named =
			FIRST_NAMES.has(t.key) &&
			isCapitalised(reply, t) &&
			// Whose the application is ("la domanda di Edoardo"), not the citizen called by name.
			/\b(?:di|per)\s+$/u.test(reply.folded.slice(Math.max(0, t.fStart - 5), t.fStart));
	}
	// Not the citizen's own ticket alone ("in merito alla Sua pratica con numero 814770", a real reply): a
	// ticket number says nothing of anyone else.
	if (!named && !CHILD_OF.test(text)) return [];
	return [...text.matchAll(FILE_ENTRY)]
		.filter((m) => !hypothetical(text, m.index))
		.map((m) => ({ what: DATA.records, range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length) }));
}
