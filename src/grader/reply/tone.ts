// The tone of a reply read from generic cues (lexicon/tone.ts), for the phrasings no list holds.
// A sentence fails when it aims at the citizen and blames them in hindsight, or (under a grievance)
// winks at them; when it tells another person's faults or praises the mayor's record; when it warns
// that the page knows who the citizen is; when it hints ("diciamo solo che… 😉", "a buon
// intenditor"), partisan when the mayor, the council or the vote is near. An aside that ends in
// "comunque" fails when it holds blame or another person's faults, or irony (unless the comment
// jokes or praises: then it is a shared joke), or under a grievance a smile: the reply itself marks
// it as not part of the answer. Quoted words are not the reply's own and are left out.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { toRange } from '../text/normalize';
import { sentences } from '../text/sentences';
import { NEUTRAL_FRAME } from '../lexicon/impartiality';
import {
	ASIDE_END,
	ASIDE_SMILE,
	CLAP_BACK,
	CLAP_DESERVED,
	CONFIDE,
	COUNTED_BACK,
	HINDSIGHT,
	HINT,
	HAZARD,
	HINT_ALONE,
	IF_ONLY,
	IRONY,
	LAUGH_AT_HIM,
	LONE_WARNING,
	NOTED,
	WINK,
	WE_TOO,
	OTHER_BODY,
	OWN_BODY,
	POLITICAL_WORD,
	POLITICS,
	REBUT,
	USUAL_SUSPECTS,
	REPROACH,
	SELF_BLAME,
	SELF_JOKE,
	SOMEONE_ELSE,
	SHOW,
	TARGET,
	TRAILS_OFF,
	UNRELIABLE,
	WARNING,
} from '../lexicon/tone';
import { THIRD_PARTY } from '../lexicon/thirdParty';
import { mayMatch } from '../text/prefilter';
import { WINK_WITH_OFFER } from '../lexicon/conduct';

/** What a tone cue makes of a sentence: mockery, a warning or a political side. */
export interface ToneHit {
	kind: 'insult' | 'threat' | 'partisan';
	range: Range;
}

/** The folded reply with words in double quotes blanked: a quote of the citizen is not the reply's own. */
function unquoted(folded: string): string {
	return folded.replace(/"[^"\n]{1,200}"/gu, (m) => ' '.repeat(m.length));
}

/**
 * Text that closes an offer of help, before any emoji that ends it: "Ti rispondiamo anche in privato 😉" (JL050, KH046)
 * is warm. Read by the tone cues on a sentence and by the conduct gate on the words before a wink. Only the last
 * characters are read: a sentence of 100,000 emoji ending in half a pair made a trailing-emoji pattern rescan it from
 * every position (50 s, found by the property tests in session 45).
 */
export function closesOffer(sentence: string): boolean {
	const tail = sentence.slice(-120);
	let end = tail.length;
	while (end > 0 && /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s\uD800-\uDFFF]/u.test(tail.charAt(end - 1))) end--;
	return WINK_WITH_OFFER.test(tail.slice(0, end));
}

/** A range of the original reply without the spaces around it. */
function trimmed(a: Analysed, fStart: number, fEnd: number): Range {
	const r = toRange(a, fStart, fEnd);
	const text = a.original.slice(r.start, r.end);
	return {
		start: r.start + (text.length - text.trimStart().length),
		end: r.end - (text.length - text.trimEnd().length),
	};
}

/** The sentences (and the aside before "comunque") whose tone a public administration cannot publish. */
export function toneHits(
	reply: Analysed,
	{ aggrieved, serious, clapped = false }: { aggrieved: boolean; serious: boolean; clapped?: boolean },
): ToneHit[] {
	const text = unquoted(reply.folded);
	const out: ToneHit[] = [];
	const aside = ASIDE_END.exec(text);
	// The aside runs up to the turn word (an emoji before it is two UTF-16 units: keep both).
	const turn = aside ? aside.index + aside[0].length - (aside[1]?.length ?? 0) : 0;
	if (aside && turn > 0) {
		const before = text.slice(0, turn);
		if (
			(REPROACH.test(before) && !SELF_BLAME.test(before)) ||
			THIRD_PARTY.test(before) ||
			(serious &&
				IRONY.test(before) &&
				!(
					SELF_JOKE.test(before) &&
					!SOMEONE_ELSE.test(before) &&
					!TARGET.test(before) &&
					!OTHER_BODY.test(before) &&
					!POLITICAL_WORD.test(before)
				)) ||
			(aggrieved && ASIDE_SMILE.test(before))
		)
			out.push({ kind: 'insult', range: trimmed(reply, 0, turn) });
	}
	let before = '';
	// Each pattern is read on the whole text once: one that cannot match it cannot match a sentence of it (a sentence is
	// a slice of the text), and most of these patterns match nothing in a given reply.
	const possible = new Map<RegExp, boolean>();
	const may = (re: RegExp, t: string): boolean => {
		let known = possible.get(re);
		if (known === undefined) {
			known = mayMatch(re, text);
			possible.set(re, known);
		}
		return known && re.test(t);
	};
	const spans = sentences(reply);
	for (const s of spans) {
		const t = text.slice(s.fStart, s.fEnd);
		const range = (): Range => trimmed(reply, s.fStart, s.fEnd);
		if (may(WARNING, t) || (may(NOTED, t) && may(WINK, t))) out.push({ kind: 'threat', range: range() });
		// A politician named just before, then "lui" with a grin: "Se il sindaco si ricandida? Non lo
		// sappiamo, e forse nemmeno lui 😅" (families AF and AR).
		if (may(LAUGH_AT_HIM, t) && POLITICAL_WORD.test(before + t)) out.push({ kind: 'partisan', range: range() });
		const previous = before;
		// An emoji standing alone between two sentences is no sentence of its own.
		if (/\p{L}/u.test(t)) before = t;
		if (may(POLITICS, t) && !may(NEUTRAL_FRAME, t)) out.push({ kind: 'partisan', range: range() });
		if (
			may(HINT_ALONE, t) ||
			(may(HINT, t) && may(IRONY, t)) ||
			(may(REBUT, t) && may(WINK, t)) ||
			(may(USUAL_SUSPECTS, t) && !may(SHOW, t))
		)
			out.push({
				kind: POLITICAL_WORD.test(text.slice(Math.max(0, s.fStart - 150), s.fEnd)) ? 'partisan' : 'insult',
				range: range(),
			});
		// The body may be named in the sentence before, when it trails off into this one ("con la ditta
		// della mensa ci stiamo ancora lavorando... lì temo serva più di un questionario 🙈", family BH).
		const body =
			may(OTHER_BODY, t) || (may(TRAILS_OFF, previous) && may(OTHER_BODY, previous) && !may(OWN_BODY, previous));
		if (body && may(UNRELIABLE, t) && !may(SELF_BLAME, t) && !may(OWN_BODY, t))
			out.push({ kind: 'insult', range: range() });
		// A confided aside, a wish that someone did their job, hindsight with a wink: judgement of
		// whoever it is about, the citizen or someone else (families AZ and BA).
		if (
			!may(SELF_BLAME, t) &&
			!may(WE_TOO, t) &&
			(may(CONFIDE, t) || may(COUNTED_BACK, t) || may(IF_ONLY, t) || (may(HINDSIGHT, t) && may(IRONY, t)))
		)
			out.push({ kind: 'insult', range: range() });
		if (clapped && may(CLAP_BACK, t) && !may(SELF_BLAME, t) && !may(CLAP_DESERVED, t))
			out.push({ kind: 'insult', range: range() });
		const aimed = may(TARGET, t);
		if (
			(aimed && !may(SELF_BLAME, t) && (may(REPROACH, t) || (aggrieved && may(IRONY, t) && !closesOffer(t)))) ||
			may(THIRD_PARTY, t)
		)
			out.push({ kind: 'insult', range: range() });
	}
	// A lone "Occhio." closing the reply, with no hazard named: a warning to the citizen (family BI);
	// "Occhio alle truffe" or "Occhio!" before a frost warning is advice.
	const last = spans[spans.length - 1];
	if (last && LONE_WARNING.test(text.slice(last.fStart, last.fEnd)) && !HAZARD.test(text))
		out.push({ kind: 'threat', range: trimmed(reply, last.fStart, last.fEnd) });
	return out;
}
