// Personal data said in passing (part of the personal-data gate, family N): what the office's
// records say of the person ("dal sistema vediamo che…"), a colleague's health ("le colleghe erano
// in malattia"), a private person identified by a relative's trade ("il figlio del tabaccaio").
// reply/personalData.ts gathers these with the other personal data.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { toRange } from '../text/normalize';
import { DATA, KIN_OF_TRADE, RECORDS_READ, STAFF_HEALTH } from '../lexicon/conduct';

/** "Se dal sistema risulta…", "qualora": a condition states nothing about anyone. */
const CONDITION = /\b(?:se|qualora|nel caso (?:in )?cui)\b/u;

/** Data said in passing, outside a sentence that moves the talk to a private channel. */
export function inPassingData(
	reply: Analysed,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	const hit = (what: string, s: Span, m: RegExpExecArray | null): void => {
		if (!m) return;
		out.push({ what, range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length) });
	};
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const records = RECORDS_READ.exec(text);
		const staff = STAFF_HEALTH.exec(text);
		const kin = [...text.matchAll(KIN_OF_TRADE)];
		// The private-channel test only for a sentence that holds something to show.
		if ((!records && !staff && kin.length === 0) || privateSentence(s.fStart)) continue;
		if (records && !CONDITION.test(text.slice(0, records.index))) hit(DATA.records, s, records);
		hit(DATA.health, s, staff);
		for (const m of kin) hit(DATA.kin, s, m);
	}
	return out;
}
