// The detailed tip on facts about something else than the comment asked, on real answers that do not
// look like a time or a place, and on replies to insults that hide a real complaint.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { daysIn } from '../../../src/grader/reply/factFilters';

const detailed = (comment: string, reply: string, offensive?: boolean): boolean | null =>
	gradeReply({ author: 'Paola Neri', comment, reply, ...(offensive === undefined ? {} : { offensive }) }).criteria
		.detailed.met;

describe('detailed: facts about something else do not count', () => {
	it.each([
		[
			'another school level (asked about the nursery)',
			"Quando si fanno le domande per l'asilo nido?",
			'Ciao Paola, le iscrizioni alla scuola secondaria di primo grado si fanno dal 7 al 31 gennaio.',
		],
		[
			'the same street, another service (asked about drains)',
			'I tombini di via Manzoni sono intasati, quando li pulite?',
			'Ciao Paola, in via Manzoni la raccolta della carta passa il martedì dalle 6 alle 12.',
		],
		[
			'a yes/no question answered about another subject',
			'Il campo sportivo del quartiere Lame è gratuito per gli under 14?',
			'Ciao Paola, la palestra di via Dante costa 15 euro l’ora dalle 9 alle 12.',
		],
		[
			'other days than the day asked',
			'A che ora apre il museo civico il sabato?',
			'Ciao Paola, il museo civico apre dal lunedì al venerdì dalle 10 alle 18.',
		],
		[
			'the citizen’s own news repeated with a vague reason',
			'Perché hanno chiuso il sottopasso della stazione?',
			'Ciao Paola, il sottopasso è stato chiuso per motivi tecnici.',
		],
	])('%s', (_, comment, reply) => {
		expect(detailed(comment, reply)).toBe(false);
	});

	it('still counts the day asked, a range that covers it, or a date for one event', () => {
		expect(detailed('A che ora apre il museo la domenica?', 'Ciao Paola, la domenica il museo apre dalle 10 alle 13.')).toBe(true);
		expect(detailed('A che ora apre il museo il sabato?', 'Ciao Paola, il museo apre dal lunedì al sabato dalle 10 alle 18.')).toBe(true);
		expect(
			detailed('Per la festa di domenica possiamo avere le transenne?', 'Ciao Paola, le transenne si ritirano venerdì dalle 8 alle 12 al magazzino comunale.'),
		).toBe(true);
	});

	it('reads weekday ranges and groups (on folded text)', () => {
		expect([...daysIn('dal lunedi al venerdi')].sort()).toEqual([0, 1, 2, 3, 4]);
		expect([...daysIn('dal venerdi al lunedi')].sort()).toEqual([0, 4, 5, 6]);
		expect(daysIn('nei festivi').has(6)).toBe(true);
		expect(daysIn('tutti i giorni').size).toBe(7);
	});
});

describe('detailed: real answers that are not a time or a place', () => {
	it.each([
		[
			'online channels as the way to do it',
			'Si può pagare il trasporto scolastico senza andare allo sportello?',
			"Ciao Paola, puoi ricaricare il conto del trasporto online con pagoPA o dall'app IO.",
		],
		[
			'the reason, with figures',
			'Perché la TARI è aumentata?',
			'Ciao Paola, la tariffa è salita del 3% perché il costo di smaltimento in discarica è cresciuto del 10%.',
		],
		[
			'ways to pay for parking, short SMS number',
			'Come si paga la sosta se il parcometro è rotto?',
			'Ciao Paola, puoi pagare con un SMS al 4850 indicando la zona o dal parcometro più vicino.',
		],
	])('%s', (_, comment, reply) => {
		expect(detailed(comment, reply)).toBe(true);
	});
});

describe('detailed: replies to insults that hide a complaint', () => {
	it('netiquette alone is not enough when the insult carries a concrete problem', () => {
		const comment = 'Branco di incapaci, il lampione di via Dante è ancora spento';
		const r = gradeReply({ author: 'Paola Neri', comment, reply: 'Paola, ti invitiamo a rispettare la netiquette.', offensive: true });
		expect(r.criteria.detailed.met).toBe(false);
		expect(r.criteria.detailed.feedback).toContain('segnalazione vera');
	});

	it('netiquette alone is enough for a pure insult, and the feedback does not praise facts', () => {
		const r = gradeReply({
			author: 'Paola Neri',
			comment: 'Siete solo dei buffoni, vergogna!',
			reply: 'Paola, ti invitiamo a rispettare la netiquette della pagina.',
			offensive: true,
		});
		expect(r.criteria.detailed.met).toBe(true);
		expect(r.criteria.detailed.feedback).not.toContain('fatti');
	});

	it('a prohibition is not a procedure step', () => {
		const r = gradeReply({
			author: 'Paola Neri',
			comment: 'Assessore idiota, il bus 5 è sempre in ritardo',
			reply: 'Paola, ti chiediamo di non usare insulti. Dal 1° marzo la linea 5 passa ogni 12 minuti.',
		});
		expect(r.criteria.detailed.met).toBe(true);
		expect(r.criteria.detailed.feedback).not.toContain('usare insulti');
		expect(r.criteria.detailed.feedback).toContain('«Dal 1° marzo»');
	});
});
