// Facts checked, not just spotted: a key fact that is a value (a date, a time, an amount, a phone
// number...) is wrong when the reply states another value for it that nothing in the exercise
// supports ("venerdì 28 novembre" for a pool that reopens "lunedì 3 novembre"). And with the
// office's fact sheet, any such value the reply adds from nowhere (a ticket number, a date of
// intervention) is invented.
import type { KeyFact, KeyFactVerdict, Range, ValueKind } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { analyse } from '../text/normalize';
import { sentenceAt } from '../text/sentences';
import type { Value } from './values';
import { expand, inferKind, readValues, valueRange } from './values';
import type { Supported } from './supported';
import { CHECKED_FOR_INVENTION, distance, narratedDay, same, subjectWords, variantValues } from './supported';

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
	spans: readonly Span[],
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
		// Spans ("dalle 6 alle 9") none of which is stated, though a single value settles the kind
		// ("7:40"): a wrong hour may misstate them ("dalle 7 alle 8:30"), so the fact stays a candidate.
		const openSpans = new Map<ValueKind, Value[]>();
		for (const k of new Set(variants.flat().map((v) => v.kind))) {
			const withK = variants.map((vs) => vs.filter((v) => v.kind === k)).filter((vs) => vs.length > 0);
			if (withK.some((vs) => vs.every(inReply))) settled.add(k);
			else open.set(k, withK.flat());
			const spans = withK.filter((vs) => vs.length > 1);
			if (settled.has(k) && spans.length > 0 && !spans.some((vs) => vs.every(inReply))) openSpans.set(k, spans.flat());
		}
		// A declared or inferred kind is open too when the reply misses the fact, or when the variants
		// say it only in words: "gratis" declared an amount, so "10 euro" beside it contradicts it.
		const inWords = kind !== undefined && !variants.flat().some((v) => v.kind === kind);
		if (kind && !open.has(kind) && !settled.has(kind) && (!found[i]?.found || inWords)) open.set(kind, []);
		return { kind, variants, open, openSpans };
	});
	// Weekdays are everyday words: checked only when a key fact states one ("fino a venerdì").
	const checked = (kind: ValueKind): boolean =>
		CHECKED_FOR_INVENTION.has(kind) ||
		facts.some((f) => f.kind === kind || f.variants.flat().some((v) => v.kind === kind));
	// Each unsupported value goes to the one open fact it most likely misstates: the fact whose label
	// and words share most with the value's sentence ("la graduatoria provvisoria esce il 10 luglio"
	// is about "la data della graduatoria provvisoria"), then the closest value.
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
			const open = f.open.get(v.kind) ?? f.openSpans.get(v.kind);
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

/** Values the reply states that nothing in the exercise supports: to be flagged as invented. */
export function inventedValues(reply: Analysed, supported: Supported, wrongRanges: readonly Range[]): Range[] {
	return readValues(reply)
		.filter((v) => CHECKED_FOR_INVENTION.has(v.kind) && !supported.has(v) && !narratedDay(reply, v))
		.map((v) => valueRange(reply, v))
		.filter((r) => !wrongRanges.some((w) => w.start === r.start));
}
