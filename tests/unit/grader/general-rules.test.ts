// General rules added after the second independent evaluation (2026-11): home-page links, a name
// used as a word or by another person, handles and pseudonyms, veiled threats, clearer feedback.
// Every example is fresh: none comes from the evaluation's cases.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { parseDisplayName } from '../../../src/grader/comment/names';
import { analyse } from '../../../src/grader/text/normalize';
import { findOffensive } from '../../../src/grader/comment/offensive';
import type { GradeInput } from '../../../src/grader/types';

const grade = (input: GradeInput) => gradeReply(input).criteria;

describe('a link without a meaningful path is a generic pointer, whatever the body', () => {
	const comment = 'Come si rinnova il contrassegno per il parcheggio disabili?';
	it.each([
		['a transport company', 'Ciao Elena, grazie! Trovi tutto su www.gtt.to.it'],
		['a health authority', 'Ciao Elena, grazie! Consulta il sito www.asl.cuneo.it/'],
		['a region, with /home', 'Ciao Elena, grazie! Info su https://www.regione.piemonte.it/home'],
		['a home page with index.html', 'Ciao Elena, grazie! Vai su www.inps.it/index.html'],
		['a bare domain without www', 'Ciao Elena, grazie! Guarda su aslto4.it per restare aggiornata.'],
	])('not met: %s', (_, reply) => {
		expect(grade({ author: 'Elena Sacco', comment, reply }).detailed.met).toBe(false);
	});

	it.each([
		['a page with a path', 'Ciao Elena, grazie! Il modulo è su www.gtt.to.it/contrassegni-disabili'],
		['a service host', 'Ciao Elena, grazie! Si rinnova online su contrassegni.comune.torino.it con SPID.'],
	])('met: %s', (_, reply) => {
		expect(grade({ author: 'Elena Sacco', comment, reply }).detailed.met).toBe(true);
	});
});

describe('a name that is also a word, or that belongs to another person', () => {
	const comment = 'Il parco di via Verdi chiude alle 19 anche d’estate?';
	it.each([
		['lowercase adjective after a greeting noun', 'Chiara Sala', 'D’estate chiude alle 21. Ti auguriamo una giornata chiara e fresca!'],
		['lowercase adjective at the end', 'Serena Pace', 'D’estate chiude alle 21. Buona estate serena'],
		['role word before the first name', 'Marco Testa', 'D’estate chiude alle 21, lo ha deciso il sindaco Marco Lodi.'],
		['abbreviated role before the first name', 'Giulia Riva', 'D’estate chiude alle 21: ne risponde la dott.ssa Giulia Sarti.'],
		['first name followed by another surname', 'Luca Ferro', 'D’estate chiude alle 21, come ha spiegato Luca Bertolini in consiglio.'],
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

	it('quotes a compound first name whole', () => {
		const name = grade({ author: 'Anna Lisa Berti', comment, reply: 'Ciao Anna Lisa, chiude alle 21.' }).name;
		expect(name.feedback).toContain('«Anna Lisa»');
	});
});

describe('handles and pseudonyms: only known first names count', () => {
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
		const name = grade({ author: 'Anonimo Ligure', comment: 'Quando apre il mercato?', reply: 'Ciao! Sabato alle 8.' }).name;
		expect(name.met).toBeNull();
	});
});

describe('veiled threats: coming over with a weapon or with something to start a fire', () => {
	it.each([
		'Lunedì torno allo sportello con la spranga, vedrete',
		'Se non mi ridate i soldi verrò in municipio col coltello',
		'Passiamo sotto casa dell’assessore con le molotov',
		'Domani arrivo lì con una tanica piena',
	])('threat: %s', (text) => {
		expect(findOffensive(analyse(text)).some((h) => h.kind === 'threat')).toBe(true);
	});

	it.each([
		'le radici ti spaccano il marciapiede',
		'Non ci passo con il passeggino, il marciapiede è stretto',
		'Vengo con mia madre a ritirare la carta d’identità',
		'Torno a casa con la benzina finita perché il distributore era chiuso',
	])('not a threat: %s', (text) => {
		expect(findOffensive(analyse(text))).toEqual([]);
	});
});

describe('feedback wording', () => {
	it('calls a pasted name worse than no name, without ambiguity', () => {
		const name = grade({ author: 'Ilaria Conte', comment: 'Il mercato è aperto?', reply: 'Ciao Martina, sì, fino alle 13.' }).name;
		expect(name.feedback).toContain('peggio che non mettere il nome');
		expect(name.feedback).not.toContain('più di un nome mancante');
	});

	it('does not call a name taken from the comment copy and paste', () => {
		const name = grade({
			author: 'Marta Ruggeri',
			comment: 'Mio figlio Tommaso può iscriversi al centro estivo a luglio?',
			reply: 'Ciao Tommaso, sì: le iscrizioni aprono il 3 giugno.',
		}).name;
		expect(name.met).toBe(false);
		expect(name.feedback).not.toContain('copia e incolla');
		expect(name.feedback).toContain('citata nel commento');
		expect(name.feedback).toContain('Marta');
	});

	it('names the author with the title the reply used for someone else', () => {
		const name = grade({ author: 'Teresa Longo', comment: 'La palestra è aperta?', reply: 'Gentile signora Galli, sì.' }).name;
		expect(name.feedback).toContain('della signora Longo');
	});

	it('asks to answer the request inside an insult', () => {
		const detailed = grade({
			author: 'Ugo Neri',
			comment: 'Branco di incapaci, quando aggiustate il semaforo di via Po?',
			reply: 'Ci dispiace per il disagio.',
		}).detailed;
		expect(detailed.met).toBe(false);
		expect(detailed.feedback).toContain('regole della pagina');
		expect(detailed.feedback).toContain('rispondi alla richiesta');
	});

	it('acknowledges a request to moderate the tone but asks for the rules', () => {
		const detailed = grade({ author: 'Ugo Neri', comment: 'Siete dei buffoni', reply: 'Ugo, ti chiediamo di moderare i toni.' }).detailed;
		expect(detailed.feedback).toContain('moderare i toni, ma non basta');
	});

	it.each([
		['a time range with minutes', 'Ciao Ada, grazie! Aperto 7-9:30 e 16-19.', '«7-9:30»'],
		['a day range without a month', 'Ciao Ada, grazie! Chiuso dal 3 al 17 per lavori.', '«dal 3 al 17»'],
		['a numbered file', 'Ciao Ada, grazie! È la pratica n. 2025/334, chiusa giovedì.', '«n. 2025/334»'],
		['a time, not the word after it', 'Ciao Ada, grazie! Si apre alle 7 fino a sera.', '«alle 7»'],
	])('quotes whole facts: %s', (_, reply, quoted) => {
		const detailed = grade({ author: 'Ada Serra', comment: 'Quando è aperta la piscina?', reply }).detailed;
		expect(detailed.feedback).toContain(quoted);
	});
});
