// Dates and times as Italian writes them: "3 novembre", "primo maggio", "il venti aprile", "3/11",
// "venerdì 14", "fine luglio", "entro giugno", "dal 2 al 20 maggio", "domani", "martedì prossimo";
// "alle 7", "7:30", "9-12", "alle sette e quaranta di mattina", "mezzogiorno e mezza"; weekdays.
import type { Reader } from './reader';
import { MONTHS, MONTHS_RE, WEEKDAYS, WEEKDAYS_RE } from '../../lexicon/time';
import { numberWords } from '../../lexicon/numbers';

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
const MINUTE_WORDS_RE = Object.keys(MINUTE_WORDS).join('|');
const DAY_PARTS_RE =
	'del mattino|di mattina|della mattina|del pomeriggio|di pomeriggio|di sera|della sera|di notte|della notte';

/**
 * What follows a day whose month comes later: one or two more days after a comma or "e", the last with
 * the month (", 5 e 6 giugno", " e sabato 23 maggio"), not an hour ("alle 18, venerdì 22…", "fino alle 12
 * il 30 maggio"). The month is captured.
 */
const NEXT_DAY_SAME_MONTH = `(?:(?:,\\s?|\\s(?:e|ed)\\s)(?:il |l')?(?:(?:${WEEKDAYS_RE}) )?\\d{1,2}°?){1,2}\\s?(${MONTHS_RE})\\b`;

const monthOf = (name: string): number => MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;

const validDate = (d: number, m: number): string | null =>
	d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `${d}/${m}` : null;

/** The readers of dates and times, in the order values.ts tries them. */
export const DATE_TIME_READERS: readonly Reader[] = [
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
		// A day whose month is said after the next day: "venerdì 22 e sabato 23 maggio", "il 4, 5 e 6
		// giugno". Only the first day is read here; the last is read with its month above.
		kind: 'date',
		re: new RegExp(
			`(?<!\\b(?:alle|le|dalle|ore|h|entro le|fino alle|verso le) |[-–/:.]\\s?)\\b(\\d{1,2})°?(?=${NEXT_DAY_SAME_MONTH})`,
			'gu',
		),
		key: (m) => validDate(Number(m[1]), monthOf(m[2] ?? '')),
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
			`(?<=\\b(?:${WEEKDAYS_RE}) )(\\d{1,2})\\b(?![.,:/]\\d|\\s?-\\s?\\d|°?\\s?(?:${MONTHS_RE}|\\/)|\\s?(?:euro|€|%|minuti|ore|giorni)|${NEXT_DAY_SAME_MONTH})`,
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
		// A day and month with a dot after an article or "entro": "scade il 31.05", "entro il 16.06".
		kind: 'date',
		re: /(?<=\b(?:il|dal|al|fino al|del|entro) )(\d{1,2})\.(\d{2})\b(?![.,:/]\d)/gu,
		key: (m) => validDate(Number(m[1]), Number(m[2])),
	},
	{
		kind: 'time',
		// Not "h24", round the clock. The minutes also as said: "alle 21 e 40", "alle 9 e mezza"; the
		// part of the day too: "alle 4 del pomeriggio" is 16:00 (family S).
		re: new RegExp(
			`\\b(?:alle|dalle|fino alle|entro le|verso le|ore|h(?!24\\b))\\s?(\\d{1,2})(?:[:.](\\d{2})|\\se\\s([0-5]\\d|${MINUTE_WORDS_RE}))?(?:\\s(${DAY_PARTS_RE}))?\\b(?![.,]\\d|\\s?(?:euro|€|%|minuti|giorni|mesi|anni|km|metri))`,
			'gu',
		),
		key: (m) => {
			const said = Number(m[1]);
			const h = m[4] && /pomeriggio|sera/u.test(m[4]) && said < 12 ? said + 12 : said;
			const min = m[3] && !/\d/u.test(m[3]) ? (MINUTE_WORDS[m[3]] ?? 0) : Number(m[2] ?? m[3] ?? '0');
			return h <= 24 && min < 60 ? `${h}:${String(min).padStart(2, '0')}` : null;
		},
	},
	{
		kind: 'time',
		// Not after an article or "entro": "entro il 16.06" is a day.
		re: /(?<![\d/.,:-]|\b(?:il|dal|al|fino al|del|entro) )\b(\d{1,2})[:.](\d{2})\b(?![.,:/]\d)/gu,
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
];

/** "lunedì", "il sabato": a weekday alone (one next to a date is also part of it). */
export const WEEKDAY_READERS: readonly Reader[] = [
	{
		kind: 'weekday',
		re: new RegExp(`\\b(${WEEKDAYS_RE})\\b`, 'gu'),
		key: (m) => String(WEEKDAYS.indexOf((m[1] ?? '') as (typeof WEEKDAYS)[number]) + 1),
	},
];
