// Personal data said in passing (part of the personal-data gate, families N and O): what the
// office's records say of the person ("dal sistema vediamo che…"), a colleague's health or family
// life ("le colleghe erano in malattia", "ha avuto un lutto in famiglia"), a family situation ("il
// certificato per la separazione"), a private person identified by a relative's trade ("il figlio
// del tabaccaio"). reply/personalData.ts gathers these with the other personal data.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { toRange } from '../text/normalize';
import {
	DATA,
	FAMILY_STATUS,
	KIN_OF_TRADE,
	RECORDS_READ,
	STAFF_DISCIPLINE,
	STAFF_HEALTH,
	STAFF_LIFE,
	STAFF_WORD,
} from '../lexicon/personalData';

/** "Se dal sistema risulta…", "qualora": a condition states nothing about anyone. */
const CONDITION = /\b(?:se|qualora|nel caso (?:in )?cui)\b/u;

/**
 * Data said in passing: what the records say and a relative's trade outside a sentence that moves
 * the talk to a private channel, a colleague's health or family life anywhere.
 */
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
		const life = STAFF_LIFE.exec(text);
		const kin = [...text.matchAll(KIN_OF_TRADE)];
		const family = FAMILY_STATUS.exec(text);
		// A colleague's health or family life is shown whatever channel the sentence also names ("la
		// collega che ha trovato allo sportello…"): no answer to a citizen needs it.
		hit(DATA.health, s, staff);
		hit(DATA.privateLife, s, life);
		if (STAFF_WORD.test(text)) hit(DATA.staffMatters, s, STAFF_DISCIPLINE.exec(text));
		// The private-channel test only for a sentence that holds something else to show.
		if ((!records && !family && kin.length === 0) || privateSentence(s.fStart)) continue;
		if (records && !CONDITION.test(text.slice(0, records.index))) hit(DATA.records, s, records);
		if (family && !CONDITION.test(text.slice(0, family.index))) hit(DATA.family, s, family);
		for (const m of kin) hit(DATA.kin, s, m);
	}
	return out;
}
