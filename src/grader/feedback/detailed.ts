// The detailed tip's feedback: an ordered table of {when, say} rows, the first that applies speaks;
// what the comment asked, said to the learner, is feedback/asked.ts.
import type { Addressee } from '../comment/addressee';
import { subjectOf, withPreposition } from '../comment/addressee';
import type { IntentInfo } from './asked';
import { whatWasAsked } from './asked';
import { foldText } from '../text/normalize';
import { VAGUE_PROMISE } from '../lexicon/intent';
import { list, quote } from './texts';

/**
 * Labels quoted inside round brackets: their own brackets become square ones, as Italian typography
 * nests them ("(chi legge le risposte [Ufficio scuola e commissione mensa])"), not "((…))".
 */
const inBrackets = (text: string): string => text.replace(/\(([^()]*)\)/gu, '[$1]');

// Past this many words, a reply without facts is "long without content" rather than just thin.
const LONG_WITHOUT_CONTENT = 35;

/** What the detailed criterion found, for its feedback. */
export interface DetailedInfo {
	met: boolean;
	copied: boolean;
	offensive: boolean;
	request: boolean;
	policy: boolean;
	/** The reply asks to moderate the tone, without recalling the page's rules. */
	tone: boolean;
	/** The comment names a concrete subject (a service, a place): a request may hide behind the insult. */
	topic: boolean;
	/** The comment is praise without a question. */
	compliment: boolean;
	/** The comment asks something (it has a question mark). */
	question: boolean;
	facts: string[];
	offTopic: boolean;
	weakOnly: boolean;
	generic: string[];
	words: number;
	missing: string[];
	foundLabels: string[];
	/** Weak facts found (an office, a document, a step), quoted when they are all the reply gives. */
	weak: string[];
	/** The weak facts are all steps or documents ("verificare la posizione", "il modulo"), not offices. */
	weakStep: boolean;
	addressee: Addressee;
	/** Key facts the reply states with a wrong value: the fact's label and the reply's words. */
	wrong: { label: string; text: string }[];
	/** Values the office's information gives otherwise: the reply's words and the office's. */
	sheetWrong: { text: string; expected: string }[];
	/** The reply pushes the matter elsewhere ("chiedete ai politici"), quoted; '' when it does not. */
	deflection: string;
	/** The reply apologises ("ci scusiamo", "ci dispiace"). */
	apology: boolean;
}

const RULES = 'le regole della pagina (social media policy o netiquette)';

/** Everything the detailed feedback reads: what the criterion found and what the comment asked. */
export interface DetailedFeedbackInput extends DetailedInfo {
	intent: IntentInfo;
}

/** One row of the feedback table: when it applies, and what it says. */
interface Rule {
	when: (d: DetailedFeedbackInput) => boolean;
	say: (d: DetailedFeedbackInput) => string;
}

const missingOf = (d: DetailedFeedbackInput): string =>
	d.missing.length ? ` Mancano le informazioni chiave: ${list(d.missing)}.` : '';
const asked = (d: DetailedFeedbackInput): string => {
	const w = whatWasAsked(d.intent, d.addressee, d.apology);
	return w ? ` ${w}` : '';
};
const toneStart = (d: DetailedFeedbackInput): string =>
	d.tone ? 'Chiedi di moderare i toni, ma non basta: ricorda' : 'Il commento è offensivo: rispondi con calma, ricorda';

// The most wrong values the feedback names beyond the first.
const MORE_WRONG = 3;

/**
 * The other wrong values, after the one the feedback explains: " Controlla anche «lunedì» e
 * «mercoledì»." A reply with two errors is told both, not corrected once and then wrong again.
 */
const alsoWrong = (d: DetailedFeedbackInput, shown: string): string => {
	// A part of a value already named is not another error: «9 dicembre» after «venerdì 9 dicembre».
	const texts = [...new Set([...d.wrong, ...d.sheetWrong].map((w) => w.text))].filter((t) => t !== '');
	const others = texts.filter((t) => !texts.some((u) => u !== t && u.includes(t)) && !shown.includes(t));
	return others.length ? ` Controlla anche ${list(others.slice(0, MORE_WRONG).map((t) => quote(t, 40)))}.` : '';
};

/** The detailed tip's feedback, as an ordered table: the first row that applies speaks. */
const DETAILED_RULES: readonly Rule[] = [
	{
		when: (d) => d.copied,
		say: (d) =>
			`Questa risposta è quasi uguale a una che hai già scritto per un altro commento. Il copia e incolla si nota: rispondi a quello che chiede ${subjectOf(d.addressee)}.`,
	},
	{
		when: (d) => d.wrong.length > 0,
		say: (d) =>
			// The label is the author's words, in any form (brackets included): after a colon it reads whatever its grammar.
			`Attenzione: ${quote(d.wrong[0]?.text ?? '', 40)} non è giusto. Informazione da controllare: ${d.wrong[0]?.label ?? ''}. Un dato sbagliato è peggio di nessun dato: correggilo con le informazioni dell'ufficio.${alsoWrong(d, d.wrong[0]?.text ?? '')}`,
	},
	{
		when: (d) => d.sheetWrong.length > 0 && (d.sheetWrong[0]?.expected ?? '') === '',
		say: (d) =>
			`Attenzione: ${quote(d.sheetWrong[0]?.text ?? '', 40)} non compare nelle informazioni dell'ufficio. Un recapito inventato manda chi ha scritto nel posto sbagliato: usa solo i contatti che hai.${alsoWrong(d, d.sheetWrong[0]?.text ?? '')}`,
	},
	{
		when: (d) => d.sheetWrong.length > 0,
		say: (d) =>
			`Attenzione: hai scritto ${quote(d.sheetWrong[0]?.text ?? '', 40)}, ma le informazioni dell'ufficio dicono ${quote(d.sheetWrong[0]?.expected ?? '', 60)}. Controlla: un dato sbagliato o inventato è peggio di nessun dato.${alsoWrong(d, d.sheetWrong[0]?.text ?? '')}`,
	},
	{
		when: (d) => d.met && d.missing.length > 0,
		// "manca" or "mancano" would have to agree with labels written in any form: a colon needs no agreement.
		say: (d) => `Ci sono informazioni utili (${inBrackets(list(d.foundLabels))}). Da aggiungere: ${list(d.missing)}.`,
	},
	{
		when: (d) => d.met && d.foundLabels.length > 0,
		say: (d) => `Ottimo: ci sono tutte le informazioni chiave (${inBrackets(list(d.foundLabels))}).`,
	},
	{
		when: (d) => d.met && d.facts.length === 0,
		say: () => 'Bene: non raccogli la provocazione e ricordi con calma le regole della pagina.',
	},
	{
		when: (d) => d.met,
		say: (d) =>
			`Bene: dai ${withPreposition('a', d.addressee)} informazioni concrete e utili (${list(d.facts.slice(0, 3).map((f) => quote(f, 40)))}).`,
	},
	{
		when: (d) => d.offensive && !d.policy && d.request,
		say: (d) =>
			`${toneStart(d)} ${RULES} e rispondi alla richiesta che contiene con un'informazione concreta.${missingOf(d)}`,
	},
	{
		when: (d) => d.offensive && !d.policy && d.topic,
		say: (d) =>
			`${toneStart(d)} ${RULES} e, se dietro l'insulto c'è una richiesta concreta, rispondi anche a quella.${missingOf(d)}`,
	},
	{ when: (d) => d.offensive && !d.policy, say: (d) => `${toneStart(d)} ${RULES}.${missingOf(d)}` },
	{
		when: (d) => d.offensive && d.policy,
		say: (d) =>
			`Ricordi le regole della pagina, ma nel commento c'è anche una richiesta o una segnalazione vera: rispondi con un'informazione concreta.${missingOf(d)}`,
	},
	{
		when: (d) => d.offTopic,
		say: (d) => {
			// Not every comment asks something: a report or a complaint gets "a quello che segnala".
			const who = subjectOf(d.addressee);
			const what = d.question
				? `quello che chiede ${who}: rispondi alla sua domanda`
				: `quello che scrive ${who}: rispondi nel merito`;
			return `Le informazioni che dai non riguardano ${what}.${missingOf(d)}`;
		},
	},
	{
		when: (d) => d.deflection !== '',
		say: (d) =>
			`${quote(d.deflection, 40)} rimanda altrove senza rispondere: di' che cosa l'amministrazione può e non può fare, e dove si decide la questione.${missingOf(d)}`,
	},
	{
		when: (d) => d.generic.some((g) => VAGUE_PROMISE.test(foldText(g))),
		say: (d) => {
			const promise = d.generic.find((g) => VAGUE_PROMISE.test(foldText(g))) ?? '';
			return `${quote(promise, 40)} è una promessa vaga e generica: non dice cosa succederà né quando. Scrivi una data, un orario o il prossimo passo preciso.${missingOf(d)}`;
		},
	},
	{
		when: (d) => d.weakOnly && d.weak.length > 0 && d.weakStep,
		say: (d) =>
			`Indichi cosa fare (${list(d.weak.slice(0, 2).map((w) => quote(w, 40)))}), ma non dove né come${d.missing.length ? '.' : ": aggiungi un link preciso, l'ufficio con orari e indirizzo, un telefono o un'email."}${missingOf(d)}`,
	},
	{
		when: (d) => d.weakOnly,
		say: (d) => {
			const named = d.weak.length
				? `Citi ${list(d.weak.slice(0, 2).map((w) => quote(w, 40)))}, ma`
				: 'Indichi a chi rivolgersi, ma';
			// With key facts missing, they say what to add (in an emergency, the number to call, not an office's hours).
			const add = d.missing.length
				? '.'
				: ": aggiungi come e quando (orari e indirizzo dell'ufficio, telefono, email o un link preciso).";
			return `${named} da solo non basta per agire${add}${missingOf(d)}`;
		},
	},
	{
		when: (d) => d.compliment,
		say: (d) =>
			`Il commento è un complimento: riprendi quello che è piaciuto e aggiungi qualcosa di utile, come il prossimo evento o dove trovare foto e informazioni.${missingOf(d)}`,
	},
	{
		when: (d) => d.generic.length > 0,
		say: (d) =>
			`La risposta è generica: ${quote(d.generic[0] ?? '', 50)} va bene per qualsiasi commento.${asked(d) || ' Aggiungi un fatto concreto: un orario, una data, un luogo, un contatto o il prossimo passo.'}${missingOf(d)}`,
	},
	{
		// Only when it gives no fact at all: a reply with a date or a link that answers something else
		// is told what was asked (the next rule), not that it says nothing.
		when: (d) => d.words > LONG_WITHOUT_CONTENT && d.facts.length === 0,
		say: (d) =>
			`La risposta è lunga ma non dice niente di concreto.${asked(d) || ' Togli le formule e scrivi un orario, una data, un luogo, un contatto o il prossimo passo.'}${missingOf(d)}`,
	},
	{
		when: (d) => asked(d) !== '',
		say: (d) => `${asked(d).trim()}${missingOf(d)}`,
	},
	{
		when: () => true,
		say: (d) => {
			const about = d.addressee.name ? `su quello che scrive ${subjectOf(d.addressee)}` : 'sul commento';
			return `Manca un'informazione concreta ${about}: un orario, una data, un luogo, un contatto, un link preciso o il prossimo passo.${missingOf(d)}`;
		},
	},
];

/** Feedback for the detailed tip: the first rule of DETAILED_RULES that applies. */
export function detailedFeedback(d: DetailedFeedbackInput): string {
	return DETAILED_RULES.find((r) => r.when(d))?.say(d) ?? '';
}
