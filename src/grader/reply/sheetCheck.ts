// The fact sheet as a check: a value the reply states that the office's information gives
// otherwise, on the same subject, is wrong even when no key fact names it.
import type { Range, SheetConflict, ValueKind } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { sentenceAt, sentences } from '../text/sentences';
import type { Value } from './values';
import { expand, readValues, valueRange } from './values';
import { duringSpan, hourSpans, minutes, twelveHoursApart } from './hours';
import type { Supported } from './supported';
import { CHECKED_FOR_INVENTION, distance, narratedDay, same, subjectWords } from './supported';
import { clauses, deniedBefore, overlap, sharedWith, withContext } from './sheetParts';

/** No subject words: an offset outside every sentence. */
const NONE: ReadonlySet<string> = new Set();

// Content words a reply's sentence must share with the sheet's to be about the same thing.
const SAME_SUBJECT = 2;
// ...and for a value the exercise gives elsewhere, more than with the sheet's sentence that gives it.
const SAME_SUBJECT_BACKED = 3;
// Kinds where a value a character or two off the office's is a slip for it, whatever the sentence.
const NEAR_MISS: ReadonlySet<ValueKind> = new Set(['phone', 'reference', 'email', 'link']);

/**
 * Values the reply states that the fact sheet gives otherwise: a value nothing supports, in a
 * sentence that shares at least two content words with a sheet sentence holding another value of
 * the same kind that the reply does not state (a value the exercise gives elsewhere: three words,
 * and more than with the sheet's own sentence for it) ("hai tempo fino al 31 agosto per pagare senza
 * sanzioni" against "si paga senza sanzioni entro il 31 luglio"), or a number or code one or two
 * characters off one of the sheet's ("200 000 154" for "200 000 145"). Values already judged wrong for
 * a key fact (`taken`) are not judged twice; values of a kind the sheet says is not known yet
 * (`pending`) are judged against the clause of the sheet's value, not its whole sentence.
 */
export function sheetConflicts(
	reply: Analysed,
	replySpans: readonly Span[],
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
	pending: readonly Range[] = [],
): SheetConflict[] {
	const values = readValues(reply);
	const stated = values.flatMap(expand);
	const sheetValues = readValues(sheet).filter((v) => !expand(v).every((e) => stated.some((x) => same(x, e))));
	if (sheetValues.length === 0) return [];
	const sheetSpans = sentences(sheet);
	// The subject words of the sentence, or clause, around an offset (subjectWords remembers each stretch).
	const subjectOf = (a: Analysed, spans: readonly Span[], at: number): ReadonlySet<string> => {
		const span = spans[sentenceAt(spans, at)];
		return span ? subjectWords(a, span.fStart, span.fEnd) : NONE;
	};
	const sheetSubject = (at: number): ReadonlySet<string> => subjectOf(sheet, sheetSpans, at);
	// A sheet lists its facts in one sentence, one clause each ("le fontanelle saranno riparate entro
	// venerdì; … risponde dal lunedì al sabato").
	const sheetClauses = clauses(sheet, sheetSpans);
	const clauseSubject = (at: number): ReadonlySet<string> => subjectOf(sheet, sheetClauses, at);
	// The sheet's values that are the reply's value.
	const inSheet = (v: Value): Value[] => readValues(sheet).filter((s) => overlap(s, v));
	// How many subject words the reply's sentence shares with the sheet's sentences that give the value.
	const ownSubject = (v: Value, words: ReadonlySet<string>): number =>
		Math.max(0, ...inSheet(v).map((s) => sharedWith(words, sheetSubject(s.fStart))));
	// The sheet's clauses that give a value: each with its subject words and its other values.
	const givenIn = (v: Value): { subject: ReadonlySet<string>; values: readonly Value[] }[] =>
		inSheet(v).map((s) => {
			const clause = sheetClauses[sentenceAt(sheetClauses, s.fStart)];
			const inClause = clause
				? readValues(sheet).filter((o) => o !== s && o.fStart >= clause.fStart && o.fEnd <= clause.fEnd)
				: [];
			return { subject: clauseSubject(s.fStart), values: inClause };
		});
	/**
	 * Whether every clause of the sheet that gives the value is about something else: it has words
	 * of its own ("l'Ufficio risponde… dal lunedì al sabato"), none in the reply's sentence, and none
	 * of its values of another kind is in the reply's sentence ("oggi è martedì: … dalle 14 alle 17"
	 * is the sheet's "il martedì e il giovedì anche dalle 14 alle 17"). Values of the same kind are
	 * the clause's alternatives, no sign of its subject: "sabato mattina" beside "entro lunedì" may be
	 * wrong too.
	 */
	const aloneElsewhere = (v: Value, words: ReadonlySet<string>): boolean => {
		const i = sentenceAt(replySpans, v.fStart);
		return givenIn(v).every(
			(c) =>
				c.subject.size >= SAME_SUBJECT &&
				sharedWith(words, c.subject) === 0 &&
				!c.values.some((o) => o.kind !== v.kind && nearOf(i).has(o)),
		);
	};
	// The values of each reply sentence, indexed once: a sentence with thousands of values is not
	// scanned again for every value in it (the same matches as `overlap`).
	const near = new Map<number, { has: (o: Value) => boolean }>();
	const nearOf = (i: number): { has: (o: Value) => boolean } => {
		let index = near.get(i);
		if (!index) {
			const span = replySpans[i];
			const inSpan = span ? values.filter((o) => o.fStart >= span.fStart && o.fEnd <= span.fEnd).flatMap(expand) : [];
			const keys = new Set(inSpan.map((e) => `${e.kind}:${e.key}`));
			const days = new Set(inSpan.filter((e) => e.kind === 'date').map((e) => e.key.split('/')[0]));
			const loose = inSpan.filter((e) => e.kind === 'link' || e.kind === 'duration');
			index = {
				has: (o) =>
					expand(o).some((e) => {
						if (keys.has(`${e.kind}:${e.key}`)) return true;
						if (e.kind === 'date') {
							const [d, m] = e.key.split('/');
							return m === '0' ? days.has(d) : keys.has(`date:${d ?? ''}/0`);
						}
						return loose.some((x) => same(x, e));
					}),
			};
			near.set(i, index);
		}
		return index;
	};
	// An hour inside a span the sheet gives on the same subject ("alle 7:40" in "la fascia garantita del
	// mattino, dalle 6 alle 9") is not another hour.
	const spans = hourSpans(sheet);
	const position = new Map(values.map((v, i) => [v, i]));
	const inSpan = (v: Value, words: ReadonlySet<string>): boolean =>
		v.kind === 'time' &&
		duringSpan(reply, values, position.get(v) ?? -1) &&
		spans.some(
			([a, b]) =>
				minutes(a) <= minutes(v) &&
				minutes(v) <= minutes(b) &&
				sharedWith(words, clauseSubject(a.fStart)) >= SAME_SUBJECT,
		);
	const out: SheetConflict[] = [];
	for (const v of values) {
		// Weekdays too: an everyday word, not flagged as invented alone, but wrong against the sheet's
		// weekday on the same subject ("dal lunedì al sabato" where the office says "al venerdì").
		if (!(CHECKED_FOR_INVENTION.has(v.kind) || v.kind === 'weekday')) continue;
		// A value the exercise gives somewhere can still belong to another subject: "gli spazzaneve
		// ripartono alle 4" (the post says they started at 4, the sheet that they restart at 3), "i
		// lavori partono il 3 ottobre" (the sheet's award date, not the start).
		const backed = supported.has(v);
		const range = valueRange(reply, v);
		if (taken.some((t) => t.start === range.start)) continue;
		const words = subjectOf(reply, replySpans, v.fStart);
		if (inSpan(v, words)) continue;
		// A value of a kind the sheet says is not known: wrong against a given value only on its own clause.
		const unknownKind = pending.some((p) => p.start === range.start);
		const narrated = narratedDay(reply, v);
		// "non deve aspettare lunedì": a value the exercise gives, denied, is not stated; nor is the
		// citizen's own proposal named back ("la tua idea del sabato pomeriggio", family AY).
		if (
			backed &&
			(deniedBefore(reply, v) || PROPOSAL_BEFORE.test(reply.folded.slice(Math.max(0, v.fStart - 40), v.fStart)))
		)
			continue;
		const own = backed ? ownSubject(v, words) : 0;
		// A value the sheet gives only in clauses about something else ("dal lunedì al sabato" for the
		// office's hours) is as good as unsupported for the reply's subject ("le fontanelle le ripariamo
		// entro lunedì" where the sheet's fontanelle are repaired "entro venerdì").
		const elsewhere = backed && !supported.hasBesides(v, sheet) && aloneElsewhere(v, words);
		let best: { value: Value; shared: number; distance: number } | undefined;
		for (const s of sheetValues) {
			// "alle 4" for the sheet's 16:00 is the same hour, said as Italian often does; "il 1° ottobre"
			// is in the sheet's "a ottobre".
			if (s.kind !== v.kind || twelveHoursApart(v, s) || sameMonth(v, s) || (narrated && !s.key.startsWith('rel:')))
				continue;
			const subject = sheetSubject(s.fStart);
			const shared = sharedWith(words, subject);
			const d = Math.min(...expand(v).flatMap((e) => expand(s).map((x) => distance(e, x))));
			// A number or a code one or two characters off ("200 000 154" for "200 000 145") is a slip for it.
			const slip = NEAR_MISS.has(v.kind) && d <= 2;
			const score = slip ? Number.MAX_SAFE_INTEGER : shared;
			const about = backed
				? (shared >= SAME_SUBJECT_BACKED && shared > own) ||
					(elsewhere && sharedWith(words, clauseSubject(s.fStart)) >= SAME_SUBJECT)
				: slip || (unknownKind ? sharedWith(words, clauseSubject(s.fStart)) : shared) >= SAME_SUBJECT;
			if (about && (!best || score > best.shared || (score === best.shared && d < best.distance)))
				best = { value: s, shared: score, distance: d };
		}
		if (!best) continue;
		out.push({ range, text: reply.original.slice(range.start, range.end), expected: withContext(sheet, best.value) });
	}
	return out;
}

/** A day and a month alone of that month ("1° ottobre", "a ottobre"): one does not contradict the other. */
function sameMonth(v: Value, s: Value): boolean {
	if (v.kind !== 'date' || v.key.includes('-') || s.key.includes('-')) return false;
	const [[dv, mv], [ds, ms]] = [v.key.split('/'), s.key.split('/')];
	return mv === ms && (dv === '0' || ds === '0');
}

/** The citizen's proposal or request named just before a value: "la tua idea del", "la sua richiesta per". */
const PROPOSAL_BEFORE =
	/\b(?:tua|sua|vostra|tuo|suo|vostro) (?:idea|proposta|richiesta|suggerimento|domanda) (?:del|della|dello|dell'|di|per (?:il|la|l')?|sul|sulla)\s?$/u;
