// Words that open a street address, in one list tagged by what else they can be.

/** Street words proper: "via Verdi", "piazza della Libertà 3". */
const URBAN = [
	'via',
	'viale',
	'piazza',
	'piazzale',
	'corso',
	'largo',
	'vicolo',
	'lungomare',
	'lungarno',
	'salita',
] as const;
/** Village words: an address, but a village can also be what a comment is about. */
const VILLAGE = ['contrada', 'localita', 'frazione', 'borgo'] as const;
/** Open spaces named like streets: "strada provinciale", "parco Ducale", "giardini Margherita". */
const OPEN = ['strada', 'parco', 'giardini'] as const;

/** Every word that opens an address (facts: "in via Roma 3", "al parco Ducale"). */
export const STREET: ReadonlySet<string> = new Set<string>([...URBAN, ...VILLAGE, ...OPEN]);
/** Street words only: sharing one with the comment says nothing about the subject (relevance). */
export const URBAN_STREET: ReadonlySet<string> = new Set<string>(URBAN);
/** A regex alternation of every address word, for patterns on folded text. */
export const STREET_RE = [...STREET].join('|');
/** Street words proper, as a regex alternation (an address with a house number starts with one). */
export const URBAN_STREET_RE = URBAN.join('|');
/** Village words, as a regex alternation. */
export const VILLAGE_RE = VILLAGE.join('|');
/**
 * Words that end a street name before the number: "via Roma entro le 12" names no house number.
 * Articles and prepositions that are part of names ("via della Libertà", "piazza di Spagna") are not here.
 */
export const NOT_IN_STREET_NAME =
	'(?:alle|alla|dalle|dalla|le|la|il|lo|entro|fino|ore|e|o|a|ad|da|in|con|per|su|tra|fra|dal|al|nel|nella|sul|che|dopo|prima|numero|civico|dove|chiuso|chiusa|aperto|aperta|oggi|domani|ieri|sara|resta|riapre|chiude)';
