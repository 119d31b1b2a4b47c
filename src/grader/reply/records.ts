// The office's records of a citizen read out in public (part of the personal-data gate), found by
// parts of one sentence (lexicon/records.ts) rather than by phrases: the record being the citizen's
// ("a suo nome", "per l'appartamento di via…", "sua madre") and either a debt of theirs ("un arretrato
// del 2023", "non pagate") or an amount with the records consulted ("ho controllato: … 312,40 euro").
// Not a tariff or a rule said to them ("per lei il permesso costa 30 euro"), a value or a debt the
// comment already gave, a threshold, a hypothesis, a question, or a sentence that moves the talk to a
// private channel.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { toRange } from '../text/normalize';
import { RECORDS_CONSULTED, RECORD_AMOUNT, RECORD_DEBT, TARIFF, THEIRS } from '../lexicon/records';
import { PRIVATE_CHANNEL, THRESHOLD } from '../lexicon/personalData';
import { hypothetical } from './health';

const ECONOMIC_SITUATION = 'situazione economica';
/** Digits only: "312,40 €" and "312,40 euro" are the same amount. */
const digits = (s: string): string => s.replace(/\D/gu, '');

/** Amounts and debts from the office's records of the citizen, said in the reply. */
export function recordsData(reply: Analysed, comment: Analysed, spans: readonly Span[]): DataHit[] {
	const out: DataHit[] = [];
	const commentAmounts = new Set([...comment.folded.matchAll(RECORD_AMOUNT)].map((m) => digits(m[0])));
	RECORD_DEBT.lastIndex = 0;
	const commentDebt = RECORD_DEBT.test(comment.folded);
	RECORD_DEBT.lastIndex = 0;
	spans.forEach((s, i) => {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		if (/\?\s*$/u.test(text) || !THEIRS.test(text) || PRIVATE_CHANNEL.test(text)) return;
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
