// What an exercise supports: the values its key facts, the comment and the office's fact sheet
// state, compared in canonical form (a value "the same" as another, how far apart two values are,
// what a sentence is about). The key-fact check (factCheck.ts) and the fact-sheet check
// (sheetCheck.ts) both stand on it.
import type { KeyFact, ValueKind } from '../types';
import { VALUE_KINDS } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, firstAtLeast } from '../text/normalize';
import { perText } from '../text/memo';
import { STOP_WORDS, stem } from '../text/stem';
import { FUTURE_VERB, MONTHS, PAST_VERB, WEEKDAYS } from '../lexicon/time';
import type { Value } from './values';
import { expand, readValues } from './values';

/**
 * Kinds whose invention misleads the citizen: they will come on that day, pay that sum, call that
 * number. Every kind but the weekday, an everyday word checked only when a key fact states one.
 */
export const CHECKED_FOR_INVENTION: ReadonlySet<ValueKind> = new Set(VALUE_KINDS.filter((k) => k !== 'weekday'));

/** The values every text of the exercise supports: key facts' variants, the comment, the fact sheet. */
export interface Supported {
	values: Value[];
	has: (v: Value) => boolean;
	/** Whether a text other than this one (a key fact, the comment, the thread) gives the value. */
	hasBesides: (v: Value, text: Analysed) => boolean;
}

/**
 * Whether two values of the same kind are the same: a link also matches its own page's domain, a
 * day named without its month ("venerdì 14", month 0) matches that day of any month, and days
 * match working days of the same count, months thirty days each. A month alone ("entro giugno", day 0) is only itself.
 */
export function same(a: Value, b: Value): boolean {
	if (a.kind !== b.kind) return false;
	if (a.key === b.key) return true;
	if (a.kind === 'date') {
		const [[da, ma], [db, mb]] = [a.key.split('/'), b.key.split('/')];
		return da === db && (ma === '0' || mb === '0');
	}
	// "5 giorni" in a key fact is loose for "5 giorni lavorativi"; "un mese" says "30 giorni" (family BP).
	if (a.kind === 'duration') {
		const days = (k: string): string =>
			k
				.replace(/^(\d+) giorni lavorativi$/u, (_, n: string) => `${Number(n) * 1440} minuti`)
				.replace(/^(\d+) mesi$/u, (_, n: string) => `${Number(n) * 30 * 1440} minuti`);
		return days(a.key) === days(b.key);
	}
	return a.kind === 'link' && (a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`));
}

/** A key fact's variant that only says the service is free. */
const FREE =
	/^\s*(?:(?:e|il ritiro e|la visita e|l'ingresso e) )?(?:gratis|gratuit[oaie]|a costo zero|senza costi)\s*$/u;

/**
 * The values a key fact's variant states; a variant that is a bare number ("1187") is a reference,
 * one that says "gratuito" an amount of nothing.
 */
export function variantValues(variant: string | Analysed): readonly Value[] {
	const text = typeof variant === 'string' ? analyse(variant) : variant;
	const { folded } = text;
	const values = readValues(text);
	const bare = /^\s*(\d{3,7})\s*$/u.exec(folded);
	if (values.length === 0 && bare?.[1]) return [{ kind: 'reference', key: bare[1], fStart: 0, fEnd: folded.length }];
	// A variant that says the service is free ("gratuito", "gratis") is an amount of nothing, as the
	// reply's "non si paga niente" is.
	if (values.length === 0 && FREE.test(folded)) return [{ kind: 'amount', key: '0', fStart: 0, fEnd: folded.length }];
	return values;
}

/** Collect the supported values: those of the key facts' variants and of the analysed texts (comment, fact sheet). */
export function supportedValues(keyFacts: readonly KeyFact[], texts: readonly Analysed[]): Supported {
	const variants = keyFacts.flatMap((k) => k.variants).map((v) => analyse(v));
	const bySource = [
		...variants.map((t) => [t, variantValues(t)] as const),
		...texts.map((t) => [t, readValues(t)] as const),
	];
	const values = bySource.flatMap(([, vs]) => vs.flatMap(expand));
	const folded = [...variants, ...texts].map((t) => t.folded);
	// A range in the reply is supported when both its ends are; an address when its street and, soon
	// after, its number are written anywhere ("via dei Tigli, all'altezza del civico 40"); a month
	// alone when any date of that month is ("entro luglio" beside "entro il 31 luglio"), not the
	// other way round (a day is more than a month the exercise gives).
	const months = new Set(values.filter((s) => s.kind === 'date').map((s) => s.key.split('/')[1]));
	return {
		values,
		has: (v) =>
			expand(v).every((e) => values.some((s) => same(s, e))) ||
			(v.kind === 'address' && addressIn(v.key, folded)) ||
			(v.kind === 'date' && v.key.startsWith('0/') && months.has(v.key.split('/')[1])),
		hasBesides: (v, text) =>
			expand(v).every((e) =>
				bySource.some(([t, vs]) => t !== text && vs.some((s) => expand(s).some((x) => same(x, e)))),
			),
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
export function distance(a: Value, b: Value): number {
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
	if (a.kind === 'date') {
		// A day said relative to today ("rel:domani") is near only itself.
		if (a.key.startsWith('rel:') || b.key.startsWith('rel:')) return a.key === b.key ? 0 : Number.MAX_SAFE_INTEGER / 2;
		return Math.abs(days(a.key, b.key) - days(b.key, a.key));
	}
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

// Words that say what a sentence is about; values and calendar words are left out, since they differ.
const CALENDAR: ReadonlySet<string> = new Set<string>([...MONTHS, ...WEEKDAYS]);

/** The stretches of a text whose subject words are known, by "from:to" (a sentence is asked once per value in it). */
const subjectsOf = perText((_: Analysed) => new Map<string, ReadonlySet<string>>());

/**
 * The content words of a stretch of text, stemmed: what it is about, values and calendar words left
 * out. Remembered per text and stretch; callers must not change the set.
 */
export function subjectWords(a: Analysed, from: number, to: number): ReadonlySet<string> {
	const known = subjectsOf(a);
	const key = `${from}:${to}`;
	const seen = known.get(key);
	if (seen) return seen;
	const out = new Set<string>();
	// Tokens are in reading order: start at the first one inside the stretch.
	for (let i = firstAtLeast(a.tokens.length, (k) => a.tokens[k]?.fStart ?? Infinity, from); i < a.tokens.length; i++) {
		const t = a.tokens[i];
		if (!t || t.fEnd > to) break;
		if (/\d/u.test(t.key) || t.key.length < 3 || STOP_WORDS.has(t.key) || CALENDAR.has(t.key)) continue;
		out.add(stem(t.key));
	}
	known.set(key, out);
	return out;
}

/**
 * A day said relative to today in a clause that tells what happened ("stasera il microfono si è
 * guastato"): an event of the thread's own day, not a date promised or a fact to check against the
 * sheet's calendar. A promise ("dal mese prossimo aprirà") is still checked.
 */
export function narratedDay(reply: Analysed, v: Value): boolean {
	// Which weekday something was: "dei tre giorni, due erano sabato e domenica" (family BE).
	if (v.kind === 'weekday')
		return /\b(?:era|erano|cadeva|cadevano|e cadut[oa]|sono cadut[ie])\s(?:di |un |una )?(?:\p{L}+ e )?$/u.test(
			reply.folded.slice(Math.max(0, v.fStart - 30), v.fStart),
		);
	if (v.kind !== 'date' || !v.key.startsWith('rel:')) return false;
	// The clause: from the last stop before the day to the next, not inside "21:15" or "21.15".
	const stops = [...reply.folded.slice(0, v.fStart).matchAll(/[.;:!?\n](?!\d)/gu)];
	const start = (stops.pop()?.index ?? -1) + 1;
	const rest = reply.folded.slice(v.fEnd).search(/[.;:!?\n](?!\d)/u);
	const end = rest < 0 ? reply.folded.length : v.fEnd + rest;
	const original = reply.original.slice(reply.map[start] ?? 0, reply.map[end] ?? reply.original.length);
	return PAST_VERB.test(reply.folded.slice(start, end)) && !FUTURE_VERB.test(original);
}
