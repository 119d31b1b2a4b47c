// Facts checked, not just spotted: a key fact that is a value (a date, a time, an amount, a phone
// number...) is wrong when the reply misses it and states another value of the same kind that
// nothing in the exercise supports ("venerdì 28 novembre" for a pool that reopens "lunedì 3
// novembre"). And with the office's fact sheet, any such value the reply adds from nowhere (a
// ticket number, a date of intervention) is invented.
import type { KeyFact, KeyFactVerdict, Range, ValueKind } from '../types';
import { VALUE_KINDS } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, sentenceAt, sentences } from '../text/normalize';
import { STOP_WORDS, stem } from '../text/stem';
import { MONTHS, WEEKDAYS } from '../lexicon/time';
import type { Value } from './values';
import { expand, inferKind, readValues, valueRange } from './values';

/**
 * Kinds whose invention misleads the citizen: they will come on that day, pay that sum, call that
 * number. Every kind but the weekday, an everyday word checked only when a key fact states one.
 */
const CHECKED_FOR_INVENTION: ReadonlySet<ValueKind> = new Set(VALUE_KINDS.filter((k) => k !== 'weekday'));

/** The values every text of the exercise supports: key facts' variants, the comment, the fact sheet. */
export interface Supported {
	values: Value[];
	has: (v: Value) => boolean;
}

/**
 * Whether two values of the same kind are the same: a link also matches its own page's domain, a
 * day named without its month ("venerdì 14", month 0) matches that day of any month, and days
 * match working days of the same count.
 */
function same(a: Value, b: Value): boolean {
	if (a.kind !== b.kind) return false;
	if (a.key === b.key) return true;
	if (a.kind === 'date') {
		const [[da, ma], [db, mb]] = [a.key.split('/'), b.key.split('/')];
		return da === db && (ma === '0' || mb === '0');
	}
	// "5 giorni" in a key fact is loose for "5 giorni lavorativi".
	if (a.kind === 'duration') {
		const days = (k: string): string =>
			k.replace(/^(\d+) giorni lavorativi$/u, (_, n: string) => `${Number(n) * 1440} minuti`);
		return days(a.key) === days(b.key);
	}
	return a.kind === 'link' && (a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`));
}

/** The values a key fact's variant states; a variant that is a bare number ("1187") is a reference. */
function variantValues(variant: string): Value[] {
	const text = analyse(variant);
	const { folded } = text;
	const values = readValues(text);
	const bare = /^\s*(\d{3,7})\s*$/u.exec(folded);
	return values.length === 0 && bare?.[1]
		? [{ kind: 'reference', key: bare[1], fStart: 0, fEnd: folded.length }]
		: values;
}

/** Collect the supported values. */
export function supportedValues(keyFacts: readonly KeyFact[], texts: readonly string[]): Supported {
	const values = [
		...keyFacts.flatMap((k) => k.variants.map(variantValues)),
		...texts.map((t) => readValues(analyse(t))),
	].flatMap((vs) => vs.flatMap(expand));
	const folded = [...keyFacts.flatMap((k) => k.variants), ...texts].map((t) => analyse(t).folded);
	// A range in the reply is supported when both its ends are; an address when its street and, soon
	// after, its number are written anywhere ("via dei Tigli, all'altezza del civico 40").
	return {
		values,
		has: (v) =>
			expand(v).every((e) => values.some((s) => same(s, e))) || (v.kind === 'address' && addressIn(v.key, folded)),
	};
}

/** Whether a street ("via dei tigli") is written in one of the texts with the house number within a few words. */
function addressIn(key: string, texts: readonly string[]): boolean {
	const cut = key.lastIndexOf(' ');
	const [street, number] = [key.slice(0, cut), key.slice(cut + 1)];
	const near = new RegExp(`^[^.!?\\n]{0,40}?\\b${number}\\b`, 'u');
	return texts.some((t) => {
		for (let at = t.indexOf(street); at >= 0; at = t.indexOf(street, at + 1)) {
			if (near.test(t.slice(at + street.length))) return true;
		}
		return false;
	});
}

/** How far apart two values of one kind are, to tell which key fact a wrong value was meant for. */
function distance(a: Value, b: Value): number {
	const minutes = (k: string): number => {
		const [h, m] = k.split(':').map(Number);
		return (h ?? 0) * 60 + (m ?? 0);
	};
	// A day without its month is compared by the day alone.
	const days = (k: string, other: string): number => {
		const [d, m] = k.split('/').map(Number);
		return (k.endsWith('/0') || other.endsWith('/0') ? 0 : (m ?? 0) * 31) + (d ?? 0);
	};
	if (a.kind === 'time') return Math.abs(minutes(a.key) - minutes(b.key));
	if (a.kind === 'date') return Math.abs(days(a.key, b.key) - days(b.key, a.key));
	if (a.kind === 'amount' || a.kind === 'weekday') return Math.abs(Number(a.key) - Number(b.key));
	// Durations of one unit by their count; of two units, far apart.
	if (a.kind === 'duration') {
		const [na, ...ua] = a.key.split(' ');
		const [nb, ...ub] = b.key.split(' ');
		return ua.join(' ') === ub.join(' ') ? Math.abs(Number(na) - Number(nb)) : Number.MAX_SAFE_INTEGER / 2;
	}
	// Phones, references, emails, links: characters that differ, position by position.
	let differ = Math.abs(a.key.length - b.key.length);
	for (let i = 0; i < Math.min(a.key.length, b.key.length); i++) if (a.key[i] !== b.key[i]) differ++;
	return differ;
}

/** Ranges a space or two apart are one stretch of words: "venerdì" and "28 novembre" quote as one. */
function joinAdjacent(ranges: Range[]): Range[] {
	const out: Range[] = [];
	for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
		const last = out[out.length - 1];
		if (last && r.start - last.end <= 2) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}

/**
 * Key-fact verdicts with values checked. A key fact's variants are alternatives, and the values
 * inside one variant go together ("dalle 15 alle 19" is two times): a kind of value is settled
 * for the fact when the reply states every value of one variant. A value the reply states that
 * nothing in the exercise supports is a wrong value for a fact whose values of that kind are not
 * settled (the closest one when several are open), whether or not the fact's words are there:
 * "navetta dalle 14" for "navetta dalle 14:30" is wrong, and so is another phone number beside
 * the right office. A fact whose kind is declared or inferred and stated in another notation is
 * found ("3/11" for "3 novembre").
 */
export function checkKeyFacts(
	reply: Analysed,
	keyFacts: readonly KeyFact[],
	found: readonly KeyFactVerdict[],
	supported: Supported,
): KeyFactVerdict[] {
	const values = readValues(reply);
	const stated = values.flatMap(expand);
	const inReply = (v: Value): boolean => stated.some((s) => same(s, v));
	const facts = keyFacts.map((kf, i) => {
		const variants = kf.variants.map((v) => variantValues(v).flatMap(expand));
		const kind = kf.kind ?? inferKind(variants);
		// Kinds for which no variant is fully stated: their values are open to a wrong one.
		const open = new Map<ValueKind, Value[]>();
		const settled = new Set<ValueKind>();
		for (const k of new Set(variants.flat().map((v) => v.kind))) {
			const withK = variants.map((vs) => vs.filter((v) => v.kind === k)).filter((vs) => vs.length > 0);
			if (withK.some((vs) => vs.every(inReply))) settled.add(k);
			else open.set(k, withK.flat());
		}
		// A declared or inferred kind is open too when the reply misses the fact, or when the variants
		// say it only in words: "gratis" declared an amount, so "10 euro" beside it contradicts it.
		const inWords = kind !== undefined && !variants.flat().some((v) => v.kind === kind);
		if (kind && !open.has(kind) && !settled.has(kind) && (!found[i]?.found || inWords)) open.set(kind, []);
		return { kind, variants, open };
	});
	// Weekdays are everyday words: checked only when a key fact states one ("fino a venerdì").
	const checked = (kind: ValueKind): boolean =>
		CHECKED_FOR_INVENTION.has(kind) ||
		facts.some((f) => f.kind === kind || f.variants.flat().some((v) => v.kind === kind));
	// Each unsupported value goes to the one open fact it most likely misstates: the fact whose label
	// and words share most with the value's sentence ("la graduatoria provvisoria esce il 10 luglio"
	// is about "la data della graduatoria provvisoria"), then the closest value.
	const spans = sentences(reply);
	const factWords = keyFacts.map((kf) => {
		const text = analyse([kf.label, ...kf.variants].join(' '));
		return subjectWords(text, 0, text.folded.length);
	});
	const wrongOf = new Map<number, Value[]>();
	for (const v of values) {
		if (!checked(v.kind) || supported.has(v)) continue;
		const span = spans[sentenceAt(spans, v.fStart)];
		const words = span ? subjectWords(reply, span.fStart, span.fEnd) : new Set<string>();
		let best = -1;
		let bestShared = -1;
		let bestDistance = Number.POSITIVE_INFINITY;
		facts.forEach((f, i) => {
			// A range one end of which is the fact's own ("dal 16 al 18 ottobre" for "18 ottobre") is about that fact.
			const shares = expand(v).some((e) => f.variants.flat().some((o) => same(o, e)));
			const open = f.open.get(v.kind);
			if (!open && !shares) return;
			// With no value to compare (a declared kind), any closer fact wins.
			const d = shares
				? 0
				: open?.length
					? Math.min(...expand(v).flatMap((e) => open.map((o) => distance(e, o))))
					: Number.MAX_SAFE_INTEGER;
			const shared = [...words].filter((w) => factWords[i]?.has(w)).length;
			if (shared > bestShared || (shared === bestShared && d < bestDistance))
				[best, bestShared, bestDistance] = [i, shared, d];
		});
		if (best >= 0) wrongOf.set(best, [...(wrongOf.get(best) ?? []), v]);
	}
	return found.map((result, i) => {
		const wrong = wrongOf.get(i);
		if (wrong) {
			const evidence = joinAdjacent(wrong.map((v) => valueRange(reply, v)));
			const first = evidence[0] ?? { start: 0, end: 0 };
			return { ...result, found: false, evidence, wrong: reply.original.slice(first.start, first.end) };
		}
		const kind = facts[i]?.kind;
		if (result.found || !kind) return result;
		// The same value written another way ("3/11" for "3 novembre", "7:00" for "alle 7") is the fact.
		const own = (facts[i]?.variants ?? []).flat().filter((v) => v.kind === kind);
		const same_ = values.filter((v) => v.kind === kind && expand(v).every((e) => own.some((o) => same(o, e))));
		return same_.length ? { ...result, found: true, evidence: same_.map((v) => valueRange(reply, v)) } : result;
	});
}

/** A value of the reply that the office's fact sheet gives otherwise, and the sheet's own words. */
export interface SheetConflict {
	range: Range;
	text: string;
	expected: string;
}

// Words that say what a sentence is about; values and calendar words are left out, since they differ.
const CALENDAR: ReadonlySet<string> = new Set<string>([...MONTHS, ...WEEKDAYS]);
// Content words a reply's sentence must share with the sheet's to be about the same thing.
const SAME_SUBJECT = 2;
// Kinds where a value a character or two off the office's is a slip for it, whatever the sentence.
const NEAR_MISS: ReadonlySet<ValueKind> = new Set(['phone', 'reference', 'email', 'link']);

function subjectWords(a: Analysed, from: number, to: number): Set<string> {
	const out = new Set<string>();
	for (const t of a.tokens) {
		if (t.fStart < from || t.fEnd > to || /\d/u.test(t.key) || t.key.length < 3) continue;
		if (STOP_WORDS.has(t.key) || CALENDAR.has(t.key)) continue;
		out.add(stem(t.key));
	}
	return out;
}

/**
 * Values the reply states that the fact sheet gives otherwise: a value nothing supports, in a
 * sentence that shares at least two content words with a sheet sentence holding another value of
 * the same kind that the reply does not state ("hai tempo fino al 31 agosto per pagare senza
 * sanzioni" against "si paga senza sanzioni entro il 31 luglio"), or a number or code one or two
 * characters off one of the sheet's ("200 000 154" for "200 000 145"). Values already judged wrong for
 * a key fact (`taken`) are not judged twice.
 */
export function sheetConflicts(
	reply: Analysed,
	sheet: Analysed,
	supported: Supported,
	taken: readonly Range[],
): SheetConflict[] {
	const values = readValues(reply);
	const stated = values.flatMap(expand);
	const sheetValues = readValues(sheet).filter((v) => !expand(v).every((e) => stated.some((x) => same(x, e))));
	if (sheetValues.length === 0) return [];
	const [replySpans, sheetSpans] = [sentences(reply), sentences(sheet)];
	const subjectOf = (a: Analysed, spans: ReturnType<typeof sentences>, at: number): Set<string> => {
		const span = spans[sentenceAt(spans, at)];
		return span ? subjectWords(a, span.fStart, span.fEnd) : new Set();
	};
	const out: SheetConflict[] = [];
	for (const v of values) {
		if (!CHECKED_FOR_INVENTION.has(v.kind) || supported.has(v)) continue;
		const range = valueRange(reply, v);
		if (taken.some((t) => t.start === range.start)) continue;
		const words = subjectOf(reply, replySpans, v.fStart);
		let best: { value: Value; shared: number; distance: number } | undefined;
		for (const s of sheetValues) {
			if (s.kind !== v.kind) continue;
			const subject = subjectOf(sheet, sheetSpans, s.fStart);
			const shared = [...words].filter((w) => subject.has(w)).length;
			const d = Math.min(...expand(v).flatMap((e) => expand(s).map((x) => distance(e, x))));
			// A number or a code one or two characters off ("200 000 154" for "200 000 145") is a slip for it.
			const slip = NEAR_MISS.has(v.kind) && d <= 2;
			const score = slip ? Number.MAX_SAFE_INTEGER : shared;
			if (
				(slip || shared >= SAME_SUBJECT) &&
				(!best || score > best.shared || (score === best.shared && d < best.distance))
			)
				best = { value: s, shared: score, distance: d };
		}
		if (!best) continue;
		out.push({ range, text: reply.original.slice(range.start, range.end), expected: withContext(sheet, best.value) });
	}
	return out;
}

/**
 * The sheet's value with the words just before it, back to the clause's start ("è guasto da
 * stamattina alle 8", "Chi paga entro il 31 luglio"): the learner sees what the value is about.
 */
function withContext(sheet: Analysed, v: Value): string {
	const r = valueRange(sheet, v);
	const from = Math.max(0, r.start - 30);
	let before = sheet.original.slice(from, r.start);
	const cut = Math.max(...['.', ';', ':', '!', '?', '\n'].map((c) => before.lastIndexOf(c)));
	// Back to the clause's start, or else drop the word cut in half at the window's edge.
	if (cut >= 0) before = before.slice(cut + 1);
	else if (from > 0) before = before.slice(before.indexOf(' ') + 1);
	return `${before.trimStart()}${sheet.original.slice(r.start, r.end)}`;
}

/** Values the reply states that nothing in the exercise supports: to be flagged as invented. */
export function inventedValues(reply: Analysed, supported: Supported, wrongRanges: readonly Range[]): Range[] {
	return readValues(reply)
		.filter((v) => CHECKED_FOR_INVENTION.has(v.kind) && !supported.has(v))
		.map((v) => valueRange(reply, v))
		.filter((r) => !wrongRanges.some((w) => w.start === r.start));
}
