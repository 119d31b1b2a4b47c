// Which of the reply's facts can count for the detailed tip: not echoes of what the citizen already
// said, not parts of boilerplate, not vague dates next to a promise, and not times or days for
// another day than the one asked ("domenica?" answered with "dal lunedì al venerdì").
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { sentenceAt } from '../text/sentences';
import { STOP_WORDS } from '../text/stem';
import type { Fact } from './facts';
import { findFacts, isHomePage, isWeak } from './facts';
import type { GenericHit } from './boilerplate';
import { WEEKDAYS } from '../lexicon/time';

/** True when `word` occurs in `text` as a whole word or phrase (not inside "risposta" for "posta"). */
export function containsWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + word.length] ?? ' ';
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
	}
	return false;
}

/** "è stata spostata" when the citizen wrote "hanno spostato": they know it already. */
function echoedStatus(f: Fact, comment: Analysed): boolean {
	if (f.kind !== 'status') return false;
	const last = f.text.split(' ').pop() ?? '';
	// "Sono stati effettuati" says only that it was done: to "perché avete tagliato…?" that is an echo.
	if (/^(?:effettuat|eseguit|svolt|realizzat)[oaie]$/u.test(last))
		return /\b(?<!non )(?:avete|hanno)\s(?:gia\s)?\p{L}+(?:at|ut|it)[oaie]\b/u.test(comment.folded);
	const participle = /(\p{L}+at)[oaie]$|(\p{L}+s)[oaie]$/u.exec(last);
	const root = participle?.[1] ?? participle?.[2];
	if (!root) return false;
	return new RegExp(`\\b(?:ha|hanno|avete|abbiamo|e|sono|stat[oaie])\\s(?:gia\\s)?${root}[oaie]\\b`, 'u').test(
		comment.folded,
	);
}

// Weekdays in order, folded: indexes 0 (Monday) to 6 (Sunday).
const WEEK: readonly string[] = WEEKDAYS;
// Plurals and groups of days, as the weekday indexes (0 = Monday) they cover.
const DAY_GROUPS: Record<string, number[]> = {
	sabati: [5],
	domeniche: [6],
	festivi: [6],
	festivo: [6],
	feriali: [0, 1, 2, 3, 4, 5],
	weekend: [5, 6],
	'fine settimana': [5, 6],
	'tutti i giorni': [0, 1, 2, 3, 4, 5, 6],
	'7 giorni su 7': [0, 1, 2, 3, 4, 5, 6],
	'sette giorni su sette': [0, 1, 2, 3, 4, 5, 6],
};
// Any weekday or group of days; and a range of weekdays ("dal lunedì al venerdì").
const DAY_WORDS = new RegExp(`\\b(?:${[...WEEK, ...Object.keys(DAY_GROUPS)].join('|')})\\b`, 'gu');
const DAY_RANGE = new RegExp(
	`\\b(?:da|dal|dalla)\\s(${WEEK.join('|')})\\s(?:a|al|alla)\\s(${WEEK.join('|')})\\b`,
	'gu',
);

/** Weekdays a text covers: named days, groups ("festivi") and ranges ("dal lunedì al venerdì"). */
export function daysIn(text: string): Set<number> {
	const days = new Set<number>();
	for (const m of text.matchAll(DAY_RANGE)) {
		const from = WEEK.indexOf(m[1] ?? '');
		const to = WEEK.indexOf(m[2] ?? '');
		for (let d = from; from >= 0 && to >= 0; d = (d + 1) % 7) {
			days.add(d);
			if (d === to) break;
		}
	}
	for (const m of text.matchAll(DAY_WORDS)) {
		const k = WEEK.indexOf(m[0]);
		for (const d of k >= 0 ? [k] : (DAY_GROUPS[m[0]] ?? [])) days.add(d);
	}
	return days;
}

// "la domenica", "il sabato", "nei festivi": a recurring day, what a question about a schedule names.
// A bare "domenica ho visto..." or "la sagra di domenica" names one date instead, and is not asked about.
const HABITUAL = /\b(?:la|il|nei|nel|le|i)\s$/u;

/** Recurring days the comment's questions ask about ("a che ora apre la domenica?"). */
function askedDays(comment: Analysed): Set<number> {
	const asked = new Set<number>();
	for (const q of comment.folded.split(/(?<=[.!?\n])/u)) {
		if (!q.includes('?')) continue;
		for (const m of q.matchAll(DAY_WORDS)) {
			if (!HABITUAL.test(q.slice(Math.max(0, m.index - 5), m.index))) continue;
			for (const d of daysIn(m[0])) asked.add(d);
		}
	}
	return asked;
}

/** Sentences of the reply that speak of days none of which the comment asked about. */
function otherDaySentences(reply: Analysed, comment: Analysed, spans: readonly Span[]): Set<number> {
	const out = new Set<number>();
	const asked = askedDays(comment);
	if (asked.size === 0 || asked.size > 2) return out;
	spans.forEach((s, i) => {
		const given = daysIn(reply.folded.slice(s.fStart, s.fEnd));
		if (given.size > 0 && ![...asked].some((d) => given.has(d))) out.add(i);
	});
	return out;
}

// A closing formula followed only by a short tail: the tail is the signature (office, e-mail,
// phones), the same under every reply, not an answer to this comment.
const CLOSING =
	/\b(?:cordiali saluti|distinti saluti|saluti cordiali|cordialmente|un cordiale saluto|i migliori saluti)\b[.,!]?/gu;
const MAX_SIGNATURE = 250;

/** Where the signature starts, or the end of the reply when there is none. */
function signatureStart(reply: Analysed): number {
	let start = reply.folded.length;
	for (const m of reply.folded.matchAll(CLOSING)) {
		const end = m.index + m[0].length;
		if (reply.folded.length - end <= MAX_SIGNATURE) {
			start = end;
			break;
		}
	}
	return start;
}

/** The reply's facts that can count, and those set aside for being about other days than asked. */
export function usableFacts(
	reply: Analysed,
	comment: Analysed,
	generic: GenericHit[],
	spans: readonly Span[],
): { usable: Fact[]; otherDays: Fact[] } {
	// Naming the office, document, address or weekday the citizen already named adds nothing
	// ("l'anagrafe ti aspetta", "la buca di via Roma 12 è stata segnalata"); dates and times count
	// even when repeated, because confirming "il 31 maggio" answers "31 maggio o 16 giugno?".
	const echo = (f: Fact): boolean =>
		((isWeak(f) || f.kind === 'place' || (f.kind === 'date' && !/\d/u.test(f.text))) &&
			containsWord(comment.folded, f.text)) ||
		echoedStatus(f, comment);
	// A fact inside a generic phrase ("la ASL di competenza") is part of the boilerplate.
	const boiler = new Uint8Array(reply.folded.length + 1);
	for (const g of generic) boiler.fill(1, g.fStart, g.fEnd);
	const inGeneric = (f: Fact): boolean => boiler[f.fStart] === 1 || boiler[Math.max(f.fStart, f.fEnd - 1)] === 1;
	// "A settembre ti faremo sapere": a bare month next to a vague promise dates the promise, not the answer.
	const promised = new Set(generic.map((g) => sentenceAt(spans, g.fStart)));
	// "I lavori sono in fase di completamento e riapriremo appena possibile": work under way, next
	// to a vague promise, says no more than the promise.
	const vagueDate = (f: Fact): boolean =>
		((f.kind === 'date' && !/\d/u.test(f.text)) || (f.kind === 'status' && /\bin (?:corso|fase) di\b/u.test(f.text))) &&
		promised.has(sentenceAt(spans, f.fStart));
	// Asked about Sunday, a sentence with the Monday-to-Friday hours is about other days.
	const elsewhere = otherDaySentences(reply, comment, spans);
	const signature = signatureStart(reply);
	const kept = findFacts(reply, STOP_WORDS).filter(
		(f) => !isHomePage(f) && !echo(f) && !inGeneric(f) && !vagueDate(f) && f.fStart < signature,
	);
	const otherDay = (f: Fact): boolean => elsewhere.has(sentenceAt(spans, f.fStart));
	return { usable: kept.filter((f) => !otherDay(f)), otherDays: kept.filter(otherDay) };
}
