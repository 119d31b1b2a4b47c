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

/**
 * A verb in the past: "avere" and a participle, regular or not ("ha deciso", "abbiamo messo"), or a
 * reflexive or passive past ("si è guastato", "è stato interrotto"). Not "è sospesa", a state.
 */
export const PAST_VERB =
	/\b(?:(?:ho|hai|ha|abbiamo|avete|hanno)\s+(?:(?:gia|appena|anche|poi|subito)\s+)?|(?:si|ci|mi|ti|vi) (?:e|sono|siamo|siete)\s+|(?:e|sono|era|erano) stat[oaie]\s+)(?:\p{L}+(?:at|ut|it)[oaie]|(?:decis|mess|pres|chius|risolt|spes|success|acces|rott|rimast|scelt|fatt|dett|scritt|vist|rispost|apert|offert|sospes|interrott|spent|cors|trascors|permess|concess|promess|ripres|sces)[oaie])\b/u;

/** A verb in the future, in the original text: "passeranno", "sarà", "riapriremo". */
export const FUTURE_VERB = /\p{L}{2,}(?:rà|rò|ranno|remo|rete|rai)(?!\p{L})/u;
