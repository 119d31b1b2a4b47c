// The name tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import type { GradeInput } from '../../../../src/grader/types';
import { parseDisplayName } from '../../../../src/grader/comment/names';

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
		['first part of a double surname', 'Pietro Lolli Ceroni', 'Gentile signor Lolli … il sabato apriamo alle 9.'],
		[
			'a handle spelling the name, typed after a greeting',
			'Roberto Mancini',
			'Gentile @RobertoMancini, il sabato apriamo alle 9.',
		],
		[
			'title and the initial that is all the display name shows of the surname',
			'Luciano C.',
			'Egr. sig. C., il sabato apriamo alle 9.',
		],
		['double surname whole', 'Pietro Lolli Ceroni', 'Gentile signor Lolli Ceroni, il sabato apriamo alle 9.'],
		['compound first name', 'Maria Grazia De Luca', 'Ciao Maria Grazia!'],
		['compound first name written as one word', 'Maria Grazia De Luca', 'Ciao Mariagrazia!'],
		[
			'a title with the surname, also after a third-person mention',
			'Rossella Netti',
			'Gentile signora Netti, come scritto alla signora Netti, apriamo alle 9.',
		],
		['initial of the surname in the display name', 'Marco R.', 'Ciao Marco!'],
		['name from a handle', 'gianni_74', 'Ciao Gianni!'],
		['full name from a diminutive handle', 'vale.rinaldi', 'Ciao Valentina!'],
		['organisation', 'Pro Loco di Pistoia', 'Ciao amici della Pro Loco!'],
		['ambiguous name in a vocative', 'Rosa Marino', 'Sì Rosa, apriamo alle 9.'],
		['ambiguous name opening the reply', 'Sara Conti', 'Sara, grazie! Apriamo alle 9.'],
		['ambiguous name opening the reply before «ci dispiace» (family BR)', 'Sara Conti', 'Sara ci dispiace davvero.'],
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
		['round-bracket placeholder', 'Giulia Ferri', 'Gentile (nome), apriamo alle 9.', '(nome)'],
		['name inside a verb (sarà)', 'Sara Conti', 'La biblioteca sarà aperta alle 9.', 'Ciao Sara'],
		['unaccented verb (sara)', 'Sara Conti', 'Grazie! La strada sara asfaltata a maggio.', 'Ciao Sara'],
		['name as a common noun', 'Rosa Marino', 'Nella rosa dei candidati ci sono tre nomi.', 'Ciao Rosa'],
		['name as an adjective', 'Chiara Neri', 'La procedura è chiara.', 'Ciao Chiara'],
		['name inside an expression', 'Massimo Ferri', 'Al massimo entro venerdì.', 'Ciao Massimo'],
		['surname without a title', 'Giulia Bianchi', 'Bianchi, la via è chiusa.', 'Ciao Giulia'],
		['no address at all', 'Giulia Ferri', 'Apriamo alle 9.', 'Ciao Giulia'],
		['an initial without a title', 'Luciano C.', 'C. il sabato apriamo alle 9.', 'Luciano'],
		[
			'the author named in the third person, as in a reply to a newspaper',
			'Rossella Netti',
			'Egregio direttore, rispondiamo alla signora Rossella Netti: il sabato apriamo alle 9.',
			// A letter that opens with "Egregio" gives the Lei: the suggestion is formal too.
			'signora Netti',
		],
		[
			'the author as the signer of a letter',
			'Stefano Borghi',
			'La lettera firmata dal signor Borghi chiede gli orari.',
			'Stefano',
		],
		['a title with another initial', 'Luciano C.', 'Egr. sig. B., il sabato apriamo alle 9.', 'Luciano'],
		['part of a double surname without a title', 'Pietro Lolli Ceroni', 'Lolli, il sabato apriamo alle 9.', 'Pietro'],
		// rubric.md: the @handle the platform inserts on X is addressing, not calling by name.
		['@handle inserted by the platform', 'gianni_74', '@gianni_74 il sabato apriamo alle 9.', 'Ciao Gianni'],
		['@handle of a full name', 'Roberta Milano', '@robertamilano ciao, apriamo alle 9.', 'Ciao Roberta'],
		[
			'a greeting with the handle of an author known only by it',
			'gianni_74',
			'Ciao @gianni_74, apriamo alle 9.',
			'Ciao Gianni',
		],
		["a greeting with someone else's handle", 'Roberta Milano', 'Gentile @comune_valverde, apriamo alle 9.', 'Roberta'],
	])('not met: %s', (_, author, reply, quoted) => {
		const r = verdict(author, reply);
		expect(r.met, r.feedback).toBe(false);
		expect(r.feedback).toContain(quoted);
	});

	it('reads kinds of data listed in round brackets as prose, not as a slot (family AK)', () => {
		const r = verdict(
			'Gianni Bortolotti',
			'Ciao Gianni, il tuo commento riporta i dati di un’altra persona (nome, indirizzo, targa): lo cancelliamo.',
		);
		expect(r.met, r.feedback).toBe(true);
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

// From the rules added after an evaluation (general-rules).
describe('a name that is also a word, or that belongs to another person', () => {
	const grade = (input: GradeInput) => gradeReply(input).criteria;
	const comment = 'Il parco di via Verdi chiude alle 19 anche d’estate?';
	it.each([
		[
			'lowercase adjective after a greeting noun',
			'Chiara Sala',
			'D’estate chiude alle 21. Ti auguriamo una giornata chiara e fresca!',
		],
		['lowercase adjective at the end', 'Serena Pace', 'D’estate chiude alle 21. Buona estate serena'],
		['role word before the first name', 'Marco Testa', 'D’estate chiude alle 21, lo ha deciso il sindaco Marco Lodi.'],
		[
			'abbreviated role before the first name',
			'Giulia Riva',
			'D’estate chiude alle 21: ne risponde la dott.ssa Giulia Sarti.',
		],
		[
			'first name followed by another surname',
			'Luca Ferro',
			'D’estate chiude alle 21, come ha spiegato Luca Bertolini in consiglio.',
		],
	])('not met: %s', (_, author, reply) => {
		expect(grade({ author, comment, reply }).name.met).toBe(false);
	});

	it.each([
		['capitalised name after a greeting noun', 'Serena Pace', 'D’estate chiude alle 21. Buona serata Serena!'],
		['lowercase name after a strong greeting', 'Chiara Sala', 'ciao chiara, d’estate chiude alle 21.'],
		['lowercase name set off by commas', 'Serena Pace', 'Grazie, serena, d’estate chiude alle 21.'],
		['greeting with a title and the first name', 'Giulia Riva', 'Gentile dottoressa Giulia, d’estate chiude alle 21.'],
		['first name with the author’s own surname', 'Luca Ferro', 'Buongiorno Luca Ferro, d’estate chiude alle 21.'],
		['first name before a greeting word', 'Luca Ferro', 'Ciao Luca Grazie per la domanda: d’estate chiude alle 21.'],
	])('met: %s', (_, author, reply) => {
		expect(grade({ author, comment, reply }).name.met).toBe(true);
	});

	it('takes a short form of the first name where it greets, not where it is a word or another name', () => {
		const met = (author: string, reply: string) => grade({ author, comment, reply }).name.met;
		expect(met('Samuele Neri', 'Ciao Samu, d’estate chiude alle 21.')).toBe(true);
		expect(met('Francesco Neri', 'Grazie Fra! D’estate chiude alle 21.')).toBe(true);
		expect(met('Francesco Neri', 'Fra le novità: d’estate chiude alle 21.')).toBe(false);
		expect(met('Simone Neri', 'La SIM della biglietteria è rotta: d’estate chiude alle 21.')).toBe(false);
		// A nickname that is also a word ("vale", "salvo") greets only as a vocative.
		expect(met('Valentina Neri', 'Vale la regola di sempre: d’estate chiude alle 21.')).toBe(false);
		expect(met('Valentina Neri', 'Grazie di cuore Vale! D’estate chiude alle 21.')).toBe(true);
		expect(met('Salvatore Neri', 'Salvo imprevisti, d’estate chiude alle 21.')).toBe(false);
		// A short form that is a name of its own is another person.
		expect(met('Rosanna Neri', 'Gentile Rosa, d’estate chiude alle 21.')).toBe(false);
		expect(met('Marcello Neri', 'Ciao Marco, d’estate chiude alle 21.')).toBe(false);
		// Words joined by a hyphen are a compound, not a vocative (family X: "mar-sab" is no Marcello).
		expect(met('marcello_77', 'Iscrizioni al banco prestiti (mar-sab 9-13): d’estate chiude alle 21.')).toBe(false);
		expect(met('Marcello Neri', 'Grazie, Mar! D’estate chiude alle 21.')).toBe(true);
	});

	it('quotes a compound first name whole', () => {
		const name = grade({ author: 'Anna Lisa Berti', comment, reply: 'Ciao Anna Lisa, chiude alle 21.' }).name;
		expect(name.feedback).toContain('«Anna Lisa»');
	});
});

// From the rules added after an evaluation (general-rules).
describe('handles and pseudonyms: only known first names count', () => {
	const grade = (input: GradeInput) => gradeReply(input).criteria;
	it.each([
		['SilentWolf_77', 'none', ''],
		['Anonima Veneta', 'none', ''],
		['Utente Lombardo', 'none', ''],
		['x.ghost.x', 'none', ''],
		['Rocco_De_Santis', 'person', 'Rocco'],
		['Tiziana.Melis90', 'person', 'Tiziana'],
		['Utente Federica', 'person', 'Federica'],
		['papa_di_giorgio', 'none', ''],
	])('%s', (display, kind, shown) => {
		const parsed = parseDisplayName(display);
		expect(parsed.kind).toBe(kind);
		expect(parsed.addressee.name).toBe(shown);
	});

	it('does not suggest greeting a pseudonym', () => {
		const name = grade({
			author: 'Anonimo Ligure',
			comment: 'Quando apre il mercato?',
			reply: 'Ciao! Sabato alle 8.',
		}).name;
		expect(name.met).toBeNull();
	});
});

// From the rules added after an evaluation (proper-nouns).
describe('name tip: proper nouns and titles', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it.each([
		['a saint in a place name', 'Lucia Ferri', 'Il poliambulatorio di Santa Lucia è aperto dalle 8 alle 14.', false],
		['a street named after a person', 'Giulia Conti', 'La fermata è stata spostata in via Giulia 5.', false],
		[
			'the name as a vocative still counts',
			'Lucia Ferri',
			'Ciao Lucia, il poliambulatorio di Santa Lucia apre alle 8.',
			true,
		],
		['title + surname with an apostrophe', "Carlo Dell'Acqua", "Gentile signor Dell'Acqua, il modulo è online.", true],
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

describe('name tip: surnames with Arabic or other particles', () => {
	it('reads «El Idrissi» and «Ben Salah» as surnames after a title', () => {
		const met = (author: string, reply: string) =>
			gradeReply({ author, comment: 'Quando apre l’anagrafe?', reply }).criteria.name.met;
		expect(met('Karim El Idrissi', 'Gentile signor El Idrissi, l’anagrafe apre alle 9.')).toBe(true);
		expect(met('Fatima Ben Salah', 'Gentile signora Ben Salah, l’anagrafe apre alle 9.')).toBe(true);
		expect(met('Karim El Idrissi', 'Gentile signor Rossi, l’anagrafe apre alle 9.')).toBe(false);
	});
});

describe('name tip: the greeting suggested follows the reply’s register', () => {
	const feedback = (reply: string, author = 'Monica Zanetti') =>
		gradeReply({ author, comment: 'Come consegno il modulo?', reply }).criteria.name.feedback;

	it('suggests a formal greeting, with title and surname when the first name tells the gender, under the "Lei"', () => {
		expect(feedback('Buongiorno, la ringraziamo: può consegnare il modulo allo sportello.')).toContain(
			'«Gentile signora Zanetti»',
		);
		expect(feedback('Buongiorno, la ringraziamo: può consegnare il modulo allo sportello.', 'Marco Rossi')).toContain(
			'«Gentile signor Rossi»',
		);
		expect(feedback('Buongiorno, la ringraziamo: può consegnare il modulo.', 'Ilaria')).toContain('«Gentile Ilaria»');
	});

	it('offers both greetings under the "tu"', () => {
		expect(feedback('Ciao! Puoi consegnare il modulo allo sportello, ti aspettiamo.')).toContain(
			'«Ciao Monica» o «Gentile Monica»',
		);
	});
});

describe('name tip: courtesy forms abbreviated with a dot', () => {
	const name = (author: string, reply: string) =>
		gradeReply({ author, comment: 'Come mando il modulo?', reply }).criteria.name;

	// Family J's J049: "le" of "Gent.le" was read as an article, so "sig.ra Ferrante" was a reference.
	it.each([
		'Gent.le sig.ra Ferrante grazie! Il modulo va per email.',
		'Gent.ma sig.ra Ferrante, il modulo va per email.',
		'Gent.mo Dott. Ferrante, il modulo va per email.',
		'Gentile Dott.ssa Ferrante, il modulo va per email.',
		'Egr. Sig. Ferrante, il modulo va per email.',
		'Egr.mo Prof. Ferrante, il modulo va per email.',
		'Spett.le Avv. Ferrante, il modulo va per email.',
		'Gent.le Ing. Ferrante, il modulo va per email.',
		'gent.le sig.ra ferrante grazie, il modulo va per email.',
	])('calls the author by name: %s', (reply) => {
		const r = name('Rita Ferrante', reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.feedback).toMatch(/ferrante/iu);
	});

	it('reads an abbreviated greeting whole, before a first name that is also a word', () => {
		expect(name('Rosa Ferrante', 'Gent.le Rosa, il modulo va per email.').met).toBe(true);
	});

	it('quotes an abbreviated generic greeting whole, never a cut «Gent»', () => {
		const r = name('Rita Ferrante', 'Gent.le utente, il modulo va per email.');
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('«Gent.le utente» è un saluto generico');
		const bare = name('Rita Ferrante', 'Gent.le, il modulo va per email.');
		expect(bare.feedback).toContain('«Gent.le» è un saluto generico');
	});

	it('still tells another surname after an abbreviated title', () => {
		const r = name('Rita Ferrante', 'Gent.le sig.ra Rossi, il modulo va per email.');
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('«sig.ra Rossi»');
	});
});

describe('name tip: a lowercase nickname that is also a word, as a vocative', () => {
	const name = (author: string, reply: string) =>
		gradeReply({ author, comment: 'Bella serata al cinema sotto le stelle!', reply }).criteria.name;

	// Family J's J031: "grazieee vale" was not met, and the feedback itself suggested «Ciao Vale».
	it.each([
		['vale.rinaldi', 'grazieee vale 😍 il prossimo film è giovedì alle 21.30'],
		['Valentina Neri', 'grazie vale! il prossimo film è giovedì alle 21.30'],
		['Federica Sala', 'grazie mille fede, il prossimo film è giovedì alle 21.30'],
		['Salvatore Neri', 'grz salvo il prossimo film è giovedì alle 21.30'],
		['Sara Colombo', 'sara, grazie! il prossimo film è giovedì alle 21.30'],
	])('met: %s / %s', (author, reply) => {
		const r = name(author, reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.feedback).not.toContain('«Ciao');
	});

	it.each([
		['Valentina Neri', 'Vale la regola di sempre: il prossimo film è giovedì alle 21.30'],
		['Valentina Neri', 'grazie, vale la pena tornare: il prossimo film è giovedì alle 21.30'],
		['Sara Colombo', 'grazie! sarà proiettato giovedì alle 21.30'],
		['Salvatore Neri', 'a giovedì sera salvo pioggia, alle 21.30'],
	])('not met: %s / %s', (author, reply) => {
		expect(name(author, reply).met).toBe(false);
	});
});

describe('name tip: a short form is one word', () => {
	it('never joins letters across words into a short form of the name', () => {
		const r = gradeReply({
			author: 'Achille Neri',
			comment: 'Che bella festa!',
			reply: 'Grazie a chi l’ha resa possibile: la prossima è il 3 maggio.',
		}).criteria.name;
		expect(r.met).toBe(false);
	});
});

describe('name tip: the southern truncated vocative', () => {
	const name = (author: string, reply: string) =>
		gradeReply({ author, comment: 'A chi devo chiedere per la bolletta?', reply }).criteria.name;

	// Family J's J017 and family H's H087: the first name cut after its stressed vowel, marked by an
	// apostrophe or an accent, is how a southern speaker calls Salvatore, Antonio, Peppino.
	it.each([
		['Salvatore Esposito', "Salvato' chiamate Acque di Roccabella al 200 800 789"],
		['Salvatore Esposito', 'Caro Salvatò, chiami Acque di Roccabella al 200 800 789'],
		['Antonio Russo', 'Antò, chiami Acque di Roccabella al 200 800 789'],
		['Antonio Russo', 'grazie Antò! chiami Acque di Roccabella al 200 800 789'],
		['Giuseppe Russo', 'Ciao Peppì, chiami Acque di Roccabella al 200 800 789'],
	])('met: %s / %s', (author, reply) => {
		const r = name(author, reply);
		expect(r.met, r.feedback).toBe(true);
	});

	it.each([
		// A common word written with an accent, even typed with an apostrophe.
		['Cosimo Russo', 'Così è: chiami Acque di Roccabella al 200 800 789'],
		['Cosimo Russo', "cosi' e' piu semplice: chiami Acque di Roccabella"],
		// Inside a sentence, a verb.
		['Girolamo Russo', 'Il Comune girò la pratica ad Acque di Roccabella.'],
		// An elision, a word in quotes, a name of its own, a form too short.
		['Santina Russo', "Sant'Antonio apre alle 9: chiami Acque di Roccabella."],
		['Donatella Russo', "Il progetto 'Dona' parte lunedì: chiami Acque di Roccabella."],
		['Saretta Russo', "Sara' fatto: chiami Acque di Roccabella."],
		['Nicola Russo', 'Nì, chiami Acque di Roccabella.'],
	])('not met: %s / %s', (author, reply) => {
		expect(name(author, reply).met).toBe(false);
	});
});

describe('name tip: on a page that gives the Lei, the suggestion is formal (family J)', () => {
	const LEI_PAGE = 'La pagina del Comune di Roccabella dà del Lei.';
	const feedback = (author: string, reply: string, factSheet?: string) =>
		gradeReply({
			author,
			comment: 'Due ore di fila per un certificato.',
			reply,
			...(factSheet ? { factSheet } : {}),
		}).criteria.name.feedback;

	// J079: «Ciao Bruno» was suggested for signor Castelli on a page that gives the Lei.
	it('follows the register the exercise states for its page', () => {
		const f = feedback('Bruno Castelli', 'ok, dal 4 novembre si entra su appuntamento.', LEI_PAGE);
		expect(f).toContain('«Gentile signor Castelli»');
		expect(f).not.toContain('Ciao');
		expect(feedback('Bruno Castelli', 'ok, dal 4 novembre si entra su appuntamento.')).toContain('«Ciao Bruno»');
	});

	it('follows a reply that gives the Lei or a courtesy title', () => {
		expect(
			feedback('Bruno Castelli', 'Castelli, ci scusi per l’attesa: dal 4 novembre si entra su appuntamento.'),
		).toContain('«Gentile signor Castelli»');
		expect(feedback('Luigi Pratesi', 'Egregio consigliere, i lavori partono il 7 gennaio.')).toContain(
			'«Gentile signor Pratesi»',
		);
	});

	it('takes the gender from a known first name or from the reply’s title, and never guesses it', () => {
		expect(feedback('Vanja Passerini', 'ok, si entra su appuntamento.', LEI_PAGE)).toContain(
			'«Gentile Vanja Passerini»',
		);
		expect(feedback('Kim Castelli', 'ok, si entra su appuntamento.', LEI_PAGE)).toContain('«Gentile Kim Castelli»');
		expect(feedback('Kim Castelli', 'Gentile signora, si entra su appuntamento.')).toContain(
			'«Gentile signora Castelli»',
		);
		expect(feedback('Anna Maria Locatelli', 'ok, si entra su appuntamento.', LEI_PAGE)).toContain(
			'«Gentile signora Locatelli»',
		);
	});
});

describe('name tip: a name that is also a word, called at the start without a comma (family M, M002)', () => {
	it.each([
		['Sara Colombo', 'Sara scrivi ad anagrafe@comune.it e allega il biglietto.', true],
		['Rosa Colombo', 'Rosa ti rispondiamo subito: prenota sul sito.', true],
		// "sarà" typed without its accent: not a call.
		['Sara Colombo', 'Sara possibile prenotare dal 3 marzo sul sito.', false],
		['Vera Colombo', 'Vera la notizia: la biblioteca apre alle 9.', false],
	])('%s / %s → %s', (author, reply, met) => {
		expect(verdict(author, reply).met).toBe(met);
	});
});
