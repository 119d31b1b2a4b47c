// Advice shown apart from the score (it never changes the three verdicts): bureaucratic jargon
// with its plain alternative, readability (Gulpease index), shouting in capitals, length, and the
// privacy checks in privacy.ts.
import type { Advice, Range, ReplyChannel } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse } from '../text/normalize';
import { sentences } from '../text/sentences';
import { EMAIL, LINK } from '../lexicon/facts';
import { ADVICE_TEXT } from './texts';
import { privacyAdvice } from './privacy';

// Bureaucratic formula (folded, as a regex) = plain Italian that says the same thing; where the
// plain words address the reader, the tu form ~ the Lei form.
const JARGON = (
	'si rappresenta che=ti comunichiamo che~le comunichiamo che;si comunica che=ti informiamo che~la informiamo che;si informa che=ti informiamo che~la informiamo che;' +
	'si precisa che=(togli la formula);si fa presente che=ti ricordiamo che~le ricordiamo che;(?:in|con) riferimento (?:a|al|alla|alle)=riguardo a;' +
	"in merito a=su;la s\\.v\\.|la signoria vostra=lei;codest[oa]=questo, questa;il sottoscritto=io;all'uopo=a questo scopo;" +
	'ai sensi d\\w*=secondo;in ottemperanza a=rispettando;entro e non oltre=entro;pervenut[oa]=arrivato, arrivata;' +
	"istanz[ae]=domanda;esplet\\w+=fare, svolgere;qualora=se;altresi=anche;medesim[oaie]=stesso, stessa;nelle more=nell'attesa;" +
	'previ[oa]=dopo, con;esperire=fare;(?:suddett|summenzionat|sopracitat|succitat)[oaie]=questo, questa;con la presente=(togli la formula);' +
	'nella fattispecie=in questo caso;obliterare=timbrare;erogazione|erogare=servizio, dare;fruire|fruizione=usare;a mezzo=con;' +
	"a far data da=da;in data odierna=oggi;(?<!intestatari[oa] dell')utenza(?! (?:domestic|non domestic|elettric|idric|telefonic|gas)\\w*)=cittadini;disguido=errore;documentazione di rito=documenti necessari;" +
	'normativa vigente=regole in vigore;corredat[oa]=con;in ordine a=su;onde evitare=per evitare;compatibilmente con=se possibile;' +
	'si invita a=ti chiediamo di~le chiediamo di;si prega di=per favore;(?:il|lo) scrivente=noi;trasmesso(?= a)=inviato;trasmessa(?= a)=inviata;' +
	'trasmessi(?= a)=inviati;trasmesse(?= a)=inviate;provvedera=farà'
)
	.split(';')
	.map((pair) => {
		// The last '=': a pattern may hold a lookahead, "(?= a)".
		const cut = pair.lastIndexOf('=');
		const pattern = pair.slice(0, cut);
		const plain = pair.slice(cut + 1);
		const [tu = '', lei = tu] = plain.split('~');
		return { re: new RegExp(`\\b(?:${pattern})\\b`, 'gu'), tu, lei };
	});

const EMAIL_ANY_CASE = new RegExp(EMAIL.source, 'giu');
const LINK_ANY_CASE = new RegExp(LINK.source, 'giu');

// Gulpease below this is hard for readers with a middle-school education (the scale's own band);
// a social reply should be readable by everyone.
const GULPEASE_MIN = 60;
// The index is unstable on a couple of sentences: judge only texts at least this long.
const GULPEASE_MIN_WORDS = 30;
// The advice says "shorter sentences": it speaks only when they are longer than this on average
// (plain-language guides put the limit at 20-25 words). A low index with short sentences comes from
// long words a reply often needs (names of offices, "raccolta differenziata").
const MAX_SENTENCE_WORDS = 20;
// Capital letters above this share of all letters read as shouting.
const CAPS_SHARE = 0.5;
// Runs of this many capitalised words in a row are shouting even inside a normal text.
const CAPS_RUN = 3;
// Short shouted texts ("OK") are not shouting; need this many letters to judge.
const CAPS_MIN_LETTERS = 20;
// Beyond this many words a reply is too long for a social thread (a few short paragraphs at most).
const MAX_WORDS = 150;
// Acronyms are written in capitals by rule, not by shouting.
const ACRONYMS = new Set(
	'urp tari imu tasi spid cie isee asl ats ausl ztl inps inail pec cup asd aps onlus caf suap sue iban iva cap pdf faq app sms raee io ue dpr dl dlgs anpr cf nb ps ok covid pa pnrr usl rsa tpl ss sp sr'.split(
		' ',
	),
);

/** Jargon with its plain alternative, in the reply's register ("la informiamo che" on a Lei page). */
function jargon(a: Analysed, formal: boolean): Advice[] {
	const out: Advice[] = [];
	for (const { re, tu, lei } of JARGON) {
		const plain = formal ? lei : tu;
		const evidence: Range[] = [];
		let first = '';
		for (const m of a.folded.matchAll(re)) {
			const r = { start: a.map[m.index] ?? 0, end: a.map[m.index + m[0].length] ?? a.original.length };
			if (!first) first = a.original.slice(r.start, r.end);
			evidence.push(r);
			if (evidence.length >= 5) break;
		}
		if (evidence.length)
			out.push({
				kind: 'jargon',
				message: ADVICE_TEXT.jargon(first, plain),
				evidence,
				...(plain.startsWith('(') ? {} : { suggestion: plain.split(', ').join(' o ') }),
			});
	}
	return out;
}

/** Gulpease readability index (0..100, higher is easier) of an Italian text, or null if too short. */
export function gulpease(a: Analysed): number | null {
	const words = a.tokens.length;
	if (words < GULPEASE_MIN_WORDS) return null;
	let letters = 0;
	for (const t of a.tokens) letters += t.key.length;
	const index = 89 + (300 * Math.max(1, sentences(a).length) - 10 * letters) / words;
	return Math.round(Math.max(0, Math.min(100, index)));
}

/**
 * Hard reading: a low Gulpease index with long sentences. Links and email addresses are read as one
 * word each: they are not prose, and a reply often must give them in full.
 */
function readability(a: Analysed): Advice[] {
	const prose = analyse(a.original.replace(EMAIL_ANY_CASE, 'email').replace(LINK_ANY_CASE, 'sito'));
	const g = gulpease(prose);
	if (g === null || g >= GULPEASE_MIN) return [];
	const perSentence = Math.round(prose.tokens.length / Math.max(1, sentences(prose).length));
	return perSentence > MAX_SENTENCE_WORDS
		? [{ kind: 'readability', message: ADVICE_TEXT.readability(g, perSentence), evidence: [] }]
		: [];
}

function capitals(a: Analysed): Advice[] {
	let upper = 0;
	let letters = 0;
	const shouted: Range[] = [];
	let run: Range[] = [];
	const flush = (): void => {
		if (run.length >= CAPS_RUN) shouted.push(...run);
		run = [];
	};
	for (const t of a.tokens) {
		const raw = a.original.slice(t.start, t.end);
		if (!/\p{L}/u.test(raw) || ACRONYMS.has(t.key)) continue;
		const caps = (raw.match(/\p{Lu}/gu) ?? []).length;
		letters += t.key.length;
		upper += caps;
		if (raw.length >= 3 && raw === raw.toUpperCase() && caps > 0) run.push({ start: t.start, end: t.end });
		else flush();
	}
	flush();
	const share = letters >= CAPS_MIN_LETTERS ? upper / letters : 0;
	if (share < CAPS_SHARE && shouted.length === 0) return [];
	const evidence = shouted.length ? shouted.slice(0, 20) : [{ start: 0, end: a.original.length }];
	return [{ kind: 'capitals', message: ADVICE_TEXT.capitals, evidence }];
}

/** All advice for a reply, given the analysed reply and comment, and whether the page gives the Lei. */
export function adviseReply(
	reply: Analysed,
	comment: Analysed,
	channel: ReplyChannel = 'public',
	formal = false,
): Advice[] {
	const out: Advice[] = [...jargon(reply, formal)];
	out.push(...readability(reply));
	out.push(...capitals(reply));
	out.push(...privacyAdvice(reply, comment, channel));
	const words = reply.tokens.length;
	if (words > MAX_WORDS) out.push({ kind: 'length', message: ADVICE_TEXT.length(words), evidence: [] });
	return out;
}
