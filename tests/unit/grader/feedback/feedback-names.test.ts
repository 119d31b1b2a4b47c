// Feedback names the author as the name tip resolved them, with correct Italian: "ad Antonio",
// "alla dottoressa Bianchi", a capitalised "Gianni" for "gianni_74", and "chi ha scritto" when the
// display name holds no personal name.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { capitalise, subjectOf, withPreposition } from '../../../../src/grader/comment/addressee';

const COMMENT = 'Quando passa la raccolta della carta?';
const FACTS = 'la carta passa il martedì dalle 6 alle 12.';

describe('prepositions and articles', () => {
	it.each([
		[{ name: 'Antonio', titled: false, feminine: null }, 'ad Antonio', 'Antonio'],
		[{ name: 'Elena', titled: false, feminine: null }, 'a Elena', 'Elena'],
		[{ name: 'Gianni', titled: false, feminine: null }, 'a Gianni', 'Gianni'],
		[{ name: 'dottoressa Bianchi', titled: true, feminine: true }, 'alla dottoressa Bianchi', 'la dottoressa Bianchi'],
		[{ name: 'signor Rossi', titled: true, feminine: false }, 'al signor Rossi', 'il signor Rossi'],
		[{ name: 'avvocato Neri', titled: true, feminine: false }, "all'avvocato Neri", "l'avvocato Neri"],
		[{ name: '', titled: false, feminine: null }, 'a chi ha scritto', 'chi ha scritto'],
	])('%o', (a, to, subject) => {
		expect(withPreposition('a', a)).toBe(to);
		expect(subjectOf(a)).toBe(subject);
	});

	it('capitalises names typed in any case', () => {
		expect(capitalise('gianni')).toBe('Gianni');
		expect(capitalise('FRANCESCA')).toBe('Francesca');
		expect(capitalise("d'angelo")).toBe("D'Angelo");
		expect(capitalise('maria grazia')).toBe('Maria Grazia');
	});
});

describe('the detailed feedback uses the resolved name', () => {
	it.each([
		['Antonio Russo', 'Ciao Antonio', 'dai ad Antonio '],
		['gianni_74', 'Ciao Gianni', 'dai a Gianni '],
		['FRANCESCA', 'Ciao Francesca', 'dai a Francesca '],
		['zio_pino', 'Ciao Pino', 'dai a Pino '],
		['Pier Paolo Serra', 'Ciao Pier Paolo', 'dai a Pier Paolo '],
		['Dott.ssa Bianchi', 'Gentile dottoressa Bianchi', 'dai alla dottoressa Bianchi '],
		['Pro Loco di Pistoia', 'Ciao Pro Loco', 'dai a chi ha scritto '],
		['🌻🌻🌻', 'Buongiorno', 'dai a chi ha scritto '],
		['user83920', 'Buongiorno', 'dai a chi ha scritto '],
	])('%s', (author, greeting, expected) => {
		const r = gradeReply({ author, comment: COMMENT, reply: `${greeting}, grazie! ${FACTS}` });
		expect(r.criteria.detailed.met).toBe(true);
		expect(r.criteria.detailed.feedback).toContain(expected);
	});

	it('a reply without facts is described as it is, not as naming an office', () => {
		const r = gradeReply({ author: 'Anna Riva', comment: COMMENT, reply: 'Grazie Anna, sarà nostra cura verificare.' });
		expect(r.criteria.detailed.feedback).not.toContain('ufficio o un documento');
		expect(r.criteria.detailed.feedback).not.toContain('scrive chi ha scritto');
	});

	it('quotes whole units, not fragments', () => {
		const r = gradeReply({
			author: 'Anna Riva',
			comment: 'Quando è la fiera?',
			reply: "Ciao Anna, grazie! La fiera è dal 6 all'8 dicembre in piazza Duomo.",
		});
		expect(r.criteria.detailed.feedback).toContain("«dal 6 all'8 dicembre»");
	});
});

describe('the name tip suggests a form that fits the display name', () => {
	it.each([
		['Anna Riva', '«Ciao Anna» o «Gentile Anna»'],
		['Sig.ra Rossi', '«Gentile signora Rossi»'],
		['Dott. Neri', '«Gentile dottor Neri»'],
	])('%s', (author, example) => {
		const r = gradeReply({ author, comment: COMMENT, reply: `Buongiorno, ${FACTS}` });
		expect(r.criteria.name.feedback).toContain(example);
		expect(r.criteria.name.feedback).not.toContain('signora/signor');
	});

	it('does not call a correct title + surname generic', () => {
		const r = gradeReply({
			author: "Carmela Dell'Orto",
			comment: COMMENT,
			reply: `Gentile signora Dell'Orto, ${FACTS}`,
		});
		expect(r.criteria.name.met).toBe(true);
	});
});

describe('families and couples', () => {
	const grade = (author: string, reply: string) => gradeReply({ author, comment: 'Quando riapre la piscina?', reply });
	it.each([
		[
			'Famiglia Bianchi',
			'Gentile famiglia Bianchi, la piscina riapre lunedì 3 giugno alle 9.',
			true,
			'alla famiglia Bianchi',
		],
		['Fam. Rossi', 'Buongiorno, la piscina riapre lunedì 3 giugno alle 9.', false, 'alla famiglia Rossi'],
		['Coniugi Parodi', 'Buongiorno, la piscina riapre lunedì 3 giugno alle 9.', false, 'ai coniugi Parodi'],
	])('%s / %s: name met %s, detailed feedback says «%s»', (author, reply, met, phrase) => {
		const r = grade(author, reply);
		expect(r.criteria.name.met).toBe(met);
		expect(r.criteria.detailed.feedback).toContain(`dai ${phrase} `);
		if (!met) expect(r.criteria.name.feedback).toMatch(/«Gentil[ei] (famiglia|coniugi) /u);
	});
});

describe('the name suggestion follows a reply that gives the tu (family M, M059)', () => {
	it('reads imperatives and "-ti" infinitives as tu, and "chi deve" as nobody’s Lei', () => {
		const r = gradeReply({
			author: 'Sara Fumagalli',
			comment: 'La carta scade e devo partire, come faccio?',
			reply:
				'Buongiorno! Per chi deve partire ci sono posti riservati: sarà l’anagrafe a proporti un giorno entro 5 gg lavorativi. Scrivi ad anagrafe@comune.it e allega il biglietto.',
		});
		expect(r.criteria.name.feedback).toContain('«Ciao Sara»');
		expect(r.criteria.name.feedback).not.toContain('signora');
	});
});
