// The Italian messages of the conduct gates: first what cannot be published and why, with the
// learner's words, then what to do instead.

const quoted = (words: readonly string[]): string => {
	const unique = [...new Set(words)].slice(0, 3).map((w) => `«${w.length > 60 ? `${w.slice(0, 57)}…` : w}»`);
	return unique.length ? ` (${unique.join(', ')})` : '';
};

const list = (items: readonly string[]): string =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1] ?? ''}`;

/** Conduct messages, addressed to the learner. */
export const CONDUCT_TEXT = {
	insult: (words: readonly string[]): string =>
		`Non pubblicabile: la risposta offende o deride${quoted(words)}. Una pagina istituzionale resta cortese con tutti, anche con chi provoca o insulta: niente ironia su chi scrive o su altre persone. Rispondi nel merito e, se serve, ricorda le regole della pagina.`,
	threat: (words: readonly string[]): string =>
		`Non pubblicabile: la risposta intimidisce chi ha scritto${quoted(words)}. Una critica, anche dura, non si minaccia: si risponde nel merito. Le minacce vere si segnalano alle autorità, senza annunciarlo come un avvertimento.`,
	partisan: (words: readonly string[]): string =>
		`Non pubblicabile: la risposta si schiera politicamente${quoted(words)}. La pagina di un ente parla a nome di tutti i cittadini: non loda e non attacca sindaco, giunta, partiti od opposizione, e non dice per chi votare. Riporta i fatti e lascia il giudizio a chi legge.`,
	discrimination: (words: readonly string[]): string =>
		`Non pubblicabile: la risposta approva o ripete un pregiudizio contro un gruppo di persone${quoted(words)}. Una pagina pubblica non dà ragione a chi discrimina: ricorda le regole della pagina, separa la critica dall'offesa e rispondi con i fatti.`,
	shown: (kinds: readonly string[]): string =>
		`Non pubblicabile: la risposta mostra in pubblico dati personali (${list(kinds)}). Non ripeterli mai, neanche se li ha scritti il cittadino: prosegui in messaggio privato e chiedi di togliere il commento (o eliminalo e annota la rimozione nel registro, senza copiare i dati).`,
	asked: (kinds: readonly string[]): string =>
		`Non pubblicabile: la risposta chiede in pubblico dati personali (${list(kinds)}). Chiedili solo in un canale privato: messaggio privato, email o sportello.`,
};

/** The overall verdict line when a gate fails: said first, before the three tips. */
export const CONDUCT_CAPPED = (percent: number): string =>
	`Questa risposta non si può pubblicare: il punteggio complessivo è limitato al ${percent}% qualunque sia l'esito dei tre consigli.`;
