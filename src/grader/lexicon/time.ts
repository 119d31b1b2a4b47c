// Calendar words, in one place: months and weekdays, folded (lowercase, no accents).

/** Italian months in calendar order (index + 1 = month number). */
export const MONTHS = [
	'gennaio',
	'febbraio',
	'marzo',
	'aprile',
	'maggio',
	'giugno',
	'luglio',
	'agosto',
	'settembre',
	'ottobre',
	'novembre',
	'dicembre',
] as const;

/** Italian weekdays, Monday first. */
export const WEEKDAYS = ['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'] as const;

/** An alternation of the months for a regex source. */
export const MONTHS_RE = MONTHS.join('|');
/** An alternation of the weekdays for a regex source. */
export const WEEKDAYS_RE = WEEKDAYS.join('|');
