// The Italian messages of the conduct gates: first what cannot be published and why, with the
// learner's words, then what to do instead. A private message is judged as one: it cannot be
// sent rather than published, and the data it needs (the citizen's own) may be written in it.
import type { ReplyChannel } from '../types';

/** The longest quote of the learner's words a message shows. */
const QUOTE_CHARS = 60;

/**
 * A quote cut to QUOTE_CHARS. A sentence closed by an emoji keeps its end, where the sarcasm is
 * ("…da leggere per tutti 😉"); other words keep their start.
 */
function cut(w: string): string {
	if (w.length <= QUOTE_CHARS) return w;
	if (!/\p{Extended_Pictographic}\u{FE0F}?$/u.test(w)) return `${w.slice(0, QUOTE_CHARS - 3)}…`;
	const tail = w.slice(-(QUOTE_CHARS - 3));
	return `…${tail.slice(tail.indexOf(' ') + 1)}`;
}

const quoted = (words: readonly string[]): string => {
	const unique = [...new Set(words)].slice(0, 3).map((w) => `«${cut(w)}»`);
	return unique.length ? ` (${unique.join(', ')})` : '';
};

const list = (items: readonly string[]): string =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1] ?? ''}`;

/** How a failed gate is headed: a public reply cannot be published, a private one cannot be sent. */
const HEAD: Record<ReplyChannel, string> = { public: 'Non pubblicabile', private: 'Da non inviare' };

/** Conduct messages, addressed to the learner, for a reply on `channel`. */
const conductText = (channel: ReplyChannel) =>
	({
		insult: (words: readonly string[]): string =>
			`${HEAD[channel]}: la risposta offende, deride o rimprovera${quoted(words)}. ${channel === 'public' ? 'Una pagina istituzionale' : 'Un ente pubblico'} resta cortese con tutti, anche con chi provoca o insulta: niente ironia né rimproveri a chi scrive, e non si parla male di altre persone. Rispondi nel merito e, se serve, ricorda le regole della pagina.`,
		threat: (words: readonly string[]): string =>
			`${HEAD[channel]}: la risposta intimidisce chi ha scritto${quoted(words)}. Una critica, anche dura, non si minaccia: si risponde nel merito. Le minacce vere si segnalano alle autorità, senza annunciarlo come un avvertimento.`,
		partisan: (words: readonly string[]): string =>
			`${HEAD[channel]}: la risposta si schiera politicamente${quoted(words)}. La pagina di un ente parla a nome di tutti i cittadini: non loda e non attacca sindaco, giunta, partiti od opposizione, e non dice per chi votare. Riporta i fatti e lascia il giudizio a chi legge.`,
		discrimination: (words: readonly string[]): string =>
			`${HEAD[channel]}: la risposta approva o ripete un pregiudizio contro un gruppo di persone${quoted(words)}. ${channel === 'public' ? 'Una pagina pubblica' : 'Un ente pubblico'} non dà ragione a chi discrimina: ricorda le regole della pagina, separa la critica dall'offesa e rispondi con i fatti.`,
		shown: (kinds: readonly string[]): string =>
			channel === 'public'
				? `Non pubblicabile: la risposta mostra in pubblico dati personali (${list(kinds)}). Non ripeterli mai, neanche se li ha scritti il cittadino: prosegui in messaggio privato e chiedi di togliere il commento (o eliminalo e annota la rimozione nel registro, senza copiare i dati).`
				: `Da non inviare: la risposta ripete dati personali che non servono per rispondere (${list(kinds)}). Anche in un messaggio privato scrivi solo i dati necessari (il principio di minimizzazione del GDPR): la conversazione la leggono tutti gli amministratori della pagina e si può inoltrare o fotografare. Rispondi alla domanda senza ripeterli.`,
		asked: (kinds: readonly string[]): string =>
			channel === 'public'
				? `Non pubblicabile: la risposta chiede in pubblico dati personali (${list(kinds)}). Chiedili solo in un canale privato: messaggio privato, email o sportello.`
				: `Da non inviare: il messaggio chiede di scrivere dati personali nei commenti pubblici (${list(kinds)}). Chiedili qui, nel messaggio privato, o per email o allo sportello.`,
	}) as const;

/** The conduct messages for each channel, built once. */
export const CONDUCT_TEXT: Record<ReplyChannel, ReturnType<typeof conductText>> = {
	public: conductText('public'),
	private: conductText('private'),
};

/** The heading a conduct message starts with, for stripping where a heading already says it. */
export const CONDUCT_HEAD = /^(?:Non pubblicabile|Da non inviare):\s*/u;
