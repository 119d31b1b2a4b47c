// The threats a reply makes, for the conduct gate (reply/conduct.ts): a threat in the page's own
// words (a quoted one is the citizen's), listed intimidation ("sappiamo chi sei", "valuti bene cosa
// scrive"), a legal threat unless the comment itself threatens someone, a threat to block unless the
// comment offends. Besides the listed phrases (lexicon/threats.ts LEGAL_THREAT), a legal threat is
// found by its parts: a sentence that names a legal or police step ("querela", "alla Polizia
// postale", "al nostro ufficio legale", "nelle sedi opportune") and the citizen's own writing or doing
// ("il suo commento", "se non lo togli", "riprovaci", "dare del ladro"), unless the sentence gives
// advice on reporting, denies any step, or speaks of a threat or a scam: each family of testers
// wrote the threat in new words (families BZ to CI).
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { foldedOffset, toRange } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import type { Intent } from '../comment/intent';
import { findOffensive } from '../comment/offensive';
import {
	BLOCK_THREAT,
	CITIZEN_DOING,
	COMMENT_TO_POLICE,
	INTIMIDATION,
	LEGAL_STEP,
	LEGAL_THREAT,
	LEGAL_DENIAL,
	NO_LEGAL_THREAT,
	OFFICE_RESERVES,
	OTHER_TARGET,
	SPEECH_HARM,
	WATCH_YOUR_WORDS,
} from '../lexicon/threats';
import { matchAll, quotedMask, reported } from './spoken';

/**
 * Intimidation; a legal threat counts unless the comment itself threatens someone, a threat to
 * block unless the comment offends.
 */
export function intimidation(reply: Analysed, comment: Analysed, intent: Intent['kind']): Range[] {
	const offensive = intent === 'offensive';
	const commentThreatens = findOffensive(comment).some((h) => h.kind === 'threat');
	// A threat the reply quotes to say why the comment went ("frasi come «vi aspetto fuori dal
	// comando» sono una minaccia", family CE) is the citizen's, not the page's.
	const mask = quotedMask(reply);
	const threats = findOffensive(reply)
		.filter((h) => h.kind === 'threat')
		.map((h) => h.range)
		.filter((r) => {
			const f = foldedOffset(reply, r.start);
			return f < 0 || !reported(reply, f, mask);
		});
	const listed = [
		...threats,
		...matchAll(reply, INTIMIDATION),
		...matchAll(reply, WATCH_YOUR_WORDS),
		...(commentThreatens ? [] : matchAll(reply, LEGAL_THREAT)),
		...(offensive ? matchAll(reply, COMMENT_TO_POLICE) : matchAll(reply, BLOCK_THREAT)),
	];
	// A legal step turned on the citizen, where no listed phrase already shows it; not under praise
	// ("giriamo le sue parole agli agenti che hanno seguito la denuncia").
	const steps = commentThreatens || intent === 'praise' ? [] : legalAction(reply, !offensive);
	return [...listed, ...steps.filter((r) => !listed.some((l) => l.start < r.end && l.end > r.start))];
}

/**
 * The words of a reply that turn a legal step on the citizen, one range per sentence. With `reserved`, also the step the
 * office keeps in reserve against a harm done by words (OFFICE_RESERVES), where the citizen offended no one.
 */
export function legalAction(reply: Analysed, reserved = false): Range[] {
	// A test first (most replies name no legal step); `matchAll` starts from the pattern's lastIndex.
	LEGAL_STEP.lastIndex = 0;
	const any = LEGAL_STEP.test(reply.folded);
	LEGAL_STEP.lastIndex = 0;
	if (!any) return [];
	const mask = quotedMask(reply);
	const spans = sentences(reply);
	const seen = new Set<number>();
	const out: Range[] = [];
	for (const m of reply.folded.matchAll(LEGAL_STEP)) {
		if (reported(reply, m.index, mask)) continue;
		const at = sentenceAt(spans, m.index);
		const s = spans[at];
		if (!s || seen.has(at)) continue;
		seen.add(at);
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const doing =
			CITIZEN_DOING.exec(text) ??
			(reserved && SPEECH_HARM.test(text) && !OTHER_TARGET.test(text) ? OFFICE_RESERVES.exec(text) : null);
		// Advice counts anywhere in the sentence; a denial only in the step's own clause, before its end (LEGAL_DENIAL):
		// "se continui a insinuare che qui nessuno lavora, il tuo commento finisce all'ufficio legale" (JM019) denies nothing.
		const before = reply.folded.slice(s.fStart, m.index + m[0].length);
		const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
		if (!doing || NO_LEGAL_THREAT.test(text) || LEGAL_DENIAL.test(clause)) continue;
		// The words from the first half to the last: "se non lo togli entro stasera lo giriamo al
		// nostro ufficio legale".
		const from = s.fStart + doing.index;
		const to = from + doing[0].length;
		out.push(toRange(reply, Math.min(from, m.index), Math.max(to, m.index + m[0].length)));
	}
	return out;
}
