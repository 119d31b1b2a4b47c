// The tone cues (lexicon/tone.ts, reply/tone.ts): sentences that aim at the citizen and blame them,
// wink at a grievance, tell another person's faults, praise the mayor's record or warn the citizen
// fail the gate whatever their words; the ordinary uses of the same cues pass.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import type { ConductKind } from '../../../../src/grader/types';

const GRIEVANCE = 'Vergogna, è la terza volta che segnalo la buca in via Roma e nessuno fa niente!';
const QUESTION = 'Buongiorno, come faccio a rinnovare il permesso per la ZTL?';

const kinds = (reply: string, comment: string): ConductKind[] =>
	gradeReply({ author: 'Marco Rossi', comment, reply }).conduct.map((f) => f.kind);
const words = (reply: string, comment: string): string[] =>
	gradeReply({ author: 'Marco Rossi', comment, reply }).conduct.flatMap((f) =>
		f.evidence.map((r) => reply.slice(r.start, r.end)),
	);

describe('tone cues: blame, irony and asides aimed at the citizen fail', () => {
	it.each([
		// Hindsight blame with the citizen as subject.
		['Marco, forse avresti potuto controllare il calendario: la buca la chiudiamo giovedì.', 'insult'],
		['Marco, se a marzo potevi rinnovarlo online, era meglio farlo allora. Ora vai allo sportello.', 'insult'],
		['Marco, la prossima volta che hai un dubbio guarda il sito: la buca di via Roma la chiudiamo giovedì.', 'insult'],
		['Marco, evidentemente non ti sei accorto del cartello. La buca la chiudiamo giovedì.', 'insult'],
		['Marco, invece di lamentarti qui potevi chiamare il numero verde. Giovedì chiudiamo la buca.', 'insult'],
		// A wink at a grievance.
		['Marco, tre segnalazioni sono un record anche per te 😏 La buca la chiudiamo giovedì.', 'insult'],
		['Marco, davvero pensi che nessuno lavori? La buca la chiudiamo giovedì.', 'insult'],
		// An aside the reply itself closes with "comunque".
		['Marco, via Roma la conosciamo bene anche noi 🙂 Comunque la buca la chiudiamo giovedì.', 'insult'],
		// Another person's faults.
		['Marco, il collega che ha preso la segnalazione sta ancora imparando. Giovedì chiudiamo la buca.', 'insult'],
		// A warning.
		['Marco, i vigili sanno benissimo dove abiti. La buca la chiudiamo giovedì.', 'threat'],
		// The mayor's record.
		['Marco, il sindaco ha lavorato tantissimo per le strade del quartiere. La buca la chiudiamo giovedì.', 'partisan'],
	] as const)('fails %s', (reply, kind) => {
		expect(kinds(reply, GRIEVANCE)).toContain(kind);
	});

	it('shows the sentence, or the aside before «comunque», as the words to change', () => {
		const reply = 'Marco, via Roma la conosciamo bene anche noi 🙂 Comunque la buca la chiudiamo giovedì.';
		expect(words(reply, GRIEVANCE)).toEqual(['Marco, via Roma la conosciamo bene anche noi 🙂']);
		const hindsight = 'Ciao Marco. La prossima volta che hai un dubbio guarda il sito. La buca la chiudiamo giovedì.';
		expect(words(hindsight, GRIEVANCE)).toEqual(['La prossima volta che hai un dubbio guarda il sito.']);
	});
});

describe('tone cues: the same words in ordinary replies pass', () => {
	it.each([
		// The page promises to do better, or admits its fault.
		'Marco, hai ragione e ci scusiamo. La prossima volta ti avvisiamo prima. La buca la chiudiamo giovedì.',
		'Marco, la buca la chiudiamo giovedì. La prossima volta puoi seguire la segnalazione anche sul portale.',
		'Marco, era meglio avvisarvi prima: ci scusiamo. La buca di via Roma la chiudiamo giovedì.',
		'Marco, hai ragione: era il caso di avvisarti prima. La buca di via Roma la chiudiamo giovedì.',
		'Marco, evidentemente abbiamo sbagliato a non rispondere. La buca la chiudiamo giovedì.',
		'Marco, evidentemente anche tu hai notato il guasto: la buca la chiudiamo giovedì.',
		'Marco, non è colpa tua: la segnalazione si era persa. La buca la chiudiamo giovedì.',
		// What should have arrived, and alternatives.
		'Marco, avresti dovuto ricevere una mail di conferma: se non è arrivata, scrivici. La buca la chiudiamo giovedì.',
		'Marco, puoi usare la CIE invece dello SPID. La buca la chiudiamo giovedì.',
		'Marco, chi non ha lo SPID può andare allo sportello di via Roma 12. La buca la chiudiamo giovedì.',
		// Colleagues, neighbours and the mayor in plain terms.
		'Marco, il collega dell’ufficio strade è sempre disponibile al 200 000 123. La buca la chiudiamo giovedì.',
		'Marco, il parcheggio vicino al municipio è sempre aperto. La buca la chiudiamo giovedì.',
		'Marco, il sindaco risponderà in consiglio comunale. La buca la chiudiamo giovedì.',
		'Marco, sul sindaco non possiamo sbilanciarci. La buca la chiudiamo giovedì.',
		// Sympathy before "comunque", a smile under a question.
		'Marco, ci dispiace davvero 😔 Comunque la buca la chiudiamo giovedì.',
		// The page's own records and rules.
		'Marco, abbiamo salvato la foto che ci hai mandato e l’abbiamo girata all’ufficio strade. La chiudiamo giovedì.',
		'Marco, le regole valgono per tutti, anche per chi critica. La buca la chiudiamo giovedì.',
		// Procedure in the conditional, a message lost, reassurance, the citizen's words quoted.
		'Marco, per il rinnovo basterebbe la mail, ma il sistema è fermo: ti scriviamo noi. La buca la chiudiamo giovedì.',
		'Marco, a quanto pare il tuo primo messaggio non ci è arrivato: ci scusiamo. La buca la chiudiamo giovedì.',
		'Marco, non ci vuole molto: ti bastano cinque minuti sul portale. La buca la chiudiamo giovedì.',
		'Marco, non è mica colpa tua se il portale non funziona. La buca la chiudiamo giovedì.',
		'Marco, ci scusiamo: abbiamo persino sbagliato il tuo nome nella risposta di ieri. La buca la chiudiamo giovedì.',
		"Marco, hai scritto 'bollettino': intendi l'avviso di pagamento? La buca la chiudiamo giovedì.",
	])('passes %s', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});

	it.each([
		'Ciao Marco 😊 comunque il permesso si rinnova online su comune.valverde.example.it/ztl.',
		'Marco, i risultati delle elezioni e il nuovo permesso li trovi sul sito 😉',
	])('passes under a plain question: %s', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});
});

describe('tone cues of family W: tempers, hints, broken promises and counter-threats', () => {
	it.each([
		// A colleague's or a contractor's temper and haste; anyone who "combina pasticci".
		[
			'Marco, allo sportello c’era solo la collega più giovane, che sotto pressione perde un po’ la pazienza.',
			'insult',
		],
		[
			'Marco, la risposta l’ha scritta un collega che aveva fretta di staccare. La buca la chiudiamo giovedì.',
			'insult',
		],
		['Marco, il collega non l’ha nemmeno riletta, ci scusiamo. La buca la chiudiamo giovedì.', 'insult'],
		['Marco, la buca l’ha lasciata la ditta del gas, che non è la prima volta che combina pasticci.', 'insult'],
		// A proverb that hints.
		['Marco, a buon intenditor poche parole. La buca la chiudiamo giovedì.', 'insult'],
		// Earlier promises called broken.
		['Marco, dopo anni di promesse rimaste sulla carta, questa amministrazione la buca la chiude davvero.', 'partisan'],
		// A counter-threat.
		['Marco, i vigili sono lì tutti i giorni, e non sono loro quelli che dovrebbero preoccuparsi.', 'threat'],
		// Inspections hinted at (family Y).
		[
			'Marco, un commento pubblico come il tuo è un ottimo punto di partenza per chi fa i controlli. La buca la chiudiamo giovedì.',
			'threat',
		],
		['Marco, il Comune controlla le dichiarazioni più di quanto pensi. La buca la chiudiamo giovedì.', 'threat'],
		['Marco, il tuo commento intanto l’abbiamo letto 😉 La buca la chiudiamo giovedì.', 'threat'],
		['Marco, il collega della manutenzione non è un fulmine di guerra. La buca la chiudiamo giovedì.', 'insult'],
		// Families AF and AG: a colleague, a contractor, another office or body run down in passing.
		[
			'Marco, il collega che ha risposto ieri ha chiuso la segnalazione senza nemmeno controllare. La buca la chiudiamo giovedì.',
			'insult',
		],
		['Marco, la ditta, diciamo così, non è nuova a questi scherzi. La buca la chiudiamo giovedì.', 'insult'],
		['Marco, hanno lasciato il cantiere aperto, il solito stile di quella ditta. La chiudiamo giovedì.', 'insult'],
		['Marco, con l’ufficio strade ci vuole la pazienza di un santo. La buca la chiudiamo giovedì.', 'insult'],
		[
			'Marco, la verifica la fanno proprio gli uffici che hai appena chiamato ladri. La buca la chiudiamo giovedì.',
			'threat',
		],
		[
			'Marco, non inoltrare quell’audio: certe catene si ricostruiscono facilmente. La buca la chiudiamo giovedì.',
			'threat',
		],
		// Family AG (AG014).
		['Marco, i commenti restano registrati e sappiamo bene come rintracciarli se serve.', 'threat'],
		// Families AH and AI: audits of past years hinted at, a colleague's slips, another body's.
		['Marco, paga entro il 31: dopo di solito si guardano anche gli anni precedenti 😉', 'threat'],
		['Marco, l’ha pubblicata un collega; non è la prima volta che gli capita, purtroppo.', 'insult'],
		['Marco, non è la prima volta che ci arrivano lamentele sulle loro letture.', 'insult'],
		['Marco, non è la prima bolletta pazza che ci segnalano: chiama il gestore.', 'insult'],
		// Families AP and AQ.
		['Marco, allo sportello è rimasta una collega che, diciamolo, non è la più paziente dell’ufficio.', 'insult'],
		['Marco, non è la prima lamentela di questo tipo che ci arriva su di loro.', 'insult'],
		['Marco, si armi di pazienza: al telefono non sono dei fulmini.', 'insult'],
		['Marco, sui nastri da tagliare, diciamo che non sei il primo a farcelo notare 😅', 'insult'],
		// Families AN and AO.
		['Marco, l’ha scritta un collega che, diciamo, non è il più attento dell’ufficio.', 'insult'],
		['Marco, la manutenzione interviene entro 5 giorni, anche se sappiamo bene che non sono i più veloci.', 'insult'],
		// Families AJ and AK.
		['Marco, pesa le parole: i commenti restano agli atti e l’ufficio li legge tutti.', 'threat'],
		['Marco, l’ha scritta un collega senza controllare: la TARI non è proprio il suo forte.', 'insult'],
		['Marco, la ditta ha spostato il cantiere senza avvisare: non è la prima volta che fanno di testa loro.', 'insult'],
		['Marco, l’ha pubblicata un collega senza controllare: non è la prima volta, purtroppo.', 'insult'],
	] as const)('fails %s', (reply, kind) => {
		expect(kinds(reply, GRIEVANCE)).toContain(kind);
	});

	it.each([
		// A hint with a wink, even under a plain question; partisan when the mayor is in the sentence before.
		[
			'Marco, sul sindaco non possiamo sbilanciarci... diciamo solo che non ci sembra il tipo che molla 😉 La buca la chiudiamo giovedì.',
			'partisan',
		],
		['Marco, diciamo solo che le buche non si fanno da sole 😉 La chiudiamo giovedì.', 'insult'],
		// Family AJ (AJ016): the term's record left to the reader, with a wink, near the candidates.
		[
			'Marco, le liste dei candidati sono sul sito (e dopo cinque anni così, un’idea te la puoi fare da solo 😉).',
			'partisan',
		],
	] as const)('fails under a plain question: %s', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'Marco, ci scusiamo: abbiamo combinato un pasticcio con la tua segnalazione. La buca la chiudiamo giovedì.',
		'Marco, il collega dell’ufficio strade ha fretta di chiudere la buca prima della pioggia: giovedì è fatta.',
		'Marco, non dovrebbe preoccuparsi: la buca la chiudiamo giovedì e il verbale è annullato.',
		'Marco, nessuno dovrebbe preoccuparsi: la strada resta aperta, la buca la chiudiamo giovedì.',
		'Marco, i proprietari dovrebbero preoccuparsi di tagliare le siepi; la buca la chiudiamo giovedì.',
		'Marco, il Comune controlla a campione le dichiarazioni, come dice il bando; la buca la chiudiamo giovedì.',
		'Marco, la tua segnalazione è un ottimo punto di partenza per i tecnici: la buca la chiudiamo giovedì.',
		'Marco, diciamo solo che giovedì la buca sarà chiusa: i lavori sono già assegnati.',
		'Marco, capiamo la stanchezza dopo anni di promesse: la buca la chiudiamo giovedì, con la ditta già incaricata.',
		'Marco, la ditta incaricata ha già il cantiere pronto: la buca la chiudiamo giovedì.',
		'Marco, il collega dell’ufficio strade ha chiuso la buca senza aspettare la ditta: è fatta.',
		'Marco, la zona non è nuova a questi allagamenti: la buca la chiudiamo giovedì.',
		'Marco, capiamo che ci voglia pazienza: la buca la chiudiamo giovedì.',
		'Marco, sappiamo come rintracciare la ditta che ha aperto lo scavo: la buca la chiudiamo giovedì.',
		'Marco, controlliamo anche il tratto di via Verdi: la buca la chiudiamo giovedì.',
		'Marco, non è la prima volta che ci arrivano segnalazioni su questa buca: la chiudiamo giovedì.',
		'Marco, il collega dell’ufficio strade ha già fissato il sopralluogo: non è la prima volta che interviene lì.',
		'Marco, i commenti restano visibili finché non li nascondiamo: la buca la chiudiamo giovedì.',
		'Marco, i nostri tempi non sono i più veloci, ce ne scusiamo: la buca la chiudiamo giovedì.',
		// "Comunque entro" sets a limit, it does not close an aside (family AQ, AQ008).
		'Marco, no, la buca non resta così fino a lunedì 😅 la chiudiamo giovedì, comunque entro le 12.',
		'Marco, dopo cinque anni di attesa la strada viene rifatta: la buca la chiudiamo giovedì.',
	])('passes %s', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('tone cues of families AT and AU: politicians mocked, others run down, the authorities as readers', () => {
	it.each([
		['In quei venti minuti il presidente si è dilungato sulle premesse come al solito 😄', 'partisan'],
		['Per la cronaca, il sindaco i nastri li taglia perché le opere le finisce.', 'partisan'],
		[
			'La ditta ha spostato la fermata senza avvisare, e non è la prima volta che ci fanno scherzi del genere.',
			'insult',
		],
		['L’ha pubblicata un collega senza farla verificare... diciamo che non è la prima volta.', 'insult'],
		['Abbiamo avvisato la Polizia locale, ma conoscendoli, col 112 fa prima.', 'insult'],
		['Pesi le parole: la Polizia locale i commenti li legge tutti.', 'threat'],
		['Il Comune controlla le dichiarazioni, e i commenti li legge anche chi fa i controlli 😉', 'threat'],
	] as const)('fails «%s» (%s)', (reply, kind) => {
		expect(kinds(reply, GRIEVANCE)).toContain(kind);
	});

	it.each([
		'Il presidente del consiglio comunale apre la seduta alle 21: la diretta è sul canale YouTube.',
		'Non è la prima volta che ci chiedete questa informazione: l’abbiamo aggiunta alle domande frequenti.',
		'Conoscendo i tempi della ditta, la fermata torna al suo posto da lunedì.',
		'I commenti con insulti li nascondiamo, come dice la social media policy.',
		// Someone else's act is no blame of the citizen (family AT, AT029).
		'Il tuo commento lo cancelliamo tra poco: c’erano i dati bancari, e chiunque avrebbe potuto copiarli.',
	])('passes %s', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('tone cues: a politician named, then laughed at as «lui» (families AF and AR)', () => {
	const question = 'Il sindaco si ricandida? E io dove voto?';
	it.each([
		'Se il sindaco si ricandida? Onestamente non lo sappiamo, e forse nemmeno lui 😅',
		'Se il sindaco si ricandida... te lo diremmo volentieri, se l’avesse capito lui 😄',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, question)).toContain('partisan');
	});

	it.each([
		'Il sindaco sarà alla festa di sabato: chiedi pure a lui 😊',
		'Il vigile di quartiere passa domani mattina: chiedi a lui 😉',
		'Sulle candidature decidono i partiti, non il Comune: le liste ammesse sono sul sito.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, question)).toEqual([]);
	});
});

describe('tone cues: another body or colleagues called unreliable as a habit (families AU and AV)', () => {
	it.each([
		'La ditta ha spostato la fermata senza avvisare, e purtroppo con quella ditta non è la prima volta, lo vediamo da mesi.',
		'Certo non è la prima volta che dal centralino qualcosa si perde per strada, e l’abbiamo fatto notare ai colleghi.',
		'Si armi di pazienza: con il gestore, purtroppo, non riusciamo nemmeno noi a ottenere risposte.',
		'I commenti pubblici li leggono anche gli uffici che fanno i controlli, e quanto scritto resta comunque agli atti.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).not.toEqual([]);
	});

	it.each([
		'Ci scusiamo: non è la prima volta che il nostro centralino perde una chiamata, e stiamo cambiando il sistema.',
		'La ditta incaricata interviene entro venerdì: ti aggiorniamo qui.',
		'Non è la prima volta che ci segnalate questa buca: la ditta la sistema lunedì.',
		'Tutti i commenti restano visibili finché rispettano la social media policy.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('tone cues: a firm notice and the office’s irony at itself pass (families AX and AY)', () => {
	it.each([
		'Gianni, critiche sì, insulti no: le parole del tuo commento non sono ammesse e la prossima volta il commento verrà rimosso.',
		'Il tuo messaggio è arrivato venerdì sera e nel weekend qui non c’è nessuno (lo sappiamo, come giustificazione vale poco 😅).',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});

	it('still fails blame with «la prossima volta»', () => {
		expect(
			kinds('La prossima volta legga il post prima di scrivere, il tuo commento era inutile.', GRIEVANCE),
		).toContain('insult');
	});
});

describe('tone cues of families AX and AY: another body’s «creative» readings, an office with «i tuoi motivi»', () => {
	it.each([
		'Le bollette non le gestisce il Comune ma Acque di Roccabella spa, che di letture creative ne ha già fatte più d’una.',
		'Non sarebbe la prima lettura creativa di Acque di Roccabella: lì la fantasia non manca 😉',
		'Capisco l’arrabbiatura (e detto tra noi, sulla rapidità dell’Ufficio scuola hai i tuoi motivi), ma gli insulti no.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toContain('insult');
	});

	it.each([
		'La cooperativa propone laboratori creativi per i ragazzi: iscrizioni all’Ufficio scuola.',
		'Le bollette le emette Acque di Roccabella spa: numero verde 200 800 789.',
		'L’Ufficio scuola ha i suoi orari: dal lunedì al venerdì dalle 8 alle 13.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('tone cues: ordinary advice and descriptions beside the session-28 forms pass (review of the change)', () => {
	it.each([
		'Per gli orari aggiornati basta dare un’occhiata al sito del Comune.',
		'Serve sempre un po’ di prudenza prima di cliccare su link ricevuti via SMS: con queste truffe bisogna stare svegli.',
		'Abbiamo rifatto il modulo a prova di bambino: ora sono tre domande.',
		'L’assessore ha presentato il progetto: trovi la documentazione completa sul sito.',
		'Il presidente della commissione mensa ha firmato il verbale: la tabella completa è in allegato.',
		'Ci scusiamo: con il nostro gestore non è la prima volta.',
		'Il nostro ufficio tecnico ha sbagliato la lettura, non è la prima volta che succede: ci scusiamo.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});

	it('fails another body written «S.p.A.» run down as a habit', () => {
		expect(kinds('Abbiamo avvisato Acqua Nord S.p.A.: non è la prima volta che succede.', GRIEVANCE)).toContain(
			'insult',
		);
	});
});

describe('tone cues of families AZ and BA: an aside confided, a wish that someone did their job, hindsight with a wink', () => {
	it.each([
		// A confided aside, about the citizen or about someone else.
		'Detto tra noi, chi prende tre multe in una settimana forse guarda poco i cartelli. Il varco è attivo fino alle 19:30.',
		'La segnalazione è passata all’ufficio tecnico: che resti tra noi, lì le pratiche dormono parecchio.',
		// A wish in the imperfect subjunctive, with "ogni tanto".
		'Se i tecnici passassero ogni tanto dal parco, certe cose non succederebbero. L’altalena la ripariamo venerdì.',
		// Another body run down as a habit.
		'Abbiamo scritto al gestore: con loro anche solo avere una data è un’impresa, come al solito.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toContain('insult');
	});

	it.each([
		'Il regolamento è pubblico, consultabile anche prima di scrivere un articolo 😉 Il ponte riapre lunedì.',
		'Sarebbe stato forse più veloce telefonare, ma va bene così 😉 Il rinnovo si fa online.',
	])('fails hindsight with a wink under a plain question: «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toContain('insult');
	});

	it.each([
		'Detto questo, la buca di via Roma la chiudiamo giovedì.',
		'Se avesse bisogno di altro, ci scriva pure: rispondiamo ogni tanto anche il sabato.',
		'Prima di scrivere al Comune puoi controllare lo stato della segnalazione sul sito.',
		'Sarebbe stato più semplice con un modulo unico: lo stiamo preparando noi.',
		'Come al solito il mercato del sabato si sposta in piazza Garibaldi per la fiera.',
		'Abbiamo scritto al gestore: se non rispondono entro lunedì, chiama il numero verde.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('tone cues of families BB and BC: a lesson on what to forward, note taken with a wink', () => {
	it.each([
		['Il messaggio è falso. Prima di condividerlo nei gruppi, pensiamo bene due volte.', 'insult'],
		['Il messaggio è falso: chi lo gira senza verificare crea solo confusione.', 'insult'],
		['Non si preoccupi, lo abbiamo già preso nota 😉 Il bando è online.', 'threat'],
		['L’ufficio verifica le domande a campione, più spesso di quanto si creda.', 'threat'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'Prima di condividere un avviso, controlla che venga da una fonte ufficiale come questa pagina.',
		'Abbiamo preso nota della segnalazione: la squadra passa domani.',
		'Controlliamo i varchi ogni mese: i dati sono sul sito.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});
});

describe('tone cues: the citizen’s count of a wait corrected with the weekend (families AZ and BC)', () => {
	it('fails the count scored back', () => {
		expect(kinds('Luca, dei quattro giorni, due erano festivi. Il permesso si rinnova online.', GRIEVANCE)).toContain(
			'insult',
		);
	});
	it('passes the page’s hours said plainly', () => {
		expect(
			kinds('Luca, ci scusiamo: nel fine settimana la pagina non è seguita. Il permesso si rinnova online.', GRIEVANCE),
		).toEqual([]);
	});
});

describe('session-29 forms beside ordinary replies (review of the change)', () => {
	it.each([
		'Se abiti in centro, la ZTL resta attiva dal 3 al 20.',
		'Se sei residente in zona, il parcheggio in piazza Dante 1 è gratuito.',
		'Gli elettori che sono residenti in via Roma dal numero 1 al 40 votano alla scuola di via Verdi 10.',
		'Ci pensiamo due volte prima di pubblicare un avviso: ogni comunicazione viene verificata dall’ufficio.',
		'Prima di farsi prendere dal panico per l’allerta, consultate il sito della Protezione civile.',
		'Chi parcheggia sul marciapiede senza pensare ai passeggini crea confusione: i vigili passano ogni giorno.',
		'Basta contare quante strade sono chiuse: la mappa è sul sito.',
		'Dire che la ditta non ha fatto nulla non è corretto: i lavori sono al 60%.',
		'Organizzare la festa è stata un’impresa, grazie ai volontari della Pro Loco!',
		'Trovare parcheggio in centro a Natale è sempre un’impresa: per questo attiviamo la navetta.',
		'Come al solito la ditta ha lavorato bene: la strada riapre domani.',
		'Se servono permessi per la ZTL ogni tanto, si chiedono allo sportello.',
		'Se avesse bisogno di aiuto ogni tanto, lo sportello è aperto il martedì.',
		'Controlliamo gli impianti più spesso di quanto si pensi: ogni settimana una squadra verifica i giochi del parco.',
		'Grazie della segnalazione! Ne abbiamo già preso nota 😉 la squadra passa domani mattina.',
		'Oggi i dipendenti sono a casa con lo smart working, rispondiamo comunque alle mail.',
		'Da quando gli studenti stranieri frequentano il doposcuola, i voti in italiano sono aumentati del 20%.',
		'Da quando il centro accoglienza organizza le pulizie, il parco non è più sporco.',
		'Detto tra noi, anche noi aspettiamo con ansia la riapertura della piscina: sarà pronta il 3 giugno.',
		'Sarebbe stato più semplice anche per noi avere la data prima 😅 ma la conferma è arrivata solo ieri.',
		'Ogni Capodanno i botti causano ferite agli occhi e alle mani: per questo l’ordinanza vieta i fuochi.',
		'Al corso di primo soccorso si impara a trattare una distorsione alla caviglia.',
		'Tutti gli avvisi a tuo nome sono consultabili nell’area riservata del portale.',
		'I bambini della primaria sono ormai di casa al comando: ogni anno fanno lì il corso di educazione stradale.',
		'Se ne è affetto, la celiachia va certificata dal pediatra per la dieta speciale.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});

	it.each([
		['Pensateci due volte prima di condividerlo: l’audio è falso.', 'insult'],
		['Detto fra noi, la ditta non è il massimo.', 'insult'],
		['Quella donna è conosciuta dalla polizia locale, la segnalazione è registrata.', 'personal-data'],
		['I verbali a nome tuo sono del 3 e del 5 ottobre.', 'personal-data'],
		['Il ciclista è a posto: qualche contusione alle gambe.', 'personal-data'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});
});

describe('tone cues of families BD and BE: a new colleague run down, «c’è poco da ridere», another office always last', () => {
	it.each([
		['Il post l’ha scritto una collega che è qui da poco, non ci ha ancora preso la mano.', 'personal-data'],
		['Su una cosa del genere c’è poco da ridere: il bando vale per tutti.', 'insult'],
		['Abbiamo avvisato i colleghi della manutenzione (che arrivano sempre per ultimi).', 'insult'],
		['Abbiamo avvisato la ditta, purtroppo non è la prima volta).', 'insult'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'La nuova collega dello sportello è qui da lunedì: la trovi dalle 9 alle 12.',
		'Il treno arriva sempre in orario alle 8:10, lo conferma Trenord.',
		'Abbiamo riso anche noi: la foto del gatto sul tetto del municipio è bellissima.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});
});

describe('tone cues of families BF and BG: a comment kept as a warning, a rebuttal with a wink, a colleague’s habit', () => {
	it.each([
		['Il suo messaggio, per ora, rimane agli atti.', 'threat'],
		['Accuse del genere si possono valutare in opportuna sede.', 'threat'],
		['La risposta l’ha scritta un collega che, come gli capita, non ha chiesto all’ufficio.', 'personal-data'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, GRIEVANCE)).toContain(kind);
	});

	it.each([
		['Uno screenshot di questo commento ce l’abbiamo, per ogni evenienza.', 'threat'],
		['Sul servizio «pessimo»: i dati di quest’anno direbbero il contrario 😉', 'insult'],
	] as const)('fails under a plain question «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'Abbiamo fatto uno screenshot del link truffa e l’abbiamo segnalato alla Polizia postale.',
		'La delibera resta agli atti del Consiglio ed è pubblicata sull’albo.',
		'I dati del servizio sono sul sito: ogni anno li pubblichiamo.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, GRIEVANCE)).toEqual([]);
	});
});

describe('forms of families BD to BG beside ordinary replies (second review of session 29)', () => {
	it.each([
		'Il contributo spetta al genitore che percepisce l’assegno unico.',
		'Il bonus nido è per le famiglie che hanno presentato domanda entro il 31 marzo.',
		'Il bonus lo riceve direttamente l’asilo.',
		'Il bonus nido arriva con una lettera: la riceve a casa.',
		'Hanno la precedenza in graduatoria i casi in cui la famiglia è già seguita dai servizi sociali.',
		'Il punteggio aggiuntivo spetta quando la famiglia è seguita dai servizi sociali.',
		'In questi giorni abbiamo visto arrivare in ufficio moltissime domande di iscrizione.',
		'Sul sito trova tutto quello che c’è da conoscere per l’iscrizione al nido.',
		'Il bonus nido spetta a chi nei due anni precedenti non ha fatto domanda.',
		'Una richiesta così non si era mai vista nei dieci anni precedenti.',
		'Una festa così per la promozione in Lega Pro non si era mai vista in piazza.',
		'Per capire l’errore, ci mandi in privato uno screenshot del suo messaggio di errore.',
		'L’abbiamo segnalato a Facebook, con lo screenshot dei suoi messaggi.',
		'Il messaggio via PEC resta agli atti come richiesta ufficiale.',
		'I dettagli della sua pratica preferiamo approfondirli in separata sede: ci scriva in privato.',
		'Con l’allerta rossa c’è poco da scherzare: evitate i sottopassi.',
		'Per gli anziani che cercano aiuto con lo SPID c’è lo sportello 😄',
		'I dati dimostrano il contrario: quest’anno le domande online sono addirittura aumentate, da 800 a 950.',
		'La tessera elettorale si ritira all’Ufficio elettorale in piazza Municipio 1: allo sportello c’è Paolo, ci pensa lui 😄',
		'L’addetto alla raccolta passa il martedì mattina: se, come le capita, non è in casa, lasci gli ingombranti in cortile.',
		'La nuova biblioteca è qui da poco e i bibliotecari vi aspettano.',
		'Abbiamo girato all’azienda la tua segnalazione che il 4 arriva sempre in ritardo alla fermata di via Roma.',
		'Per i residenti vicini alla frana: giovedì la ditta farà il taglio al piede della scarpata.',
		'Dire che il cantiere è rimasto due anni senza fare nulla non è corretto: i lavori sono ripresi a marzo.',
		'Abbiamo fatto uno screenshot del post truffa e lo abbiamo segnalato alla Polizia postale.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});

	it.each([
		'Se ne sta occupando l’assistente sociale perché la famiglia è già seguita dai servizi sociali.',
		'Screenshot del tuo commento già fatto, per ogni evenienza.',
		'Il suo commento resterà agli atti.',
		'Valuteremo in altra sede, qualcuno potrebbe valutare in altra sede le sue parole.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).not.toEqual([]);
	});
});

describe('cues for families BH and BI: warnings, another office’s habit, insinuations, the councillor’s side', () => {
	it.each([
		['I nomi di chi insulta li conserviamo, e non sempre la cosa resta sui social.', 'threat'],
		['Le multe per abbandono non le leviamo a nessuno.', 'threat'],
		['Occhio.', 'threat'],
		['I servizi informatici avevano garantito che il portale reggeva, e invece eccoci qua.', 'insult'],
		['Sulla mensa abbiamo scritto alla ditta... temo ci voglia più di una lettera.', 'insult'],
		['I vandali? I soliti noti, lo sanno tutti.', 'insult'],
		['Il prossimo Consiglio è il 18 novembre, sempre che stavolta resti fino alla fine 😉', 'insult'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'Occhio alle truffe: il Comune non chiede mai dati bancari.',
		'Come al solito il mercato si sposta in piazza per la fiera.',
		'Abbiamo scritto alla ditta... la risposta arriva entro venerdì.',
		'Il prossimo Consiglio è il 18 novembre, in diretta sul canale YouTube.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});
});

describe('cues for families BH and BI beside ordinary replies (third review of session 29)', () => {
	it.each([
		'Non è vero che gli stranieri ci rubano il lavoro: è vero il contrario, molte aziende non trovano personale.',
		'Dire che gli stranieri vengono qui a rubare è un pregiudizio. È vero invece che i furti sono calati del 20%.',
		'Le famiglie delle case popolari riceveranno per posta la comunicazione sul rinnovo.',
		'La graduatoria, quella delle case popolari, sarà pubblicata il 15 marzo.',
		'Grazie Marco per la segnalazione. Occhio! Girano finte telefonate a nome del Comune: riattaccate.',
		'I dati di chi si iscrive al servizio li conserviamo per cinque anni, come prevede il regolamento privacy.',
		'I nomi di chi chiede il posto al nido li annotiamo in un registro.',
		'Nel suo caso serve l’ISEE 2025 in corso di validità.',
		'Nel suo caso basta presentare l’ISEE entro il 31 marzo.',
		'Conta l’ISEE 2025, cioè lo stesso che ha dichiarato per l’assegno unico.',
		'Grazie a tutti, ognuno ha fatto la sua parte 😉 Ci vediamo alla prossima giornata ecologica!',
		'Ognuno deve fare la sua parte per evitare gli sprechi d’acqua: niente irrigazione di giorno.',
		'Il ritiro degli ingombranti lo fa l’azienda di igiene urbana il martedì, come al solito.',
		'Abbiamo sollecitato di nuovo la ditta, come al solito.',
		'Ci risiamo con il maltempo: la ditta dello sgombero neve è già al lavoro dalle 5.',
		'L’impresa ha iniziato lunedì, ma temo serva più di una settimana per completare l’asfaltatura.',
		'I tecnici informatici sono al lavoro: vi chiediamo di armarvi di pazienza ancora per un’ora.',
		'Alla festa patronale suonerà la solita banda cittadina, dalle 21.',
		'Sul palco ci sarà la solita compagnia teatrale del paese.',
		'Il nostro ufficio tecnico è già sul posto...',
		'Il bando si chiude il 30 aprile, ma non sempre tutto finisce qui: se restano posti, riapriamo le iscrizioni a settembre.',
		'Il concerto si terrà in piazza Garibaldi alle 21, sempre che stavolta il meteo ci assista 😉',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});

	it.each([
		'L’ISEE che ha dichiarato, pari a 18.400 euro, supera la soglia.',
		'I lavori erano fermi anche quando a governare c’eravate voi 😉',
		'Con la ditta ci stiamo lavorando... 🙈 Lì temo serva più di un sollecito.',
		'Il portale doveva reggere, e invece eccoci ancora qua con la ditta.',
		'Per la multa vale il regolamento. Occhio eh.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).not.toEqual([]);
	});
});

describe('cues for families BJ and BK: a vendor or colleague run down, the name remembered, the mayor credited', () => {
	it.each([
		['Il portale è fermo per il fornitore esterno, che ci ha piantato in asso proprio oggi.', 'insult'],
		['La risposta l’ha scritta un collega che ha la brutta abitudine di non rileggere.', 'insult'],
		['I toni non vanno bene, e il suo nome in ufficio se lo ricordano.', 'threat'],
		['La piscina riapre il 3 novembre: lavori che il sindaco ha voluto sbloccare appena insediato.', 'partisan'],
		['Le interrogazioni si presentano in segreteria, meno comode per fare annunci 😉', 'insult'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});

	it.each([
		'Il portale è fermo per un guasto del fornitore esterno: lo riattivano entro le 12.',
		'Abbiamo sbagliato noi: la brutta abitudine di copiare i testi vecchi ce la togliamo da oggi.',
		'Ti ricordiamo che il tuo nome appare solo se scegli di mostrarlo nel profilo.',
		'La piscina riapre il 3 novembre, dopo i lavori al riscaldamento.',
		'Per fare annunci ai cittadini usiamo il canale WhatsApp del Comune.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, QUESTION)).toEqual([]);
	});
});

describe('cues for families BL and BM: a colleague’s patience, a zipped mouth, a joke on the writer', () => {
	it.each([
		['La collega allo sportello, diciamo, non è mai stata la più paziente.', 'insult'],
		['Non sei il primo che ce lo fa notare, e tra un po’ si vota 🤐', 'partisan'],
		[
			'Un cestino rovesciato si può rimettere in piedi da soli, senza aspettare il Comune. Il taglio è domani.',
			'insult',
		],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, GRIEVANCE)).toContain(kind);
	});

	it('passes a joke at the writer’s own expense before the answer, under a complaint', () => {
		expect(
			kinds(
				'Stavolta risponde una persona in carne e ossa, giuro: io e un caffè freddo 😅 Scherzi a parte, ha ragione: la buca la chiudiamo giovedì.',
				GRIEVANCE,
			),
		).toEqual([]);
	});

	it('still fails the same aside when it is about the citizen', () => {
		expect(
			kinds('Io te l’avevo detto, giuro 😅 Scherzi a parte, la buca la chiudiamo giovedì.', GRIEVANCE),
		).not.toEqual([]);
	});
});

describe('cues for families BN and BO: applause returned, the route known, a utility’s «fantasia»', () => {
	const CLAPPED = 'Tre giorni senza una risposta, vergogna! Bravi 👏👏';
	it.each([
		'Il permesso scade a fine mese: c’è ancora tempo per qualche applauso in più 👏',
		'Gli applausi forse erano un po’ prematuri: il messaggio è arrivato venerdì sera.',
	])('fails «%s» under a clapping grievance', (reply) => {
		expect(kinds(reply, CLAPPED)).toContain('insult');
	});
	it('passes applause the page says it deserved', () => {
		expect(kinds('Grazie per la pazienza (l’applauso ce lo siamo meritato, lo ammettiamo 😅).', CLAPPED)).toEqual([]);
	});
	it.each([
		['Il comandante conosce bene la strada che lei fa ogni mattina.', 'threat'],
		['Le consigliamo di non farsi venire altre idee.', 'threat'],
		['Le letture del gestore, lo sa mezzo paese, hanno la fantasia di un romanziere.', 'insult'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, QUESTION)).toContain(kind);
	});
});
