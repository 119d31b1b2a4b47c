// Holdout 3 rules, with fresh examples: specific next steps count, generic referrals and bare yeses
// do not, "chi...?" is answered by naming who, named officials are not copy-paste, feedback quotes.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';

const detailed = (author: string, comment: string, reply: string) =>
	gradeReply({ author, comment, reply }).criteria.detailed;

describe('specific next steps count as detailed', () => {
	it.each([
		[
			'La bolletta dell’acqua di marzo mi è arrivata doppia',
			'Ciao Paola, grazie! Mandaci in privato il codice utente e così controlliamo subito la doppia fatturazione.',
		],
		[
			'Il verbale che ho ricevuto riporta una targa che non è la mia',
			'Ciao Paola, grazie. Scrivici in privato il numero del verbale per annullarlo se l’errore è nostro.',
		],
		[
			'La mia pratica per il passo carrabile è ferma da mesi',
			'Ciao Paola, grazie. Indicaci in privato il numero della pratica e ti diciamo a che punto è.',
		],
		[
			'Ho pagato la TARI due volte per errore',
			'Ciao Paola, grazie! Puoi presentare un’istanza di rimborso all’ufficio tributi allegando le due ricevute.',
		],
	])('%s', (comment, reply) => {
		expect(detailed('Paola Serra', comment, reply).met).toBe(true);
	});

	it.each([
		[
			'La bolletta dell’acqua di marzo mi è arrivata doppia',
			'Ciao Paola, grazie. Verificheremo e ti faremo sapere a breve.',
		],
		['La mia pratica è ferma da mesi', 'Ciao Paola, grazie. Ci stiamo lavorando, valuteremo appena possibile.'],
		['La mia pratica è ferma da mesi', 'Ciao Paola, grazie. Scrivici in privato, verificheremo.'],
	])('a vague promise stays not detailed: %s', (comment, reply) => {
		expect(detailed('Paola Serra', comment, reply).met).toBe(false);
	});
});

describe('generic referrals and bare yeses', () => {
	it.each([
		['Dove si fa il vaccino antinfluenzale?', 'Ciao Ugo, grazie! Per ogni informazione consulta il sito della ASL.'],
		[
			'È possibile pagare la mensa con la carta?',
			'Ciao Ugo, grazie. Sì, si può: trovi tutte le informazioni sul nostro sito.',
		],
	])('%s', (comment, reply) => {
		expect(detailed('Ugo Neri', comment, reply).met).toBe(false);
	});

	it('a plain yes restating the subject still answers a precise question', () => {
		const d = detailed(
			'Ugo Neri',
			'La biblioteca è aperta anche a Ferragosto?',
			'Ciao Ugo, grazie! Sì, la biblioteca è aperta anche a Ferragosto.',
		);
		expect(d.met).toBe(true);
	});
});

describe('"chi" questions are answered by naming who', () => {
	it('credits the group that did it', () => {
		const d = detailed(
			'Irene Sala',
			'Chi ha ripulito la spiaggia dopo la mareggiata? Grazie a chi l’ha fatto!',
			'Ciao Irene, grazie! Sono stati gli scout del gruppo Pistoia 3 insieme alla squadra della Protezione civile, che hanno raccolto tronchi e plastica.',
		);
		expect(d.met).toBe(true);
		expect(d.feedback).not.toContain('non riguardano');
	});
});

describe('feedback', () => {
	it('a named official the citizen is sent to is not copy-paste, and no gender is invented', () => {
		const name = gradeReply({
			author: 'Davide Conti',
			comment: 'A chi mi rivolgo per il permesso di occupazione del suolo?',
			reply:
				'Grazie per la domanda! Contatta il signor Paolo Mei dell’ufficio tributi o rivolgiti alla dott.ssa Anna Riva.',
		}).criteria.name;
		expect(name.met).toBe(false);
		expect(name.feedback).not.toContain('copia e incolla');
		expect(name.feedback).not.toContain('dottoressa');
	});

	it('does not invent a feminine title for a man from his surname', () => {
		const name = gradeReply({ author: 'Sergio Landi', comment: 'Orari?', reply: 'Gentile signora Bassi, grazie.' })
			.criteria.name;
		expect(name.feedback).not.toContain('signora Landi');
		expect(name.feedback).toContain('Sergio');
	});

	it('never quotes a fragment cut inside parentheses', () => {
		const d = detailed(
			'Luca Bini',
			'Come rinnovo il pass disabili?',
			'Ciao Luca, grazie. Devi compilare (con calma) il modulo e portare il certificato.',
		);
		for (const [, q = ''] of d.feedback.matchAll(/«([^»]*)»/gu)) {
			expect((q.match(/\(/gu) ?? []).length, q).toBe((q.match(/\)/gu) ?? []).length);
		}
	});

	it('names the vague promise when the reply leans on one', () => {
		const d = detailed(
			'Luca Bini',
			'Fate corsi di nuoto per adulti?',
			'Ciao Luca, grazie! Stiamo preparando il programma, pubblicheremo il calendario appena possibile.',
		);
		expect(d.met).toBe(false);
		expect(d.feedback).toContain('appena possibile');
		expect(d.feedback).toContain('promessa vaga');
	});
});
