// Every Italian text the learner reads, in one place. Addressed with "tu", concrete: it quotes the
// learner's own words, names the missing key facts and the name that should have been used.
import type { Addressee } from '../comment/addressee';
import { subjectOf, withPreposition } from '../comment/addressee';
import { foldText } from '../text/normalize';
import { VAGUE_PROMISE } from '../lexicon/intent';

/** Quote a piece of the reply, shortened so feedback stays one or two sentences. */
export function quote(s: string, max = 60): string {
	const t = s.replace(/\s+/gu, ' ').trim();
	return `«${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}»`;
}

/** "a, b e c". */
export function list(items: readonly string[]): string {
	const u = [...new Set(items)];
	if (u.length <= 1) return u[0] ?? '';
	return `${u.slice(0, -1).join(', ')} e ${u[u.length - 1]}`;
}

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
}


const RULES = 'le regole della pagina (social media policy o netiquette)';

/** Feedback for the detailed tip. */
export function detailedFeedback(d: DetailedInfo): string {
	const who = subjectOf(d.addressee);
	if (d.copied) {
		return `Questa risposta è quasi uguale a una che hai già scritto per un altro commento. Il copia e incolla si nota: rispondi a quello che chiede ${who}.`;
	}
	if (d.met) {
		if (d.missing.length) return `Ci sono informazioni utili (${list(d.foundLabels)}), ma manca ${list(d.missing)}.`;
		if (d.foundLabels.length) return `Ottimo: ci sono tutte le informazioni chiave (${list(d.foundLabels)}).`;
		if (!d.facts.length) return `Bene: non raccogli la provocazione e ricordi con calma le regole della pagina.`;
		const shown = d.facts.slice(0, 3).map((f) => quote(f, 40));
		return `Bene: dai ${withPreposition('a', d.addressee)} informazioni concrete e utili (${list(shown)}).`;
	}
	const wrongFirst = d.wrong[0];
	if (wrongFirst) {
		return `Attenzione: ${quote(wrongFirst.text, 40)} non è giusto per ${wrongFirst.label}. Un dato sbagliato è peggio di nessun dato: controlla le informazioni dell'ufficio e correggilo.`;
	}
	const missing = d.missing.length ? ` Mancano le informazioni chiave: ${list(d.missing)}.` : '';
	if (d.offensive && !d.policy) {
		const start = d.tone
			? 'Chiedi di moderare i toni, ma non basta: ricorda'
			: 'Il commento è offensivo: rispondi con calma, ricorda';
		if (d.request)
			return `${start} ${RULES} e rispondi alla richiesta che contiene con un'informazione concreta.${missing}`;
		if (d.topic)
			return `${start} ${RULES} e, se dietro l'insulto c'è una richiesta concreta, rispondi anche a quella.${missing}`;
		return `${start} ${RULES}.${missing}`;
	}
	if (d.offensive && d.policy) {
		return `Ricordi le regole della pagina, ma nel commento c'è anche una richiesta o una segnalazione vera: rispondi con un'informazione concreta.${missing}`;
	}
	if (d.offTopic) {
		// Not every comment asks something: a report or a complaint gets "a quello che segnala".
		const asks = d.question ? `quello che chiede ${who}: rispondi alla sua domanda` : `quello che scrive ${who}: rispondi nel merito`;
		return `Le informazioni che dai non riguardano ${asks}.${missing}`;
	}
	const promise = d.generic.find((g) => VAGUE_PROMISE.test(foldText(g)));
	if (promise) {
		return `${quote(promise, 40)} è una promessa vaga e generica: non dice cosa succederà né quando. Scrivi una data, un orario o il prossimo passo preciso.${missing}`;
	}
	if (d.weakOnly) {
		const shown = list(d.weak.slice(0, 2).map((w) => quote(w, 40)));
		if (d.weak.length && d.weakStep) {
			return `Indichi cosa fare (${shown}), ma non dove né come: aggiungi un link preciso, l'ufficio con orari e indirizzo, un telefono o un'email.${missing}`;
		}
		const named = d.weak.length ? `Citi ${shown}, ma` : 'Indichi a chi rivolgersi, ma';
		return `${named} da solo non basta per agire: aggiungi come e quando (orari e indirizzo dell'ufficio, telefono, email o un link preciso).${missing}`;
	}
	if (d.compliment) {
		return `Il commento è un complimento: riprendi quello che è piaciuto e aggiungi qualcosa di utile, come il prossimo evento o dove trovare foto e informazioni.${missing}`;
	}
	const first = d.generic[0];
	if (first) {
		return `La risposta è generica: ${quote(first, 50)} va bene per qualsiasi commento. Aggiungi un fatto concreto: un orario, una data, un luogo, un contatto o il prossimo passo.${missing}`;
	}
	if (d.words > LONG_WITHOUT_CONTENT) {
		return `La risposta è lunga ma non dice niente di concreto: togli le formule e scrivi un orario, una data, un luogo, un contatto o il prossimo passo.${missing}`;
	}
	const about = d.addressee.name ? `su quello che scrive ${who}` : 'sul commento';
	return `Manca un'informazione concreta ${about}: un orario, una data, un luogo, un contatto, un link preciso o il prossimo passo.${missing}`;
}

/** What the name criterion found, for its feedback. */
export interface NameInfo {
	kind: 'author' | 'placeholder' | 'other' | 'mentioned' | 'generic' | 'none' | 'unknown';
	found: string;
	display: string;
	organisation: boolean;
	addressee: Addressee;
}

/** A greeting to suggest, in the form the display name allows: «Ciao Anna» or «Gentile signora Rossi». */
function greetingExample(n: NameInfo): string {
	if (n.organisation) return `«Ciao ${n.display}»`;
	const name = n.addressee.name || n.display;
	if (n.addressee.plural) return `«Gentili ${name}»`;
	return n.addressee.titled ? `«Gentile ${name}»` : `«Ciao ${name}» o «Gentile ${name}»`;
}

/** Feedback for the name tip. */
export function nameFeedback(n: NameInfo): string {
	const example = greetingExample(n);
	const owner = n.organisation ? `di ${quote(n.display, 40)}` : withPreposition('di', n.addressee);
	switch (n.kind) {
		case 'author':
			return `Bene: chiami chi ha scritto per nome (${quote(n.found, 40)}).`;
		case 'placeholder':
			return `Nel testo è rimasto il segnaposto ${quote(n.found, 30)}: scrivi il nome vero${n.organisation ? '' : ` (${n.addressee.name || n.display})`}. Così la risposta sembra un modello.`;
		case 'other':
			return `Hai scritto ${quote(n.found, 30)}, ma il commento è ${owner}: è l'errore tipico del copia e incolla, ed è peggio che non mettere il nome.`;
		case 'mentioned':
			return `Hai scritto ${quote(n.found, 30)}, ma è una persona citata nel commento, non chi l'ha scritto: il commento è ${owner}. Chiama per nome chi ha scritto, per esempio ${example}.`;
		case 'generic':
			return `${quote(n.found, 30)} è un saluto generico: usa il nome, per esempio ${example}.`;
		case 'unknown':
			return 'Dal nome del profilo non si ricava un nome da usare: qui questo consiglio non si applica.';
		default:
			return `Non chiami per nome chi ha scritto: inizia per esempio con ${example}.`;
	}
}

/** What the thanks criterion found, for its feedback. */
export interface ThanksInfo {
	met: boolean | null;
	kind: 'author' | 'causal' | 'third' | 'none';
	found: string;
	addressee: Addressee;
}

/** Feedback for the thanks tip. */
export function thanksFeedback(t: ThanksInfo): string {
	if (t.met === null) {
		return t.kind === 'author'
			? `Il commento è offensivo: ringraziare non è richiesto e qui ${quote(t.found, 30)} stona. Resta calmo e ricorda le regole della pagina.`
			: 'Il commento è offensivo: ringraziare non è richiesto. Resta calmo e ricorda le regole della pagina.';
	}
	if (t.met) return `Bene: ringrazi chi ha scritto (${quote(t.found, 40)}).`;
	if (t.kind === 'causal') {
		return `${quote(t.found, 30)} vuol dire «per merito di», non è un ringraziamento: aggiungi per esempio «Grazie per la segnalazione».`;
	}
	if (t.kind === 'third') {
		return `Ringrazi qualcun altro (${quote(t.found, 40)}), non chi ha scritto: aggiungi un grazie anche ${withPreposition('a', t.addressee)}.`;
	}
	return 'Manca il ringraziamento: aggiungi per esempio «Grazie per averci scritto» o «Ti ringraziamo per la segnalazione».';
}

/** Italian texts of the advice shown apart from the score. */
export const ADVICE_TEXT = {
	jargon: (found: string, plain: string): string => `${quote(found, 40)} è burocratese: scrivi piuttosto «${plain}».`,
	readability: (index: number): string =>
		`Indice Gulpease ${index}: il testo è difficile per molti lettori. Usa frasi più brevi e parole comuni (sui social punta almeno a 60).`,
	capitals: 'Scrivere in maiuscolo equivale a urlare: usa le maiuscole solo per iniziali e sigle.',
	commentExposes: (what: string): string =>
		`Il commento contiene dati personali (${what}): chiedi a chi ha scritto di toglierlo, o eliminalo dopo averne conservato una copia, e prosegui in messaggio privato. Nascondere non basta: su Facebook il commento nascosto resta visibile all'autore e ai suoi amici.`,
	invented: (values: string, many: boolean): string =>
		`${values}: ${many ? 'non compaiono' : 'non compare'} nelle informazioni che hai. Non promettere date, orari, importi, numeri di pratica o contatti che l'ufficio non ti ha dato: se non li sai, scrivi cosa succede e quando darai notizie certe.`,
	length: (words: number): string =>
		`La risposta ha ${words} parole: per un thread social è troppo lunga. Tieni le informazioni essenziali e rimanda al link per i dettagli.`,
};
