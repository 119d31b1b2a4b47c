// Whether an insult word in a text is aimed at someone (part of the offensive-language reader, comment/offensive.ts,
// moved out in session 41 when that file passed 250 lines): the words that insult only when said of someone,
// and the frames that aim them (a vocative, a pair, "sei tu", a marker before them).
import type { Analysed } from '../text/normalize';
import { gapBetween } from '../text/normalize';
import { NAMING_INSULTS } from '../lexicon/rudeWords';

const set = (w: string): ReadonlySet<string> => new Set(w.split(' '));

// Offensive only when said of someone: "siete dei ladri", "sindaco incapace", "LADRI!".
export const TARGETED = set(
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

/** Whether the targeted word at token `i` is said of someone. */
export function aimed(a: Analysed, i: number): boolean {
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
	// Denied to the reader: "non sei un ignorante, la domanda è giusta" (session 38); or supposed: "se sei incapace di
	// camminare a lungo, chiedi il contrassegno" (session 42).
	if ((p.key === 'sei' || p.key === 'siete') && ['non', 'se'].includes(a.tokens[k - 1]?.key ?? '')) return false;
	// "sono ignorante" is a citizen about themselves; "sono ladri" (plural) is about others.
	if (p.key === 'sono') return t.key.endsWith('i');
	return TARGET_MARKERS.has(p.key) || a.original.slice(p.start, p.end).toLowerCase() === '\u00e8';
}
