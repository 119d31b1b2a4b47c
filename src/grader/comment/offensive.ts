// Detects clearly offensive comments (insults, profanity, threats, slurs) with an Italian
// lexicon. Precision matters more than recall: a false alarm turns the thanks tip off for a
// legitimate, merely angry comment ("Che schifo questa strada", "i ladri hanno rubato le bici").
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { isCapitalised, squeeze, tokenRange } from '../text/normalize';
import { perText } from '../text/memo';
import { mayMatch } from '../text/prefilter';
import { TARGETED, aimed } from './aimedInsult';

/** An offensive expression found in a text. */
export interface OffensiveHit {
	range: Range;
	text: string;
	kind: 'insult' | 'threat';
}

const set = (w: string): ReadonlySet<string> => new Set(w.split(' '));

// Word starts that are offensive in any context (profanity, hard insults, slurs).
const ALWAYS_PREFIX = [
	'cazz',
	'stronz',
	'coglion',
	'rincoglion',
	'vaffancul',
	'fancul',
	'affancul',
	'minchi',
	'merd',
	'puttan',
	'bastard',
	'imbecill',
	'cretin',
	'mongoloid',
	'ricchion',
	'culatton',
	'terron',
	'polenton',
	'leccacul',
	'paracul',
	'sfigat',
	'cialtron',
	'pagliacc',
	'fannullon',
	'scansafatic',
	'mangiapan',
	'fetent',
	'idiot',
	'porcodio',
	'diocan',
	'dioporc',
	'cornut',
	'zoccol',
	'deficient',
	'froci',
	'fottut',
	'incazz',
];
// Innocent words sharing those starts: a trowel, a punch, clogs, "negretti"... and "deficienze".
const SAFE_PREFIX = ['cazzuol', 'cazzott', 'zoccoli', 'zoccolo', 'deficienz'];
// Always offensive as whole words.
const ALWAYS_WORDS = set(
	'vaffa vaff troia troie pirla feccia inetti inetto inetta babbei buffone buffoni buffona negro negri negra negre fotte fottere fottiti fottetevi fottersene sticazzi',
);
// Also a town or a surname when written "Troia", "Negri": only the lowercase or shouted word counts.
const PROPER_TOO = set('troia troie negro negri negra negre');
// Threats and multi-word insults, on the folded text. Verbs are first person ("vi spacco") because
// "le buche ti spaccano le gomme" is a complaint, not a threat.
const PHRASES =
	/\b(?:(?:ti|vi|ve|te|lo|li|gli)\s+(?:ammazz(?:o|iamo|ero|eremo)|uccid(?:o|iamo|ero|eremo)|spacc(?:o|hiamo|hero|heremo)|massacr(?:o|iamo|ero)|sgozz(?:o|iamo)|scann(?:o|iamo)|bruc(?:io|iamo|ero|eremo)|spar(?:o|iamo|ero)|gonfio|pest(?:o|iamo)|men(?:o|iamo))\b|(?:ammazzar|uccider|massacrar|sgozzar|spaccar|bruciar|pestar|sparar)(?:ti|vi|lo|li|gli)\b|a morte (?:il|la|i|gli|le|tutti|voi)\b|morte (?:al|ai|alla|agli)\b|dovete morire|devi morire|dovreste morire|meritate di morire|spero che (?:moriate|muoiate|crepiate|muori|crepi)|vi auguro (?:di morire|la morte)|schiattate|(?:so|sappiamo|sanno) (?:bene )?dove (?:abiti|abitate|lavori|lavorate|vivi|vivete|abita)|(?:ve|te|gliela) la (?:faccio|facciamo|faro|faremo) pagare|(?:me|ce) la pagherete|la pagherete car[oa]|pagherete car[oa]|(?:vi|ti) (?:vengo|veniamo|verro|verremo) a (?:prendere|cercare)|(?:vi|ti) aspetto fuori|spacc(?:o|hiamo|hero|heremo) tutto|(?:faccio|facciamo|faro|faremo) (?:una strage|un macello|una carneficina)|(?:dar[eo]?|do|diamo|daremo) fuoco al (?:comune|municipio)|far[eo]? saltare (?:in aria )?(?:il comune|il municipio)|prender(?:vi|ti|lo|la) a (?:calci|pugni|schiaffi|sprangate|bastonate)|gambizz|porc[oa] (?:dio|madonna|troia|puttana)|dio (?:porco|cane|boia)|madonna puttana|testa di cazzo|pezz[oi] di merda|figli[oa]? di puttana|buon[oi] a nulla|(?:fate|fai|mi fate|ci fate) schifo|(?:andate|vai|va) (?:a cagare|a quel paese|affanculo)|morti di fame)/gu;

// Veiled threats: a first-person motion verb, then within a few words "con" and a weapon or something
// to set a fire with ("vengo lì con la tanica di benzina", "passo in Comune col fucile"). "ci passo"
// and "non passo" are about getting through ("non ci passo con il passeggino"), not about coming;
// "con la benzina finita" says how the car is, not what the citizen brings.
const VEILED_THREAT =
	/(?<!\b(?:ci|non) )\b(?:vengo|veniamo|verro|verremo|passo|passiamo|arrivo|arriviamo|torno|torniamo|ripasso)(?: [^\s.!?;]+){0,4}? co(?:n|l|i|lla|lle) (?:(?:il|lo|la|l'|un|uno|una|un'|i|gli|le|mio|mia|miei|mie|una bella|un bel) ?)?(?:tanic[ah]e?|benzina|fucil[ei]|pistol[ae]|coltell[oi]|sprang[ah]e?|mazz[ae]|baston[ei]|bomb[ae]|molotov|accendin[oi]|machete|asci[ae])\b(?! (?:finit[aeio]|in riserva|a secco|scaric[aeio]|rott[aeio]|vuot[aeio]))/gu;

// Censored spellings: "c*zzo", "m3rda", "str0nzo", "c@zz0". A run of letters and symbols from its first letter, with a
// symbol after that letter: a word of letters alone is read once and given up (most words), so the pass stays linear.
const OBFUSCATED = /(?<!\p{L})\p{L}\p{L}*[@$*0-9][\p{L}@$*0-9]*/gu;
const CENSOR_TARGETS = [
	'cazzo',
	'merda',
	'stronzo',
	'stronzi',
	'coglione',
	'coglioni',
	'vaffanculo',
	'puttana',
	'bastardo',
	'bastardi',
	'troia',
	'minchia',
	'fanculo',
	'ladri',
];
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '0': 'o', $: 's', '5': 's' };

function censored(word: string): boolean {
	const plain = word.replace(/[@$0-9]/gu, (c) => LEET[c] ?? c);
	return CENSOR_TARGETS.some((t) => t.length === plain.length && [...plain].every((c, i) => c === '*' || c === t[i]));
}

/**
 * Offensive expressions in a text (usually the citizen's comment). Remembered per text: the conduct
 * gates ask again of the same comment and reply. Callers must not change the list they get.
 */
export const findOffensive: (a: Analysed) => readonly OffensiveHit[] = perText(scanOffensive);

function scanOffensive(a: Analysed): OffensiveHit[] {
	const hits: OffensiveHit[] = [];
	a.tokens.forEach((t, i) => {
		const key = squeeze(t.key);
		const raw = a.original.slice(t.start, t.end);
		const titleCase = isCapitalised(a, t) && raw !== raw.toUpperCase();
		const always =
			(ALWAYS_PREFIX.some((p) => key.startsWith(p)) && !SAFE_PREFIX.some((p) => key.startsWith(p))) ||
			(ALWAYS_WORDS.has(key) && !(PROPER_TOO.has(key) && titleCase));
		if (always || (TARGETED.has(key) && aimed(a, i))) {
			hits.push({ range: tokenRange(a, i, i), text: a.original.slice(t.start, t.end), kind: 'insult' });
		}
	});
	// A test first: most texts hold none of the phrases' words (text/prefilter.ts).
	for (const m of mayMatch(PHRASES, a.folded) ? a.folded.matchAll(PHRASES) : []) {
		const start = a.map[m.index] ?? 0;
		const end = a.map[m.index + m[0].length] ?? a.original.length;
		const threat = !/porc|dio|madonna|cazzo|merda|puttana|nulla|schifo|cagare|paese|fancul|fame/u.test(m[0]);
		hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: threat ? 'threat' : 'insult' });
	}
	for (const m of mayMatch(VEILED_THREAT, a.folded) ? a.folded.matchAll(VEILED_THREAT) : []) {
		const start = a.map[m.index] ?? 0;
		const end = a.map[m.index + m[0].length] ?? a.original.length;
		hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: 'threat' });
	}
	for (const m of a.folded.matchAll(OBFUSCATED)) {
		// Every run has a symbol (OBFUSCATED asks for one after the first letter).
		if (censored(m[0])) {
			const start = a.map[m.index] ?? 0;
			const end = a.map[m.index + m[0].length] ?? a.original.length;
			hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: 'insult' });
		}
	}
	return hits.sort((x, y) => x.range.start - y.range.start);
}
