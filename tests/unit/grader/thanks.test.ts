// The thanks tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';

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
