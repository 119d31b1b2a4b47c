// A channel the office refuses, offered by the reply: part of the fact sheet as a check
// (reply/sheetCheck.ts), read from the sheet's own refusal ("non si accettano domande via PEC").
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { toRange } from '../text/normalize';
import type { SheetConflict } from '../types';
import { BUT, CHANNELS, DENIAL, REFUSED, SEND_VERB, SENT_ITEM } from '../lexicon/facts';

/** DENIAL for matchAll, compiled once (matchAll reads a copy, so the shared one keeps no position). */
const DENIALS = new RegExp(DENIAL.source, 'gu');

/** How far back a denial still governs what follows: a clause, not an endless run of words. */
const CLAUSE_CHARS = 200;

/**
 * The text ends under a denial: its last "non", "mai"… has no "ma" after it ("non via PEC"). Only
 * the last CLAUSE_CHARS are read, so a value in a sentence with no punctuation costs the same.
 */
export function endsDenied(whole: string): boolean {
	const text = whole.length > CLAUSE_CHARS ? whole.slice(-CLAUSE_CHARS) : whole;
	const denial = [...text.matchAll(DENIALS)].pop();
	return denial !== undefined && !BUT.test(text.slice(denial.index));
}

/**
 * A channel the office refuses, offered by the reply for the same thing: the sheet says "non si
 * accettano domande via social, email o PEC" and the reply "la domanda la può mandare anche via
 * PEC". The reply's sentence names what is sent, a verb of sending and the channel, with no denial
 * before it ("non via PEC" is right).
 */
export function refusedChannels(reply: Analysed, replySpans: readonly Span[], sheet: Analysed): SheetConflict[] {
	const refused: { channel: string; item: string; words: string }[] = [];
	for (const clause of sheet.folded.split(/[.;!?\n]/u)) {
		const no = REFUSED.exec(clause);
		if (!no) continue;
		const item = SENT_ITEM.exec(clause)?.[0].slice(0, 5) ?? '';
		const at = sheet.folded.indexOf(clause) + no.index;
		const words = sheet.original.slice(sheet.map[at] ?? 0, sheet.map[at + clause.length - no.index] ?? 0).trim();
		for (const [channel, re] of CHANNELS) if (re.test(clause)) refused.push({ channel, item, words });
	}
	if (refused.length === 0) return [];
	const out: SheetConflict[] = [];
	for (const span of replySpans) {
		const sentence = reply.folded.slice(span.fStart, span.fEnd);
		const item = SENT_ITEM.exec(sentence)?.[0].slice(0, 5);
		if (!item || !SEND_VERB.test(sentence)) continue;
		for (const r of refused) {
			const m = CHANNELS.find(([c]) => c === r.channel)?.[1].exec(sentence);
			if (!m || (r.item && r.item !== item) || REFUSED.test(sentence)) continue;
			// A denial before the channel with no "ma" between: "la domanda vale solo online, non via
			// PEC", "non la può mandare via email o PEC" (not "il CV non lo riceviamo, ma la domanda…").
			if (endsDenied(sentence.slice(0, m.index))) continue;
			// ...or right after it, or after the list it opens: "il CV in privato non possiamo riceverlo",
			// "CV in privato, mail o PEC non possono essere accettati" (family AZ).
			if (
				/^(?:\s*,?\s*(?:o |e |oppure |ne )?(?:e-?mail|mail|pec|posta(?: elettronica)?|privato|social|whatsapp|telefono|messenger|chat|fax)\b)*\s*(?:\p{L}+\s+){0,2}?(?:non|no)\b/u.test(
					sentence.slice(m.index + m[0].length),
				)
			)
				continue;
			const range = toRange(reply, span.fStart + m.index, span.fStart + m.index + m[0].length);
			out.push({ range, text: reply.original.slice(range.start, range.end), expected: r.words });
			break;
		}
	}
	return out;
}
