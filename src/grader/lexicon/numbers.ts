// Numbers written in words, one table for every reader: the hour in "alle sette e mezza", the
// count in "due settimane", the amount in "trenta euro" and a key fact's "cinque giorni", which
// matches "5 giorni".

/** Each number word, folded, with its value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	uno: 1,
	una: 1,
	due: 2,
	tre: 3,
	quattro: 4,
	cinque: 5,
	sei: 6,
	sette: 7,
	otto: 8,
	nove: 9,
	dieci: 10,
	undici: 11,
	dodici: 12,
	tredici: 13,
	quattordici: 14,
	quindici: 15,
	sedici: 16,
	diciassette: 17,
	diciotto: 18,
	diciannove: 19,
	venti: 20,
	ventuno: 21,
	ventidue: 22,
	ventitre: 23,
	ventiquattro: 24,
	venticinque: 25,
	ventisei: 26,
	ventisette: 27,
	ventotto: 28,
	ventinove: 29,
	trenta: 30,
	trentuno: 31,
	quaranta: 40,
	quarantacinque: 45,
	quarantotto: 48,
	cinquanta: 50,
	sessanta: 60,
	settanta: 70,
	ottanta: 80,
	novanta: 90,
	cento: 100,
	duecento: 200,
	trecento: 300,
	cinquecento: 500,
	mille: 1000,
};

/** The number words whose value lies in [min, max], leaving out the words given. */
export function numberWords(min: number, max: number, leaveOut: readonly string[] = []): Record<string, number> {
	return Object.fromEntries(
		Object.entries(NUMBER_WORDS).filter(([w, n]) => n >= min && n <= max && !leaveOut.includes(w)),
	);
}

/** The number words from two up, as a regex alternation ("due|tre|…|mille"): a quantity, a count of days. */
export const NUMBERS_FROM_TWO_RE = Object.keys(numberWords(2, Infinity)).join('|');
