// What was asked: the comment's intent, and "detailed" judged against it (rubric.md's table).
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { readIntent } from '../../../../src/grader/comment/intent';
import { analyse } from '../../../../src/grader/text/normalize';

const intent = (comment: string, offensive = false) => readIntent(analyse(comment), offensive);
const detailed = (comment: string, reply: string) =>
	gradeReply({ author: 'Lucia Bernardi', comment, reply }).criteria.detailed;

describe('intent of a comment', () => {
	it.each([
		['Posso far ritirare anche un frigorifero vecchio?', 'yes-no'],
		['Il sabato la biblioteca è aperta?', 'yes-no'],
		['Quando passa la raccolta della carta?', 'info'],
		['Quanto costa la carta d’identità?', 'info'],
		['Il lampione di via dei Tigli è spento da due settimane.', 'report'],
		['Si segnala che in via Roma c’è una buca enorme', 'report'],
		['Sono 3 giorni senza acqua calda nella palestra comunale!!', 'report'],
		['Sono tre settimane che aspetto la carta d’identità, nessuna notizia', 'complaint'],
		['Tutte le auto multate, solo la nostra? E dove sta la tolleranza per gli eventi?', 'complaint'],
		['Che senso ha chiudere la biblioteca il sabato?', 'complaint'],
		['Il parcheggio dell’ospedale costa troppo, 2 euro l’ora è un furto', 'complaint'],
		['Sono indignata, la biblioteca chiude ad agosto!!!', 'complaint'],
		['Non è possibile aspettare 8 mesi per una visita cardiologica', 'complaint'],
		['Il bus 12 è sempre in ritardo, una vergogna', 'complaint'],
		['DIECI GIORNI AL BUIO!!! Vergogna. Ma qualcuno lavora in questo Comune???', 'complaint'],
		[
			'Complimenti 👏👏 3 multe in una settimana, il varco è segnalato da cani. Bella macchinetta da soldi',
			'complaint',
		],
		['Bellissima la festa di ieri, complimenti a tutti!', 'praise'],
		['Questo governo ci tartassa di tasse', 'opinion'],
		['Guadagna 500 euro al giorno con il trading, clicca qui www.esempio.com', 'spam'],
		['Chi ha la domanda ancora in attesa di esito lo riceverà?', 'yes-no'],
		['Chi ha tagliato gli alberi del parco?', 'info'],
		['Davanti al civico 6 fermano i bus privati: chiediamo se le fermate sono autorizzate.', 'yes-no'],
		// Real reply d-007: the doubt in the past tense; a "?" inside a web address asks nothing.
		['Mi chiedevo se alla prossima festa era possibile non lanciare palloncini.', 'yes-no'],
		[
			'Mi chiedevo se alla prossima festa era possibile non lanciare palloncini. Le allego un video: repubblica.it/ambiente/news/?refresh_ce Cordiali saluti.',
			'yes-no',
		],
		['Ecco l’articolo di cui parlavo ieri: esempio.it/news/palloncini/?refresh_ce Saluti.', 'other'],
		// Sarcastic praise, rhetorical questions, "legge" that reads: grievances, not praise or opinions.
		['Tre giorni e nessuna risposta. Complimenti x il servizio ai cittadini 👏👏', 'complaint'],
		['È così che trattate i nostri anziani?', 'complaint'],
		['Mi avete risposto sull’IMU che nn c’entra niente... c’è qualcuno che legge?', 'complaint'],
		['Quattro ore di fila allo sportello. Vi sembra normale?', 'complaint'],
		// Questions asked in words.
		['Vorrei sapere quando riapre la piscina comunale dopo i lavori', 'info'],
		['Ho perso la carta d’identità, cosa devo fare?', 'info'],
		['Vi chiedo di sistemare la strada come promesso, è piena di buche', 'report'],
		// An apology is no request.
		['Mi avete risposto e non avevo visto, chiedo scusa. Grazie a tutti', 'praise'],
	])('«%s» is %s', (comment, kind) => {
		expect(intent(comment).kind).toBe(kind);
	});

	it('knows which information a question asks for', () => {
		expect(intent('Dove e quando si ritirano i sacchi?').asked).toEqual(['when', 'where']);
		expect(intent('Quali documenti servono per la carta d’identità?').asked).toContain('documents');
		expect(intent('Quanto si paga per il nido?').asked).toEqual(['howMuch']);
	});

	it('reads a question asked in words after one that only points at a subject', () => {
		const i = intent(
			'E la palestra della Rodari promessa da 3 anni??? I bambini fanno ginnastica in corridoio. Chiedo all’amministrazione QUANDO partono i lavori.',
		);
		expect(i).toMatchObject({ kind: 'info', asked: ['when'] });
		expect(i.question).toBe('Chiedo all’amministrazione QUANDO partono i lavori');
		// A question that asks keeps its place: the request in words does not replace it.
		expect(intent('Quando riapre la piscina? Chiedo anche dove si fa l’iscrizione.').asked).toEqual(['when']);
	});

	it('reads "xké" as why and a choice between two numbers', () => {
		expect(intent('scusate ma xké non avete messo una foto del parco??').asked).toEqual(['why']);
		expect(intent('La scadenza è il 30 o il 31?').alternatives).toEqual(['30', '31']);
	});

	it('does not take "in quanto" or "quanto prima" for a question about an amount', () => {
		const moto = 'Chiedo se è consentito l’uso di moto nel ciclodromo, in quanto sempre più spesso le vediamo';
		expect(intent(moto)).toMatchObject({ kind: 'yes-no', asked: [] });
		expect(intent('Potete sistemare la buca quanto prima?').asked).toEqual([]);
	});
});

describe('detailed, against what was asked', () => {
	it('takes «non risulta autorizzata» as the answer to an indirect yes/no question', () => {
		expect(
			detailed(
				'Davanti al civico 6 fermano i bus privati: chiediamo se le fermate sono autorizzate.',
				'La linea non risulta autorizzata dal Comune, pertanto è abusiva: spetta alla Polizia Locale sanzionarla.',
			).met,
		).toBe(true);
	});

	it('takes a yes/no stance with its condition as detailed, even with no number in it', () => {
		expect(
			detailed(
				'Posso portare il cane al parco fuori dal mio Comune?',
				'Sì, anche fuori dal Comune, ma con il guinzaglio e senza creare assembramenti.',
			).met,
		).toBe(true);
		expect(
			detailed(
				'È consentito andare in bici sul lungofiume?',
				'È consentito, purché si vada piano e si dia la precedenza ai pedoni.',
			).met,
		).toBe(true);
	});

	it('does not take a bare "sì" with a pointer to the website as detailed', () => {
		expect(
			detailed('Posso portare il cane al parco?', 'Sì, è possibile: trovi tutte le informazioni sul sito.').met,
		).toBe(false);
	});

	it('does not take a long acknowledgement with a vague promise as detailed', () => {
		const r = detailed(
			'Il lampione di via dei Tigli è spento da due settimane.',
			'Gentile Lucia, la ringraziamo per la segnalazione, che abbiamo provveduto a inoltrare all’ufficio competente del settore lavori pubblici: interverremo quanto prima.',
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toMatch(/promessa vaga/u);
	});

	it('takes the cause of a disservice as an answer to a complaint', () => {
		expect(
			detailed(
				'La corsa delle 7:40 non è passata, vergogna',
				'Buongiorno Lucia, una vettura è venuta a mancare causa guasto.',
			).met,
		).toBe(true);
	});

	it('does not take a bare deflection as an answer to a grievance, and says so', () => {
		const r = detailed(
			'Questo governo ci tartassa di tasse, vergogna',
			'Lucia, chiedete ai rappresentanti politici che fanno le leggi.',
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toMatch(/rimanda altrove/u);
	});

	it('names what was asked in the feedback', () => {
		expect(
			detailed('Posso far ritirare anche un frigorifero vecchio?', 'Ciao Lucia, consulta il sito del Comune.').feedback,
		).toMatch(/Lucia chiede «Posso far ritirare anche un frigorifero vecchio\?»: rispondi sì o no/u);
	});
});

describe('a cause answers «che succede?» and «perché?»', () => {
	it('takes the cause as the answer, in whatever words', () => {
		expect(
			detailed(
				'Sul treno delle 19:17 hanno annunciato che è stato rapito un bambino: che succede?',
				'È partito per errore il messaggio registrato: adesso il capotreno annuncerà che era un errore.',
			).met,
		).toBe(true);
	});
});

describe('questions between two choices', () => {
	it.each([
		['Sono occupato o disoccupato?', ['occupato', 'disoccupato']],
		['La navetta è gratis o si paga?', ['gratis', 'paga']],
		['Si può entrare o no?', []],
		['Dove sta la tolleranza o la logica?', []],
	])('«%s» → %j', (comment, alternatives) => {
		expect(readIntent(analyse(comment), false).alternatives).toEqual(alternatives);
	});
});
