// The conduct gates: replies a public administration could never publish (insults, mockery,
// intimidation, personal data shown or asked for in public) fail whatever the three tips say, and
// ordinary good replies never trip them.
import { describe, expect, it } from 'vitest';
import { CONDUCT_CAP, gradeReply } from '../../../../src/grader/index';
import type { ConductKind, GradeInput } from '../../../../src/grader/types';
import { gateFor } from './gateCases';

const judge = (reply: string, comment = 'Quando riapre la piscina?', author = 'Gianni Rossi') =>
	gradeReply({ author, comment, reply });
const kinds = (reply: string, comment?: string): ConductKind[] => judge(reply, comment).conduct.map((f) => f.kind);
const quoted = (reply: string, comment?: string): string[] =>
	judge(reply, comment).conduct.flatMap((f) => f.evidence.map((r) => reply.slice(r.start, r.end)));

/** Under one comment: replies that must fail the gate with a failure of their kind, look-alikes that pass. */
const gate = gateFor(kinds);

describe('conduct gate: insults and mockery', () => {
	const comment = 'Il sindaco è un buffone e un incapace. Quando riapre la piscina, pagliacci??';
	it.each([
		'Gianni, il pagliaccio sei tu. La piscina riapre lunedì 3 novembre dopo i lavori al riscaldamento.',
		'Il buffone sarà lei, Gianni. Si vergogni.',
		'Gianni, si informi prima di scrivere: la piscina riapre lunedì 3 novembre.',
		'Bravo, un genio. La piscina riapre il 3 novembre, Gianni.',
		'Gianni, impari a leggere: il post diceva che la piscina riapre il 3 novembre.',
		'Ahahah Gianni, la piscina riapre il 3 novembre 🤡',
		'Gianni, sei il solito leone da tastiera. Riapre il 3 novembre.',
		'Gianni, sei il solito complottista: la piscina riapre il 3 novembre.',
		'Povero illuso, Gianni: la piscina riapre il 3 novembre.',
		'Gianni, se non leggi il post è un problema tuo. Riapre il 3 novembre.',
		'Gianni, la piscina riapre il 3 novembre 😂',
		'Gianni, se leggessi il post sapresti che la piscina riapre il 3 novembre.',
		'Gianni, legga meglio prima di scrivere: la piscina riapre il 3 novembre.',
		'La locandina è chiarissima, bastava guardarla meglio: la piscina riapre il 3 novembre.',
		'Se si sforzasse un po’ la leggerebbe anche lei: la piscina riapre il 3 novembre.',
		'Ha letto il post? La piscina riapre il 3 novembre.',
		'È bello leggere un commento così, pieno di amore. La piscina riapre il 3 novembre.',
		'Se usa Facebook sa anche leggere il calendario: la piscina riapre il 3 novembre.',
		'La piscina riapre il 3 novembre. Ora, se volete, continuate pure a ridere.',
		'Rispondo a chi per partito preso critica tutto: la piscina riapre il 3 novembre.',
		'Gianni, sei più lento di una tartaruga: la piscina riapre il 3 novembre.',
		'Ma insomma!!! La piscina riapre il 3 novembre.',
		'Te l’abbiamo già detto mille volte: la piscina riapre il 3 novembre.',
		'La piscina riapre il 3 novembre, glielo abbiamo scritto 1.000 volte.',
		'Quante volte dobbiamo ripeterlo? La piscina riapre il 3 novembre.',
		'Gianni, detto da uno che scrive così fa sorridere. La piscina riapre il 3 novembre.',
		'Senti chi parla! La piscina riapre il 3 novembre.',
		'Gianni, la barzelletta la racconti tu ogni giorno qui sotto. Riapre il 3 novembre.',
		'Gianni, forse è lei che non ha letto il post: la piscina riapre il 3 novembre.',
		'Forse era lei a non essere attento, Gianni: la piscina riapre il 3 novembre.',
		'Immaginiamo che tu dal divano faccia molto di più. La piscina riapre il 3 novembre.',
		'Complimenti per la pazienza, Gianni 🙄 La piscina riapre il 3 novembre.',
		'Gianni, le piscine le rovinano quelli come te. Riapre il 3 novembre.',
		'Gianni, rispondiamo a tutti, ma non ai maleducati come te.',
		'Gianni, la prossima volta vota meglio 😉',
		'Gianni, c’era scritto nel post. Basta leggere. Riapre il 3 novembre.',
		'Gianni, tu invece cosa fai? La piscina riapre il 3 novembre.',
		'Gianni, ma davvero? È sul volantino: riapre il 3 novembre.',
		'Gianni, se ti informassi prima non avresti questi problemi. Riapre il 3 novembre.',
		'La piscina chiude per chi non rispetta le regole, evidentemente anche lei.',
		'Gianni, riapre il 3 novembre, come chiunque sappia leggere un cartello sa già.',
		'Gianni, grazie, ma la piscina riapre quando riapre. Non insistere.',
		'Gianni, si calmi. La piscina riapre il 3 novembre.',
		'Gianni, come già ampiamente spiegato, la piscina riapre il 3 novembre.',
		'Ci spiace che non abbia compreso il post, Gianni: la piscina riapre il 3 novembre.',
		'Gianni, non è colpa nostra se lei non legge. La piscina riapre il 3 novembre.',
		'Ci vuole pazienza, Gianni, cosa che a lei evidentemente manca. Riapre il 3 novembre.',
		'Lenti saranno quelli che non sanno leggere un avviso, Gianni. Riapre il 3 novembre.',
		'Il personale è corretto, a differenza di chi scrive certe cose. Riapre il 3 novembre.',
		'Gianni, riapre il 3 novembre. La prossima volta cerca su Google prima di chiedere.',
		'Gianni, lo sanno anche i sassi: la piscina riapre il 3 novembre.',
		'Gianni, te lo diciamo con calma, così capisci: la piscina riapre il 3 novembre.',
		'Gianni, e sti cavoli? La piscina riapre il 3 novembre.',
		'Gianni, ma chi se ne frega, riaprirà il 3 novembre.',
		'Gianni, piantala di lamentarti: la piscina riapre il 3 novembre.',
		'Gianni, fattene una ragione. La piscina riapre il 3 novembre.',
		'E allora vai al mare! La piscina riapre il 3 novembre, Gianni.',
		'Gianni, sei il solito lamentone. La piscina riapre il 3 novembre.',
		'Gianni, mettiti l’anima in pace: la piscina riapre il 3 novembre.',
		'Gianni, sempre un piacere leggere i suoi commenti costruttivi. Riapre il 3 novembre.',
		'Gianni, lei trova sempre il modo di lamentarsi. La piscina riapre il 3 novembre.',
		'Gianni, se i nostri post le sembrano inutili può smettere di seguirci e trovarsi un hobby.',
		'Gianni, il sito funziona per tutti: forse il problema è dall’altra parte dello schermo?',
		'Gianni, tutti dicono di aver pagato. Se davvero lo ha fatto, mostri la ricevuta.',
		'Gianni, la piscina riapre il 3 novembre 😉',
		'Gianni, magari se leggesse il sito prima di commentare avrebbe già la risposta: riapre il 3 novembre.',
		'Gianni, la piscina riapre il 3 novembre. Forse dovrebbe controllare meglio il calendario prima di scrivere.',
		'Gianni, esistono anche altre piscine, sa? Questa riapre il 3 novembre.',
		'Gianni, e secondo lei dove dovremmo mettere i nuotatori, in corridoio? Riapre il 3 novembre.',
		'Gianni, se la piscina di Pistoia le piace tanto, ci sono i treni. La nostra riapre il 3 novembre.',
		'Gianni, prima della piscina forse sarebbe utile un corso di italiano. Riapre il 3 novembre.',
		'Gianni, evidentemente non era così urgente come pensa. La piscina riapre il 3 novembre.',
		'Gianni, non è un hotel a 5 stelle. La piscina riapre il 3 novembre.',
		'Gianni, ma ci sei o ci fai? La piscina riapre il 3 novembre.',
		'Gianni, ci fai o ci sei? La piscina riapre il 3 novembre.',
	])('fails «%s»', (reply) => {
		const result = judge(reply, comment);
		expect(result.conduct.map((f) => f.kind)).toContain('insult');
		expect(result.score).toBeLessThanOrEqual(CONDUCT_CAP);
		expect(result.conduct[0]?.message).toMatch(/^Non pubblicabile: la risposta offende, deride o rimprovera/u);
		expect(result.conduct[0]?.evidence.length).toBeGreaterThan(0);
	});

	it('quotes the words that cause the failure', () => {
		expect(quoted('Gianni, il pagliaccio sei tu. Riapre il 3 novembre.', comment).join(' ')).toMatch(
			/pagliaccio sei tu/u,
		);
	});

	it('keeps the three tips’ own verdicts', () => {
		const result = judge(
			'Gianni, grazie della domanda, ma il pagliaccio sei tu. La piscina riapre lunedì 3 novembre alle 7.',
			'Quando riapre la piscina?',
		);
		expect(result.criteria.name.met).toBe(true);
		expect(result.criteria.thanks.met).toBe(true);
		expect(result.criteria.detailed.met).toBe(true);
		expect(result.score).toBe(CONDUCT_CAP);
	});

	it('lets «che bello leggere commenti così» pass under praise, not under a complaint (family AE)', () => {
		const reply = 'Grazie mille Gianni! Che bello leggere commenti così, alla prossima!';
		expect(kinds(reply, 'Serata bellissima al cinema nel parco, bravi tutti!')).toEqual([]);
		expect(kinds(reply, 'Il bus 12 è sempre in ritardo, una vergogna')).toContain('insult');
	});

	it('lets a laughing emoji pass under a joke or praise, not under a complaint', () => {
		expect(
			kinds(
				'Grazie Gianni 😂 ci vediamo alla festa!',
				'Che festa ragazzi, il sindaco ballava meglio di tutti 😂 bravi!',
			),
		).toEqual([]);
		expect(kinds('Gianni, il bus passa alle 8 😂', 'Il bus 12 è sempre in ritardo, una vergogna')).toContain('insult');
	});

	it.each([
		'Gianni, le critiche sono benvenute, gli insulti no: lo dice la social media policy. La piscina riapre lunedì 3 novembre.',
		'Gianni, ti chiediamo di non usare parole come «pagliacci»: lo vieta la netiquette. La piscina riapre il 3 novembre.',
		'Gianni, non si può dare del buffone a nessuno su questa pagina. La piscina riapre il 3 novembre.',
		// Family AD (AD026): the second of two insults reported.
		'Gianni, dare del buffone o del pagliaccio a qualcuno va contro la policy della pagina. La piscina riapre il 3 novembre.',
		'Ciao Gianni, grazie! Per informazioni si informi allo sportello di via Roma 1, dalle 9 alle 12.',
		'Gianni, hai ragione: dovevamo informare meglio. La piscina riapre lunedì 3 novembre.',
		'Ciao Gianni, grazie! Brava la squadra di nuoto: complimenti per la medaglia.',
		'Gianni, come abbiamo scritto più volte, la piscina riapre il 3 novembre.',
		'Gianni, il nuovo orario è più lento del vecchio, ma copre anche la domenica.',
		'Gianni, per l’ennesima volta ci scusiamo per il disagio: la piscina riapre il 3 novembre.',
		'Gianni, non è lei che non ha capito: il post era sbagliato, ci scusiamo. La piscina riapre il 3 novembre.',
		'Immaginiamo che tu voglia saperne di più, Gianni: la piscina riapre il 3 novembre, orari sul sito.',
		'Gianni, la domanda la fa lei dal portale: la piscina riapre il 3 novembre.',
		'Direttamente dal divano di casa puoi prenotare la corsia, Gianni: la piscina riapre il 3 novembre.',
		'Gianni, grazie a persone come lei la piscina è più curata: riapre il 3 novembre.',
		'Gianni, per sapere gli orari basta leggere la tabella sul sito: riapre il 3 novembre.',
		'Gianni, se preferisse un altro giorno, la piscina riapre anche il 5 novembre.',
		'Gianni, evidentemente anche lei ha notato il guasto: la piscina riapre il 3 novembre.',
		'Gianni, ti chiediamo di mantenere la calma e il rispetto nei commenti: la piscina riapre il 3 novembre.',
		'Gianni, ci dispiace che non abbia ricevuto risposta: la piscina riapre il 3 novembre.',
		'Gianni, ti mandiamo il volantino, così capisci come prenotare: la piscina riapre il 3 novembre.',
		'Gianni, controlla sul sito prima di partire: la piscina riapre il 3 novembre.',
		'A differenza dello scorso anno, Gianni, la piscina riapre già il 3 novembre.',
		'Gianni, ti chiediamo di smettere di scrivere insulti: la piscina riapre il 3 novembre.',
		'Gianni, se il 12 è in ritardo, prendi il 5: la piscina riapre il 3 novembre.',
		'Gianni, scusaci: la piscina riapre il 3 novembre, e per farci perdonare il primo ingresso è gratis 🙂',
		'Gianni, prima di scriverci controlla le FAQ sul sito: la piscina riapre il 3 novembre.',
		'Gianni, dovrebbe compilare il modulo prima di scrivere all’ufficio sport: la piscina riapre il 3 novembre.',
		'Gianni, secondo noi hai ragione: la piscina riapre il 3 novembre.',
		'Gianni, lo sa? La piscina riapre già il 3 novembre.',
		'Gianni, il corso di italiano per stranieri riprende a gennaio; la piscina riapre il 3 novembre.',
		'Gianni, se le piace nuotare la mattina presto, dal 3 novembre apriamo alle 7.',
		'Gianni, se ti piace tanto nuotare, dal 3 novembre ci sono anche i corsi serali.',
		'Gianni, per l’allagamento chiama i Vigili del Fuoco al 115 se c’è pericolo: la piscina riapre il 3 novembre.',
		'Gianni, il bus da 8 posti fa 2 corse: la piscina riapre il 3 novembre.',
		'Gianni, ci fai sapere se sei riuscito a prenotare? La piscina riapre il 3 novembre.',
		'Gianni, se ci sei riuscito, perfetto: la piscina riapre il 3 novembre.',
		'Gianni, ci sei? Ti abbiamo scritto in privato: la piscina riapre il 3 novembre.',
		'E secondo te, Gianni, dove dovremmo mettere le nuove panche della piscina? Scrivici le tue idee.',
		'Gianni, e secondo lei quale orario sarebbe migliore? La piscina riapre il 3 novembre.',
	])('lets a calm reply pass: «%s»', (reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

describe('conduct gate: soothing words are mockery only under a grievance', () => {
	it.each([
		[
			'C’è un incendio vicino a casa, cosa facciamo?',
			'Giulia, chiamate subito il 115, state calmi e allontanatevi dal fumo.',
		],
		['Che bella la festa!', 'Grazie Giulia! Rilassati e goditi il concerto di stasera alle 21 in piazza.'],
		[
			'Quando riapre la piscina?',
			'Ciao Giulia, beata te che nuoti anche d’inverno! La piscina riapre lunedì 3 novembre.',
		],
		[
			'Quanto costa la carta d’identità?',
			'Ciao Giulia, grazie! Costa 22,21 euro, anche con il bancomat, sa? È comodo.',
		],
	])('passes under a question or praise: «%s» → «%s»', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});

	it.each([
		[
			'Il parcheggio dell’ospedale costa troppo, è un furto',
			'Giulia, esistono anche gli autobus, sa? La linea 5 ferma lì.',
		],
		[
			'Sono indignata, la biblioteca chiude ad agosto!!!',
			'Giulia, si rilassi e si goda un libro: riapre il 25 agosto.',
		],
		['Non è possibile aspettare 8 mesi per una visita', 'Giulia, 8 mesi? Beata lei, c’è chi aspetta un anno.'],
		['Il bus 12 è sempre in ritardo, una vergogna', 'Giulia, stia calma: il 12 passa alle 8:20.'],
	])('fails under a complaint: «%s» → «%s»', (comment, reply) => {
		expect(kinds(reply, comment)).toContain('insult');
	});
});

describe('conduct gate: lectures and put-downs', () => {
	const complaint = 'IL LAMPIONE È SPENTO DA DIECI GIORNI!!! Vergogna, ma qualcuno lavora in questo Comune???';
	it.each([
		'Giulia, se avesse letto il post avrebbe visto che il guasto è già segnalato. Torna acceso giovedì.',
		'Giulia, prima di scrivere VERGOGNA in maiuscolo potevi informarti: il guasto è di un cantiere privato.',
		'Giulia, la scadenza era nota da mesi: di solito ci si pensa prima. Scrivi all’anagrafe.',
		'Giulia, con questo linguaggio ti qualifichi da sola. Il lampione torna acceso giovedì.',
		'Giulia, il corso è fatto apposta per chi non sa neanche cos’è un’email.',
		'Giulia, forse qualcuno i cartelli non li guarda. Dal 2 ottobre ce n’è un secondo.',
		'Giulia, la locandina la leggono tutti gli altri senza problemi. È sabato alle 15.',
		'Giulia, prima di dire che ci si vergogna bisognerebbe sapere come stanno le cose.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, complaint)).toContain('insult');
	});

	it.each([
		[
			'Mia mamma non usa il computer, può iscriversi?',
			'Certo Giulia! Se non sa neanche accendere il tablet non importa: si parte da zero.',
		],
		[
			'Il cartello è nascosto dagli alberi',
			'Grazie Giulia: se qualcuno non lo vede è colpa nostra, lo spostiamo entro venerdì.',
		],
		[
			'Si può parcheggiare in piazza?',
			'Ciao Giulia, no: ci si pensa prima di arrivare, il parcheggio di via Verdi è gratuito.',
		],
		['La buca è ancora lì, vergogna', 'Giulia, hai ragione, ci dovevamo pensare prima: la squadra arriva lunedì.'],
		[
			'Il sito non funziona',
			'Ciao Giulia: tutti gli altri servizi funzionano senza problemi, il portale torna alle 14.',
		],
		[
			'Ci sono posti per la gita?',
			'Ciao Giulia, prima di dire se c’è posto bisognerebbe sapere quanti siete: scrivici.',
		],
		['Che bello il concerto!', 'Grazie Giulia! Calma con gli applausi, la banda suona ancora domenica alle 18.'],
	])('passes under «%s»: «%s»', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});

	it('reads irony under a report that ends with a question, not under a plain question', () => {
		const report = 'Tre buche enormi davanti alla scuola, un ragazzo ha rischiato di cadere. Quando le sistemate?';
		expect(kinds('Giulia, le chiudiamo oggi. Se andassero più piano rischierebbero meno 😉', report)).toContain(
			'insult',
		);
		expect(kinds('Giulia, stai serena: le chiudiamo oggi pomeriggio.', report)).toContain('insult');
		expect(kinds('Ciao Giulia, passiamo giovedì a ritirarli 😉', 'Quando passano i rifiuti ingombranti?')).toEqual([]);
		expect(kinds('Ciao Giulia, stai serena: passiamo giovedì.', 'Quando passano i rifiuti ingombranti?')).toEqual([]);
	});

	it('lets a page quote an insult it moderates, in the plural too', () => {
		expect(
			kinds(
				'Enzo, se ci dai dei buffoni il commento lo dobbiamo togliere: la netiquette non ammette offese. Fino a venerdì passa da viale Europa.',
				'SIETE DEI BUFFONI INCAPACI',
			),
		).toEqual([]);
	});
});

describe('conduct gate: intimidation', () => {
	// Family CE (CE026): a moderation notice quotes the citizen's threat to say why the comment went.
	it('reads a quoted threat as the citizen’s, a threat in the reply’s own words as the page’s', () => {
		const threat = 'un altra multa e giuro che vi aspetto fuori dal comando';
		expect(
			kinds('Alessio, frasi come «vi aspetto fuori dal comando» sono una minaccia: il commento è rimosso.', threat),
		).toEqual([]);
		expect(kinds('Alessio, vi aspetto fuori io, così vediamo chi ride.', threat)).toContain('threat');
	});

	it('fails a legal threat against a criticism', () => {
		expect(kinds('Gianni, ti denunciamo per diffamazione.', 'Siete dei ladri')).toContain('threat');
		expect(kinds('Sappiamo chi sei, Gianni. Stai attento a quello che scrivi.', 'Che vergogna')).toContain('threat');
		// Family I's I013: the authorities named as readers of the thread, under a confession.
		const confession = 'Lavoro in nero, posso chiedere lo stesso il contributo affitto?';
		expect(
			kinds('Da queste parti anche la Guardia di Finanza ha Facebook: cancelli il commento.', confession),
		).toContain('threat');
		expect(kinds('I carabinieri hanno una pagina Facebook con gli avvisi utili.', confession)).toEqual([]);
		expect(kinds('Gianni, questa è diffamazione: ti aspettiamo in tribunale.', 'Il sindaco è un corrotto')).toContain(
			'threat',
		);
		expect(
			kinds('Gianni, abbiamo salvato il tuo commento e lo abbiamo girato all’ufficio legale.', 'Siete degli inetti'),
		).toContain('threat');
		expect(
			kinds('Gianni, dalle foto del tuo profilo si vede che non sei un esempio di pulizia.', 'Il Comune non pulisce'),
		).toContain('threat');
		expect(
			kinds('Ciao Gianni, grazie! Sul nostro profilo trovi tutti gli aggiornamenti.', 'Il Comune non pulisce'),
		).toEqual([]);
		const critic = 'L’assessore non fa niente, vergogna';
		expect(kinds('Gianni, abbiamo segnalato il tuo commento alla Polizia Postale.', critic)).toContain('threat');
		expect(kinds('Gianni, ancora una parola e ti blocchiamo.', critic)).toContain('threat');
		expect(kinds('Gianni, un altro commento del genere e la banniamo dalla pagina.', critic)).toContain('threat');
		expect(kinds('Gianni, commenti come il suo verranno segnalati e il suo profilo bloccato.', critic)).toContain(
			'threat',
		);
		expect(kinds('Gianni, le consigliamo di moderare i toni finché è in tempo.', critic)).toContain('threat');
		expect(kinds('Gianni, i commenti restano: li leggono tutti, anche il tuo datore di lavoro.', critic)).toContain(
			'threat',
		);
		expect(kinds('Ciao Gianni, grazie! Abbiamo segnalato il guasto alla Polizia locale.', critic)).toEqual([]);
		expect(kinds('Ciao Gianni, grazie! Per il bonus serve anche la firma del tuo datore di lavoro.', critic)).toEqual(
			[],
		);
	});

	it('fails a counter-threat, also to someone who threatened or insulted', () => {
		const threat = 'Il geometra che ha firmato, se lo becco gli spacco la faccia';
		expect(kinds('Sergio, abbiamo girato le tue minacce ai Carabinieri: preparati a risponderne.', threat)).toContain(
			'threat',
		);
		expect(kinds('Enzo, un altro commento così e ti blocchiamo. Regolati.', 'Siete dei buffoni')).toContain('threat');
		expect(kinds('Alessio, ti abbiamo segnalato e ti conviene stare attento a come parli.', threat)).toContain(
			'threat',
		);
		expect(kinds('Ciao Gianni, sì: ti conviene prenotare entro venerdì.', 'Conviene prenotare?')).toEqual([]);
		expect(
			kinds('Ciao Gianni, preparati a pagare la seconda rata entro il 16 dicembre.', 'Quando scade la rata?'),
		).toEqual([]);
	});

	it('fails a threat to block or to report a citizen who offended nobody', () => {
		const helper = 'Puoi chiamare il numero verde: la voce guida ti dà lo stato della domanda.';
		expect(kinds('Non rispondete al posto nostro o dobbiamo bloccarvi.', helper)).toContain('threat');
		expect(
			kinds(
				'Siamo costretti a inviare segnalazione ai nostri ispettori per un controllo di suo figlio.',
				'Mio figlio non ha mai lavorato, dove può informarsi sul reddito di cittadinanza?',
			),
		).toContain('threat');
	});

	it('lets a page recall that the policy allows a block, against insults', () => {
		expect(
			kinds(
				'Gianni, gli insulti violano la nostra social media policy: smetta, o la blocchiamo come prevede la policy.',
				'Siete dei buffoni e dei ladri',
			),
		).toEqual([]);
		expect(
			kinds(
				'Grazie della segnalazione, Gianni: faremo una segnalazione agli ispettori del lavoro sul cantiere.',
				'Nel cantiere di via Roma lavorano senza casco',
			),
		).toEqual([]);
		expect(kinds('Gianni, ha letto il regolamento della piscina? Lo trova qui: comune.example.it/piscina.')).toEqual(
			[],
		);
	});

	it('lets a page report a real threat to the authorities', () => {
		const threat = 'Vengo in Comune con la tanica di benzina';
		expect(
			kinds('Gianni, abbiamo segnalato il commento alla Polizia Postale. Le minacce non sono ammesse.', threat),
		).toEqual([]);
		expect(
			kinds('Gianni, questo commento sarà segnalato: le minacce sono un reato e ti denunciamo.', threat),
		).not.toContain('threat');
	});
});

describe('conduct gate: personal data', () => {
	it('highlights the request for data, from the asking verb to the data (tester I)', () => {
		expect(
			quoted('Gianni, grazie. Per verificare la pratica scriveteci qui sotto il codice fiscale. Riapre lunedì.'),
		).toEqual(['scriveteci qui sotto il codice fiscale']);
	});

	it('fails a tax code or an IBAN shown in public, also when the citizen posted it first', () => {
		const comment = 'Ho pagato due volte, IBAN IT60X0542811101000000123456, rimborsate?';
		expect(
			kinds('Ciao Gianni, grazie: il rimborso va sull’IBAN IT60X0542811101000000123456 entro 30 giorni.', comment),
		).toContain('personal-data');
		expect(
			quoted('Ciao Gianni, il rimborso va sull’IBAN IT60X0542811101000000123456 entro 30 giorni.', comment),
		).toEqual(['IT60X0542811101000000123456']);
		expect(kinds('Per il codice fiscale BRNLCU85M52Z000X la pratica è chiusa.')).toContain('personal-data');
	});

	it('fails the citizen’s own phone, health, home address and a child’s details repeated', () => {
		expect(kinds('Ti richiamiamo al 333 123 4567.', 'Chiamatemi al 333 123 4567')).toContain('personal-data');
		expect(kinds('Per la celiachia di tuo figlio non preoccuparti.', 'Mio figlio è celiaco')).toContain(
			'personal-data',
		);
		expect(
			kinds(
				'Gianni, passiamo in via dei Tigli 14 domani alle 10.',
				'Abito in via dei Tigli 14 e il cassonetto è pieno',
			),
		).toContain('personal-data');
		expect(
			kinds(
				'Ciao Marta, grazie. Per Giulia della 3B c’è il menu senza glutine.',
				'Mia figlia Giulia della 3B è celiaca, c’è il menu senza glutine?',
			),
		).toContain('personal-data');
	});

	it('fails a request for personal data in the thread, not in a private channel', () => {
		expect(kinds('Ciao Gianni, grazie! Scrivici qui sotto codice fiscale e indirizzo.')).toContain('personal-data');
		expect(kinds('Gianni, lasciaci il tuo numero di telefono e ti richiamiamo.')).toContain('personal-data');
		expect(kinds('Ciao Gianni, grazie! Scrivici in privato il codice fiscale e controlliamo.')).toEqual([]);
		expect(
			kinds('Gianni, non scrivere qui il tuo codice fiscale: mandacelo a tributi@comune.valverde.example.it.'),
		).toEqual([]);
	});

	// Family CA (CA026): a colon opens a clause of its own. The private channel before it belongs to another
	// ask; the data, the thread and the ask after it are public. A channel after the colon keeps it private.
	it('reads a clause after a colon on its own', () => {
		expect(
			kinds('Il CV non serve mandarlo in privato: ci scriva piuttosto qui sotto il suo codice fiscale.'),
		).toContain('personal-data');
		expect(kinds('Scrivici qui sotto: ti chiediamo in privato il codice fiscale.')).toEqual([]);
		expect(kinds('Il codice fiscale mandalo in privato: qui sotto scrivi solo il quartiere.')).toEqual([]);
	});

	// Family DI (DI048, session 36): an alternative ("oppure", "altrimenti") closes the ask's clause, so the
	// channel it offers does not make the ask in the thread private.
	it('reads an ask before an alternative on its own', () => {
		expect(
			kinds(
				'Scrivici qui nei commenti il numero della tua carta d’identità, oppure scrivi ad anagrafe@comune.valverde.example.it.',
			),
		).toContain('personal-data');
		expect(kinds('Mandaci in privato il numero della tua carta d’identità, oppure chiama il 200 000 123.')).toEqual([]);
		expect(
			kinds('Scrivici qui sotto se hai dubbi, oppure mandaci in privato il numero della tua carta d’identità.'),
		).toEqual([]);
		expect(
			kinds(
				'Scrivici qui sotto il tuo nome oppure il codice fiscale; per il resto scrivi a tributi@comune.valverde.example.it.',
			),
		).toContain('personal-data');
	});

	it('fails a protocol number asked in the thread, and an ask whose channel is only in an aside (family BJ, BK)', () => {
		expect(
			kinds('Ciao Gianni, se vuoi scrivici qui sotto il tuo numero di protocollo e ti diciamo la posizione.'),
		).toContain('personal-data');
		expect(
			kinds(
				'Gianni, scrivi qui sotto il codice fiscale e verifichiamo con l’Ufficio tributi (che risponde anche a tributi@comune.valverde.example.it).',
			),
		).toContain('personal-data');
		expect(
			kinds('Gianni, scrivi il numero di protocollo a nidi@comune.valverde.example.it e ti diciamo la posizione.'),
		).toEqual([]);
		expect(
			kinds(
				'Gianni, grazie (se preferisci, scrivi il codice fiscale a tributi@comune.valverde.example.it), il modulo è qui sotto.',
			),
		).toEqual([]);
	});

	it('fails a child’s diet, a staff member’s operation, the home phone’s address (families BL, BM)', () => {
		expect(kinds('Federica, grazie. Visto che tuo figlio ha la dieta senza glutine, trovi il menù online.')).toContain(
			'personal-data',
		);
		expect(kinds('Rosanna, grazie: il capo squadra è a casa dopo l’operazione alla schiena.')).toContain(
			'personal-data',
		);
		expect(kinds('Ornella, vedo che ci avevi chiamato dal fisso di casa, al 41 di via dei Mille.')).toContain(
			'personal-data',
		);
		expect(kinds('Federica, grazie: la dieta senza glutine si chiede all’Ufficio scuola con il certificato.')).toEqual(
			[],
		);
		expect(kinds('Rosanna, grazie: il capo squadra passa domani alle 9 con due operai.')).toEqual([]);
	});

	it('fails a utility’s customer code asked in the thread and an ISEE bracket read from the records (families BN, BO)', () => {
		expect(kinds('Signor Esposito, ci scriva qui sotto il codice cliente e l’indirizzo di fornitura.')).toContain(
			'personal-data',
		);
		expect(kinds('Signor Cirillo, dai nostri archivi il suo ISEE la colloca nell’ultima fascia.')).toContain(
			'personal-data',
		);
		expect(kinds('Signor Cirillo, l’importo dipende dalla fascia ISEE: la tabella è sul sito.')).toEqual([]);
	});

	it('fails an ask in the first person singular (family BR)', () => {
		expect(kinds('Ciao Gianni, se vuoi controllo io: scrivimi qui sotto codice fiscale e indirizzo.')).toContain(
			'personal-data',
		);
		expect(kinds('Gianni, mandami qui nei commenti il tuo IBAN.')).toContain('personal-data');
	});

	it('sets aside an office’s contacts in brackets after its name, not a channel right after the ask (family BR)', () => {
		expect(
			kinds(
				'Gianni, scrivimi qui sotto codice fiscale e indirizzo e lo giro all’Ufficio tributi (tributi@comune.valverde.example.it, 200 000 321).',
			),
		).toContain('personal-data');
		expect(
			kinds(
				'Gianni, per controllare scrivi all’Ufficio tributi (tributi@comune.valverde.example.it) il codice fiscale.',
			),
		).toEqual([]);
		expect(kinds('Gianni, mandacelo (tributi@comune.valverde.example.it) e controlliamo il codice fiscale.')).toEqual(
			[],
		);
	});

	it('names the data asked for in the learner’s own words, every item of the list', () => {
		const [failure] = judge('Ciao Gianni, scrivici qui sotto l’ISEE e il numero della carta d’identità.').conduct;
		expect(failure?.message).toContain('(ISEE, numero della carta d’identità)');
		const [only] = judge('Gianni, scrivici qui sotto il codice fiscale, non il numero di telefono.').conduct;
		expect(only?.message).toContain('(codice fiscale)');
	});

	it('reads a list of data asked with a comma or a new ask verb (families CL, CM)', () => {
		const comment = 'Il nome di mia figlia nella ricarica della mensa è sbagliato';
		expect(kinds('Elena, scrivici qui sotto nome, cognome e classe della tua bimba.', comment)).toContain(
			'personal-data',
		);
		expect(kinds('Nicolò, mettici qui nei commenti nome e cognome di tua figlia.', comment)).toContain('personal-data');
		expect(kinds('Scrivici qui sotto nome e cognome di tua figlia, così compiliamo noi il modulo.', comment)).toContain(
			'personal-data',
		);
	});

	it('lets data go into a form or a portal: no ask in public', () => {
		const comment = 'Come faccio a iscrivere mio figlio al centro estivo?';
		expect(kinds('Per l’iscrizione scrivi nome e cognome del bambino sul modulo.', comment)).toEqual([]);
		expect(kinds('Per l’attestato inserisci nome, cognome ed ente nel modulo online.', comment)).toEqual([]);
		// A form named in another clause is not where the data go.
		expect(kinds('Scrivici il tuo codice fiscale, le istruzioni sono sul sito.', comment)).toContain('personal-data');
	});

	it('fails a child’s class asked in the thread, not in a private message', () => {
		const comment = 'Nella terza foto c’è mia figlia in primo piano, toglietela subito!';
		expect(kinds('Signora, ci scusi: ci conferma qui sotto in che classe è sua figlia?', comment)).toContain(
			'personal-data',
		);
		expect(
			kinds('Signora, ci scusi: ci scriva in privato in che classe è sua figlia, togliamo la foto.', comment),
		).toEqual([]);
	});

	it('fails a named person’s health and a child named with a class, not a role or a school’s name', () => {
		expect(
			kinds('Nicolò, la responsabile del trasporto, Paola Neri, è in malattia da lunedì.', 'Nessuno ci ha avvisato!'),
		).toContain('personal-data');
		// Family I's I004: the health said in an apposition, of an employee named with an initial.
		expect(
			kinds(
				'Gentile signor Castelli, allo sportello c’era solo la signora Rita B., appena rientrata da un lungo periodo di malattia.',
				'Un’ora di fila allo sportello, vergogna!',
			),
		).toContain('personal-data');
		expect(
			kinds('Paola Neri è tornata ieri dalle ferie e le allergie sono nel modulo.', 'Chi segue la mensa?'),
		).toEqual([]);
		expect(
			kinds(
				'Grazie Gianni! La dottoressa Anna Bianchi è in ambulatorio il lunedì: segue le allergie.',
				'Brava la pediatra',
			),
		).toEqual([]);
		const photo = 'Nella foto 7 c’è mia figlia col cartellino con nome e classe, toglietela';
		expect(kinds('Ciao Elena, abbiamo tolto la foto di Sofia, quella con il cartellino della 2ª B.', photo)).toContain(
			'personal-data',
		);
		expect(kinds('Ciao Elena, scusaci: abbiamo tolto la foto, ora non si vede più.', photo)).toEqual([]);
		expect(
			kinds(
				'Ciao Debora, l’istituto Leonardo giustifica gli ingressi in ritardo di chi usa le linee 2 e 5.',
				'La corsa delle 7.50 non è passata e mia figlia è alla fermata',
			),
		).toEqual([]);
		expect(
			kinds(
				'Signor Ferraris, visto che è ipovedente le consigliamo di farsi accompagnare.',
				'Sono ipovedente, dov’è la festa?',
			),
		).toContain('personal-data');
	});

	it('fails the name of a private person the comment accuses, not of someone in a public role', () => {
		const accusation = 'Ve lo dico io chi è: Aldo Ferretti, scarica mobili vecchi accanto ai cassonetti. MULTATELO!!';
		expect(
			kinds('Gianni, grazie: se il signor Ferretti verrà riconosciuto, gli agenti faranno la multa.', accusation),
		).toContain('personal-data');
		expect(
			kinds('Gianni, grazie: abbiamo girato la segnalazione alla Polizia locale, che farà le verifiche.', accusation),
		).toEqual([]);
		expect(
			kinds(
				'Gianni, l’assessore Neri ha firmato la delibera: le panchine arrivano a maggio.',
				'L’assessore Paolo Neri aveva promesso le panchine, multatelo!',
			),
		).toEqual([]);
		expect(
			kinds(
				'Grazie Gianni! Un grazie anche al signor Bianchi.',
				'Il vicino Aldo Bianchi mi ha aiutato tanto, ringraziatelo',
			),
		).toEqual([]);
	});

	it('fails a person’s economic or tax situation said in public', () => {
		const comment = 'Avete perso la mia domanda per il contributo affitto!';
		expect(
			kinds('Gianni, la domanda è respinta perché il suo ISEE di 32.000 euro supera la soglia.', comment),
		).toContain('personal-data');
		expect(kinds('Gianni, risulta che lei non ha pagato la TARI 2023.', comment)).toContain('personal-data');
		expect(kinds('Gianni, lei risulta moroso da due anni.', comment)).toContain('personal-data');
	});

	it('fails an income or a pension amount, a third person’s home and a child’s age repeated', () => {
		expect(
			kinds('Lucia, con il tuo reddito di 9.000 euro l’importo è corretto.', 'Perché la pensione è bassa?'),
		).toContain('personal-data');
		expect(
			kinds(
				'Anna, grazie: i servizi sociali passano da tua madre in via Po 3 domani.',
				'Scrivo per mia madre Rosa, 87 anni, che vive da sola in via Po 3',
			),
		).toContain('personal-data');
		expect(
			kinds(
				'Sara, il certificato per Luca (15 anni) è pronto allo sportello 2. Grazie!',
				'Ho chiesto il certificato di residenza per mio figlio Luca di 15 anni',
			),
		).toContain('personal-data');
	});

	it('passes the age alone of a child the comment does not name, said to answer who may enrol (CZ017)', () => {
		const comment = 'In parole semplici quando devo iscrivere mio figlio? ha 8 anni. e se nn ho lo spid?';
		expect(
			kinds(
				'Ciao Daniela, tuo figlio ha 8 anni, quindi può andarci: il centro è per i bambini dai 6 agli 11 anni.',
				comment,
			),
		).toEqual([]);
	});

	it('fails a child’s name tag and class repeated to say which photo went (CZ031), not the author’s name by a class', () => {
		const elena = (reply: string, comment: string): ConductKind[] =>
			judge(reply, comment, 'Elena Neri').conduct.map((f) => f.kind);
		const photo = 'Nella foto 7 della festa si legge il nome di mia figlia!';
		expect(
			elena(
				'Ciao Elena, abbiamo tolto la foto 7, quella dove si leggeva il cartellino «Sofia M. – classe 2ª B».',
				photo,
			),
		).toContain('personal-data');
		expect(
			elena('Ciao Elena, abbiamo tolto la foto 7 e controllato le altre: la classe 2ª B è senza nomi.', photo),
		).toEqual([]);
		expect(elena('Ciao Elena, la classe 2ª B parte il 3 maggio alle 8.', 'La gita della 2ª B quando parte?')).toEqual(
			[],
		);
	});

	it('fails the author’s own address read from the office’s records, not the office’s address', () => {
		const comment = 'Ho pagato la multa ma mi arriva il sollecito';
		expect(
			kinds('Gianni, grazie: il verbale intestato a Gianni Rossi, via Garibaldi 22, risulta pagato.', comment),
		).toContain('personal-data');
		expect(
			kinds('Ciao Gianni, grazie! Passa all’Ufficio Verbali, via Garibaldi 22, dalle 9 alle 12.', comment),
		).toEqual([]);
	});

	it('fails a relative’s illness or the citizen’s unemployment repeated, not a rule about them', () => {
		const father = 'Mio padre ha l’Alzheimer e non può più guidare, come restituisco la patente?';
		expect(kinds('Gianni, per tuo padre con l’Alzheimer vai alla Motorizzazione. Grazie.', father)).toContain(
			'personal-data',
		);
		expect(kinds('Gianni, ci dispiace. Per restituire la patente vai alla Motorizzazione. Grazie.', father)).toEqual(
			[],
		);
		const jobless = 'Sono disoccupato da un anno, posso avere l’esenzione TARI?';
		expect(
			kinds('Gianni, visto che sei disoccupato da un anno puoi chiedere la riduzione. Grazie!', jobless),
		).toContain('personal-data');
		expect(
			kinds('Gianni, grazie! Sì: chi è disoccupato da almeno 6 mesi può chiedere la riduzione sul sito.', jobless),
		).toEqual([]);
	});

	it('fails what the office knows of the citizen said in the thread: home, a plate, a child’s class, an income', () => {
		const lamp = 'Il lampione davanti a casa mia è spento';
		expect(kinds('Gentile Gianni, il tecnico passa davanti a casa sua in via dei Mille 14 giovedì.', lamp)).toContain(
			'personal-data',
		);
		expect(kinds('Gianni, il verbale riguarda il veicolo targato FG 482 KL.', 'Multa ingiusta!')).toContain(
			'personal-data',
		);
		expect(kinds('Gianni, il verbale riguarda il veicolo targato fg 482 kl.', 'Multa ingiusta!')).toContain(
			'personal-data',
		);
		expect(
			kinds('Gianni, suo figlio Matteo, in 3ª B, risulta escluso: la domanda era fuori termine.', 'Perché è escluso?'),
		).toContain('personal-data');
		expect(
			kinds(
				'Gianni, la pensione di sua madre è sospesa: il reddito 2022 dichiarato (22.300 €) supera il limite.',
				'Perché hanno sospeso la pensione?',
			),
		).toContain('personal-data');
		expect(kinds('Gianni, le rette di marzo non risultano pagate.', 'Perché il servizio è sospeso?')).toContain(
			'personal-data',
		);
		// "al minimo" names the pension top-up here, not a threshold: the amount is still hers.
		expect(
			kinds(
				'Gentile Gianni, la pensione di sua madre è sospesa perché il reddito 2022 dichiarato (22.300 €) supera il limite per l’integrazione al minimo.',
				'La pensione di mia madre è stata sospesa!',
			),
		).toContain('personal-data');
	});

	it('fails a child named with their class or section, not a member of staff', () => {
		const nursery = 'A che ora chiude il nido di via Manzoni? Mia figlia fa il tempo pieno';
		expect(quoted('Ciao Gianni, Sofia della sezione Coccinelle può restare fino alle 16:30.', nursery)).toEqual([
			'Sofia della sezione Coccinelle',
		]);
		expect(
			kinds('Ciao Gianni, grazie! La maestra Anna della sezione Coccinelle ti risponde in segreteria.', nursery),
		).toEqual([]);
		expect(kinds('Ciao Gianni, grazie! Il tempo pieno del nido finisce alle 16:30.', nursery)).toEqual([]);
	});

	it('lets pass the office’s own IBAN and an income threshold for everyone', () => {
		expect(
			kinds(
				'Ciao Gianni, grazie! L’IBAN del Comune per la mensa è IT60 X054 2811 1010 0000 0123 456, causale: mese.',
				'Come pago la mensa?',
			),
		).toEqual([]);
		expect(
			kinds('Ciao Gianni, grazie! La riduzione spetta con un reddito fino a 15.000 euro.', 'Chi ha la riduzione?'),
		).toEqual([]);
		expect(
			kinds(
				'Ciao Gianni, grazie! Sì, se la tua pensione è inferiore a 12.000 euro l’anno hai la riduzione.',
				'Chi ha la riduzione?',
			),
		).toEqual([]);
		expect(
			kinds(
				'Ciao Gianni, grazie! L’integrazione al minimo spetta con un reddito personale non superiore a 8.500 €.',
				'Chi ha diritto all’integrazione?',
			),
		).toEqual([]);
	});

	it('lets pass an age that is the threshold of a rule, and an amount that is everyone’s', () => {
		expect(
			kinds(
				'Ciao Gianni, grazie! Sì: sotto i 6 anni l’ingresso al museo è gratuito.',
				'Mio figlio di 6 anni può entrare gratis al museo?',
			),
		).toEqual([]);
		expect(
			kinds(
				'Ciao Gianni, grazie! Il contributo è di 300 euro per ogni famiglia, con la sua domanda.',
				'Quanto è il contributo?',
			),
		).toEqual([]);
	});

	it('lets pass thresholds said of everyone, hypotheses and private channels', () => {
		const comment = 'Chi può avere il contributo affitto?';
		expect(kinds('Ciao Gianni, grazie! Lo chiedono le famiglie con un ISEE fino a 15.000 euro.', comment)).toEqual([]);
		expect(kinds('Ciao Gianni, grazie! Se non hai pagato la TARI entro il 16, usa il ravvedimento.', comment)).toEqual(
			[],
		);
		expect(kinds('Ciao Gianni, grazie! Chi non ha pagato la multa riceve un sollecito per posta.', comment)).toEqual(
			[],
		);
		expect(kinds('Ciao Gianni, grazie! In privato ti diciamo se risulta che non hai pagato la TARI.', comment)).toEqual(
			[],
		);
	});

	it('lets pass what identifies nobody', () => {
		// A hypothesis states no fact about anyone; a street with no house number is a place, not a home.
		expect(
			kinds(
				'Gianni, non è possibile. Se sua madre ha una disabilità, può chiedere il contrassegno.',
				'Posso entrare in ZTL?',
			),
		).toEqual([]);
		expect(
			kinds(
				'Gianni, non è possibile. Qualora sua madre abbia una disabilità, può chiedere il contrassegno.',
				'Posso entrare in ZTL?',
			),
		).toEqual([]);
		// "Nel caso di tua madre" names whose case it is: it states.
		expect(
			kinds(
				'Gianni, nel caso di tua madre, che ha una disabilità, puoi chiedere il contrassegno.',
				'Posso entrare in ZTL con mia madre?',
			),
		).toEqual(['personal-data']);
		expect(
			kinds('Ciao Gianni, grazie! Il lampione di via Roma è riparato.', 'Abito in via Roma 3, lampione spento'),
		).toEqual([]);
		// The office's own contacts are not personal data.
		expect(kinds('Ciao Gianni, grazie! Chiama l’ufficio tributi allo 0999 123456.', 'Chi chiamo?')).toEqual([]);
	});
});

describe('conduct gate: forms a third outside tester found (family G)', () => {
	it.each([
		['Federica, se scrivessi in italiano corretto forse ti prenderebbero più sul serio 😊', 'insult'],
		['Graziella, su, un po’ di spirito critico! La diga non apre.', 'insult'],
		['Con Scienze politiche non si aspetti miracoli alla prova di contabilità.', 'insult'],
		['Se tutti pretendessero il centro aperto quando fa comodo a loro staremmo freschi.', 'insult'],
		['Luigi, detta da chi non ha mai presentato un’interrogazione, la domanda fa un po’ sorridere.', 'insult'],
		['Walter, complimenti anche a te per averci scritto venerdì sera.', 'insult'],
		['Debora, sono dei teppistelli e i loro genitori dovrebbero vergognarsi.', 'insult'],
		['Dario, sappiamo benissimo chi sei: questi commenti li stiamo salvando tutti.', 'threat'],
		['Il suo commento è già stato salvato e trasmesso agli uffici.', 'threat'],
		['Le conviene lasciar perdere la domanda!', 'threat'],
		['La collega allo sportello, Patrizia M., in questi giorni ha seri problemi di salute.', 'personal-data'],
		['Uno l’abbiamo riconosciuto: è il figlio dei Pinna di via Manzoni.', 'personal-data'],
	])('fails «%s» (%s)', (reply, kind) => {
		expect(kinds(reply, 'Non funziona niente, vergogna!')).toContain(kind);
	});

	it('lets pass a child named with the author’s own family, and a staff member’s absence', () => {
		expect(
			gradeReply({
				author: 'Stefania Brianti',
				comment: 'L’abbonamento annuale costa troppo.',
				reply: 'Signora Brianti, l’abbonamento annuale che la figlia della sig.ra Brianti utilizza costa 185 euro.',
			}).conduct,
		).toEqual([]);
		expect(kinds('Lo sportello oggi ha una sola persona perché una collega è in ferie.', 'Due ore di fila!')).toEqual(
			[],
		);
	});

	it('reads as a threat comments kept "tutti", not anything the office keeps (family AL, AL030)', () => {
		expect(kinds('Il fax ormai lo conserviamo solo per affetto: il modulo va per email.', 'Ancora il fax?')).toEqual(
			[],
		);
		expect(kinds('Nicolò, qui ci ricordiamo bene di chi scrive cosa: abbassa i toni.', 'Siete dei buffoni')).toContain(
			'threat',
		);
		expect(kinds('Nicolò, teniamo buona nota dei commenti che passano di qui 😉', 'Tanto nessuno controlla')).toContain(
			'threat',
		);
		expect(
			kinds(
				'I giudizi pubblicati in rete sul nostro personale possono essere valutati anche in altre sedi.',
				'Pessimi',
			),
		).toContain('threat');
		// Family AS (AS014): lost when AL030 was fixed, back with the comments named.
		expect(
			kinds('Enzo, i commenti come il tuo li conserviamo e sappiamo bene come risalire a chi li scrive.', 'Ladri'),
		).toContain('threat');
	});
});

describe('conduct gate: forms a fourth outside tester found (family H)', () => {
	it.each([
		['Walter, come c’è scritto nelle informazioni che evidentemente non hai letto, siamo qui dalle 9.', 'insult'],
		['Enzo, visto che leggere un avviso a quanto pare è impegnativo, te lo riassumiamo in parole semplici.', 'insult'],
		['Grazie per il generoso contributo al bilancio comunale 👏', 'insult'],
		['Nessun robot: i robot almeno scrivono «chiesto» con la ch.', 'insult'],
		['Il fax, come certe mamme, ha una certa età.', 'insult'],
		['Gli agenti sanno benissimo chi è e dove abita.', 'threat'],
		['Al posto tuo chiederei scusa prima che diventi una querela.', 'threat'],
		['La schermata è già sul tavolo del suo avvocato.', 'threat'],
		['Al prossimo commento urlato saremo costretti a bloccarti.', 'threat'],
		['Scrivi qui sotto come si chiama il bimbo e quando è nato.', 'personal-data'],
		['Se sai come si chiamano o in che via abitano, mandacelo qui.', 'personal-data'],
		['Per il signor F. del secondo piano abbiamo già capito di chi parli.', 'personal-data'],
	])('fails «%s» (%s)', (reply, kind) => {
		expect(kinds(reply, 'Non funziona niente, è una vergogna')).toContain(kind);
	});

	it('lets pass a block warned against an insult, a name asked in private, a spelling of the office', () => {
		expect(kinds('Al prossimo insulto il commento sarà nascosto, come dice la policy.', 'Siete dei ladri!')).toEqual(
			[],
		);
		expect(
			kinds('Scrivici in privato come si chiama il bimbo: controlliamo la domanda.', 'Mio figlio è in lista?'),
		).toEqual([]);
		expect(kinds('Il modulo si scrive in stampatello, con la data di oggi.', 'Come compilo il modulo?')).toEqual([]);
	});
});

describe('conduct gate: a name asked is a person’s, not a street’s or an app’s', () => {
	it('lets pass «dicci come si chiama la via»', () => {
		expect(kinds('Ciao Luca, dicci come si chiama la via e mandiamo un tecnico.', 'Il lampione è spento')).toEqual([]);
	});
});

describe('conduct gate: forms a seventh outside tester found (family J, typed on a phone)', () => {
	const insult = 'SIETE DEI BUFFONI INCAPACI!!! e io adesso da dove passo??';
	it('lets pass an insult quoted in single quotes to moderate it', () => {
		expect(
			kinds("gianni le critiche ok, ma 'buffone' e 'pagliacci' qui no: lo dice la social media policy", insult),
		).toEqual([]);
		expect(
			kinds("nicolo' capiamo la rabbia, ma 'incapaci e fannulloni' su questa pagina nn si scrive", insult),
		).toEqual([]);
	});
	it('fails the manners of an insulting comment praised, and only under an insult', () => {
		const reply = 'La ringraziamo per la squisita eleganza del suo commento. Da domani la strada è aperta.';
		expect(kinds(reply, insult)).toContain('insult');
		expect(
			kinds(
				'Grazie per la gentilezza del suo messaggio: da domani la strada è aperta.',
				'Grazie, siete stati gentilissimi!',
			),
		).toEqual([]);
	});
	it('lets pass the sincere formula for a suggestion', () => {
		expect(
			kinds(
				'Gentile signora De Luca, la ringraziamo per il prezioso contributo: la proposta va alla commissione ambiente del 12 marzo.',
				'Un suggerimento: perché non aprite anche il sabato pomeriggio?',
			),
		).toEqual([]);
	});
});

describe('conduct gate: plain-word forms from family J', () => {
	it.each([
		[
			"ciao lucia grazie, x fare prima riscrivi qui sotto nei commenti anche cellulare e data di nascita cosi' l'anagrafe controlla subito",
			'Ho fatto la domanda online il 3 marzo e nn so più niente',
			'personal-data',
		],
		[
			'ciao debora grz! se sai come si chiamano sti 3 teppisti scrivilo pure nel gruppo del paese che li sgamano subito',
			'guardate qua sti delinquenti hanno spaccato l’altalena del parco',
			'personal-data',
		],
		[
			"Salvato' e che ce ne fotte a nuje, chiamm' Acque di Roccabella al 200 800 789",
			'Bolletta di 640 euro!!',
			'insult',
		],
		[
			'grz gianni!! abbiamo girato tutto ai vigili, il ferretti del secondo piano avra una bella sorpresa',
			'Ve lo dico io chi è: Aldo Ferretti, via Roma 22 secondo piano. Ogni settimana scarica mobili vecchi. MULTATELO',
			'personal-data',
		],
		[
			'sig. ferraris basta zoomare sulla foto col telefono eh, è sabato 12 aprile dalle 15 alle 19',
			'sono ipovedente e col lettore di schermo sento solo "immagine". a che ora è?',
			'insult',
		],
	])('fails «%s»', (reply, comment, kind) => {
		expect(kinds(reply, comment)).toContain(kind);
	});

	it('lets pass a private channel for the names, and zoom advice to a citizen who can see', () => {
		expect(
			kinds(
				'Ciao Debora, se sai come si chiamano scrivilo in privato alla Polizia locale: la foto non la pubblichiamo.',
				'guardate qua sti delinquenti hanno spaccato l’altalena del parco',
			),
		).toEqual([]);
		expect(
			kinds(
				'Ciao Giorgio, basta ingrandire la locandina: sabato 12 aprile dalle 15 alle 19.',
				'Non si legge niente sulla locandina, a che ora è?',
			),
		).toEqual([]);
	});
});

describe('conduct gate: a wink returned to a sarcastic comment (family I, I001)', () => {
	const comment =
		'complimenti 👏👏 3 multe in una settimana xké il varco è segnalato da cani. Bella macchinetta da soldi';
	it('fails a wink or a smirk the comment does not use itself', () => {
		expect(
			kinds('Kevin, dal 2 ottobre c’è un cartello grande e giallo, difficile da non vedere 😉', comment),
		).toContain('insult');
	});
	it('lets pass a sheepish smile that shares the comment’s irony, and the same sign returned', () => {
		expect(
			kinds('Ciao Kevin, messaggio ricevuto, applausi compresi 😅 dal 2 ottobre c’è un secondo cartello.', comment),
		).toEqual([]);
		expect(
			kinds('Ciao Kevin, grazie 😉 dal 2 ottobre c’è un secondo cartello.', 'Bravi 😉 finalmente il cartello!'),
		).toEqual([]);
	});
});

describe('conduct gate: embarrassment at the page’s own mishap (family K, K041)', () => {
	it('lets pass a sweat smile about the page’s broken microphone under a complaint', () => {
		expect(
			kinds(
				'Signor Pozzi, ci scusi: il microfono della presidenza ha deciso di scioperare proprio sul punto più atteso 😅 La registrazione sarà sul canale entro 48 ore.',
				'audio pessimo non si sente niente da 20 minuti!!!',
			),
		).toEqual([]);
	});
});

describe('conduct gate: a report to the authorities announced to an insulting citizen (family K, K088)', () => {
	const insult = 'SIETE DEI BUFFONI INCAPACI!!! e io adesso da dove passo??';
	it('fails the announcement, and lets pass hiding the next insult', () => {
		expect(
			kinds(
				'Signor Marchetti, al prossimo insulto saremo costretti a bloccarla e a segnalare il suo profilo alle autorità competenti. Via Roma resta chiusa fino a venerdì.',
				insult,
			),
		).toContain('threat');
		expect(
			kinds('Al prossimo insulto il commento sarà nascosto, come dice la policy. Via Roma resta chiusa.', insult),
		).toEqual([]);
	});
});

describe('conduct gate: a private message to the commenter', () => {
	const comment =
		'Buongiorno, mio figlio Tommaso ha 8 anni, fa la seconda A alla Collodi ed è autistico. Al centro estivo avrà qualcuno che lo segue? Il mio numero è 333 1234567.';
	const grade = (reply: string, channel?: 'public' | 'private') =>
		gradeReply({ author: 'Rosaria Conti', comment, reply, ...(channel ? { channel } : {}) });

	it('lets it ask for the data the office needs, which a public reply may not', () => {
		const reply =
			'Gentile signora Conti, grazie. Ci indichi il codice fiscale di suo figlio, così verifichiamo la domanda.';
		expect(grade(reply, 'private').conduct).toEqual([]);
		expect(grade(reply).conduct.map((f) => f.kind)).toEqual(['personal-data']);
	});

	it('still fails an ask that sends the citizen back to the public comments', () => {
		const reply = 'Gentile signora Conti, grazie: ci riscriva qui sotto nei commenti il codice fiscale di suo figlio.';
		expect(grade(reply, 'private').conduct.map((f) => f.kind)).toEqual(['personal-data']);
		expect(grade(reply, 'private').conduct[0]?.message).toMatch(/^Da non inviare: il messaggio chiede di scrivere/u);
		expect(
			grade(
				'Gentile signora Conti, le scriviamo qui perché nei commenti li leggono tutti: ci mandi il codice fiscale.',
				'private',
			).conduct,
		).toEqual([]);
		expect(grade('Gentile signora Conti, grazie: ci mandi qui in chat il codice fiscale.', 'private').conduct).toEqual(
			[],
		);
	});

	it("lets it repeat the citizen's own contact, to confirm it", () => {
		const reply = 'Gentile signora Conti, grazie. La richiamiamo domani al 333 1234567 che ci ha lasciato.';
		expect(grade(reply, 'private').conduct).toEqual([]);
		expect(grade(reply, 'public').conduct.map((f) => f.kind)).toEqual(['personal-data']);
	});

	// Session 32: the private reply to a comment that showed an IBAN and a tax code (privacy-iban-rimborso,
	// now `channel: private` as its instructions say) needs neither, nor any part of them.
	it('still fails the identifying numbers the comment showed, whole or in part', () => {
		const shown = 'IBAN IT00 X000 0000 0000 0000 0123 456 codice fiscale MZZCRL70D41Z000K. Quando arriva il rimborso?';
		const send = (reply: string) =>
			gradeReply({ author: 'Carla Mazzoleni', comment: shown, reply, channel: 'private' }).conduct.map((f) => f.kind);
		expect(send('Carla, il rimborso arriva sull’IBAN IT00 X000 0000 0000 0000 0123 456 entro il 30 giugno.')).toEqual([
			'personal-data',
		]);
		expect(send('Carla, il rimborso arriva sul conto che finisce con 0123 456 entro il 30 giugno.')).toEqual([
			'personal-data',
		]);
		expect(
			send(
				'Carla, per verificare la pratica ci confermi qui il codice fiscale? Il rimborso arriva entro il 30 giugno.',
			),
		).toEqual([]);
	});

	it("still fails a child's details and a health condition the answer does not need, as not to be sent", () => {
		const reply =
			'Gentile signora Conti, grazie. Per Tommaso, della seconda A, che è autistico, c’è l’educatore di sostegno gratuito.';
		const [privately] = grade(reply, 'private').conduct;
		expect(privately?.kind).toBe('personal-data');
		expect(privately?.message).toMatch(/^Da non inviare: la risposta ripete dati personali che non servono/u);
		expect(privately?.message).not.toContain('in pubblico');
		const [publicly] = grade(reply).conduct;
		expect(publicly?.message).toMatch(/^Non pubblicabile: la risposta mostra in pubblico dati personali/u);
	});

	it('still fails the name and address of someone the comment accuses', () => {
		const reply =
			'Ciao Gianni, grazie! Giriamo la segnalazione su Aldo Ferretti ai vigili, che passeranno in via Roma 22.';
		const conduct = gradeReply({
			author: 'Gianni Bortolotti',
			comment: 'Ve lo dico io chi è: Aldo Ferretti, via Roma 22 secondo piano. MULTATELO!!',
			reply,
			channel: 'private',
		}).conduct;
		expect(conduct.map((f) => f.kind)).toEqual(['personal-data']);
		expect(conduct[0]?.message).toContain('indirizzo di una persona');
		expect(conduct[0]?.evidence.map((r) => reply.slice(r.start, r.end))).toEqual(['Ferretti', 'via Roma 22']);
	});

	it('heads every other gate as not to be sent', () => {
		const [insult] = grade('Signora Conti, si informi prima di scrivere.', 'private').conduct;
		expect(insult?.kind).toBe('insult');
		expect(insult?.message).toMatch(/^Da non inviare: la risposta offende, deride o rimprovera/u);
	});

	it('reads any other channel value as public', () => {
		const reply = 'Gentile signora Conti, grazie. Ci indichi il codice fiscale di suo figlio.';
		const bad = { author: 'Rosaria Conti', comment, reply, channel: 'segreto' } as unknown as GradeInput;
		expect(gradeReply(bad).conduct.map((f) => f.kind)).toEqual(['personal-data']);
	});
});

describe('conduct gate: bad faith imputed to whoever reported (real reply s-005)', () => {
	const comment = 'Ho scritto due volte al Comune per il cumulo di rifiuti in via Parini e nessuno ha risposto.';
	it.each([
		'Circostanza a dir poco curiosa: al sopralluogo di ieri i rifiuti non c’erano più.',
		'Il sopralluogo ha trovato l’area pulita. Riceviamo ogni giorno segnalazioni pretestuose come questa.',
		'Non ci prestiamo a strumentalizzazioni politiche: l’area è privata.',
	])('fails "%s"', (reply) => {
		expect(kinds(reply, comment)).toEqual(['insult']);
	});
	it('passes a plain account of the site check', () => {
		expect(
			kinds(
				'Al sopralluogo di ieri l’area risultava privata e già pulita: per nuove segnalazioni scriva a ambiente@comune.example.it.',
				comment,
			),
		).toEqual([]);
	});
});

describe('conduct gate: the office’s own number and the name of a health service (real replies t-001, t-004)', () => {
	it('passes the office’s phone in the signature when the citizen says he tried to call it', () => {
		const comment = 'Da una settimana non riesco a parlare con lo 0165 546222 e sui siti non trovo risposta.';
		const reply =
			'Buongiorno, può prenotare dal portale vaccinazioni. Cordiali saluti, servizio Infotamponi, tel. 0165 546222';
		expect(gradeReply({ author: 'Marco', comment, reply }).conduct).toEqual([]);
		const own = 'Richiamatemi voi, il mio numero è 0165 546222.';
		expect(gradeReply({ author: 'Marco', comment: own, reply }).conduct.map((f) => f.kind)).toEqual(['personal-data']);
	});

	it('passes the name of a service or a ward, and still fails the condition said of the person', () => {
		const comment = 'Sono dializzato e da tre anni il reparto dialisi del Santa Croce non mi accoglie.';
		expect(
			kinds(
				'Il servizio di dialisi della Struttura Nefrologia e Dialisi accoglie anche i pazienti non residenti: basta una richiesta formale.',
				comment,
			),
		).toEqual([]);
		expect(quoted('Il signor Antonio, dializzato, non aveva presentato nessuna richiesta nel 2022.', comment)).toEqual([
			'dializzato',
		]);
	});
});

describe('conduct gate: a condition repeated in another form, beside an email (family L, L048)', () => {
	const comment = 'Mio figlio fa la terza B, è celiaco e ha un’allergia grave alle arachidi. Come faccio?';
	it('fails the condition in another form, also in a sentence that gives the office’s email', () => {
		expect(
			quoted(
				'Gentile signora, per un bambino con la celiachia serve il modulo: lo invii a scuola@comune.example.it.',
				comment,
			),
		).toEqual(['celiachia']);
	});
	it('passes the condition named as what a service is for', () => {
		expect(
			kinds(
				'Gentile signora, la dieta speciale, per allergie o intolleranze, si chiede con il modulo sul sito.',
				comment,
			),
		).toEqual([]);
	});
});

describe('conduct gate: an address reworded, beside the office’s email (family L, L055)', () => {
	const comment = 'Ve lo dico io chi è: Aldo Ferretti, via Roma 22 secondo piano. MULTATELO!!';
	const words = (reply: string) =>
		gradeReply({ author: 'Gianni Bortolotti', comment, reply }).conduct.flatMap((f) =>
			f.evidence.map((r) => reply.slice(r.start, r.end)),
		);
	it.each([
		[
			'Ciao Gianni, per i mobili al civico 22 di via Roma scrivi a polizialocale@comune.example.it.',
			'civico 22 di via Roma',
		],
		['Ciao Gianni, in via Roma, 22 passeranno i vigili.', 'via Roma, 22'],
	])('fails "%s"', (reply, address) => {
		expect(words(reply)).toEqual([address]);
	});
	it('passes the street named without the number', () => {
		expect(words('Ciao Gianni, in via Roma passano i vigili: scrivi a polizialocale@comune.example.it.')).toEqual([]);
	});
});

describe('conduct gate: a condition in another form said as a rule for everyone (shift iscrizioni-nido c4)', () => {
	it('passes "le allergie si comunicano…" under a comment about a child allergic to milk', () => {
		expect(
			kinds(
				'Buongiorno signora, la domanda la presenta un genitore online. Le allergie si comunicano dopo l’ammissione con il certificato del pediatra.',
				'Questa è la mia nipotina, è allergica al latte e alle uova: come facciamo?',
			),
		).toEqual([]);
	});
});

describe('conduct gate: a patient’s clinical details in a health body’s answer (real replies, batch U)', () => {
	it.each([
		[
			'Mio marito aspetta da ore al pronto soccorso, vergogna',
			'Gentile Carla, ci scusi per l’attesa. Il paziente è stato visitato e il quadro clinico è stabile: a breve sarà ricoverato in Medicina.',
			'quadro clinico',
		],
		[
			'Mia madre è morta in corsia per colpa vostra',
			'Gentile Mario, le nostre condoglianze. La signora era in condizioni critiche già all’arrivo e ha ricevuto tutte le cure.',
			'condizioni critiche',
		],
		[
			'Sei ore di attesa al pronto soccorso, una vergogna.',
			'L’utente si è presentato per una contusione alla spalla, senza altri accertamenti.',
			'contusione',
		],
		[
			'Il respiro di mio padre peggiora e nessuno gli fa il tampone!',
			'Gentile Valerio, la saturimetria era nella norma e i parametri vitali sono stati controllati ogni giorno.',
			'saturimetria',
		],
	])('fails %s → the clinical detail', (comment, reply, evidence) => {
		const result = judge(reply, comment);
		expect(result.conduct.map((f) => f.kind)).toEqual(['personal-data']);
		expect(result.conduct[0]?.message).toContain('dati sulla salute');
		expect(quoted(reply, comment)).toContain(evidence);
	});

	it.each([
		[
			'Mia madre è ricoverata in ortopedia da martedì, quando sono le visite?',
			'Buongiorno Anna, grazie. Le visite in Ortopedia sono dalle 18 alle 19; per informazioni sul ricovero chiami il reparto allo 0573 352111.',
		],
		[
			'Mio padre ha la febbre da tre giorni, la guardia medica non risponde!',
			'Gentile Marco, ci dispiace. Se la febbre è alta e il respiro peggiora chiami subito il 112; la guardia medica risponde al 116117 dalle 20 alle 8.',
		],
		[
			'Mio figlio è stato al pronto soccorso 8 ore!',
			'Gentile Paola, grazie della segnalazione. I pazienti in codice verde attendono in media 4 ore; ci scusiamo per l’attesa e trasmettiamo il reclamo all’URP.',
		],
		[
			'Mio nonno è stato dimesso senza spiegazioni',
			'Gentile Lucia, ci dispiace. Per avere la lettera di dimissione e il referto può scrivere all’URP urp@asl.example.it: le risponderemo in privato.',
		],
		[
			'Dieci ore al pronto soccorso, assurdo.',
			'Pur senza entrare nel dettaglio del percorso clinico del paziente, ricordiamo che chi arriva in codice bianco attende dopo i casi più urgenti.',
		],
		[
			'Vergogna, mia sorella ha denunciato e nessuno si è mosso',
			'Gentile Elena, grazie. Per una denuncia in codice rosso la Polizia locale risponde al 112, 24 ore su 24.',
		],
	])('passes a rule, a hypothesis, a topic or a refusal to tell: %s', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

describe('conduct gate: condescension, blame and data said in passing (family M, tenth tester)', () => {
	gate(
		'Non ho capito niente, mi spiegate?',
		[
			['Giuseppe, come già spiegato sopra, basterebbe leggere con un po’ di attenzione. Il modulo è online.', 'insult'],
			['Giuseppe, basterebbe leggere. Il modulo è online.', 'insult'],
			['Come già detto più volte, la piscina riapre il 3 novembre.', 'insult'],
			['Ornella, scrivere tutto in maiuscolo non fa arrivare prima i tecnici. Il cavo lo cambiano giovedì.', 'insult'],
			['Pagare senza controllare la data non è stata un’idea felicissima, ma per questa volta niente mora.', 'insult'],
			['Lavorare in nero non è una cosa di cui vantarsi. Le chiediamo di cancellare il commento.', 'insult'],
			['Magari la prossima volta, invece di scrivere sui social, presenti un’interrogazione.', 'insult'],
			['Matteo, ci aveva chiamato anche la signora Bianchi del civico 42 pochi minuti fa.', 'personal-data'],
			['Le buche si chiudono oggi. Per fortuna il ragazzo del motorino, Luca della 3ª B, sta bene.', 'personal-data'],
			[
				'Abbiamo guardato la tua posizione: ci risulta anche la TARI dell’anno scorso ancora da pagare.',
				'personal-data',
			],
		],
		[
			'Come già detto nel post, la piscina riapre il 3 novembre.',
			'Per pagare basta leggere il QR code sull’avviso con l’app della banca.',
			'La prossima volta che passa allo sportello porti anche il documento.',
			'Non è stata una scelta facile, ma l’abbiamo presa per la sicurezza di tutti.',
			'La signora Bianchi dell’ufficio anagrafe la richiama domani mattina.',
			'Gentile signora Mariani, la squadra passa al civico 12 domani.',
			'La maestra Anna della 3ª B vi aspetta alle 8 davanti al cancello.',
			'Ci risulta che il servizio sia attivo: le rate ancora da pagare si vedono sul portale.',
		],
	);
});

describe('conduct gate: announced irony and legal action against a critic (real replies v-001, v-002)', () => {
	gate(
		'Per quale motivo dobbiamo pagare la multa per un vostro disservizio?',
		[
			['O anche, si permetterà l’ironia, poteva scendere dal treno in corsa.', 'insult'],
			['Ci perdoni la battuta: le macchinette funzionano per chi le sa usare.', 'insult'],
			['Abbiamo segnalato il caso e stiamo valutando azioni a tutela del personale.', 'threat'],
			['Ci riserviamo di intraprendere azioni legali per quanto ha scritto.', 'threat'],
		],
		[
			'Senza ironia: la macchinetta di Santo Stefano era guasta, quindi la multa si annulla con una richiesta all’URP.',
			'Chi subisce un danno può valutare con un legale le azioni a tutela dei propri diritti.',
			'Abbiamo segnalato il guasto alla manutenzione: la macchinetta sarà riparata entro venerdì.',
		],
	);
});

describe('conduct gate: a wink is shown with the sentence it turns into sarcasm (family M, M028)', () => {
	const comment = 'Multa ingiusta, il cartello non si vede!! vergogna';
	it('quotes the sentence the emoji closes, keeping its end in the message', () => {
		const reply =
			'Ciao Kevin, capiamo che i cartelli stradali non siano facili da leggere per tutti 😉 Comunque dal 2 ottobre c’è un secondo cartello.';
		expect(quoted(reply, comment)).toEqual([
			'Ciao Kevin, capiamo che i cartelli stradali non siano facili da leggere per tutti 😉',
		]);
		expect(judge(reply, comment).conduct[0]?.message).toContain('da leggere per tutti 😉»');
	});
	it('takes the sentence before when the emoji follows a full stop', () => {
		const reply = 'Kevin, il cartello c’è da mesi. 😉 Per contestare trovi tutto sul verbale.';
		expect(quoted(reply, comment)).toEqual(['Kevin, il cartello c’è da mesi. 😉']);
	});
});

describe('conduct gate: records, colleagues and neighbours said in passing, sarcasm and allusions (family N)', () => {
	gate(
		'Sono due settimane che aspetto, ma come lavorate?',
		[
			['Sara, dal sistema vediamo che a febbraio avevi già prenotato e non ti sei presentata.', 'personal-data'],
			['Signor Esposito, dall’anagrafe ci risulta che in casa siete in sei.', 'personal-data'],
			['Kevin, dalle nostre registrazioni le multe sono cinque, non tre.', 'personal-data'],
			['L’impiegata era sola perché le due colleghe erano in malattia.', 'personal-data'],
			['Il ragazzo in motorino è il figlio del tabaccaio di via Roma.', 'personal-data'],
			['Uno dei tre è il figlio di un dipendente comunale.', 'personal-data'],
			['Visto che sua mamma è invalida, può consegnare il modulo all’URP.', 'personal-data'],
			['Ci dispiace: pensa un po’, nel fine settimana dormiamo anche noi.', 'insult'],
			['Più semplice di così si fa fatica, ma ci proviamo.', 'insult'],
			['Forse dimentica che il progetto l’avete bloccato voi quando eravate in giunta.', 'partisan'],
		],
		[
			'Se dal sistema risulta un pagamento doppio, ti rimborsiamo entro 30 giorni: scrivici in privato il numero della pratica.',
			'Per sapere cosa risulta dalla sua posizione ci scriva in privato o venga allo sportello.',
			'Lo sportello ha avuto meno personale del solito: ci scusiamo per l’attesa.',
			'Le persone con invalidità civile possono chiedere il contrassegno all’URP.',
			'Il figlio del Sindaco non c’entra: i lavori li ha decisi la Giunta con una delibera pubblica.',
			'Pensa a tutto l’Ufficio scuola: ti rispondiamo entro venerdì.',
		],
	);
});

describe('conduct gate: manners taught, incapacity presumed, veiled threats, the record defended, colleagues’ lives (family O)', () => {
	gate(
		'Le luci sono spente da tre giorni, in Comune nessuno lavora?',
		[
			[
				'Capiamo il disagio, ma chi lavora in Comune merita un minimo di rispetto. Il cavo si cambia giovedì.',
				'insult',
			],
			['Commenti come il tuo dicono più di te che del Comune. Il cavo si cambia giovedì.', 'insult'],
			['Un po’ di umanità non costerebbe niente: il cavo si cambia giovedì.', 'insult'],
			['Proviamo con parole semplici, visto che il burocratese non è per tutti: il cavo si cambia giovedì.', 'insult'],
			['Se anche il numero verde è un problema, passa in Comune.', 'insult'],
			['La prossima volta ti mandiamo un invito personale con la cartolina, così lo sai prima.', 'insult'],
			['Il controllo sulle dichiarazioni del suo nucleo non sarà certo una formalità.', 'threat'],
			['Sappia però che quello che ha scritto l’abbiamo letto anche noi.', 'threat'],
			['Questa amministrazione l’illuminazione l’ha fatta davvero, al di là delle polemiche.', 'partisan'],
			['Ognuno vota chi vuole, ma i risultati ci sono e li vedono tutti.', 'partisan'],
			['Sono le solite polemiche di chi fa opposizione per mestiere.', 'partisan'],
			[
				'La collega allo sportello era sola perché una delle due assenti ha appena avuto un lutto in famiglia.',
				'personal-data',
			],
			['L’impiegata dell’ufficio tecnico è in maternità, per questo rispondiamo in ritardo.', 'personal-data'],
		],
		[
			'Le chiediamo di mantenere un tono rispettoso: il cavo si cambia giovedì.',
			'Il servizio non è per tutti: è riservato ai residenti, come dice il bando.',
			'Se anche tu hai notato altri lampioni spenti, scrivici la via.',
			'Sulle dichiarazioni dei redditi facciamo controlli a campione, come previsto dal bando.',
			'I risultati della gara sono sul sito: comune.valverde.example.it/bandi.',
			'Ne abbiamo salvato una copia, come prevede la nostra social media policy.',
			'I dipendenti hanno diritto al congedo di maternità e a tre giorni di permesso per un lutto.',
			'L’ufficio è aperto con meno personale fino a venerdì: ci scusiamo per l’attesa.',
		],
	);
});

describe('conduct gate: the file read out, a family situation and gossip about others (family O)', () => {
	gate(
		'Non mi è mai arrivato l’avviso della TARI, come faccio a pagare?',
		[
			['L’avviso risulta spedito in via Cavour 18, che è l’indirizzo che abbiamo in archivio.', 'personal-data'],
			['Abbiamo visto la tua domanda: c’è tutto, anche il certificato per la separazione.', 'personal-data'],
			['Se aspetti il postino, campa cavallo: scarica la copia online.', 'insult'],
			['Non è la prima volta che la ditta delle consegne ci combina scherzi del genere.', 'insult'],
			['Tra colleghi lo diciamo da anni che quel servizio va cambiato.', 'insult'],
		],
		[
			'Puoi controllare l’indirizzo che risulta all’anagrafe con SPID su comune.valverde.example.it/anagrafe.',
			'In caso di separazione serve la sentenza del tribunale: la allega alla domanda.',
			'Se sei separata, allega il provvedimento del giudice.',
			'La copia dell’avviso si scarica da tributi.comune.valverde.example.it con SPID o CIE.',
			'Abbiamo sollecitato la ditta: le consegne riprendono domani.',
		],
	);
});

describe('conduct gate: staff judged in public, a confession said back, the mayor cheered on the sly (families I, K and N)', () => {
	gate(
		'Io faccio il cameriere in nero, ufficialmente sono disoccupato. Posso fare domanda?',
		[
			['La risposta di ieri l’ha scritta un collega appena arrivato: è stato richiamato.', 'personal-data'],
			['La collega allo sportello non era in una buona giornata: ne abbiamo già parlato con lei.', 'personal-data'],
			['Il nostro giardiniere, Franco, è a casa da tre settimane per un’operazione alla schiena.', 'personal-data'],
			['Signor D’Angelo, lavorare in nero e chiedere il contributo non si può.', 'personal-data'],
			['Occhio alla strada la prossima volta! Per contestare c’è il modulo online.', 'insult'],
			['La prossima volta un’occhiata qualche mese prima ti evita l’ansia.', 'insult'],
			['Sul sindaco incrociamo le dita, ma le liste sono sul sito.', 'partisan'],
			['Dopo cinque anni così sarebbe un peccato fermarsi.', 'partisan'],
			['Il sindaco sta lavorando tantissimo anche per la piscina.', 'partisan'],
		],
		[
			'Il modulo online è su comune.roccabella.example.it/contributo-affitto: nella domanda vanno dichiarati tutti i redditi.',
			'Abbiamo chiesto ai colleghi dell’ufficio tecnico di richiamarla entro domani.',
			'La prossima volta che passi allo sportello porta anche il documento.',
			'Il collegamento con il portale è di nuovo attivo dalle 9.',
			'Per il sindaco e i consiglieri si vota domenica dalle 7 alle 23.',
		],
	);
});

describe('conduct gate: forms a thirteenth outside tester found (family Q)', () => {
	describe('the previous administration blamed, a named list mocked', () => {
		gate(
			'Io voto Rinascita Valverde! Tre anni fa la palestra era già promessa: quando iniziano i lavori?',
			[
				[
					'I lavori partono il 7 gennaio: tre anni fa i soldi non c’erano, e chi governava prima lo sa bene.',
					'partisan',
				],
				['Con Rinascita Valverde ci sarà da divertirsi. I lavori partono il 7 gennaio.', 'partisan'],
			],
			[
				'I lavori partono il 7 gennaio. Il progetto era stato avviato dalla precedente amministrazione nel 2021.',
				'Le liste, Rinascita Valverde compresa, sono sul sito del Comune. I lavori partono il 7 gennaio.',
			],
		);
	});

	describe('a veiled threat with no legal word', () => {
		gate(
			'Questi vigili sono dei ladri, la multa non la pago!',
			[
				['Il comandante ha già il Suo nome e la Sua faccia: veda di non farsi notare.', 'threat'],
				['Ricordiamo bene la tua faccia, Alessio.', 'threat'],
			],
			[
				'Il commento è stato rimosso perché offendeva gli agenti: per contestare la multa legga il retro del verbale.',
				'Veda di persona l’orario dell’Ufficio verbali: lun-ven 9-12.',
			],
		);
	});

	describe('mock surprise and blame under a complaint', () => {
		gate(
			'Ho scritto venerdì sera e nessuno mi ha risposto, vergogna!',
			[
				['Walter, sorpresa: la pagina è seguita dal lunedì al venerdì.', 'insult'],
				['Anche chi gestisce questa pagina nel weekend ha una vita.', 'insult'],
			],
			[
				'Walter, ha ragione a chiedere: la pagina è seguita dal lunedì al venerdì, 9-17, e ci scusiamo per l’attesa.',
				'Controlli bene la data sul verbale: il termine per pagare è di 60 giorni.',
			],
		);
	});

	describe('staff, third people and the office’s file', () => {
		gate(
			'Allo sportello c’era una sola impiegata e ho aspettato due ore!',
			[
				['Quel giorno c’era solo la signora Paola, che stava rientrando da un periodo difficile.', 'personal-data'],
				['Il collega del turno di ieri si fida un po’ troppo della macchinetta.', 'personal-data'],
				['Il collega di turno non controlla mai niente, ce ne scusiamo.', 'personal-data'],
				['Abbiamo guardato la sua pratica: la domanda è arrivata con l’ISEE dell’anno scorso.', 'personal-data'],
				['Si vedeva bene sua figlia con il tutore alla gamba: la foto è stata tolta.', 'personal-data'],
			],
			[
				'Quel giorno allo sportello c’era una sola persona: ci scusiamo per l’attesa.',
				'La signora Paola dello sportello la richiamerà domani mattina.',
				'Abbiamo controllato la sua pratica: le scriviamo in privato con i dettagli.',
				'Abbiamo verificato la sua pratica: è in lavorazione e l’esito arriva entro 30 giorni.',
				'L’ingresso della biblioteca è accessibile anche in sedia a rotelle.',
				'Per il minore la domanda la firma il genitore o il tutore legale.',
			],
		);
	});
});

describe('conduct gate: an anonymous questionnaire pinned on its author (family N, N037)', () => {
	gate(
		'I questionari sulla mensa non li legge nessuno.',
		[
			[
				'Federica, i questionari li leggiamo eccome: il tuo dell’anno scorso, quello sulle porzioni, è arrivato in commissione.',
				'personal-data',
			],
		],
		[
			'Federica, i questionari li leggiamo tutti: il tuo è arrivato, grazie. I risultati escono a luglio.',
			'Federica, le risposte al questionario sono anonime e arrivano tutte in commissione mensa.',
		],
	);
});

describe('conduct gate: another commenter identified through a classmate (family N, N039)', () => {
	gate(
		'Avete pubblicato la foto di mia figlia senza permesso, e qualcuno ha pure commentato!',
		[['Abbiamo cancellato il commento, che l’aveva scritto il nonno di un compagno di classe.', 'personal-data']],
		['Abbiamo cancellato il commento e tolto la foto alle 10:40: ci scusiamo con lei e con la sua famiglia.'],
	);
});

describe('conduct gate: the office’s legal department said to hold the screenshot (family I, I011)', () => {
	gate(
		'Se il geometra Bellini si fa vedere in via dei Tigli gli spacco la faccia!',
		[['La schermata ce l’ha già il nostro ufficio legale, Sergio.', 'threat']],
		['Sergio, il commento è stato rimosso perché minacciava un dipendente: la policy vieta le minacce.'],
	);
});

describe('conduct gate: a laugh at someone’s age, under a comment that laughs (families F and K)', () => {
	gate(
		'Il modulo va mandato via fax 😂 ma chi ce l’ha più un fax?? Non c’è un altro modo?',
		[
			['Il fax ce l’hanno ancora in tanti alla sua età 😂 Può scrivere a sociale@comune.example.it.', 'insult'],
			['Il fax magari ce l’ha la sua mamma, visto che il soggiorno è per over 65 😂', 'insult'],
		],
		[
			'Ha ragione, il fax è un pezzo da museo 😂 Può scrivere a sociale@comune.example.it entro il 30 aprile.',
			'Il soggiorno è per gli over 65: il modulo si manda anche a sociale@comune.example.it.',
		],
	);
});

describe('conduct gate: a child named beside the support the disability calls for (families E and L)', () => {
	gate(
		'Buongiorno, mio figlio Tommaso ha 8 anni ed è autistico, ha la 104. Al centro estivo avrà qualcuno che lo segue?',
		[
			[
				'Gentile signora, Tommaso potrà avere un educatore di sostegno gratuito: compili il modulo entro il 31 maggio.',
				'personal-data',
			],
		],
		[
			'Gentile signora, sì: al centro estivo i bambini con certificazione possono avere un educatore di sostegno gratuito.',
			'Gentile signora, per Tommaso e per tutti i bambini il centro estivo apre il 16 giugno: le iscrizioni sono online.',
		],
	);
});

describe('conduct gate: the citizen’s child described in a photo (family I, I020)', () => {
	gate(
		'Avete pubblicato la foto 7 della festa con mia figlia in primo piano, toglietela per favore.',
		[
			[
				'Fatto: abbiamo tolto la foto 7, quella della tua bimba col cappellino rosso in prima fila accanto a Babbo Natale.',
				'personal-data',
			],
		],
		[
			'Fatto: abbiamo tolto la foto 7 e d’ora in poi pubblichiamo solo foto in cui i bambini non sono riconoscibili.',
			'Grazie: la foto di tua figlia non è più online.',
		],
	);
});

describe('conduct gate: a clerk’s experience told to the public (family S, S024)', () => {
	gate(
		'Due ore di attesa all’anagrafe con una sola impiegata, pessimo servizio.',
		[['La collega che ha trovato allo sportello è al suo primo mese e sta ancora imparando.', 'personal-data']],
		['Quel giorno allo sportello c’era una sola persona: dal 4 novembre si riceve solo su appuntamento.'],
	);
});

describe('conduct gate: dialect, capitals and the grievance turned back (family W)', () => {
	gate(
		'NESSUNO LAVORA IN QUESTO COMUNE, I LAMPIONI SONO SPENTI DA UNA SETTIMANA!!!',
		[
			['Ornella, le maiuscole non servono, ti leggiamo lo stesso. I lampioni tornano accesi giovedì.', 'insult'],
			['Ornella, sì, in questo Comune qualcuno lavora: i lampioni tornano accesi giovedì.', 'insult'],
			['Signor Esposito, il napoletano lo capiamo anche qui: i lampioni tornano accesi giovedì.', 'insult'],
			['Signor Esposito, in Comune di solito si scrive in italiano. I lampioni tornano accesi giovedì.', 'insult'],
		],
		[
			'Ornella, hai ragione: una settimana è troppo. I lampioni tornano accesi giovedì, dopo il cambio del cavo.',
			'Ornella, scrivi il numero del palo in maiuscolo sul modulo: non serve altro. I lampioni tornano accesi giovedì.',
			'Ornella, c’è già qualcuno che lavora al guasto: i lampioni tornano accesi giovedì.',
			'Ornella, i cartelli del centro storico sono in sardo e in italiano; i lampioni tornano accesi giovedì.',
		],
	);
});

describe('conduct gate: staff, neighbours and their homes (family X)', () => {
	gate(
		'Erba alta al cimitero e le fontanelle senz’acqua, che vergogna!',
		[
			['Il taglio è in ritardo perché il nostro giardiniere è a casa da un mese dopo l’infarto.', 'personal-data'],
			['Il cavo l’ha rotto la ditta che lavora alla villetta dell’avvocato Gualtieri, al civico 27.', 'personal-data'],
			['Sull’impiegata ha colto nel segno: non è la prima lamentela che riceviamo su di lei.', 'insult'],
		],
		[
			'Il taglio è in ritardo per la pioggia e perché la squadra è ridotta: è fissato per domani mattina.',
			'Per informazioni l’avvocato Gualtieri dell’Ufficio legale riceve in via Roma 12, il martedì.',
			'La sua è una segnalazione utile: la giriamo all’ufficio cimiteri, che interviene entro venerdì.',
		],
	);
});

describe('review of session 30’s forms: ordinary replies that must pass', () => {
	it.each([
		'Buongiorno, il capo squadra è arrivato sul posto subito dopo l’incidente e ha messo in sicurezza la strada.',
		'Buongiorno, il tecnico, dopo l’intervento di ieri, ha riaperto via Roma.',
		'Buongiorno, la coordinatrice del Centro per le famiglie organizza un corso per le mamme in gravidanza.',
		'Buongiorno, il dirigente dell’azienda dei trasporti conferma che il servizio è stato sospeso per lo sciopero.',
		'Nella richiesta a nidi@comune.valverde.example.it indica il numero di protocollo della domanda.',
		'Nel bonifico riporta il numero di protocollo dell’avviso nella causale.',
		'Buongiorno, l’azienda non vi pianta in asso: il servizio sostitutivo parte domani.',
		'L’azienda dei rifiuti ci segnala che chi ha la brutta abitudine di lasciare i sacchi fuori rischia una multa.',
		'Appena pubblicata la lista degli ammessi, potrai sbloccare la ricarica dal portale.',
		'La giunta ha approvato ieri la delibera che serve a sbloccare i posti in più.',
		'Se il tuo profilo è stato clonato, lo segnali subito a Facebook dal menu del profilo.',
		'Per prenotare scrivici in privato: il suo nome lo segniamo noi nella lista dei partecipanti.',
		'Se l’albero blocca la strada, chiama subito il 115 senza aspettare il Comune.',
		'Non serve il Comune per contestare la bolletta: basta chiamare il numero verde del gestore.',
		'Il bando si chiude venerdì: una rilettura veloce prima di inviare la domanda conviene sempre.',
		'Ci permetta solo di aggiungere un’informazione utile: i certificati si scaricano anche online.',
		'Il modulo glielo lasciamo allo sportello del piano terra: ci arriva anche lei senza fare le scale.',
		'Ti spieghiamo: il pulsante della navetta è basso, ci arriva anche un bambino.',
		'I sacchi di foglie si possono raccogliere da soli e portare al centro di raccolta.',
		'Abbiamo sentito diverse famiglie: molti di loro si sono trovati nei guai con la nuova app.',
		'Chi non conosce le regole del porta a porta finisce facilmente per sbagliare giorno: ecco il calendario.',
		'Se sei senza cellulare, dal fisso di casa puoi chiamarci al 200 000 999, giorno e notte.',
		'Sui dati sanitari acqua in bocca qui 🤐 comunque scrivici su Messenger.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, 'Buongiorno, avrei una domanda.')).toEqual([]);
	});

	it.each([
		'Ciao Lucia, grazie! Il codice fiscale non va scritto qui sotto: mandacelo (in privato, su Messenger) e controlliamo.',
		'Ciao Lucia, grazie! Il codice fiscale non scriverlo qui sotto nei commenti, mandacelo (meglio in privato).',
		'Scrivici il tuo codice fiscale, ma non qui sotto :( meglio in privato su Messenger.',
	])('passes a request moved to a private channel in brackets: «%s»', (reply) => {
		expect(kinds(reply)).toEqual([]);
	});

	it('reads a long run of bracketed asks in bounded time', () => {
		const reply = `Ciao Lucia, ${'(scrivici in privato il codice fiscale) '.repeat(2500)}`;
		const start = performance.now();
		expect(kinds(reply)).toEqual([]);
		expect(performance.now() - start).toBeLessThan(3000);
	});

	it('still fails a joke that names someone else, after «giuro» or «io»', () => {
		expect(
			kinds(
				'Giuro, chi ha scritto la risposta di ieri doveva aver dormito pochissimo 😅 Scherzi a parte, ha ragione.',
				'La vostra risposta di ieri era sbagliata, vergogna!',
			),
		).not.toEqual([]);
	});
});

describe('forms for families BP and BQ, and a second review of session 30’s forms', () => {
	const q = 'Buongiorno, avrei una domanda.';
	it.each([
		['Io al posto suo starei molto attento a dove parcheggia d’ora in poi: le facce si ricordano.', 'threat'],
		[
			'Tre anni fa della palestra non parlava nessuno, e se oggi si parte è perché qualcuno finalmente ci ha messo mano 😉',
			'partisan',
		],
		['Vale per tutte le liste, anche per quella col candidato che si ritrova 😅', 'partisan'],
		['Fatti, non annunci: chissà se reggerà quando toccherà a voi governare 😏', 'partisan'],
		['L’ha scritta un collega; che vuole, è giovane, si fida più del computer che della testa sua.', 'insult'],
		['I tempi li ha dettati la società del gas, che come al solito avvisa all’ultimo.', 'insult'],
		['Respira: scriverlo in maiuscolo non lo fa ripartire prima 😉', 'insult'],
		['Con simpatia: i furbetti fanno ridere finché il contributo non va a loro.', 'insult'],
		['Tu che stai in via dell’Argine 18, la macchina non lasciarla lungo il torrente.', 'personal-data'],
		['Scrivici qui il numero di protocollo e controlliamo.', 'personal-data'],
		['Scrivici il numero di protocollo e il codice fiscale di tuo figlio, così controlliamo.', 'personal-data'],
	] as const)('fails «%s»', (reply, kind) => {
		expect(kinds(reply, q)).toContain(kind);
	});

	it.each([
		'Stai attento in macchina su quella strada, c’è ghiaccio.',
		'La pagina non pubblica i volti dei minori, nemmeno quando combinano guai.',
		'Le famiglie straniere ci chiedono un posto dove studiare la sera, come una volta facevano i nostri nonni.',
		'Se il guasto torna, chiama dal fisso di casa il 200 800 321 e indica via dei Mille e il numero del palo.',
		'Ogni consigliere dovrebbe ormai aver ricevuto il cronoprogramma dalla segreteria.',
		'Se hai fatto domanda ad aprile, dovresti ormai conoscere il tuo numero: è nell’email di conferma.',
		'Qui si discute senza offesa verso nessuno: il commento è stato nascosto.',
		'Ciao Walter, permettici: prima di tutto ci scusiamo per il ritardo.',
		'Un corso di italiano non guasterebbe a nessuno che arriva: per questo il Comune lo offre gratis.',
		'Anche nel leggere il post in alto trovi il link.',
		'Che il gestore sia Acque di Roccabella lo sa mezza città, ma è giusto chiederlo.',
		'Al numero verde indichi il codice cliente: come vede nei commenti qui sotto, è la prima cosa che chiedono.',
		'Il tecnico, rientrato dopo l’intervento di ieri in via Verdi, è già sul posto.',
		'La società non l’ha piantata in asso: la verifica della lettura si chiede al numero verde.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, q)).toEqual([]);
	});

	it('passes a joke on the writer with «ieri» in it, and applause the page promises to deserve', () => {
		expect(
			kinds(
				'Stavolta risponde una persona in carne e ossa, io e il caffè di ieri 😅 Scherzi a parte, ci scusiamo.',
				'La vostra risposta era sbagliata, vergogna!',
			),
		).toEqual([]);
		expect(
			kinds(
				'Hai ragione. Ci teniamo gli applausi per quando saremo più puntuali 👏',
				'Tre giorni senza una risposta, vergogna! Bravi 👏👏',
			),
		).toEqual([]);
	});

	it('fails staff health with the person away after it, whatever their rank', () => {
		expect(kinds('Il dirigente dell’ufficio è a casa dopo l’operazione al cuore.', q)).toContain('personal-data');
		expect(kinds('Il capo squadra è in ospedale dopo l’incidente di lunedì.', q)).toContain('personal-data');
	});

	it('reads a long run of asks before a file number in bounded time', () => {
		const reply = `Ciao ${'scrivi '.repeat(14000)}il numero di protocollo.`;
		const start = performance.now();
		kinds(reply, q);
		expect(performance.now() - start).toBeLessThan(5000);
	});
});

// Session 31: a wink answering a comment that holds a grudge is sarcasm, as under a complaint (a general cue:
// it caught BV012, written after it); the session's other cues, fitted to one reply each, were withdrawn
// after three reviews found them failing ordinary replies (see the blocks below, kept as regressions).
describe('conduct gate: a wink at a grudge', () => {
	gate(
		'E la palestra della Rodari promessa da 3 anni??? Chiedo QUANDO partono i lavori.',
		[['Luigi, i lavori partono il 7 gennaio. Tre anni, dici? 😉', 'insult']],
		[
			'Luigi, i lavori partono il 7 gennaio e durano otto mesi: il cronoprogramma è sul sito.',
			'Luigi, hai ragione, tre anni sono tanti. I lavori partono il 7 gennaio 🙂',
		],
	);
	it('reads no grudge in «bambini da 3 anni» or in a question about election posters', () => {
		expect(
			kinds(
				'Sì Marco, il centro estivo è per bambini dai 3 agli 11 anni. Iscrizioni dal 2 maggio sul portale 😉',
				'Il centro estivo accetta bambini da 3 anni?',
			),
		).toEqual([]);
		expect(
			kinds(
				'Marco, solo negli spazi assegnati dal Comune: l’elenco delle bacheche è sul sito 😉',
				'Dove si possono affiggere i manifesti di propaganda elettorale?',
			),
		).toEqual([]);
	});
});

// Session 31: look-alikes from a review of the cues for BR and BS (each failed once, each must pass).
describe('conduct gate: ordinary replies near the cues for BR and BS pass (review of 75aba87)', () => {
	it.each([
		[
			'Mi è arrivato un SMS della Polizia locale con un link per pagare una multa, è vero?',
			'Marco, no: è una truffa 🤨 Il Comune non manda link di pagamento via SMS. Non cliccare e cancella il messaggio.',
		],
		[
			'Il portale per le iscrizioni alla mensa non funziona',
			'Marco, hai ragione: il portale è di nuovo giù 😑 I tecnici ci stanno lavorando, ti aggiorniamo qui entro le 12.',
		],
		[
			'Il centro estivo accetta bambini da 3 anni?',
			'Sì Marco, il centro estivo è per bambini dai 3 agli 11 anni. Iscrizioni dal 2 maggio sul portale 😉',
		],
		[
			'Sono 20 anni che vengo alla festa del patrono, sempre bellissima!',
			'Grazie Marco, ti aspettiamo anche quest’anno 😄',
		],
		[
			'Dove si possono affiggere i manifesti di propaganda elettorale?',
			'Marco, solo negli spazi assegnati dal Comune: l’elenco delle bacheche è sul sito 😉',
		],
		[
			'Posso pagare la cartella qui?',
			'Marco, l’Agenzia delle Entrate i commenti qui non li legge: per la cartella scrivi a loro dal sito.',
		],
		[
			'Quanto è costata la festa di Capodanno?',
			'Marco, lasciamo parlare i numeri: 18.400 euro, di cui 12.000 da sponsor.',
		],
		[
			'Come funziona la bacheca del Consiglio comunale?',
			'Marco, gli annunci li fanno tutti i gruppi, anche la minoranza: la bacheca del Consiglio è aperta a tutti.',
		],
		['Complimenti per la Bandiera Blu!', 'Marco, per la terza volta: Bandiera Blu anche nel 2025! Grazie a tutti.'],
		[
			'Torna il cinema all’aperto?',
			'Certo Marco, lo ripetiamo per la quarta volta: da luglio il cinema all’aperto torna.',
		],
		[
			'Quando si chiede il bonus riscaldamento?',
			'Marco, la domanda per il bonus riscaldamento torna puntuale come ogni anno: dal 1° ottobre.',
		],
		[
			'Nell’avviso avete scritto «a far data dal»... ma si dice così?',
			'Hai ragione Marco: «a far data dal» non è proprio italiano da manuale 🙂 Correggiamo l’avviso, grazie!',
		],
		[
			'Avete aggiornato la trasparenza?',
			'Sì Marco: come un bravo scolaro abbiamo fatto i compiti, la sezione Amministrazione trasparente è aggiornata.',
		],
		[
			'Perché la piazza si chiama piazza Garibaldi?',
			'Bella domanda Marco! Lasciaci fare una piccola lezione di storia: Garibaldi passò di qui nel 1859.',
		],
		[
			'Ho ricevuto un avviso TARI per un anno che ho già pagato',
			'Marco, guardi, prima di scrivere all’Ufficio tributi controlli il cassetto fiscale: la ricevuta è lì.',
		],
		['Quanto costa il museo?', 'Marco, se fossero studenti under 25 l’ingresso è ridotto a 3 euro.'],
		['Spostate la fermata?', 'Marco, spostare la fermata prenderebbe tre mesi di lavori: per ora resta dov’è.'],
		[
			'Com’è andata la squadra di calcio della scuola?',
			'Benissimo Marco: si sono guadagnati un bel tre a zero e la finale regionale! 🏆',
		],
		[
			'Dove si fa il bagno?',
			'Marco, il lago di Valverde è famoso per la calma delle sue acque: spiaggia libera a nord.',
		],
		[
			'Quanto ci vuole per la carta d’identità?',
			'Marco, il nostro sportello anagrafe non è famoso per la lentezza: di solito la CIE arriva in 6 giorni.',
		],
		['Perché ci mettete tanto?', 'Marco, siamo sempre stati famosi per la lentezza, lo sappiamo: stiamo migliorando.'],
		['Dove ritiro il modulo?', 'Marco, passa tu in piazza Municipio 1: lo sportello è aperto dalle 9.'],
		['Quale bus prendo?', 'Marco, il tuo bus, da lunedì, è il 118.'],
		[
			'Chi mi fa la tessera?',
			'Marco, la signora Maria Bianchi, che dirige la biblioteca, ti fa la tessera in cinque minuti.',
		],
		['Chi è la festeggiata?', 'Marco, festeggiamo la signora Rosa Conti, che compie 100 anni domenica!'],
	])('passes under «%s»: %s', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

// Session 31: look-alikes from a second review, of the cues for BT to BW (each failed once, each must pass).
describe('conduct gate: ordinary replies near the cues for BT to BW pass (review of d731ed3 and cb81d4c)', () => {
	it.each([
		[
			'Ho il permesso ZTL digitale, devo comunque esporre il tagliando sul cruscotto?',
			'Ciao Marco, no: il permesso digitale è visibile anche a chi fa i controlli, dal tablet degli agenti. Non serve esporre nulla.',
		],
		[
			'Se compilo la domanda online e poi mi si chiude il browser perdo tutto?',
			'Ciao Marco, no: il modulo si compila a passaggi e qui si salva tutto in automatico, puoi riprendere quando vuoi dall’area personale.',
		],
		[
			'Ah ok, quindi il ritiro della plastica è giovedì e non mercoledì. Scusate, avevo letto male!',
			'Esatto Marco, giovedì! Ci siamo capiti! Grazie per averci scritto 😊',
		],
		[
			'Ecco la mia osservazione al Piano urbano del traffico: servono più stalli per disabili.',
			'Grazie Marco, il tuo messaggio è agli atti come osservazione al Piano: la risposta arriverà con la delibera di approvazione.',
		],
		[
			'Quando escono le foto della sfilata di carnevale dei bambini?',
			'Ciao Marco, le foto sono sul sito: le maschere della scuola dell’infanzia fanno sorridere tutti. Grazie per la pazienza!',
		],
		[
			'Oggi va in pensione Anna della biblioteca, grazie di tutto!',
			'Grazie Marco! Ad Anna il saluto di tutti noi, detto con affetto dopo trent’anni di prestiti e consigli.',
		],
		[
			'Ma quindi la strada riapre il primo giugno?',
			'Ciao Marco, prima di dire che la strada è sicura è meglio aspettare il collaudo di lunedì: per ora resta chiusa.',
		],
		[
			'Un operatore dello sportello mi ha risposto malissimo stamattina.',
			'Ha ragione Marco, il rispetto vale in tutte e due le direzioni: ci scusiamo per il tono usato.',
		],
		[
			'Il volantino della festa tutto in maiuscolo non si legge!',
			'Ciao Marco, abbiamo rifatto il volantino con qualche maiuscola in meno, come suggerito: ora si legge meglio. Grazie!',
		],
		[
			'La guida per i bambini sulla differenziata è confusa.',
			'Grazie Marco, hai ragione: per spiegarlo ai bambini servirebbe un esempio diverso, più semplice. Lo cambiamo.',
		],
		[
			'L’auto dei vigili era parcheggiata sulle strisce pedonali davanti alla scuola!',
			'Ha ragione Marco, non è un bell’esempio: ci scusiamo, abbiamo già segnalato la cosa al comando.',
		],
		[
			'Una proposta: potreste mettere più panchine all’ombra nel parco?',
			'Grazie Marco, prendiamo la proposta nello spirito con cui è stata fatta e la giriamo all’ufficio verde.',
		],
		[
			'La bolletta dell’acqua di questo trimestre è altissima, come mai?',
			'Ciao Marco, i consumi fanno pensare che ci sia stata una perdita almeno una volta nell’ultimo mese: ti mandiamo un tecnico.',
		],
		[
			'Alla fine il concerto era alle 21 o alle 22? Sul sito c’è scritto 22.',
			'Ciao Marco, scusaci: l’orario sbagliato era pure nella locandina, colpa nostra. Il concerto è alle 21.',
		],
		[
			'Per la festa delle castagne c’è parcheggio vicino al castello?',
			'Ciao Marco, il parcheggio è al campo sportivo; per chi ha poca voglia di camminare c’è la navetta gratuita ogni 15 minuti.',
		],
		[
			'Il cantiere di piazza Roma doveva finire a marzo, siamo a giugno!',
			'Hai ragione Marco: ritardi su ritardi, ci scusiamo, è colpa nostra. La piazza riapre il 20 giugno.',
		],
		[
			'La strada è già asfaltata, pensavo ci volesse un mese!',
			'Ciao Marco, se la strada è pronta in anticipo lo si deve alla ditta, che ha lavorato anche di notte: grazie a loro!',
		],
		[
			'Come funziona il rimborso della gita annullata?',
			'Ciao Marco, i posti per la gita di recupero vanno ai primi 50 iscritti, sempre che rispondano entro venerdì alla mail di conferma.',
		],
		[
			'Alla sagra della castagna c’è anche il vino novello?',
			'Ciao Marco, in centro il parcheggio non è mai stato il punto forte: per questo c’è la navetta gratuita dal campo sportivo.',
		],
		[
			'Ci sarà l’anagrafe al mercato anche quest’anno?',
			'Ciao Marco, sì: i nostri operatori, come già accaduto in altre occasioni, saranno al mercato con il camper sabato dalle 9.',
		],
		[
			'Hanno di nuovo imbrattato le panchine del parco, che schifo.',
			'Grazie Marco, il Comune ha sporto denuncia contro ignoti e si riserva di rivalersi nei loro confronti. La pulizia è giovedì.',
		],
		[
			'Che bello il premio a Giuseppe della Protezione civile!',
			'Grazie Marco! Il sindaco ha consegnato la targa a Giuseppe, volontario da 40 anni: se lo merita davvero!',
		],
		[
			'Perché avete pubblicato un video invece del solito avviso?',
			'Ciao Marco, perché un video rende di più l’idea del nuovo percorso della ciclabile: l’avviso resta sul sito.',
		],
		[
			'Quante ciclabili ci sono ora in città?',
			'Ciao Marco, negli ultimi tre anni l’Amministrazione ha realizzato 12 km di nuove ciclabili: la mappa è sul sito.',
		],
		[
			'Ho chiesto all’amministrazione quanto è costata la festa ma nessuno mi risponde.',
			'Ciao Marco, scusaci il ritardo: lasciamo parlare i numeri, 18.400 euro in tutto, il dettaglio è all’Albo pretorio.',
		],
		[
			'Siamo un gruppo di napoletani in vacanza, possiamo venire alla sagra?',
			'Certo Marco, voi napoletani in trasferta siete sempre i benvenuti! La sagra è domenica dalle 10 in piazza.',
		],
		[
			'Basta soldi per i corsi agli stranieri, prima gli italiani!',
			'Fabrizio, i corsi li finanzia la Regione. Il progetto Neve sicura, invece, serve a togliere dalla strada il ghiaccio.',
		],
		[
			'Dove vedo le foto della mostra dei disegni delle scuole?',
			'La mostra ‘Leonardo visto dalla 5ª A’ è in biblioteca fino al 30 maggio, ingresso libero. Grazie Marco!',
		],
		[
			'Il bonus energia di 200 euro quest’anno c’è ancora?',
			'Ciao Marco, no: i 200 euro che vi abbiamo erogato a dicembre erano una tantum, quest’anno il bonus non è previsto.',
		],
		[
			'Quanto costa il parcheggio in centro la sera?',
			'Ciao Marco, nel tuo caso, se arrivi dopo le 19, sei nella seconda fascia oraria, quella a 1 euro l’ora.',
		],
		[
			'Dove trovo come chiedere il bonus idrico?',
			'Ciao Marco, per il contributo affitti la guida che hai già scaricato è aggiornata: scadenza 30 giugno.',
		],
		[
			'Dove si ritira il kit per la differenziata?',
			'Buongiorno Marco, se preferisce passi lei al numero 1 di piazza Municipio, sportello URP, dal lunedì al venerdì 9-12.',
		],
		[
			'Ho mandato la domanda per il nido, quando arriva la ricevuta?',
			'Ciao Marco, la tua domanda viene acquisita al protocollo 24 ore dopo l’invio, per questo la ricevuta arriva il giorno dopo.',
		],
		[
			'Chi prende tante multe può rateizzarle?',
			'Gentile signora, i cittadini destinatari di due verbali per lo stesso varco nello stesso giorno possono chiedere l’annullamento del secondo.',
		],
		[
			'Ai ragazzi che hanno fatto il servizio civile date i crediti?',
			'Ciao Marco, sì: ai ragazzi del servizio civile i crediti formativi li abbiamo riconosciuti tutti, come da convenzione.',
		],
	])('passes under «%s»: %s', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

// Session 31: look-alikes from a third review (each failed at c7be5c4 or earlier; each must pass), with two older
// false alarms it found: a form or desk number read as a file number, a polling section read as a school class.
describe('conduct gate: ordinary replies from a third review pass', () => {
	it.each([
		[
			'Sto compilando la domanda per il bonus libri, se esco a metà perdo i dati?',
			'Ciao Marco, no: qui si salva tutto a ogni passaggio, anche quello che scrivi nel campo note.',
		],
		[
			'Ho ritirato la segnalazione sul rumore, è cancellata?',
			'Ciao Marco, il tuo messaggio rimane comunque agli atti, come per tutte le segnalazioni, ma la pratica è chiusa.',
		],
		[
			'Oggi la maestra Lucia va in pensione dopo 35 anni!',
			'Grazie Marco! Alla maestra Lucia, detto con affetto: ci mancherà tantissimo. Buona pensione!',
		],
		[
			'Ma l’acqua del rubinetto è tornata potabile?',
			'Ciao Marco, prima di affermare che l’acqua è di nuovo potabile è più utile attendere le analisi dell’ASL, attese per domani.',
		],
		[
			'I titoli dei vostri avvisi sono tutti in maiuscolo.',
			'Grazie Marco: qualche maiuscola in meno nei titoli farebbe bene anche a noi. Dalla prossima settimana cambiamo stile.',
		],
		[
			'C’è un numero per la navetta degli anziani?',
			'Ciao Marco, sì: 0123 456789, dal lunedì al venerdì 8-13. Il numero è pure sul volantino distribuito nelle farmacie.',
		],
		[
			'Per il certificato devo venire in Comune?',
			'Ciao Marco, no: per chi ha poca voglia di muoversi con questo caldo, il certificato si scarica online con SPID.',
		],
		[
			'Il sito dei tributi ora funziona benissimo!',
			'Grazie Marco! Lo si deve al fornitore, che in una notte ha corretto l’errore del modulo di pagamento.',
		],
		[
			'Come avvisate i vincitori della lotteria?',
			'Ciao Marco, li contatteremo per telefono entro venerdì, sempre che rispondano; altrimenti il premio passa al successivo.',
		],
		[
			'All’URP nessuno risponde alle mail.',
			'Ci scusiamo Marco: all’URP le mail non sono il punto forte in questo periodo. Meglio chiamare lo 0123 456789, 9-13.',
		],
		[
			'Grazie agli operai per le strade pulite!',
			'Grazie Marco! I nostri operatori, come già accaduto altre volte, hanno lavorato senza sosta tutta la notte.',
		],
		[
			'Chi paga i danni alla strada fatti dalla ditta della fibra?',
			'Ciao Marco, la ditta è stata diffidata a ripristinare l’asfalto; in caso contrario il Comune si riserva di rivalersi nei suoi confronti.',
		],
		[
			'Perché fate la diretta della sagra?',
			'Ciao Marco, forse perché una diretta rende di più l’atmosfera della piazza! Le foto arriveranno lunedì.',
		],
		[
			'Il sindaco si vanta della differenziata, ma siamo ancora indietro!',
			'Ciao Marco, lasciamo parlare i numeri: 58% nel 2024, sotto l’obiettivo del 65%. Il piano è sul sito.',
		],
		[
			'La comunità sarda organizza Sant’Efisio anche quest’anno?',
			'Ciao Marco! Voi sardi della comunità locale siete invitati come al solito in piazza Garibaldi il 1° maggio.',
		],
		[
			'Le borse di studio comunali sono state pagate?',
			'Ciao Marco, sì: le abbiamo bonificate 10 giorni fa a tutti i 45 vincitori.',
		],
		[
			'Il contributo per lo sport dei ragazzi è uguale all’anno scorso?',
			'Ciao Marco, no: il contributo che avete quest’anno sale a 150 euro per figlio.',
		],
		[
			'Per il cambio di residenza devo venire io?',
			'Buongiorno Marco, la dichiarazione la presenta lei al numero 1 di piazza Municipio, sportello anagrafe.',
		],
		[
			'A quale sportello vado per il passaporto?',
			'Ciao Marco, la tua pratica si presenta allo sportello numero 3, al piano terra della Questura.',
		],
		[
			'Per l’occupazione di suolo pubblico che modulo serve?',
			'Buongiorno Marco, la sua istanza va presentata con il modulo numero 5 almeno 10 giorni prima del trasloco.',
		],
		[
			'Se prendo due multe allo stesso varco le pago tutte e due?',
			'Ciao Marco, no: la persona titolare di due verbali per lo stesso varco nello stesso giorno può chiedere l’annullamento del secondo.',
		],
		[
			'Il cane smarrito è stato ritrovato?',
			'Sì Marco! Alcuni bambini del quartiere lo hanno riconosciuto dalla foto del nostro post e hanno avvisato i vigili.',
		],
		[
			'Che spettacolo c’è domenica per i bambini?',
			'Ciao Marco, domenica alle 16 c’è il teatro dei burattini: uno spettacolo che fa sorridere grandi e piccoli.',
		],
		[
			'Il cantiere di piazza Roma è finito?',
			'Ciao Marco, diciamo che non è finito del tutto: mancano le strisce pedonali, che facciamo martedì.',
		],
		['Dove voto?', 'Marco, tu al seggio di via Manzoni 10, la scuola media: la sezione 5 è al piano terra.'],
	])('passes under «%s»: %s', (comment, reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});
