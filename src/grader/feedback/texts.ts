// The Italian texts of the name and thanks tips and of the advice, addressed with "tu" and concrete:
// they quote the learner's own words and the name that should have been used (the detailed tip's
// texts are in detailed.ts, the conduct gates' in conduct.ts).
import type { Addressee } from '../comment/addressee';
import type { IntentKind } from '../comment/intent';
import { withPreposition } from '../comment/addressee';
import { foldText } from '../text/normalize';
import { editDistance } from '../text/similarity';

/** Quote a piece of the reply, shortened so feedback stays one or two sentences. */
export function quote(s: string, max = 60): string {
	const t = s.replace(/\s+/gu, ' ').trim();
	if (t.length <= max) return `«${t}»`;
	// Cut between words, not inside one ("un percorso tat…", family Q), unless that loses half the quote.
	let cut = t.slice(0, max - 1);
	if (/[\p{L}\p{N}]/u.test(t[max - 1] ?? '')) {
		const whole = cut.replace(/\s+\S*$/u, '');
		if (whole.length >= max / 2) cut = whole;
	}
	return `«${cut.replace(/[\s,;:]+$/u, '')}…»`;
}

/** "a, b e c". */
export function list(items: readonly string[]): string {
	const u = [...new Set(items)];
	if (u.length <= 1) return u[0] ?? '';
	return `${u.slice(0, -1).join(', ')} e ${u[u.length - 1]}`;
}

/** What the name criterion found, for its feedback. */
export interface NameInfo {
	kind: 'author' | 'placeholder' | 'other' | 'mentioned' | 'generic' | 'none' | 'unknown';
	found: string;
	display: string;
	organisation: boolean;
	addressee: Addressee;
	/** The reply gives the "Lei": suggest a formal greeting only. */
	formal?: boolean;
	/** With the "Lei", the author by title and surname when the first name tells the gender ("signora Zanetti"). */
	formalName?: string | undefined;
}

/**
 * A greeting to suggest, in the form the display name and the reply's register allow: «Ciao Anna»
 * or «Gentile Anna» with the "tu", «Gentile signora Rossi» (or «Gentile Anna») with the "Lei".
 */
function greetingExample(n: NameInfo): string {
	if (n.organisation) return n.formal ? `«Gentile ${n.display}»` : `«Ciao ${n.display}»`;
	const name = n.addressee.name || n.display;
	if (n.addressee.plural) return `«Gentili ${name}»`;
	if (n.addressee.titled) return `«Gentile ${name}»`;
	if (n.formal) return `«Gentile ${n.formalName ?? name}»`;
	return `«Ciao ${name}» o «Gentile ${name}»`;
}

/** A word one or two letters off a name, with the same first letter: a misspelling of it. */
function misspelt(found: string, name: string): boolean {
	const [f, n] = [foldText(found).trim(), foldText(name).split(/\s+/u)[0] ?? ''];
	return f !== n && f[0] === n[0] && n.length >= 4 && editDistance(f, n) <= (n.length >= 7 ? 2 : 1);
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
			// "Deborah" for Debora, "Giuseppa" for Giuseppe: the name misspelt, not another person's.
			if (misspelt(n.found, n.addressee.name || n.display))
				return `Hai scritto ${quote(n.found, 30)}, ma il commento è ${owner}: controlla come si scrive il nome. Un nome sbagliato si nota subito ed è peggio di un nome mancante.`;
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
	/** The reply gives the Lei: the suggestions do too. */
	formal?: boolean;
	/** What the comment does, for a thanks that fits it ("per le belle parole" under praise). */
	intent?: IntentKind;
	/** What it does besides its question: a report or a complaint is thanked as such, not as a question. */
	besides?: 'report' | 'complaint' | null;
}

/** A thanks that fits the comment and the reply's register. */
function thanksExample(t: ThanksInfo): string {
	// A question said inside a report or a complaint ("nessuno risponde!!! ma ci siete o no??") is not
	// thanked "per la domanda": the comment is thanked for what it does.
	const does = (t.intent === 'yes-no' || t.intent === 'info') && t.besides ? t.besides : t.intent;
	const what =
		does === 'praise'
			? 'per le belle parole'
			: does === 'report'
				? 'per la segnalazione'
				: does === 'yes-no' || does === 'info'
					? 'per la domanda'
					: 'per averci scritto';
	return `«Grazie ${what}» o «${t.formal ? 'La' : 'Ti'} ringraziamo ${what}»`;
}

/** Feedback for the thanks tip. */
export function thanksFeedback(t: ThanksInfo): string {
	if (t.met === null) {
		return t.kind === 'author'
			? `Il commento è offensivo: ringraziare non è richiesto e qui ${quote(t.found, 30)} stona. Mantieni la calma e ricorda le regole della pagina.`
			: 'Il commento è offensivo: ringraziare non è richiesto. Mantieni la calma e ricorda le regole della pagina.';
	}
	if (t.met) return `Bene: ringrazi chi ha scritto (${quote(t.found, 40)}).`;
	if (t.kind === 'causal') {
		return `${quote(t.found, 30)} vuol dire «per merito di», non è un ringraziamento: aggiungi per esempio ${thanksExample(t)}.`;
	}
	if (t.kind === 'third') {
		return `Ringrazi qualcun altro (${quote(t.found, 40)}), non chi ha scritto: aggiungi un grazie anche ${withPreposition('a', t.addressee)}.`;
	}
	return `Manca il ringraziamento: aggiungi per esempio ${thanksExample(t)}.`;
}

/** Italian texts of the advice shown apart from the score. */
export const ADVICE_TEXT = {
	// "dopo, con" are alternatives, "(togli la formula)" an instruction: «dopo» o «con», togli la formula.
	jargon: (found: string, plain: string): string =>
		plain.startsWith('(')
			? `${quote(found, 40)} è burocratese: ${plain.slice(1, -1)}.`
			: `${quote(found, 40)} è burocratese: scrivi piuttosto ${plain
					.split(', ')
					.map((p) => `«${p}»`)
					.join(' o ')}.`,
	readability: (index: number, wordsPerSentence: number): string =>
		`Indice Gulpease ${index}, con frasi di ${wordsPerSentence} parole in media: il testo è difficile per molti lettori. Spezza le frasi (al massimo 20 parole) e usa parole comuni (sui social punta almeno a 60).`,
	capitals: 'Scrivere in maiuscolo equivale a urlare: usa le maiuscole solo per iniziali e sigle.',
	commentExposes: (what: string): string =>
		`Il commento contiene dati personali (${what}): chiedi a chi ha scritto di toglierlo, o eliminalo e annota la rimozione nel registro senza copiare i dati, e prosegui in messaggio privato. Nascondere non basta: su Facebook il commento nascosto resta visibile all'autore e ai suoi amici.`,
	commentExposesPrivately: (what: string): string =>
		`Il commento pubblico contiene dati personali (${what}): di' a chi ha scritto che lo togli e perché, poi eliminalo e annota la rimozione nel registro senza copiare i dati. Nascondere non basta: su Facebook il commento nascosto resta visibile all'autore e ai suoi amici.`,
	invented: (values: string, many: boolean): string =>
		`${values}: ${many ? 'non compaiono' : 'non compare'} nelle informazioni che hai. Non aggiungere date, orari, importi, numeri di pratica o contatti che l'ufficio non ti ha dato: se non li sai, scrivi cosa succede e quando darai notizie certe.`,
	length: (words: number): string =>
		`La risposta ha ${words} parole: per un thread social è troppo lunga. Tieni le informazioni essenziali e rimanda al link per i dettagli.`,
};
