// Thanks inside a quotation or after "anche noi", Italian number formats in evidence, and feedback
// wording that fits comments without a question or without a personal name.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';

const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });

describe('thanks: quotations and subject pronouns', () => {
	it.each([
		['a project title in quotes', "Ciao Elisa, il laboratorio «Grazie Maestri» torna il 9 aprile in biblioteca.", false],
		['a title in straight quotes', 'Ciao Elisa, la mostra "Grazie Dottori" apre il 9 aprile.', false],
		['"anche noi" before the third party', 'Ciao Elisa, ringraziamo anche noi gli operai: la strada riapre il 9 aprile.', false],
		['a real thanks beside a quoted title', "Grazie Elisa! Il laboratorio «Grazie Maestri» torna il 9 aprile.", true],
		['"anche noi" thanking the reader', 'Ciao Elisa, ti ringraziamo anche noi: la strada riapre il 9 aprile.', true],
	])('%s', (_, reply, met) => {
		expect(grade('Elisa Conti', 'Quando riprendono le attività?', reply).criteria.thanks.met).toBe(met);
	});
});

describe('evidence keeps Italian number formats whole', () => {
	it('quotes «2.400 domande» and «1,5 milioni», not their tails', () => {
		const r = grade(
			'Elisa Conti',
			'Quante domande sono arrivate per il bonus affitti?',
			'Ciao Elisa, grazie! Sono arrivate 2.400 domande, per 1,5 milioni di euro in tutto.',
		);
		expect(r.criteria.detailed.feedback).toContain('«2.400 domande»');
		expect(r.criteria.detailed.feedback).not.toMatch(/«400 domande»|«5 milioni/u);
	});
});

describe('detailed feedback wording', () => {
	it('says "sul commento" when the author has no usable name', () => {
		const r = grade('user83920', 'La fontana del parco perde acqua.', 'Grazie, ne prendiamo nota.');
		expect(r.criteria.detailed.feedback).not.toContain('su il commento');
	});
	it('does not speak of a question when the comment asks none', () => {
		const r = grade('Elisa Conti', 'La fontana del parco Verdi perde acqua da ieri.', 'Ciao Elisa, grazie! La biblioteca è aperta dalle 9 alle 18.');
		expect(r.criteria.detailed.met).toBe(false);
		expect(r.criteria.detailed.feedback).not.toContain('domanda');
	});
});

describe('relevance: the same thing in other words', () => {
	it.each([
		['Ci sono ancora posti per il corso di nuoto per ragazzi?', 'Ciao Elisa, grazie! Sì, restano 4 posti il lunedì alle 17: iscrizioni alla cassa della piscina.'],
		["Un'altra estate senza aria condizionata in municipio, complimenti!", 'Ciao Elisa, hai ragione. Da luglio la sala d\'attesa al piano terra è climatizzata, aperta fino alle 18.'],
	])('%s', (comment, reply) => {
		expect(grade('Elisa Conti', comment, reply).criteria.detailed.met).toBe(true);
	});
});
