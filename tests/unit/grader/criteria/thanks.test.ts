// The thanks tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';

const COMMENT = 'Segnalo una buca in via Roma.';
const verdict = (reply: string, offensive?: boolean) =>
	gradeReply({ author: 'Anna Rossi', comment: COMMENT, reply, ...(offensive === undefined ? {} : { offensive }) })
		.criteria.thanks;

describe('thanks tip', () => {
	it.each([
		'Grazie!',
		'Grazie mille, Anna.',
		'Mille grazie 🙏',
		'Grazie a te!',
		'Grazie a lei per la pazienza.',
		'Grazie anche a te, Anna!',
		'Grazie di cuore a tutti voi.',
		'Grazie per la segnalazione.',
		'Grazie, a presto.',
		'GRAZIEEE',
		'grazie 1000',
		'Ti ringraziamo per la segnalazione.',
		'La ringraziamo.',
		'Vi ringraziamo!',
		'Ringraziamo per la pazienza.',
		'Ringraziamo tutti per la collaborazione.',
		'Ci teniamo a ringraziarti.',
		'Ringraziandola per la collaborazione, porgiamo cordiali saluti.',
		'Il sindaco ti ringrazia.',
		'Un sentito ringraziamento per la segnalazione.',
		'Le siamo grati per la segnalazione.',
		'Non ti ringrazieremo mai abbastanza!',
		'Non possiamo che ringraziarti.',
		'Grazie alla tua segnalazione la buca è stata chiusa.',
		'Grazie alle segnalazioni come la tua interveniamo prima.',
		'Ringrazio Anna per la foto.',
		'Thanks for asking!',
	])('met: %s', (reply) => {
		const r = verdict(reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.evidence.length).toBeGreaterThan(0);
	});

	it.each([
		['causal "grazie al"', 'Grazie al nuovo portale puoi pagare online.', 'per merito di'],
		['causal "grazie ai"', 'Grazie ai fondi PNRR la scuola sarà pronta.', 'per merito di'],
		['exclamation', 'Grazie a Dio nessuno si è fatto male.', 'per merito di'],
		['third party, verb', 'Ringraziamo i volontari della Protezione civile.', 'qualcun altro'],
		['third party, noun', 'Un grazie speciale ai volontari.', ''],
		['third party, group', 'Il sindaco ringrazia tutti i cittadini che hanno partecipato.', 'qualcun altro'],
		['third party, described', 'Grazie a tutti i cittadini che hanno partecipato.', ''],
		['a name containing "grazi"', 'Ciao Graziella, la buca è chiusa.', 'Manca'],
		['an adjective containing "grazi"', 'Le aiuole sono graziose.', 'Manca'],
		['reply to thanks', "Non c'è di che!", 'Manca'],
		['closing formula', 'Cordiali saluti.', 'Manca'],
		['negated', 'Non serve ringraziarci.', 'Manca'],
		['negated with "nessun"', 'Nessun ringraziamento necessario, Anna.', 'Manca'],
		['appreciation is not thanks', 'Apprezziamo il tuo contributo.', 'Manca'],
		['prego', 'Prego, è un piacere.', 'Manca'],
	])('not met: %s', (_, reply, hint) => {
		const r = verdict(reply);
		expect(r.met, r.feedback).toBe(false);
		expect(r.feedback).toContain(hint);
	});

	it('does not apply to an offensive comment, and says that thanks would jar', () => {
		const r = verdict('Grazie per il commento!', true);
		expect(r.met).toBeNull();
		expect(r.feedback).toContain('stona');
	});

	it('detects the offensive comment itself when the exercise says nothing', () => {
		const r = gradeReply({ author: 'Dario', comment: 'Siete una banda di incompetenti!', reply: 'Grazie.' });
		expect(r.offensive).toBe(true);
		expect(r.criteria.thanks.met).toBeNull();
	});

	it('keeps a given offensive: false even when the lexicon would fire', () => {
		const r = gradeReply({
			author: 'Dario',
			comment: 'Siete una banda di incompetenti!',
			reply: 'Grazie.',
			offensive: false,
		});
		expect(r.criteria.thanks.met).toBe(true);
	});
});

// From the rules added after an evaluation (proper-nouns).
describe('thanks tip: "grazie" as a noun', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it.each([
		['a church name', 'La messa è nella chiesa della Madonna delle Grazie alle 10.', false],
		['after an article', 'Le grazie ricevute dalla santa patrona sono ricordate nella mostra.', false],
		['a real thanks in the same reply', 'Grazie Paola! La messa è in Santa Maria delle Grazie alle 10.', true],
		['"tante grazie" is still a thanks', 'Tante grazie, Paola: la messa è alle 10.', true],
	])('%s', (_, reply, met) => {
		expect(grade('Paola Riva', 'A che ora è la messa?', reply).criteria.thanks.met).toBe(met);
	});

	it('thanks evidence stops at the thanked person', () => {
		const reply = 'Grazie Paola! Ti rispondiamo subito.';
		const r = grade('Paola Riva', 'Orari?', reply);
		const ev = r.criteria.thanks.evidence[0];
		expect(ev && reply.slice(ev.start, ev.end)).toBe('Grazie Paola');
	});
});

// From the rules added after an evaluation (quotes-and-numbers).
describe('thanks: quotations and subject pronouns', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it.each([
		[
			'a project title in quotes',
			'Ciao Elisa, il laboratorio «Grazie Maestri» torna il 9 aprile in biblioteca.',
			false,
		],
		['a title in straight quotes', 'Ciao Elisa, la mostra "Grazie Dottori" apre il 9 aprile.', false],
		[
			'"anche noi" before the third party',
			'Ciao Elisa, ringraziamo anche noi gli operai: la strada riapre il 9 aprile.',
			false,
		],
		['a real thanks beside a quoted title', 'Grazie Elisa! Il laboratorio «Grazie Maestri» torna il 9 aprile.', true],
		['"anche noi" thanking the reader', 'Ciao Elisa, ti ringraziamo anche noi: la strada riapre il 9 aprile.', true],
	])('%s', (_, reply, met) => {
		expect(grade('Elisa Conti', 'Quando riprendono le attività?', reply).criteria.thanks.met).toBe(met);
	});
});

describe('thanks: the writer named by a bare title', () => {
	it('counts "ringraziamo la signora" with no name after it', () => {
		expect(verdict('Ringraziamo noi la Signora per aver apprezzato il lavoro degli agenti.').met).toBe(true);
		expect(verdict('Ringraziamo l’utente per la segnalazione: la buca si chiude lunedì.').met).toBe(true);
	});

	it('does not count a title with someone else’s name, or a group', () => {
		expect(verdict('Ringraziamo la signora Bianchi, che ci ha avvisato per prima.').met).toBe(false);
		expect(verdict('Ringraziamo i cittadini che ci hanno aiutato.').met).toBe(false);
	});
});

describe('thanks: another person named right after "grazie"', () => {
	it('thanks that person when the writer is named apart', () => {
		const result = verdict('Grazie Patrizia! Anna, la buca di via Roma si chiude lunedì.');
		expect(result.met).toBe(false);
		expect(result.feedback).toMatch(/^Ringrazi qualcun altro/u);
	});

	it('thanks the writer, by a wrong name, when no other name is there', () => {
		expect(verdict('Grazie Luca per la segnalazione: la buca si chiude lunedì.').met).toBe(true);
		expect(verdict('Grazie Anna! La buca di via Roma si chiude lunedì.').met).toBe(true);
	});
});

describe('thanks: "grazie a" a person', () => {
	it('reads "grazie anche a Luca" as thanks to Luca, not as "per merito di"', () => {
		const result = verdict('Anna, la buca si chiude lunedì: grazie anche a Luca per la foto.');
		expect(result.met).toBe(false);
		expect(result.feedback).toMatch(/^Ringrazi qualcun altro/u);
	});
});

describe('thanks across sentences and after adverbials (family H)', () => {
	it('reads a final «Grazie!» after a negative sentence, and «ringraziamo fin d’ora gli operai» as thanks to others', () => {
		const judge = (reply: string) =>
			gradeReply({ author: 'Ermanno', comment: 'Quando passate?', reply }).criteria.thanks.met;
		expect(judge('Ermanno, passiamo venerdì 2 maggio, non serve aspettare lunedì. Grazie!')).toBe(true);
		expect(judge('Ermanno, non serve ringraziarci: passiamo venerdì.')).toBe(false);
		expect(judge('Ermanno, ringraziamo fin d’ora gli operai che passano venerdì.')).toBe(false);
	});

	it('reads a «Grazie» after an emoji that closes a negative sentence (family BR), not «non serve, grazie»', () => {
		const judge = (reply: string) =>
			gradeReply({ author: 'Ermanno', comment: 'Quando passate?', reply }).criteria.thanks.met;
		expect(judge('Ermanno, passiamo venerdì, il bidone non serve 🙂 Grazie')).toBe(true);
		expect(judge('Ermanno, passiamo venerdì. Il promemoria non serve, grazie.')).toBe(false);
	});
});

describe('thanks: the suggestion fits the comment and the reply’s register (family I)', () => {
	const feedback = (comment: string, reply: string) =>
		gradeReply({ author: 'Anna Melis', comment, reply }).criteria.thanks.feedback;

	it('gives the Lei when the reply does, and «Ti» when it gives the tu', () => {
		expect(
			feedback('Segnalo una buca in via Roma.', 'Gentile signora Melis, la sua buca è in lista per lunedì.'),
		).toContain('«La ringraziamo per la segnalazione»');
		expect(feedback('Segnalo una buca in via Roma.', 'Anna, la tua buca è in lista per lunedì.')).toContain(
			'«Ti ringraziamo per la segnalazione»',
		);
	});

	it('thanks for the kind words under praise, for the question under a question', () => {
		expect(feedback('Che bella la festa di ieri, complimenti a tutti!', 'Anna, la rifacciamo a giugno.')).toContain(
			'per le belle parole',
		);
		expect(feedback('A che ora apre l’anagrafe sabato?', 'Anna, sabato apre alle 9.')).toContain('per la domanda');
	});
});

describe('thanks: the suggestion follows the page’s register (family J)', () => {
	it('gives the Lei on a page the exercise says gives the Lei, whatever the reply', () => {
		const feedback = (factSheet?: string) =>
			gradeReply({
				author: 'Antonella Ruggiero',
				comment: 'Grazie agli operai, strada pulita alle 7!',
				reply: 'Sig.ra Ruggiero, stanotte si riparte alle 3.',
				...(factSheet ? { factSheet } : {}),
			}).criteria.thanks.feedback;
		expect(feedback('La pagina del Comune di Roccabella dà del Lei.')).toContain(
			'«La ringraziamo per le belle parole»',
		);
		expect(feedback('La pagina del Comune di Valverde dà del tu.')).toContain('«La ringraziamo per le belle parole»');
		expect(
			gradeReply({
				author: 'Antonella Ruggiero',
				comment: 'Grazie agli operai, strada pulita alle 7!',
				reply: 'Antonella, stanotte si riparte alle 3.',
				factSheet: 'La pagina del Comune di Roccabella dà del Lei.',
			}).criteria.thanks.feedback,
		).toContain('«La ringraziamo');
	});
});

describe('thanks: to other people, or «per merito di» (family J)', () => {
	const thanks = (reply: string) =>
		gradeReply({ author: 'Antonella Ruggiero', comment: 'Strada pulita alle 7, bravi!', reply }).criteria.thanks;

	// J078: "un grazie enorme agli operai" was explained as «per merito di».
	it.each([
		'Sig.ra Ruggiero, un grazie enorme agli operai che hanno lavorato tutta la notte 💪 si riparte alle 3.',
		'Antonella, grazie agli operai! Si riparte alle 3.',
		'Antonella, grazie di cuore ai volontari della Pro Loco. Si riparte alle 3.',
		'Antonella, grazie ai volontari per la pulizia: si riparte alle 3.',
		'Antonella, ringraziamo i volontari: si riparte alle 3.',
		// Families K and AF (K090, AF009): the thanks said to go to the workers.
		'Cara Antonella, che bel messaggio! Un grazie enorme va proprio a loro, che sono in strada dalle 4.',
		'Signora Ruggiero, un grazie enorme va ai nostri operai! Si riparte alle 3.',
	])('says the reply thanks someone else: %s', (reply) => {
		const r = thanks(reply);
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('Ringrazi qualcun altro');
		expect(r.feedback).not.toContain('per merito di');
	});

	it.each([
		'Antonella, grazie al nuovo mezzo la strada si pulisce in un’ora.',
		'Antonella, grazie agli operai abbiamo riaperto la strada.',
		'Antonella, grazie ai volontari che hanno lavorato, la strada è aperta.',
		'Antonella, grazie al nuovo protocollo la strada è sicura per tutti.',
	])('keeps the causal reading: %s', (reply) => {
		expect(thanks(reply).feedback).toContain('per merito di');
	});

	it.each([
		'Grazie a te, Antonella: si riparte alle 3.',
		'Antonella, grazie alla sua segnalazione: si riparte alle 3.',
		'Antonella, un grazie va a te per il messaggio: si riparte alle 3.',
		'Il nostro grazie va anche alla signora Antonella: si riparte alle 3.',
	])('keeps thanking the author: %s', (reply) => {
		expect(thanks(reply).met).toBe(true);
	});
});

describe('thanks: «per la domanda» only for a comment that asks and does nothing else (family J)', () => {
	const feedback = (comment: string) =>
		gradeReply({ author: 'Federica Sala', comment, reply: 'Federica, domani la mensa è regolare.' }).criteria.thanks
			.feedback;

	it('thanks a complaint as a message, even with a question in it', () => {
		// J016: a grievance that ends on "ci siete o no??" was thanked "per la domanda".
		const f = feedback('vi ho scritto venerdì in privato e nessuno risponde!!! ma ci siete o no??');
		expect(f).toContain('«Grazie per averci scritto»');
		expect(f).not.toContain('per la domanda');
		expect(feedback('Sono due ore che provo. MA VI RENDETE CONTO? come faccio??')).not.toContain('per la domanda');
	});

	it('thanks a report as a report, even with a question in it', () => {
		expect(feedback('Ma i giochi del parco quando li sistemate? L’altalena è rotta da un mese.')).toContain(
			'«Grazie per la segnalazione»',
		);
	});

	it('keeps «per la domanda» for a question, however many', () => {
		expect(feedback('Il codice non l’ho ricevuto. A chi lo chiedo? E se non ricarico resta senza pranzo?')).toContain(
			'«Grazie per la domanda»',
		);
		expect(feedback('A che ora apre l’anagrafe sabato?')).toContain('«Grazie per la domanda»');
	});
});

describe('thanks tip: a whole group thanked is someone else (family M, M060)', () => {
	it.each([
		'Lo giriamo agli operai: ringraziamo noi tutta la squadra che era in strada dalle 4.',
		'Ringraziamo tutto lo staff della biblioteca.',
		'Un grazie a tutta la squadra della Protezione civile.',
	])('%s', (reply) => {
		expect(verdict(reply).met).toBe(false);
	});
	it('still thanks the reader for what the reader did', () => {
		expect(verdict('Grazie a tutto il tuo impegno la raccolta è migliorata.').met).toBe(true);
	});
});
