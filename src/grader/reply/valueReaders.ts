// How each kind of value is written in Italian, one reader per notation: dates ("3 novembre",
// "3/11", "venerdì 14", "fine luglio", "domani"), times (also in words), amounts, phones, emails,
// links, weekdays, references, addresses and durations, each giving a canonical key. values.ts
// runs them and settles overlaps.
import type { Analysed } from '../text/normalize';
import type { ValueKind } from '../types';
import { MONTHS, MONTHS_RE, WEEKDAYS, WEEKDAYS_RE } from '../lexicon/time';
import { EMAIL } from '../lexicon/facts';
import { NOT_IN_STREET_NAME, URBAN_STREET_RE, VILLAGE_RE } from '../lexicon/places';
import { numberWords } from '../lexicon/numbers';

/** Hours in words ("alle sette"): "una" is an hour ("all'una"), "uno" is not. */
const HOUR_WORDS = numberWords(1, 12, ['uno']);
/** Minutes in words ("e mezza", "e un quarto", "e quaranta"). */
const MINUTE_WORDS: Readonly<Record<string, number>> = {
	mezza: 30,
	mezzo: 30,
	'un quarto': 15,
	'tre quarti': 45,
	...numberWords(5, 59),
};
const HOUR_WORDS_RE = Object.keys(HOUR_WORDS).join('|');
/** Days of the month in words ("il venti aprile"); the first is "primo", read apart. */
const DAY_WORDS = numberWords(2, 31);
const DAY_WORDS_RE = Object.keys(DAY_WORDS).join('|');
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
const MINUTE_WORDS_RE = Object.keys(MINUTE_WORDS).join('|');
const DAY_PARTS_RE =
	'del mattino|di mattina|della mattina|del pomeriggio|di pomeriggio|di sera|della sera|di notte|della notte';

const monthOf = (name: string): number => MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;

/** The text values are read from: folded for the patterns, the original for letter case. */
export type Text = Pick<Analysed, 'original' | 'folded' | 'map'>;

/** One way of writing a value: a pattern and how a match becomes the value's canonical key. */
export interface Reader {
	kind: ValueKind;
	re: RegExp;
	/** The canonical key, or null when the match is not such a value after all. */
	key: (m: RegExpMatchArray, text: Text) => string | null;
}

/** Lowercase words a street name may hold ("via della Libertà"); its other words are capitalised. */
const NAME_LINK = /^(?:di|de|del|della|dello|dell'\S*|dei|degli|delle|d'\S*|da|dal|dalla|dalle|sul|sulla)$/u;

/** Whether the original words of a street name look like one: capitalised, but for the linking words. */
function namesAStreet(m: RegExpMatchArray, text: Text): boolean {
	const at = m.indices?.[2];
	if (!at) return false;
	const words = text.original.slice(text.map[at[0]] ?? 0, text.map[at[1]] ?? 0).split(/\s+/u);
	return words.some((w) => /^[\p{Lu}\d]/u.test(w)) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_LINK.test(w));
}

const validDate = (d: number, m: number): string | null =>
	d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `${d}/${m}` : null;

/** The readers, each tried on the whole text; scan() in values.ts settles the overlaps. */
export const READERS: readonly Reader[] = [
	{
		kind: 'date',
		re: new RegExp(`\\b(\\d{1,2})(?:°|o)?\\s?(${MONTHS_RE})\\b`, 'gu'),
		key: (m) => validDate(Number(m[1]), monthOf(m[2] ?? '')),
	},
	{
		kind: 'date',
		re: new RegExp(`\\b(primo|1°) (${MONTHS_RE})\\b`, 'gu'),
		key: (m) => validDate(1, monthOf(m[2] ?? '')),
	},
	{
		// A day in words: "entro il venti aprile", "dal tre maggio".
		kind: 'date',
		re: new RegExp(`\\b(${DAY_WORDS_RE}) (${MONTHS_RE})\\b`, 'gu'),
		key: (m) => validDate(DAY_WORDS[m[1] ?? ''] ?? 0, monthOf(m[2] ?? '')),
	},
	{
		// A day said relative to today: "domani", "stanotte", "la prossima settimana", "dal mese
		// prossimo". The key names it ("rel:domani"); only the same words match it. A promise made in
		// such words ("dal mese prossimo apre anche il sabato") is checked like a date.
		kind: 'date',
		re: new RegExp(
			`\\b(?:(dopodomani|domani|stanotte|stasera)|(?:la |dalla |entro la )?(?:prossima settimana|settimana prossima)|(?:il |dal |entro il )?(?:prossimo mese|mese prossimo)|(${WEEKDAYS_RE}) prossim[oa]|(?:il |la )?prossim[oa] (${WEEKDAYS_RE}))\\b`,
			'gu',
		),
		key: (m) => {
			const weekday = m[2] ?? m[3];
			if (weekday) return `rel:${weekday} prossimo`;
			return m[1] ? `rel:${m[1]}` : /settimana/u.test(m[0]) ? 'rel:settimana' : 'rel:mese';
		},
	},
	{
		// The end of a month is its last day: "entro fine luglio" = "entro il 31 luglio".
		kind: 'date',
		re: new RegExp(`\\bfine (?:di |del mese di )?(${MONTHS_RE})\\b`, 'gu'),
		key: (m) => {
			const month = monthOf(m[1] ?? '');
			return validDate(month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31, month);
		},
	},
	{
		// A month alone, as a time: "entro giugno", "a settembre", "da ottobre". The day is left open
		// (0): it matches any day of that month. Not a street's name ("via XX Settembre").
		kind: 'date',
		re: new RegExp(
			`(?<=\\b(?:a|ad|entro|da|dal mese di|nel mese di|nel corso di|fino a|prima di|dopo|verso|in|inizio|per|tra|fra) )(${MONTHS_RE})\\b`,
			'gu',
		),
		key: (m) => `0/${monthOf(m[1] ?? '')}`,
	},
	{
		// A span of days in one month: "dal 2 al 20 maggio", "tra il 14 e il 18 ottobre".
		kind: 'date',
		re: new RegExp(`\\b(?:dal|tra il|fra il) (\\d{1,2}) (?:al|e il) (\\d{1,2})°?\\s?(${MONTHS_RE})\\b`, 'gu'),
		key: (m) => {
			const month = monthOf(m[3] ?? '');
			const [from, to] = [validDate(Number(m[1]), month), validDate(Number(m[2]), month)];
			return from && to && Number(m[1]) < Number(m[2]) ? `${from}-${to}` : null;
		},
	},
	{
		// A day of the month named with its weekday and no month: "venerdì 14". The month is left
		// open (0): it matches that day of any month.
		kind: 'date',
		re: new RegExp(
			`(?<=\\b(?:${WEEKDAYS_RE}) )(\\d{1,2})\\b(?![.,:/]\\d|\\s?-\\s?\\d|°?\\s?(?:${MONTHS_RE}|\\/)|\\s?(?:euro|€|%|minuti|ore|giorni))`,
			'gu',
		),
		key: (m) => validDate(Number(m[1]), 1)?.replace(/\/1$/u, '/0') ?? null,
	},
	{
		// 3/11, 03/11/2025, 03-11-2025, 3.11.2025; a dash or a dot only with a year and the same
		// separator twice ("9-12" and "7.30" are hours, "9-12.30" is a span of hours).
		kind: 'date',
		re: /\b(\d{1,2})(?:\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?|(?<sep>[.-])(\d{1,2})\k<sep>(?:\d{4}|\d{2}))\b(?![.,:/]\d)/gu,
		key: (m) => validDate(Number(m[1]), Number(m[2] ?? m[4])),
	},
	{
		kind: 'time',
		re: /\b(?:alle|dalle|fino alle|entro le|verso le|ore|h)\s?(\d{1,2})(?:[:.](\d{2}))?\b(?![.,]\d|\s?(?:euro|€|%|minuti|giorni|mesi|anni|km|metri))/gu,
		key: (m) => {
			const h = Number(m[1]);
			const min = Number(m[2] ?? '0');
			return h <= 24 && min < 60 ? `${h}:${String(min).padStart(2, '0')}` : null;
		},
	},
	{
		kind: 'time',
		re: /(?<![\d/.,:-])\b(\d{1,2})[:.](\d{2})\b(?![.,:/]\d)/gu,
		key: (m) => {
			const h = Number(m[1]);
			const min = Number(m[2]);
			return h <= 24 && min < 60 ? `${h}:${String(min).padStart(2, '0')}` : null;
		},
	},
	{
		// Hours in words with the part of the day, alone or as a span: "dalle tre alle sette del
		// pomeriggio", "alle sette e quaranta di mattina". Without the part of the day "alle tre" may be
		// 3 or 15, so it is not read.
		kind: 'time',
		re: new RegExp(
			`\\b(?:(?:dalle|tra le) (${HOUR_WORDS_RE})(?: e (${MINUTE_WORDS_RE}))? (?:alle|e le) )?(?:alle|dalle|fino alle|entro le|verso le|per le)? ?\\b(${HOUR_WORDS_RE})(?: e (${MINUTE_WORDS_RE}))? (${DAY_PARTS_RE})\\b`,
			'gu',
		),
		key: (m) => {
			const part = m[5] ?? '';
			const later = /pomeriggio|sera/u.test(part);
			const at = (h?: string, min?: string): string | null => {
				const hour = HOUR_WORDS[h ?? ''];
				if (hour === undefined) return null;
				const hh = later && hour < 12 ? hour + 12 : hour;
				return `${hh}:${String(MINUTE_WORDS[min ?? ''] ?? 0).padStart(2, '0')}`;
			};
			const end = at(m[3], m[4]);
			if (!m[1]) return end;
			const start = at(m[1], m[2]);
			return start && end ? `${start}-${end}` : null;
		},
	},
	{
		kind: 'time',
		// "a mezzogiorno", "fino a mezzogiorno e mezza".
		re: new RegExp(`\\b(mezzogiorno|mezzanotte)(?: e (${MINUTE_WORDS_RE}))?\\b`, 'gu'),
		key: (m) =>
			`${m[1] === 'mezzogiorno' ? 12 : m[2] ? 0 : 24}:${String(MINUTE_WORDS[m[2] ?? ''] ?? 0).padStart(2, '0')}`,
	},
	{
		// Opening hours written as a range: "9-12", "8:30-12:30", "15-17".
		kind: 'time',
		re: /(?<![\d/.,:-])\b(\d{1,2})(?:[:.](\d{2}))?\s?-\s?(\d{1,2})(?:[:.](\d{2}))?\b(?![.,:/-]\d|\s?(?:euro|€|%|minuti|giorni|mesi|anni|anno|km|metri|settimane|ore))/gu,
		key: (m) => {
			const [h1, h2] = [Number(m[1]), Number(m[3])];
			const [m1, m2] = [Number(m[2] ?? '0'), Number(m[4] ?? '0')];
			// Both ends are hours of the day, the second after the first.
			if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59 || h2 * 60 + m2 <= h1 * 60 + m1) return null;
			return `${h1}:${String(m1).padStart(2, '0')}-${h2}:${String(m2).padStart(2, '0')}`;
		},
	},
	{
		kind: 'amount',
		re: /(?:€\s?(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)|\b(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:€|euro\b|eur\b))/gu,
		key: (m) => {
			const raw = m[1] ?? m[2] ?? '';
			// Italian format: dots group thousands, a comma marks decimals; a lone dot with two digits is decimal.
			const plain = /,/u.test(raw)
				? raw.replace(/\./gu, '').replace(',', '.')
				: /\.\d{3}$/u.test(raw)
					? raw.replace(/\./gu, '')
					: raw;
			const n = Number(plain);
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
	{
		kind: 'email',
		re: EMAIL,
		key: (m) => m[0],
	},
	{
		kind: 'link',
		re: /(?<![a-z0-9./-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:it|eu|com|org|gov|net|info)(?:\/[^\s,;)"]*)?)/gu,
		key: (m) => (m[1] ?? '').replace(/[/.:!?]+$/u, ''),
	},
	{
		kind: 'weekday',
		re: new RegExp(`\\b(${WEEKDAYS_RE})\\b`, 'gu'),
		key: (m) => String(WEEKDAYS.indexOf((m[1] ?? '') as (typeof WEEKDAYS)[number]) + 1),
	},
	{
		// "pratica n. 2317", "segnalazione numero 48", "ticket #123", "protocollo 5521", "ha il numero 1187".
		kind: 'reference',
		re: /\b(?:(?:pratica|segnalazione|ticket|protocollo|richiesta|domanda|verbale)(?:\s*:\s*|\s)(?:n\.?\s?|n°\s?|nr\.?\s?|numero\s|#\s?)?|numero\s|n\.\s?|n°\s?|(?:numero|n\.) (?:della|del|di) (?:sua |tua |vostra )?(?:segnalazione|pratica|richiesta|domanda|protocollo|ticket)(?: e|:)? )(\d{3,7})\b(?![\s./-]?\d)/gu,
		key: (m) => m[1] ?? null,
	},
	{
		// A ticket or file code: "VV-2026-0318", "PL-318".
		kind: 'reference',
		re: /\b([a-z]{2,4}-\d{2,}(?:-\d+)*)\b(?![./-]?\d)/gu,
		key: (m) => m[1] ?? null,
	},
	{
		// A street address with its house number: "via Roma 12", "piazza della Libertà, 3/a".
		kind: 'address',
		re: new RegExp(
			`\\b(${URBAN_STREET_RE}|${VILLAGE_RE}) ((?:(?!${NOT_IN_STREET_NAME}\\b)[\\p{L}']+ ){0,3}(?!${NOT_IN_STREET_NAME}\\b)[\\p{L}']+),? (?:n\\.\\s?|n°\\s?)?(\\d{1,4})(?:\\s?\\/\\s?[a-z]\\b|[a-z]\\b)?(?![.,:/-]?\\d|\\s?(?:euro|€|%|minuti|ore|giorni|metri|km)|°|\\s?(?:${MONTHS_RE}))`,
			'dgu',
		),
		// Only a name written as one: "piazza della Repubblica trova 40 posti" is no address.
		key: (m, text) => (namesAStreet(m, text) ? `${m[1]} ${m[2]} ${m[3]}` : null),
	},
];
