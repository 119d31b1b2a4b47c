// Advice shown apart from the score: jargon, readability, capitals, privacy, length.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { analyse } from '../../../../src/grader/text/normalize';
import { gulpease } from '../../../../src/grader/feedback/advice';

const advise = (reply: string, comment = 'Quando passa la raccolta?') =>
	gradeReply({ author: 'Anna Rossi', comment, reply }).advice;
const kinds = (reply: string, comment?: string) => advise(reply, comment).map((a) => a.kind);

describe('advice', () => {
	it.each([
		['si rappresenta che', 'ti comunichiamo che'],
		['in riferimento alla', 'riguardo a'],
		['qualora', 'se'],
		['istanza', 'domanda'],
		['medesima', 'stesso o stessa'],
		['previa', 'dopo o con'],
	])('suggests a plain alternative to «%s»', (jargon, plain) => {
		const reply = `Gentile utente, ${jargon} la pratica è chiusa.`;
		const advice = advise(reply).find((a) => a.kind === 'jargon' && a.suggestion === plain);
		// Alternatives are quoted one by one: «dopo» o «con», not «dopo, con» (family M).
		expect(advice?.message).toContain(`«${plain.split(' o ').join('» o «')}»`);
		const [range] = advice?.evidence ?? [];
		expect(reply.slice(range?.start, range?.end).toLowerCase()).toBe(jargon);
	});

	it('suggests the plain words in the reply’s register and the participle’s gender (family Q, Q008)', () => {
		const lei = advise(
			'Gentile Signora Ferrante, si comunica che la Sua segnalazione è stata trasmessa all’Ufficio tecnico. La ringraziamo.',
		);
		const suggestions = lei.filter((a) => a.kind === 'jargon').map((a) => a.suggestion);
		expect(suggestions).toContain('la informiamo che');
		expect(suggestions).toContain('inviata');
		const tu = advise('Ciao Anna, si comunica che il tuo modulo è stato trasmesso all’ufficio. Grazie a te.');
		expect(tu.filter((a) => a.kind === 'jargon').map((a) => a.suggestion)).toEqual(['ti informiamo che', 'inviato']);
	});

	it('says to drop a formula that has no plain form, with nothing to try instead', () => {
		const advice = advise('Gentile utente, si precisa che la pratica è chiusa.').find((a) => a.kind === 'jargon');
		expect(advice?.message).toBe('«si precisa che» è burocratese: togli la formula.');
		expect(advice?.suggestion).toBeUndefined();
	});

	it('computes the Gulpease index and flags hard texts only', () => {
		const easy = analyse(
			'Ciao Anna. La plastica passa il martedì. Metti il sacco fuori la sera. Se piove, va bene lo stesso. Grazie a te. A presto.',
		);
		expect(gulpease(easy)).toBeNull();
		const hard =
			'In riferimento alla comunicazione pervenuta si rappresenta che la documentazione amministrativa relativa alla procedura di rimborso risulta attualmente sottoposta alle necessarie verifiche istruttorie da parte degli uffici competenti, che provvederanno successivamente alla predisposizione del provvedimento conclusivo secondo le disposizioni regolamentari vigenti.';
		expect(kinds(hard)).toContain('readability');
	});

	it('calls «utenza» jargon for the people, not for a utility account', () => {
		expect(kinds('Si invita l’utenza a prenotare online.')).toContain('jargon');
		expect(kinds('La domanda la firma l’intestatario dell’utenza.')).not.toContain('jargon');
		expect(kinds('Per un’utenza domestica la tariffa è la stessa.')).not.toContain('jargon');
	});

	it('leaves out of readability the links and emails a reply must give, and short sentences', () => {
		// Family I's I021: index 58 with its two links read as words, 62 without them; sentences of 16 words.
		const plain =
			'Enzo, ti rispondiamo volentieri, ma senza insulti: la netiquette della pagina (comune.valverde.example.it/social) prevede che i commenti offensivi vengano rimossi. Veniamo al lavoro: via Roma resta chiusa fino a venerdì 14 per il rifacimento della rete del gas. Passa da viale Europa e poi da via dei Tigli. Se prendi il 3, la fermata provvisoria è in piazza Garibaldi; la mappa completa è su comune.valverde.example.it/lavori.';
		expect(gulpease(analyse(plain))).toBeLessThan(60);
		expect(kinds(plain)).not.toContain('readability');
		const long =
			'Con riferimento alla segnalazione relativa al malfunzionamento della illuminazione pubblica nella zona residenziale settentrionale comunichiamo che la ditta appaltatrice provvederà alla sostituzione integrale del cavo danneggiato e al ripristino della regolare erogazione del servizio entro la giornata di giovedì.';
		expect(advise(long).find((a) => a.kind === 'readability')?.message).toMatch(/frasi di \d+ parole in media/u);
	});

	it('flags shouting in capitals but not acronyms', () => {
		expect(kinds('CIAO ANNA, LA RACCOLTA PASSA DOMANI ALLE 7!')).toContain('capitals');
		expect(kinds('Ciao Anna, paga la TARI con pagoPA o F24 e lo SPID.')).not.toContain('capitals');
	});

	it('advises removing a comment that exposes personal data, unless the reply handles it', () => {
		const comment = 'Ecco il mio IBAN IT60 X054 2811 1010 0000 0123 456, quando arriva il rimborso?';
		expect(kinds('Il rimborso arriva a giugno.', comment)).toContain('privacy');
		// Hiding is not enough on Facebook: the author and their friends still see a hidden comment.
		expect(kinds('Abbiamo nascosto il tuo commento.', comment)).toContain('privacy');
		expect(kinds('Ti chiediamo di togliere il commento: scrivici in privato.', comment)).not.toContain('privacy');
	});

	it('flags replies far too long for a social thread', () => {
		expect(kinds('La raccolta passa il martedì. '.repeat(40))).toContain('length');
		expect(kinds('La raccolta passa il martedì.')).not.toContain('length');
	});

	it('never changes the verdicts', () => {
		const plain = gradeReply({ author: 'Anna', comment: 'Quando passa?', reply: 'Ciao Anna, grazie! Passa martedì.' });
		const shouted = gradeReply({
			author: 'Anna',
			comment: 'Quando passa?',
			reply: 'CIAO ANNA, GRAZIE! PASSA MARTEDÌ.',
		});
		expect(shouted.criteria.detailed.met).toBe(plain.criteria.detailed.met);
		expect(shouted.criteria.name.met).toBe(plain.criteria.name.met);
		expect(shouted.criteria.thanks.met).toBe(plain.criteria.thanks.met);
	});
});

describe('privacy advice in a private message (family L)', () => {
	const comment = 'Mio figlio è celiaco, fa la terza B alla Rodari: come chiedo la dieta?';
	const advice = (reply: string, channel?: 'private') =>
		gradeReply({ author: 'Laura Piras', comment, reply, ...(channel ? { channel } : {}) }).advice.filter(
			(a) => a.kind === 'privacy',
		);

	it('is only about the public comment, never "prosegui in messaggio privato"', () => {
		const [a] = advice(
			'Gentile signora Piras, le scriviamo in privato: la dieta si chiede con il modulo sul sito.',
			'private',
		);
		expect(a?.message).toMatch(/^Il commento pubblico contiene dati personali \(dati sulla salute\)/u);
		expect(a?.message).not.toContain('messaggio privato');
		// In public, moving to a private channel handles it.
		expect(advice('Gentile signora Piras, le scriviamo in privato per la dieta.')).toEqual([]);
	});

	it('is not given when the reply says the comment is removed', () => {
		expect(
			advice(
				'Gentile signora Piras, cancelliamo il suo commento dalla pagina. La dieta si chiede con il modulo.',
				'private',
			),
		).toEqual([]);
	});
});
