// Names and thanks inside proper nouns, surnames with an apostrophe after a title, display names
// without a personal name, and offensive comments the lexicon must catch without the exercise's flag.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { parseDisplayName } from '../../../src/grader/comment/names';

const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });

describe('name tip: proper nouns and titles', () => {
	it.each([
		['a saint in a place name', 'Lucia Ferri', 'Il poliambulatorio di Santa Lucia è aperto dalle 8 alle 14.', false],
		['a street named after a person', 'Giulia Conti', 'La fermata è stata spostata in via Giulia 5.', false],
		['the name as a vocative still counts', 'Lucia Ferri', 'Ciao Lucia, il poliambulatorio di Santa Lucia apre alle 8.', true],
		["title + surname with an apostrophe", "Carlo Dell'Acqua", "Gentile signor Dell'Acqua, il modulo è online.", true],
		["title + surname with D'", "Nicolò D'Angelo", "Buongiorno sig. D'Angelo, il modulo è online.", true],
	])('%s', (_, author, reply, met) => {
		expect(grade(author, 'Dove posso fare le analisi?', reply).criteria.name.met).toBe(met);
	});

	it.each([
		['Cittadino Indignato', 'none'],
		['Residente Esasperata', 'none'],
		['genitore_preoccupato', 'none'],
		['zio_pino', 'person'],
		['Mamma Laura', 'person'],
	])('display name %s is %s', (display, kind) => {
		expect(parseDisplayName(display).kind).toBe(kind);
	});

	it('a kinship nickname resolves to the name after it', () => {
		expect(parseDisplayName('zio_pino').addressee.name).toBe('Pino');
		expect(grade('Cittadino Indignato', 'Quando?', 'Gentile utente, il 3 giugno.').criteria.name.met).toBeNull();
	});

	it.each([
		['Nonna Pina', 'Ciao Pina, il centro apre lunedì alle 15.', true],
		['Nonna Pina', 'Buongiorno, il centro apre lunedì alle 15.', null],
		['Zia Ornella', 'Gentile Ornella, il centro apre lunedì alle 15.', true],
		['Cittadino Indignato', 'Ciao Indignato, il centro apre lunedì alle 15.', null],
	])('after a kinship word, a name the list lacks counts when used: %s / %s', (author, reply, met) => {
		expect(grade(author, 'Quando apre il centro anziani?', reply).criteria.name.met).toBe(met);
	});
});

describe('thanks tip: "grazie" as a noun', () => {
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

describe('offensive comments detected without the flag', () => {
	it.each([
		['a threat to break everything', 'Se non sistemate il lampione vengo lì e spacco tutto'],
		['a slur with a contempt word', 'Quei rom schifosi e quegli zingari luridi stanno ancora lì'],
		['an insult as a vocative', 'Parassiti, ci rubate i soldi. Quando riaprite la piscina?'],
	])('%s', (_, comment) => {
		const r = gradeReply({ author: 'Paola Riva', comment, reply: 'Paola, rispetta la netiquette.' });
		expect(r.offensive).toBe(true);
		expect(r.criteria.thanks.met).toBeNull();
	});

	it.each([
		['literal thieves', 'I ladri hanno rubato le bici davanti alla stazione, quando mettete le telecamere?'],
		['dirty streets', 'Le strade sporche del centro sono una vergogna, pulite più spesso.'],
		['angry but clean', 'Incredibile, la buca è ancora lì dopo un mese!'],
	])('not offensive: %s', (_, comment) => {
		expect(gradeReply({ author: 'Paola Riva', comment, reply: 'Grazie Paola.' }).offensive).toBe(false);
	});
});
