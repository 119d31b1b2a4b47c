// Detects clearly offensive comments (insults, profanity, threats, slurs) with an Italian
// lexicon. Precision matters more than recall: a false alarm turns the thanks tip off for a
// legitimate, merely angry comment ("Che schifo questa strada", "i ladri hanno rubato le bici").
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { gapBetween, isCapitalised, squeeze, tokenRange } from '../text/normalize';
import { perText } from '../text/memo';
import { NAMING_INSULTS } from '../lexicon/rudeWords';

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
// Offensive only when said of someone: "siete dei ladri", "sindaco incapace", "LADRI!".
const TARGETED = set(
	'ladri ladro ladrona ladroni incapaci incapace incompetenti incompetente parassiti parassita mafiosi mafioso ' +
		'corrotti delinquenti delinquente criminali criminale somari somaro asini asino maiali maiale porci vermi ' +
		'verme schifosi schifoso ignoranti ignorante vigliacchi vigliacco venduti servi zingari zingaro ritardati ' +
		'ritardato handicappati nazisti fascisti bugiardi bugiardo sciacalli pezzenti falliti scemi scemo stupidi ' +
		'stupido tonti finocchi finocchio scimmie ipocriti teppisti teppista teppistelli teppistello',
);
// Contempt words: next to a targeted word they make it a slur whoever it is aimed at ("zingari
// schifosi", "luridi parassiti"); alone they are ordinary complaints ("strade sporche").
const CONTEMPT = set(
	'schifosi schifose schifoso schifosa luridi lurido lurida luride maledetti maledetto sporchi sporco',
);
// Words that make the next insult aimed at someone.
const TARGET_MARKERS = set(
	'siete sei sono voi branco banda massa manica accozzaglia covo razza sindaco sindaca assessore giunta ' +
		'amministrazione amministratori politici dipendenti impiegati vigili comune governo che',
);
const FILLERS = set(
	'dei degli delle degl un uno una solo soltanto proprio veri vere vero vera davvero tutti tutte grandi grande gran emeriti emerito di e',
);

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

// Censored spellings: "c*zzo", "m3rda", "str0nzo", "c@zz0". A run of letters and symbols from its
// first letter (one pass over the text: a run never fails once started); those with a symbol count.
const OBFUSCATED = /(?<!\p{L})\p{L}[\p{L}@$*0-9]*/gu;
const SYMBOL = /[@$*0-9]/u;
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

/** An insult opening a sentence and set off by a comma or "!" is a vocative: "Pezzenti, rubate lo stipendio". */
function vocativeInsult(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	if (!t) return false;
	const before = i === 0 ? '.' : a.folded.slice(a.tokens[i - 1]?.fEnd ?? 0, t.fStart);
	return /[.!?\n]/u.test(before) && /^\s*[,!]/u.test(a.folded.slice(t.fEnd, t.fEnd + 3));
}

/** A targeted word right next to another one or to a contempt word: "zingari schifosi", "ladri incapaci". */
function pairedInsult(a: Analysed, i: number): boolean {
	return [i - 1, i + 1].some((k) => {
		const w = a.tokens[k];
		if (!w || !(TARGETED.has(w.key) || CONTEMPT.has(w.key))) return false;
		const [x, y] = k < i ? [w, a.tokens[i]] : [a.tokens[i], w];
		return /^\s+$/u.test(a.folded.slice(x?.fEnd ?? 0, y?.fStart ?? 0));
	});
}

/**
 * An insult closing a sentence after a comma, alone or after one more word: "…sei tu, razzista
 * ignorante." (family CG), "Fabrizio, ignorante!", "sei tu, ignorante e razzista 😡" (HC035). A vocative, like one that
 * opens a sentence; so is one alone between commas inside it, "un filo di attenzione in più, somaro, e risparmi" (HD018).
 */
function closingVocative(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	if (!t) return false;
	const gap = (k: number): string => gapBetween(a, k - 1, k);
	// The insult closes the sentence, alone or joined to another: "…, ignorante e razzista 😡".
	const next = a.tokens[i + 2];
	const pair = ['e', 'o'].includes(a.tokens[i + 1]?.key ?? '') && next && !FUNCTION_WORDS.has(next.key) ? next : t;
	const closes = CLOSING.test(a.folded.slice(pair.fEnd, pair.fEnd + 12));
	// Between two commas, one person called so, with no insult beside it: "attenti a truffatori, ladri, e falsi
	// tecnici" is a list.
	const between =
		!closes &&
		!t.key.endsWith('i') &&
		/^\s*,\s*$/u.test(gap(i)) &&
		/^\s*,\s*$/u.test(gap(i + 1)) &&
		![i - 1, i + 1].some((k) => INSULTING.has(a.tokens[k]?.key ?? ''));
	if (!closes && !between) return false;
	// One word between, not a function word: "attenti ai truffatori, ai ladri." lists people to beware of; or two
	// insults joined, "ignorante e razzista".
	const before = a.tokens[i - 1]?.key ?? '';
	const joined = (before === 'e' || before === 'o') && INSULTING.has(a.tokens[i - 2]?.key ?? '');
	const comma =
		i > 0 && /^\s*,\s*$/u.test(gap(i))
			? i
			: i > 1 && (joined || !FUNCTION_WORDS.has(before)) && /^\s+$/u.test(gap(i)) && /^\s*,\s*$/u.test(gap(i - 1))
				? i - 1
				: i > 2 && joined && /^\s+$/u.test(gap(i - 1)) && /^\s*,\s*$/u.test(gap(i - 2))
					? i - 2
					: -1;
	if (comma < 1) return false;
	// A list of insults ("rimuoviamo gli insulti, ad esempio ladro, bugiardo, incapace.") names words.
	if (TARGETED.has(a.tokens[comma - 1]?.key ?? '')) return false;
	// Said to the reader: the sentence speaks to them ("…sei tu, razzista ignorante."), not of someone
	// ("chi riconosce di essere, in fondo, ignorante"), nor a list of words ("rimuoviamo gli insulti personali, ad
	// esempio ladro, bugiardo, ignorante", session 38). A word alone between commas is said to someone.
	let toReader = between;
	for (let k = comma - 1; k >= 0 && k >= comma - 12; k--) {
		if (/[.!?\n]/u.test(gap(k + 1))) break;
		const key = a.tokens[k]?.key ?? '';
		if (NAMES_WORDS.has(key)) return false;
		if (SECOND_PERSON.has(key)) toReader = true;
	}
	return toReader;
}
/** The sentence ends after the word, or an emoji closes it: "razzista 😡 I corsi…". */
const CLOSING = /^\s*(?:[.!?\n]|$|\p{Extended_Pictographic})/u;
/** Words that insult a person, alone or as contempt beside one. */
const INSULTING: ReadonlySet<string> = new Set([...TARGETED, ...CONTEMPT]);
/** Words that name insults ("ad esempio ladro, bugiardo…"), with "parola" ("la parola «ladro»"). */
const NAMES_WORDS: ReadonlySet<string> = new Set([...NAMING_INSULTS, 'parola']);
const SECOND_PERSON = set('tu te ti sei siete voi vi tuo tua tuoi tue vostro vostra vostri vostre');
const FUNCTION_WORDS = set(
	'a ai agli al alla alle allo all da dai dagli dal dalla dalle dallo dall di dei degli del della delle dello dell con coi col per su sui sul sulla tra fra i il lo la le gli l un uno una e o anche come dai tanti molti alcuni certi questi quei quelli',
);

/**
 * The insult said to be the reader, after it: "l'unico parassita che vedo qui sei tu" (family CG),
 * "il maleducato qui è solo Lei" (family CK); not denied ("il delinquente non è lei"), not in a question ("il ladro sei tu? Lo scoprirai sabato", a game) nor reported ("dicendo che il
 * criminale siete voi", a scam described).
 */
const YOU_ARE = /^[^.!?\n]{0,60}?(?<!\bnon )\b(?:sei|siete|e) (?:solo |soltanto |proprio )?(?:tu|voi|lei)\b(?!\s*\?)/u;
const REPORTED_BEFORE = /\bche\s+(?:(?:il|la|lo|l'|i|gli|le|un|una|uno)\s*)?$/u;

function aimed(a: Analysed, i: number): boolean {
	const t = a.tokens[i];
	if (!t) return false;
	if (vocativeInsult(a, i) || pairedInsult(a, i) || closingVocative(a, i)) return true;
	if (
		YOU_ARE.test(a.folded.slice(t.fEnd, t.fEnd + 80)) &&
		!REPORTED_BEFORE.test(a.folded.slice(Math.max(0, t.fStart - 20), t.fStart))
	)
		return true;
	const raw = a.original.slice(t.start, t.end);
	// Shouted ("LADRI") or exclaimed ("ladri!") insults are aimed at the reader.
	if (raw.length > 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return true;
	if (/^\s*[!?]/u.test(a.folded.slice(t.fEnd, t.fEnd + 3))) return true;
	let k = i - 1;
	for (let skipped = 0; k >= 0 && skipped < 3 && FILLERS.has(a.tokens[k]?.key ?? ''); skipped++) k--;
	const p = a.tokens[k];
	if (!p) return false;
	// Denied to the reader: "non sei un ignorante, la domanda è giusta" (session 38).
	if ((p.key === 'sei' || p.key === 'siete') && a.tokens[k - 1]?.key === 'non') return false;
	// "sono ignorante" is a citizen about themselves; "sono ladri" (plural) is about others.
	if (p.key === 'sono') return t.key.endsWith('i');
	return TARGET_MARKERS.has(p.key) || a.original.slice(p.start, p.end).toLowerCase() === '\u00e8';
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
	for (const m of a.folded.matchAll(PHRASES)) {
		const start = a.map[m.index] ?? 0;
		const end = a.map[m.index + m[0].length] ?? a.original.length;
		const threat = !/porc|dio|madonna|cazzo|merda|puttana|nulla|schifo|cagare|paese|fancul|fame/u.test(m[0]);
		hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: threat ? 'threat' : 'insult' });
	}
	for (const m of a.folded.matchAll(VEILED_THREAT)) {
		const start = a.map[m.index] ?? 0;
		const end = a.map[m.index + m[0].length] ?? a.original.length;
		hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: 'threat' });
	}
	for (const m of a.folded.matchAll(OBFUSCATED)) {
		if (SYMBOL.test(m[0]) && censored(m[0])) {
			const start = a.map[m.index] ?? 0;
			const end = a.map[m.index + m[0].length] ?? a.original.length;
			hits.push({ range: { start, end }, text: a.original.slice(start, end), kind: 'insult' });
		}
	}
	return hits.sort((x, y) => x.range.start - y.range.start);
}
