// The name tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';

const COMMENT = 'A che ora apre la biblioteca il sabato?';
const verdict = (author: string, reply: string) => gradeReply({ author, comment: COMMENT, reply }).criteria.name;

describe('name tip', () => {
	it.each([
		['first name after a greeting', 'Giulia Ferri', 'Ciao Giulia, il sabato apriamo alle 9.'],
		['first name at the end', 'Chiara Neri', 'Il sabato apriamo alle 9. Buona giornata, Chiara!'],
		['courtesy title and surname', 'Salvatore Esposito', 'Gentile sig. Esposito, il sabato apriamo alle 9.'],
		['signora and surname', 'Maria Rossi', 'Gentile signora Rossi, il sabato apriamo alle 9.'],
		['lowercase', 'Giulia Ferri', 'ciao giulia, il sabato apriamo alle 9.'],
		['capitals', 'Giulia Ferri', 'CIAO GIULIA, IL SABATO APRIAMO ALLE 9.'],
		['without the accent of the display name', "Nicolò D'Angelo", 'Ciao Nicolo, il sabato apriamo alle 9.'],
		['with an accent the display name lacks, for a name written with one', 'Nicolo Rossi', 'Ciao Nicolò!'],
		['surname with apostrophe', "Nicolò D'Angelo", 'Gentile signor D’Angelo, grazie.'],
		['surname with particle', 'Maria Grazia De Luca', 'Gentile signora De Luca, grazie.'],
		['compound first name', 'Maria Grazia De Luca', 'Ciao Maria Grazia!'],
		['compound first name written as one word', 'Maria Grazia De Luca', 'Ciao Mariagrazia!'],
		['initial of the surname in the display name', 'Marco R.', 'Ciao Marco!'],
		['name from a handle', 'gianni_74', 'Ciao Gianni!'],
		['full name from a diminutive handle', 'vale.rinaldi', 'Ciao Valentina!'],
		['organisation', 'Pro Loco di Pistoia', 'Ciao amici della Pro Loco!'],
		['ambiguous name in a vocative', 'Rosa Marino', 'Sì Rosa, apriamo alle 9.'],
		['ambiguous name opening the reply', 'Sara Conti', 'Sara, grazie! Apriamo alle 9.'],
		['stretched name', 'Giulia Ferri', 'Ciao Giuliaaa!'],
	])('met: %s', (_, author, reply) => {
		const r = verdict(author, reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.evidence.length).toBeGreaterThan(0);
	});

	it.each([
		['generic address', 'Giulia Ferri', 'Gentile utente, apriamo alle 9.', 'generico'],
		['caro cittadino', 'Giulia Ferri', 'Caro cittadino, apriamo alle 9.', 'generico'],
		['bare Salve', 'Giulia Ferri', 'Salve, apriamo alle 9.', 'generico'],
		['signora without surname', 'Giulia Ferri', 'Gentile signora, apriamo alle 9.', 'generico'],
		["someone else's name", "Nicolò D'Angelo", 'Ciao Luca, apriamo alle 9.', 'Luca'],
		["someone else's surname", 'Lucia Bernardi', 'Gentile sig.ra Rossi, apriamo alle 9.', 'Rossi'],
		['same name, other gender', 'Giorgia Ricci', 'Ciao Giorgio!', 'Giorgio'],
		['square-bracket placeholder', 'Giulia Ferri', 'Gentile [NOME], apriamo alle 9.', '[NOME]'],
		['curly placeholder', 'Giulia Ferri', 'Ciao {nome}, apriamo alle 9.', '{nome}'],
		['XXX placeholder', 'Giulia Ferri', 'Gentile XXX, apriamo alle 9.', 'XXX'],
		['name inside a verb (sarà)', 'Sara Conti', 'La biblioteca sarà aperta alle 9.', 'Ciao Sara'],
		['unaccented verb (sara)', 'Sara Conti', 'Grazie! La strada sara asfaltata a maggio.', 'Ciao Sara'],
		['name as a common noun', 'Rosa Marino', 'Nella rosa dei candidati ci sono tre nomi.', 'Ciao Rosa'],
		['name as an adjective', 'Chiara Neri', 'La procedura è chiara.', 'Ciao Chiara'],
		['name inside an expression', 'Massimo Ferri', 'Al massimo entro venerdì.', 'Ciao Massimo'],
		['surname without a title', 'Giulia Bianchi', 'Bianchi, la via è chiusa.', 'Ciao Giulia'],
		['no address at all', 'Giulia Ferri', 'Apriamo alle 9.', 'Ciao Giulia'],
		// rubric.md: the @handle the platform inserts on X is addressing, not calling by name.
		['@handle inserted by the platform', 'gianni_74', '@gianni_74 il sabato apriamo alle 9.', 'Ciao Gianni'],
		['@handle of a full name', 'Roberta Milano', '@robertamilano ciao, apriamo alle 9.', 'Ciao Roberta'],
	])('not met: %s', (_, author, reply, quoted) => {
		const r = verdict(author, reply);
		expect(r.met, r.feedback).toBe(false);
		expect(r.feedback).toContain(quoted);
	});

	it('prefers the placeholder verdict over a name found elsewhere', () => {
		expect(verdict('Giulia Ferri', 'Gentile [NOME], grazie Giulia.').met).toBe(false);
	});

	it('does not apply when the display name holds no name', () => {
		const r = verdict('user483920', 'Ciao, apriamo alle 9.');
		expect(r.met).toBeNull();
	});

	it('points its evidence at the name as typed', () => {
		const reply = 'Buongiorno signor D’Angelo, grazie.';
		const [range] = verdict("Nicolò D'Angelo", reply).evidence;
		expect(reply.slice(range?.start, range?.end)).toBe('D’Angelo');
	});
});
