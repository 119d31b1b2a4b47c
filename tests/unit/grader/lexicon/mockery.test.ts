// The mockery lexicon checked form by form: every expression has a witness (a sentence a reply could
// contain, in the order of the entries), every witness is caught by its own form and fails the
// conduct gate through the whole grader, and the courteous look-alikes beside them pass.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import {
	IRONIC_PRAISE_EACH,
	MOCKERY_EACH,
	MOCKERY_FORMS,
	type MockeryForm,
} from '../../../../src/grader/lexicon/mockery';
import { analyse } from '../../../../src/grader/text/normalize';

/** One witness per entry of MOCKERY_FORMS, in the same order. */
const WITNESSES: Record<MockeryForm, readonly string[]> = {
	lecture: [
		'Signor Ferraris, la locandina è chiarissima: si informi prima di scrivere.',
		'Prima di scrivere, si informi: era tutto nel post.',
		'Impari a leggere, era tutto scritto nel post.',
		'Era scritto in grande nella locandina: sa leggere?',
		'Se sapesse leggere avrebbe trovato l’orario.',
		'Se leggesse i nostri post saprebbe già che il mercato si è spostato.',
		'Bastava leggere gli avvisi, che sono lì apposta.',
		'La tabella è sul sito: bastava darci un’occhiata prima di scrivere «ladri».',
		'Se si sforzasse un po’ troverebbe il modulo da solo.',
		'Capiamo che leggere è faticoso, ma l’avviso era lì.',
		'Ti leggere è difficile, lo capiamo.',
		'Torni a scuola, che è meglio.',
		'Potrebbe almeno informarsi prima di accusare gli uffici.',
		'Ha letto il regolamento?',
		'Se usa Facebook tutto il giorno sa anche prenotare online.',
		'Forse è lei che non ha capito la domanda.',
		'Non è difficile: basta saper leggere.',
		'L’avviso era completo, bastava arrivare fino in fondo 😅',
		'Basterebbe leggere con un po’ di attenzione.',
		'Te lo traduciamo per l’ultima volta: iscrizioni online dal 2 al 20 maggio.',
		'Scrivere tutto in maiuscolo non fa arrivare prima i tecnici.',
		'L’orario lo trova chiunque sappia leggere.',
		'Ci dispiace che lei non abbia capito il nostro post.',
		'Il modulo è semplice, tranne per quelli che non sanno compilare.',
		'Cerchi su Google prima di chiedere.',
		'Che la scuola chiude a giugno lo sanno anche i sassi.',
		'Glielo spieghiamo piano piano, così capisce: la domanda si fa online.',
		'Allora, te la rifacciamo a prova di bambino, così non ci perdiamo 😄',
		'Te lo rispieghiamo con parole semplici semplici, così stavolta non serve leggerlo tre volte 😅',
		'Le servirebbe un bel corso di italiano.',
		'Prima di scriverci ripassi l’italiano.',
		'Forse dovrebbe controllare meglio il calendario prima di scrivere.',
		'Se leggesse l’ordinanza avrebbe già la risposta.',
		'Se scrivesse in italiano corretto la capiremmo meglio.',
		'Su, un po’ di buon senso!',
		'La prossima volta un po’ più di giudizio prima di cliccare: su internet bisogna stare svegli.',
		'Usi la testa: il mercato non si fa sotto la pioggia.',
		'Prima di accusarci, impari a scrivere «chiesto» con l’acca.',
		'Si confida che Ella vorrà prendere visione delle informazioni disponibili prima di lamentare presunte mancanze.',
		'La prossima volta prenoti, non ci vuole una laurea.',
		'Ma ce l’hai bloccato il tasto maiuscolo??',
		'Come consigliere dovresti saperlo meglio di noi, ma te lo ricordiamo.',
		'Più semplice di così si fa fatica.',
		'Non è difficile: ce la fanno tutti.',
		'Il problema è che lei non ha letto l’avviso.',
		'Chi lavora in Comune merita un minimo di rispetto.',
		'Un po’ di umanità non costerebbe niente.',
		'Ci vorrebbe un po’ di educazione, prima di scrivere.',
		'Commenti come il tuo dicono più di te che degli stranieri.',
		'Proviamo con parole più semplici, visto che il burocratese non è per tutti.',
		'Occhio alla strada la prossima volta!',
		'La prossima volta muoviti prima!',
		'Forse era il caso di lasciare la macchina a casa.',
		'Se anche la Pec è un problema, c’è lo sportello.',
		'Un ragazzo che va al liceo può anche organizzarsi da solo per un giorno.',
		'Abbiamo letto il suo messaggio: difficile non farlo, a quelle dimensioni.',
		'Qui l’italiano lo capiamo anche quando è un po’ napoletano.',
		'Tranquillo, il napoletano lo capiamo anche qui.',
		'Non si preoccupi per il napoletano: qui ormai ci siamo abituati.',
		'Ornella, intanto non serve scrivere tutto in maiuscolo, ti leggiamo benissimo anche in minuscolo 🙂',
		'Ornella, le maiuscole non servono, ti leggiamo lo stesso.',
		'E sì, in questo Comune qualcuno lavora.',
		'E sì, in questo Comune si lavora, anche se da fuori a volte è comodo pensare il contrario.',
		'La rispieghiamo in modo che la capisca proprio chiunque 😉',
		'Vale la pena farsi qualche domanda sui consumi di casa.',
		'Le tasse servono a tutta la città, non solo a chi grida più forte: un po’ di fiducia in più non guasterebbe.',
		'Chi lavora in nero toglie qualcosa a tutti.',
		'Non era poi così difficile, no? 😉',
		'Magari stavolta restando fino alla fine della seduta 😉',
		'Magari con due cartelli è più facile accorgersene.',
		'In questi cinque anni qualcuno ha lavorato eccome: basta guardare le opere finite.',
		'Nel frattempo, guardare dove si mettono i piedi è un ottimo consiglio.',
		'Se ha difficoltà, può chiedere aiuto a un nipote.',
		'Gli avvisi sono partiti a inizio mese: magari controlla meglio la cassetta.',
		'Chi li scrive dovrebbe farsi un esame di coscienza.',
	],
	ironicPraise: [
		'Bravo, un genio!',
		'Che bello leggere commenti così di prima mattina.',
		'Cesare, sempre un piacere leggere i suoi commenti costruttivi.',
		'Tre in una settimana è un bel record, effettivamente 😅',
		'Tre in una settimana però è un bel ritmo, eh 😅',
		'Valentina, ormai lei è la nostra commentatrice più affezionata!',
		'Grazie Stefania, anche noi apprezziamo molto il suo sarcasmo.',
		'Walter, complimenti anche a te per averci scritto di venerdì sera.',
		'La sua proposta fa un po’ sorridere.',
		'Grazie per il suo generoso contributo alla discussione.',
		'Lei è senz’altro tra i più affezionati dei contribuenti.',
		'O anche, ci passi la battuta, poteva prendere il treno dopo.',
		'Ci dispiace: pensa un po’, nel fine settimana dormiamo anche noi.',
		'I defunti non scappano: potrà andare il sabato.',
		'Sì, lo sappiamo, abbiamo anche la cartina.',
		'La prossima volta ti mandiamo un invito personale con la cartolina.',
	],
	nameCalling: [
		'Il buffone sarà lei, Gianni.',
		'Maleducato? Lo sarà lei.',
		'Siete i soliti leoni da tastiera.',
		'Ernesto, sei un complottista.',
		'Rosica pure, il parco è aperto.',
		'Povero illuso, i lavori finiscono a maggio.',
		'Signor Cirillo, gli incompetenti sono quelli che insultano senza leggere.',
		'Sei più lento di una tartaruga.',
		'Con gente come te non si discute.',
		'Con maleducati come lei non parliamo.',
		'Fare la spia su Facebook con nome e indirizzo del vicino è una cosa meschina.',
		'Sei tu che guidi come un pollo.',
		'Risposta da terrapiattista.',
		'È un’opinione, come quella di chi crede che la Terra sia piatta.',
		'Il fax, come certe nonne, ha una certa età.',
	],
	dismissal: [
		'Ma ci sei o ci fai?',
		'Ci fa o ci è?',
		'Si faccia una vita.',
		'Non abbiamo tempo da perdere con chi insulta.',
		'Si metta il cuore in pace: la piscina resta chiusa.',
		'Ma chi si crede di essere?',
		'Che pena leggere certe cose.',
		'Ci secca rispondere sempre alle stesse domande.',
		'Se entri al lavoro alle 8 è un problema tuo, non del Comune.',
		'La risposta è no. Non insista.',
		'E sti cavoli, la ZTL resta.',
		'Sticazzi.',
		'Chi se ne frega del parcheggio.',
		'Chissenefrega, la regola è questa.',
		'La smetta di lamentarsi.',
		'Se ne faccia una ragione.',
		'E allora prenda la macchina!',
		'Abbiamo anche altro da fare oltre a leggere i suoi messaggi.',
		'Chi è causa del suo mal pianga se stesso.',
		'Può sempre trovarsi un hobby.',
		'Se i nostri post non le piacciono può smettere di seguirci.',
		'Umberto, meno lamentele e più pazienza.',
		'Il senso unico resterà, se ne farà una ragione.',
		'Sabrina, se Bologna le piace tanto, i treni per Bologna partono ogni ora.',
		'Ottavio, non è un hotel a 5 stelle: è un regionale.',
		'Non si aspetti miracoli dal nuovo orario.',
		'Se tutti facessero così staremmo freschi.',
		'Nel weekend stiamo a casa pure noi, non siamo il tuo call center.',
		'Gli audio li mette in giro chi non ha niente di meglio da fare, e ci crede chi ha voglia di crederci.',
		'Sorpresa: anche chi gestisce questa pagina nel weekend ha una vita.',
	],
	exasperation: [
		'Ma insomma!',
		'Gliel’abbiamo detto mille volte.',
		'Lo ripetiamo per l’ennesima volta: si prenota online!',
		'Quante volte dobbiamo ripeterlo?',
		'Ma davvero?',
		'Il bus arriva quando arriva.',
		'Come già ampiamente spiegato, la domanda scade il 30.',
		'Lo sappiamo che l’ATM è guasto, non c’era bisogno di ricordarcelo.',
		'La pazienza è la virtù dei forti.',
		'Come già detto più volte, la domanda scade il 30.',
	],
	blame: [
		'Se invece di lamentarsi avesse presentato la domanda, ora avrebbe il contributo.',
		'Oppure è troppo impegnata a fare i selfie?',
		'Così fa solo una brutta figura.',
		'Continuate pure a ridere.',
		'Lo diciamo a chi solo per partito preso critica il progetto.',
		'Detto da uno che non paga la TARI da anni.',
		'Senti chi parla.',
		'Da che pulpito.',
		'Questa è la sua versione: la storia la racconta lei.',
		'Immaginiamo che lei ne sappia di più dei nostri tecnici.',
		'La prossima volta vota meglio.',
		'E tu invece cosa hai fatto per il quartiere?',
		'Se pagasse le multe non avrebbe questi problemi.',
		'Evidentemente anche lei.',
		'Non è colpa nostra se lei arriva tardi.',
		'La pazienza è una dote che a lei evidentemente manca.',
		'A differenza di chi scrive, noi lavoriamo.',
		'Riccardo, lei trova sempre il modo di lamentarsi.',
		'Nicola, c’è sempre qualcuno a cui non va bene niente.',
		'È più facile criticare.',
		'Forse il problema è dall’altra parte dello schermo?',
		'Provi in quegli orari, come fanno tutti.',
		'Se davvero lo ha fatto, non avrà difficoltà a mostrarci la ricevuta.',
		'Strano come tutti se ne ricordino solo dopo la multa.',
		'Invece di commentare potrebbe venire a pulire con i volontari.',
		'È facile indignarsi dalla tastiera.',
		'Alle prossime elezioni potrà votare diversamente.',
		'Aldo, e secondo lei dove dovrebbero parcheggiare i pazienti, in corsia?',
		'La sua PEC non era così urgente come pensa.',
		'Con un tono diverso la prenderebbero più sul serio.',
		'Il centro aperto quando fa comodo a lei non esiste.',
		'Una critica detta da chi non ha mai votato.',
		'Il ponte è finito, alla faccia di chi diceva che non ce l’avremmo fatta.',
		'Il posto si perde per chi si riduce all’ultimo giorno.',
		'Circostanza quanto meno singolare, visto che i rifiuti non c’erano più.',
		'Ogni giorno riceviamo segnalazioni mendaci da soggetti inesistenti.',
		'Situazioni in cui strumentalizzazioni politiche e disfattismo civile si mischiano.',
		'Pagare senza guardare la data non è stata un’idea felicissima.',
		'Lavorare in nero non è una cosa di cui vantarsi.',
		'La prossima volta, invece di scrivere sui social, venga in Consiglio.',
		'Capiamo che per lei sia la terza volta, per noi è la trentesima segnalazione di oggi.',
		'Tutti producono rifiuti, anche chi pensa di no.',
		'Il modulo è stato testato da centinaia di cittadini senza problemi.',
		'Magari controlla la cassetta prima di prendertela con qualcuno.',
		'Il problema non è che non ci siamo, è che hai scritto fuori orario.',
		'Proviamo con parole ancora più semplici, vediamo se così ci arriviamo 🙂',
		'Un consiglio, anche per rispetto di chi paga le tasse fino all’ultimo euro: dichiara tutto.',
		'Ci permetta solo una riflessione: chi aggira le regole toglie il contributo a chi ne ha bisogno.',
		'Ci permetta solo di dire che la furbizia di pochi la pagano sempre gli onesti.',
		'P.S. una rilettura prima di inviare aiuta sempre.',
		'Non abbiamo poco tempo, ne perdiamo molto: anche nel leggere i cartelli, a volte.',
		'Respira: scriverlo in maiuscolo non lo fa ripartire prima.',
		'Glielo spieghi con calma, a sua madre, e vedrà che ci arriva anche lei.',
		'Cliccare su un link che promette soldi facili... un po’ più di prudenza non guasterebbe a nessuno.',
		'Sul cestino, però, lasciacelo dire: non si rovescia da solo.',
		'Tre multe in una settimana dicono più sulla guida che sulla segnaletica.',
	],
	gossip: [
		'Se aspetta i tecnici della luce, campa cavallo.',
		'Con quelli è sempre la stessa storia: ci mettono ore.',
		'Non è la prima volta che la ditta ci combina scherzi del genere.',
		'L’acqua la gestisce la spa, che con le letture ne combina una al mese.',
		'Il fax era rimasto lì perché in quell’ufficio qualcuno vive ancora nel 1995.',
		'Tra colleghi lo diciamo da anni che quel contratto andava disdetto.',
		'Con loro conviene insistere e farsi dare un numero di pratica.',
		'Il prossimo Consiglio è il 18 novembre: magari stavolta ci vediamo lì invece che nei commenti 😉',
		'Se chiami il numero verde armati di pazienza: in giornate così rispondono quando va bene.',
		'Le bollette sono della spa, che tra noi non è nuova a letture un po’ strampalate.',
		'E sì, stavolta il nastro lo taglierà qualcun altro 😄',
		'Ormai lo sanno tutti che il postino passa un giorno sì e tre no.',
		'Non sei il primo a lamentarti di quel signore del secondo piano.',
		'La Polizia locale lo conosce già bene.',
	],
	shaming: [
		'Si vergogni.',
		'Dovrebbe vergognarsi di scrivere così.',
		'Se tutti rispettassero il cimitero, ci sarebbe molto meno di cui vergognarsi.',
		'Ti dovrebbe vergognare un commento così.',
		'Commenti del genere fanno vergognare l’intero paese.',
	],
};

/** Courteous replies that share words with the entries and must not be taken for mockery. */
const LOOK_ALIKES = [
	'Il modulo si compila in stampatello maiuscolo, a penna nera.',
	'Ti aspettiamo in Consiglio il 18 novembre alle 20:30, in diretta anche su YouTube.',
	'Se la lettura è sbagliata, insisti pure con il numero verde: è gratuito.',
	'Ci permetta un consiglio: conservi la ricevuta del pagamento.',
	'Ci permetta di ricordare che la domanda si presenta entro il 30 aprile.',
	'Una rilettura prima di inviare ci avrebbe evitato l’errore: ci scusiamo.',
	'Puoi prenotare online senza aspettare l’avviso a casa.',
	'Il pulsante è basso e facile da vedere: ci arriva anche un bambino.',
	'Con la linea 12 ci arriva anche lei in dieci minuti, le spieghiamo dove scendere.',
	'Le spieghiamo il percorso: con la linea 12 ci arriva anche lei in dieci minuti.',
	'Non serve il modulo cartaceo per iscriversi: basta il portale.',
	'Il numero verde risponde quando vuoi, 24 ore su 24.',
	'Un po’ di pazienza ancora: i lavori finiscono venerdì.',
	'Proviamo con parole più semplici: vediamo se così è più chiaro.',
	'La biblioteca non è nuova a iniziative così: il corso torna a marzo.',
	'Il nastro lo taglia la sindaca sabato alle 10, in piazza.',
	'Chi paga la TARI entro il 31 luglio non ha sanzioni.',
	'Ci siamo abituati a ricevere tante domande in questi giorni: rispondiamo a tutti entro sera.',
	'Per chi arriva dal Sud, l’uscita consigliata è Roccabella Est.',
	'In questi cinque anni il Comune ha lavorato su scuole e strade: i dati sono nella relazione di fine mandato.',
	'Il cestino era rovesciato: l’abbiamo rimesso a posto e fissato a terra.',
	'I dati dicono più di quanto pensassimo: le multe sono calate del 20%.',
	'Il contatore ne registra una al mese, di letture: la prossima è il 5 marzo.',
	'Il nonno vive ancora nel quartiere? Allora il centro anziani è a due passi.',
	'Non c’è niente di cui vergognarsi a chiedere aiuto: lo sportello è lì per questo.',
	'Si informi allo sportello di via Roma 3, dal lunedì al venerdì.',
	'Prima di venire, controlli l’orario sul sito.',
	'Legga l’avviso sul sito: c’è anche il modulo.',
	'Bravo Luca, grazie della segnalazione: la buca è già in lista.',
	'Non è colpa sua: il sistema si è bloccato, ci scusiamo.',
	'Le spieghiamo con calma come fare: la domanda si presenta online.',
	'Il bus passa ogni 15 minuti.',
	'Magari controlla anche la cartella spam: a volte l’avviso finisce lì.',
	'Non sei il primo a segnalarci la buca: è già in lista per lunedì.',
	'La Polizia locale conosce bene la zona e passerà stasera.',
	'Commenti del genere sono vietati dalla policy e li nascondiamo.',
	'Anche noi abbiamo a cuore il quartiere: i tecnici passano domani.',
	'I ragazzi dai 14 anni possono andare da soli a scuola con l’abbonamento.',
	'Il problema non è il modulo: è il portale, che si è bloccato. Ci scusiamo.',
	'La spia del quadro elettrico era accesa: i tecnici l’hanno sostituito.',
	'Il bando è scritto anche in inglese e in francese.',
	'Per i documenti della nonna può venire anche un nipote, con la delega.',
	'Il servizio è per noi una priorità: i lavori partono il 12 maggio.',
	'Forse era il caso di avvisare prima: ci scusiamo, l’avviso è uscito tardi.',
	'La prossima volta ti avvisiamo noi con un SMS.',
	'Grazie per la pazienza: il pagamento è previsto entro fine mese.',
];

const compile = (sources: readonly string[]) => new RegExp(sources.join('|'), 'u');

describe('mockery lexicon', () => {
	for (const [form, entries] of Object.entries(MOCKERY_FORMS) as [MockeryForm, readonly string[]][]) {
		it(`${form}: every entry has its witness, and every witness is this form's`, () => {
			const witnesses = WITNESSES[form];
			expect(witnesses, 'one witness per entry').toHaveLength(entries.length);
			entries.forEach((source, i) => {
				const folded = analyse(witnesses[i]!).folded;
				expect(new RegExp(source, 'u').test(folded), `entry ${i} of ${form}: «${witnesses[i]}»`).toBe(true);
			});
			const own = compile(entries);
			for (const w of witnesses) expect(own.test(analyse(w).folded), w).toBe(true);
		});
	}

	it('fails the conduct gate on every witness, through the whole grader', () => {
		const comment = 'Il bus delle 7:40 è saltato di nuovo, sono arrivato tardi al lavoro.';
		const missed = Object.values(WITNESSES)
			.flat()
			.filter(
				(reply) => !gradeReply({ author: 'Marco Bianchi', comment, reply }).conduct.some((c) => c.kind === 'insult'),
			);
		expect(missed).toEqual([]);
	});

	it('lets courteous look-alikes pass', () => {
		for (const reply of LOOK_ALIKES) {
			const folded = analyse(reply).folded;
			expect(
				[...MOCKERY_EACH, ...IRONIC_PRAISE_EACH].some((re) => new RegExp(re.source, 'u').test(folded)),
				reply,
			).toBe(false);
		}
	});
});

describe('families AT and AU: known forms in a slightly different shape', () => {
	const conduct = (reply: string) =>
		gradeReply({
			author: 'Kevin Rota',
			comment: 'Tre multe in una settimana, complimenti al Comune!',
			reply,
		}).conduct.map((f) => f.kind);
	it.each([
		'La risposta era nel post qui sopra, bastava scorrere.',
		'Un po’ di sano buon senso ci salverebbe da tante truffe.',
		'Stia tranquillo, il napoletano qui lo traduciamo.',
		'Stia sereno, qua le bollette mica si pagano alla napoletana 😄',
	])('fails %s', (reply) => {
		expect(conduct(reply)).toContain('insult');
	});

	it.each([
		'Scorrendo il post trovi anche gli orari del varco.',
		'Il buon senso dice di non cliccare link sconosciuti: il Comune non chiede mai dati bancari.',
		'Il modulo lo trovi anche tradotto in inglese e in francese.',
		'Un bel ritmo di lavoro: il cantiere chiude a fine mese.',
		'Il nuovo modulo è pensato per essere semplice anche per chi non ha mai usato lo SPID.',
		'La pizza alla napoletana della sagra si paga alla cassa.',
	])('passes %s', (reply) => {
		expect(conduct(reply)).toEqual([]);
	});
});
