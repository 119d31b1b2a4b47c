// Numbers a citizen relies on: amounts ("€ 30", "30,50 euro", "trenta euro", "una trentina di euro"),
// phone numbers (also the short public ones, 112, 1522...) and spans of time ("entro 30 giorni",
// "due settimane", "mezz'ora").
import type { Reader } from './reader';
import { numberWords } from '../../lexicon/numbers';

/** Counts in words for durations ("due settimane", "dieci giorni"); "un giorno" has its own branch. */
const COUNT_WORDS = numberWords(1, Infinity, ['uno']);
const COUNT_WORDS_RE = Object.keys(COUNT_WORDS).join('|');
/** Amounts in words ("trenta euro"); "un euro" is left out, as the count of one is said "un". */
const AMOUNT_WORDS = numberWords(2, Infinity);
const AMOUNT_WORDS_RE = Object.keys(AMOUNT_WORDS).join('|');
/** "Una trentina": about that many. */
const ABOUT_WORDS: Readonly<Record<string, number>> = {
	decina: 10,
	quindicina: 15,
	ventina: 20,
	trentina: 30,
	quarantina: 40,
	cinquantina: 50,
	sessantina: 60,
	settantina: 70,
	ottantina: 80,
	novantina: 90,
	centinaio: 100,
};
const ABOUT_WORDS_RE = Object.keys(ABOUT_WORDS).join('|');
/** Thousands, millions and billions said in words after the digits: "480mila euro", "€ 1,2 milioni". */
const SCALE_WORDS: Readonly<Record<string, number>> = {
	mila: 1e3,
	milione: 1e6,
	milioni: 1e6,
	mln: 1e6,
	miliardo: 1e9,
	miliardi: 1e9,
};
const SCALE_WORDS_RE = Object.keys(SCALE_WORDS).join('|');
const MINUTES_PER: Readonly<Record<string, number>> = { minuti: 1, ore: 60, giorni: 1440, settimane: 10080 };
/** Units of a duration, to one canonical word ("giorno" and "gg" are "giorni"). */
const DURATION_UNITS: Readonly<Record<string, string>> = {
	'giorni lavorativi': 'giorni lavorativi',
	giorni: 'giorni',
	giorno: 'giorni',
	gg: 'giorni',
	settimane: 'settimane',
	settimana: 'settimane',
	mesi: 'mesi',
	mese: 'mesi',
	ore: 'ore',
	ora: 'ore',
	minuti: 'minuti',
	minuto: 'minuti',
};

/** The readers of amounts, phone numbers and durations, in the order values.ts tries them. */
export const NUMBER_READERS: readonly Reader[] = [
	{
		kind: 'amount',
		// With a scale word after the digits: "480mila euro", "€ 1,2 milioni", "1 milione di euro".
		re: new RegExp(
			String.raw`(?:€\s?(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s?(${SCALE_WORDS_RE})\b)?|\b(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:(${SCALE_WORDS_RE})\s(?:di\s)?)?(?:€|euro\b|eur\b))`,
			'gu',
		),
		key: (m) => {
			const raw = m[1] ?? m[3] ?? '';
			const times = SCALE_WORDS[m[2] ?? m[4] ?? ''] ?? 1;
			// Italian format: dots group thousands, a comma marks decimals; a lone dot with two digits is decimal.
			const plain = /,/u.test(raw)
				? raw.replace(/\./gu, '').replace(',', '.')
				: /\.\d{3}$/u.test(raw)
					? raw.replace(/\./gu, '')
					: raw;
			const n = Number(plain) * times;
			return Number.isFinite(n) ? String(Math.round(n * 100)) : null;
		},
	},
	{
		// An amount in words, or about it: "trenta euro", "cento euro", "una trentina di euro" (about 30).
		kind: 'amount',
		re: new RegExp(`\\b(?:(${AMOUNT_WORDS_RE})|un(?:a |'| )(${ABOUT_WORDS_RE}) di) euro\\b`, 'gu'),
		key: (m) => {
			const n = m[1] ? AMOUNT_WORDS[m[1]] : m[2] ? ABOUT_WORDS[m[2]] : undefined;
			return n === undefined ? null : String(n * 100);
		},
	},
	{
		// Nothing to pay, said as a claim: "non si paga niente in più", "non costa nulla". Not "gratis"
		// or "gratuito": a key fact's words for a free service, matched as words.
		kind: 'amount',
		re: /\bnon (?:si paga|paga|paghera|pagherai|paghi|costa|costano|costera) (?:niente|nulla)(?: (?:in piu|di piu|in aggiunta))?\b/gu,
		key: () => '0',
	},
	{
		// Landlines start with 0, mobiles with 3, free and shared-cost numbers with 80x, 199, 89x. No
		// Italian number starts with 2: the course writes its fictitious numbers as 200 000 xxx (as
		// films use 555), and they are read as numbers to call, in that spaced form only (not "2024/2025").
		kind: 'phone',
		re: /(?:\+39[\s.]?)?\b(?:(?:0\d{1,3}|3\d{2}|80[03]|199|89\d)(?:[\s./-]?\d){5,8}|2\d{2}[\s.]\d{3}[\s.]\d{3,4})\b/gu,
		key: (m) => m[0].replace(/^\+39/u, '').replace(/\D/gu, ''),
	},
	{
		// The short public numbers: emergencies (112, 113, 115, 118), children (114), violence (1522),
		// environment (1515), sea rescue (1530).
		kind: 'phone',
		re: /(?<![\d.,/:-])\b(112|113|114|115|117|118|1515|1522|1530)\b(?![.,:/-]?\d|\s?(?:euro|€|%|anni|metri|km|giorni|ore|minuti))/gu,
		key: (m) => m[1] ?? null,
	},
	{
		// A span of time: "entro 30 giorni", "5 giorni lavorativi", "due settimane", "48 ore",
		// "mezz'ora"; "un giorno" only after "entro", "tra", "per"... (not "un giorno ci vediamo" nor
		// "in un giorno come questo").
		// Years are left out: "8 anni" is more often an age than a term.
		kind: 'duration',
		re: new RegExp(
			`\\b(?:(\\d{1,3}|${COUNT_WORDS_RE})|(?<=\\b(?:entro|tra|fra|dopo|per|circa|almeno|oltre) )(un|una|un'))\\s?(giorni lavorativi|giorni|giorno|gg|settimane|settimana|mesi|mese|ore|ora|minuti|minuto)\\b|(?<=\\b(?:per tutto il|per tutta la|per il|per la|nel|nella|durante il|durante la) )prim[oa] (settimana|mese)\\b(?! d[ie]\\b| dell)|\\bmezz'ora\\b`,
			'gu',
		),
		key: (m) => {
			// "per tutto il primo mese", "nella prima settimana": a term of one unit.
			const count = m[1] ?? m[2] ?? (m[4] ? '1' : undefined);
			if (!count) return '30 minuti';
			const n = /^\d/u.test(count) ? Number(count) : (COUNT_WORDS[count] ?? 1);
			const unit = DURATION_UNITS[m[3] ?? m[4] ?? ''] ?? '';
			// Minutes, hours, days and weeks in one measure ("due giorni" = "48 ore"); months and
			// working days stay apart.
			const minutes = MINUTES_PER[unit];
			return minutes ? `${n * minutes} minuti` : unit ? `${n} ${unit}` : null;
		},
	},
];
