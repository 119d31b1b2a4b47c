// Facts checked, not just spotted: a key fact that is a value (a date, a time, an amount, a phone
// number...) is wrong when the reply misses it and states another value of the same kind that
// nothing in the exercise supports ("venerdì 28 novembre" for a pool that reopens "lunedì 3
// novembre"). And with the office's fact sheet, any such value the reply adds from nowhere (a
// ticket number, a date of intervention) is invented.
import type { KeyFact, KeyFactVerdict, Range, ValueKind } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse } from '../text/normalize';
import type { Value } from './values';
import { expand, inferKind, readValues, valueRange } from './values';

/** Kinds whose invention misleads the citizen: they will come on that day, pay that sum, call that number. */
const CHECKED_FOR_INVENTION: ReadonlySet<ValueKind> = new Set([
	'date',
	'time',
	'amount',
	'phone',
	'email',
	'link',
	'reference',
]);

/** The values every text of the exercise supports: key facts' variants, the comment, the fact sheet. */
export interface Supported {
	values: Value[];
	has: (v: Value) => boolean;
}

/** Whether two values of the same kind are the same (a link also matches its own page's domain). */
function same(a: Value, b: Value): boolean {
	if (a.kind !== b.kind) return false;
	if (a.key === b.key) return true;
	return a.kind === 'link' && (a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`));
}

/** Collect the supported values. */
export function supportedValues(keyFacts: readonly KeyFact[], texts: readonly string[]): Supported {
	const values = [...keyFacts.flatMap((k) => k.variants), ...texts].flatMap((t) =>
		readValues(analyse(t).folded).flatMap(expand),
	);
	// A range in the reply is supported when both its ends are.
	return { values, has: (v) => expand(v).every((e) => values.some((s) => same(s, e))) };
}

/**
 * Key-fact verdicts with values checked: a missing value fact for which the reply states an
 * unsupported value of the same kind gets `wrong` (the reply's words) and its evidence.
 */
export function checkKeyFacts(
	reply: Analysed,
	keyFacts: readonly KeyFact[],
	found: readonly KeyFactVerdict[],
	supported: Supported,
): KeyFactVerdict[] {
	const values = readValues(reply.folded);
	return found.map((result, i) => {
		const kf = keyFacts[i];
		if (!kf || result.found) return result;
		// The fact's kind: declared, or inferred from the values its variants state.
		const variantValues = kf.variants.map((v) => readValues(analyse(v).folded));
		const kind = kf.kind ?? inferKind(variantValues);
		if (!kind) return result;
		// The same value written another way ("3/11" for "3 novembre", "7:00" for "alle 7") is the fact.
		const own = variantValues
			.flat()
			.flatMap(expand)
			.filter((v) => v.kind === kind);
		const same_ = values.filter((v) => v.kind === kind && expand(v).every((e) => own.some((o) => same(o, e))));
		if (same_.length) return { ...result, found: true, evidence: same_.map((v) => valueRange(reply, v)) };
		const wrong = values.filter((v) => v.kind === kind && !supported.has(v));
		const first = wrong[0];
		if (!first) return result;
		const evidence: Range[] = wrong.map((v) => valueRange(reply, v));
		return { ...result, evidence, wrong: reply.original.slice(evidence[0]?.start ?? 0, evidence[0]?.end ?? 0) };
	});
}

/** Values the reply states that nothing in the exercise supports: to be flagged as invented. */
export function inventedValues(reply: Analysed, supported: Supported, wrongRanges: readonly Range[]): Range[] {
	return readValues(reply.folded)
		.filter((v) => CHECKED_FOR_INVENTION.has(v.kind) && !supported.has(v))
		.map((v) => valueRange(reply, v))
		.filter((r) => !wrongRanges.some((w) => w.start === r.start));
}
