// Feedback is Italian, addressed to the learner with "tu", and concrete: it quotes the learner's
// words, names the person, names the missing key facts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema } from '../../../../src/schemas/exercise';
import { exerciseGradeInput } from '../../../../src/grading/load';
import { gradeReply } from '../../../../src/grader/index';
import { list, quote } from '../../../../src/grader/feedback/texts';
import type { GradeInput } from '../../../../src/grader/types';

// Formal "Lei" forms addressed to the learner would break the course's "tu" rule.
const LEI = /\b(?:Lei|Sua|Suo|aggiunga|scriva|usi|inizi)\b/u;

describe('feedback texts', () => {
	it('quotes and lists in Italian style', () => {
		expect(quote('  Ciao   Giulia ')).toBe('«Ciao Giulia»');
		expect(quote('x'.repeat(100), 10)).toBe('«xxxxxxxxx…»');
		expect(list(['a', 'b', 'c'])).toBe('a, b e c');
		expect(list(['a'])).toBe('a');
	});

	const samples = [
		{
			author: 'Giulia Ferri',
			comment: 'Quando passa la plastica?',
			reply: 'Gentile utente, la inoltreremo agli uffici competenti. Cordiali saluti.',
		},
		{
			author: "Nicolò D'Angelo",
			comment: 'Come faccio il cambio di residenza?',
			reply: 'Ciao Luca, grazie al nuovo portale fai tutto online.',
		},
		{
			author: 'Sara Conti',
			comment: 'Quando asfaltate?',
			reply: 'Gentile [NOME], ringraziamo i volontari. La strada sarà asfaltata il 3 maggio.',
		},
		{
			author: 'Marco R.',
			comment: 'Festa bellissima!',
			reply: 'Grazie Marco! Le foto sono su comune.valverde.example.it/festa.',
		},
	];

	it.each(samples)('speaks to the learner with "tu" ($reply)', (input) => {
		const r = gradeReply(input);
		for (const c of Object.values(r.criteria)) {
			expect(c.feedback.length).toBeGreaterThan(20);
			expect(c.feedback).not.toMatch(LEI);
		}
	});

	it('names what it found', () => {
		const r = gradeReply(samples[1] ?? samples[0]!);
		expect(r.criteria.name.feedback).toContain('Luca');
		expect(r.criteria.name.feedback).toContain('Nicolò');
		expect(r.criteria.thanks.feedback).toContain('grazie al nuovo');
		const b = gradeReply(samples[0]!);
		expect(b.criteria.detailed.feedback).toContain('la inoltreremo agli uffici competenti');
	});

	it('names the missing key facts', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'Quando passa?',
			reply: 'Ciao Marco, passa venerdì.',
			keyFacts: [
				{ label: 'il giorno', variants: ['venerdì'] },
				{ label: "l'orario", variants: ['entro le 6'] },
			],
		});
		expect(r.criteria.detailed.feedback).toContain("Da aggiungere: l'orario.");
	});
});

describe('overall score', () => {
	it('is the mean of the criteria that apply', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'Siete dei ladri!',
			offensive: true,
			reply: 'Marco, niente insulti: lo dice la netiquette.',
		});
		expect(r.criteria.thanks.met).toBeNull();
		expect(r.score).toBeCloseTo((r.criteria.detailed.score + r.criteria.name.score) / 2, 2);
	});

	it('includes the key-fact check only when the exercise gives key facts', () => {
		expect(gradeReply({ author: 'A', comment: 'B', reply: 'C' }).keyFacts).toBeUndefined();
		expect(
			gradeReply({ author: 'A', comment: 'B', reply: 'C', keyFacts: [{ label: 'x', variants: ['y'] }] }).keyFacts,
		).toHaveLength(1);
	});
});

// From the rules added after an evaluation (general-rules).
describe('feedback wording', () => {
	const grade = (input: GradeInput) => gradeReply(input).criteria;
	it('calls a pasted name worse than no name, without ambiguity', () => {
		const name = grade({
			author: 'Ilaria Conte',
			comment: 'Il mercato è aperto?',
			reply: 'Ciao Martina, sì, fino alle 13.',
		}).name;
		expect(name.feedback).toContain('peggio che non mettere il nome');
		expect(name.feedback).not.toContain('più di un nome mancante');
	});

	it('calls a misspelt name a misspelling, not copy and paste', () => {
		const misspelt = grade({
			author: 'Debora Pinna',
			comment: 'L’altalena è rotta.',
			reply: 'Ciao Deborah, grazie!',
		}).name;
		expect(misspelt.met).toBe(false);
		expect(misspelt.feedback).toContain('controlla come si scrive il nome');
		expect(misspelt.feedback).not.toContain('copia e incolla');
		const other = grade({ author: 'Debora Pinna', comment: 'L’altalena è rotta.', reply: 'Ciao Marta, grazie!' }).name;
		expect(other.feedback).toContain('copia e incolla');
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
		const name = grade({
			author: 'Teresa Longo',
			comment: 'La palestra è aperta?',
			reply: 'Gentile signora Galli, sì.',
		}).name;
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
		const detailed = grade({
			author: 'Ugo Neri',
			comment: 'Siete dei buffoni',
			reply: 'Ugo, ti chiediamo di moderare i toni.',
		}).detailed;
		expect(detailed.feedback).toContain('moderare i toni, ma non basta');
	});

	it.each([
		['a time range with minutes', 'Ciao Ada, grazie! Aperto 7-9:30 e 16-19.', '«7-9:30»'],
		['a day range without a month', 'Ciao Ada, grazie! Chiuso dal 3 al 17 per lavori.', '«dal 3 al 17»'],
		[
			'a numbered file',
			'Ciao Ada, grazie! È la pratica n. 2025/334, chiusa giovedì.',
			'«n. 2025/334»',
			'Che fine ha fatto la mia pratica?',
		],
		['a time, not the word after it', 'Ciao Ada, grazie! Si apre alle 7 fino a sera.', '«alle 7»'],
	])('quotes whole facts: %s', (_, reply, quoted, comment = 'Quando è aperta la piscina?') => {
		const detailed = grade({ author: 'Ada Serra', comment, reply }).detailed;
		expect(detailed.feedback).toContain(quoted);
	});
});

// From the rules added after an evaluation (next-steps).
describe('feedback', () => {
	const detailed = (author: string, comment: string, reply: string) =>
		gradeReply({ author, comment, reply }).criteria.detailed;
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

// From the rules added after an evaluation (quotes-and-numbers).
describe('detailed feedback wording', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it('says "sul commento" when the author has no usable name', () => {
		const r = grade('user83920', 'La fontana del parco perde acqua.', 'Grazie, ne prendiamo nota.');
		expect(r.criteria.detailed.feedback).not.toContain('su il commento');
	});
	it('does not speak of a question when the comment asks none', () => {
		const r = grade(
			'Elisa Conti',
			'La fontana del parco Verdi perde acqua da ieri.',
			'Ciao Elisa, grazie! La biblioteca è aperta dalle 9 alle 18.',
		);
		expect(r.criteria.detailed.met).toBe(false);
		expect(r.criteria.detailed.feedback).not.toContain('domanda');
	});
});

describe('feedback: a long reply with facts that answer something else (family I)', () => {
	it('says what was asked, not that the reply says nothing', () => {
		const feedback = gradeReply({
			author: 'Federica Neri',
			comment: 'Ho compilato il questionario sulla mensa. E i risultati dove si vedono??',
			reply:
				'Ciao Federica, grazie del commento! Il questionario è anonimo, si compila in cinque minuti ed è aperto fino al 20 giugno su comune.valverde.example.it/questionario-mensa. Più genitori partecipano, più il risultato è rappresentativo: passaparola, così la commissione ha un quadro completo!',
			keyFacts: [{ label: 'dove escono i risultati', variants: ['sito del Comune', 'albo della scuola'] }],
		}).criteria.detailed.feedback;
		expect(feedback).not.toContain('non dice niente di concreto');
		expect(feedback).toContain('Federica chiede');
	});
});

describe('feedback: sarcastic praise is a complaint', () => {
	it('does not call «complimenti 👏👏 3 multe…» a compliment', () => {
		const feedback = gradeReply({
			author: 'kevin_rota',
			comment:
				'complimenti 👏👏 3 multe in una settimana xké il varco di via Mazzini è segnalato da cani. Bella macchinetta da soldi',
			reply: 'Ciao Kevin, grazie per averci scritto.',
		}).criteria.detailed.feedback;
		expect(feedback).not.toContain('complimento');
		expect(feedback).toContain('si lamenta');
	});

	it('says apologies alone are not enough only to a reply that apologises, and quotes no promise it did not make', () => {
		const complaint = (reply: string) =>
			gradeReply({
				author: 'kevin_rota',
				comment: '3 multe in una settimana xké il varco di via Mazzini è segnalato da cani. Vergogna',
				reply,
			}).criteria.detailed.feedback;
		expect(complaint('Ciao Kevin, grazie per averci scritto.')).not.toContain('scuse');
		expect(complaint('Ciao Kevin, ci scusiamo per il disagio.')).toContain('Le scuse da sole non bastano.');
		const report = gradeReply({
			author: 'Sara Bini',
			comment: 'Il lampione di via Roma è spento da una settimana.',
			reply: 'Ciao Sara, grazie per averci scritto.',
		}).criteria.detailed.feedback;
		expect(report).toContain('segnala un problema');
		expect(report).not.toContain('Quanto prima');
	});
});

describe('feedback: what was asked, quoted where it asks', () => {
	const said = (comment: string) =>
		gradeReply({ author: 'Sara Bini', comment, reply: 'Ciao Sara, grazie per averci scritto.' }).criteria.detailed
			.feedback;
	it('quotes the clause of a long question that asks, not its cut opening', () => {
		const feedback = said(
			'ho provato a prenotare ma il primo posto libero è a maggio!! e la carta mi scade tra due settimane 😩 a fine mese devo partire x lavoro, come faccio??',
		);
		// The emoji closes the sentence before it: the question is quoted whole, with no cut opening.
		expect(feedback).toContain('«a fine mese devo partire x lavoro, come faccio??»');
	});
	it('quotes the clause of a long question that asks, marking its cut opening', () => {
		const feedback = said(
			'ho provato a prenotare ma il primo posto libero è a maggio e la carta mi scade tra due settimane e a fine mese devo partire per lavoro con tutta la famiglia, come faccio??',
		);
		expect(feedback).toContain('come faccio??»');
		expect(feedback).toContain('«…');
	});
	it('asks to pick one of two choices, not to answer yes or no', () => {
		const feedback = said('Buongiorno, la scadenza del bando è il 30 o il 31?');
		expect(feedback).toContain("di' quale delle due vale");
		expect(feedback).not.toContain('sì o no');
	});
});

describe('feedback: words for any learner (family K)', () => {
	it('asks for calm under an offensive comment without assuming the learner is a man', () => {
		const feedback = gradeReply({
			author: 'Gianni Rossi',
			comment: 'Siete dei buffoni incapaci!!! Quando riapre la piscina?',
			reply: 'Gianni, la piscina riapre lunedì 3 novembre.',
			offensive: true,
		}).criteria.thanks.feedback;
		expect(feedback).toContain('Mantieni la calma');
		expect(feedback).not.toMatch(/\b(?:calmo|sicuro|attento|tranquillo)\b/u);
	});
});

describe('feedback: key-fact labels with brackets of their own (family M)', () => {
	it('nests them as square brackets inside the round ones', () => {
		const exercise = exerciseSchema.parse(
			parse(
				readFileSync(
					fileURLToPath(new URL('../../../../exercises/servizio-fuori-orario-mensa.yaml', import.meta.url)),
					'utf8',
				),
			),
		);
		const feedback = gradeReply(exerciseGradeInput(exercise, exercise.modelAnswers[0] ?? '')).criteria.detailed
			.feedback;
		expect(feedback).toContain('(la mensa oggi è aperta [sciopero revocato]');
		expect(feedback).not.toContain('))');
	});
});

describe('feedback: an office named without a way to reach it', () => {
	const input = {
		author: 'Matteo Galli',
		comment: 'È caduto un albero sui fili in via dei Pini, è pericoloso!',
		reply: 'Matteo, abbiamo avvisato l’ufficio manutenzione.',
	};
	it('lets the missing key facts say what to add, not an office’s hours, when the exercise lists them', () => {
		const feedback = gradeReply({
			...input,
			keyFacts: [{ label: 'il numero di emergenza', variants: ['112'] }],
		}).criteria.detailed.feedback;
		expect(feedback).toContain('da solo non basta per agire.');
		expect(feedback).not.toContain('orari');
		expect(feedback).toContain('Mancano le informazioni chiave: il numero di emergenza.');
	});
	it('suggests the ways to reach an office when the exercise lists no key facts', () => {
		expect(gradeReply(input).criteria.detailed.feedback).toContain("orari e indirizzo dell'ufficio");
	});
});

describe('feedback on what a thirteenth outside tester read (family Q)', () => {
	it('cuts a long quote between words', () => {
		expect(quote('In piazza troverà anche un percorso tattile e un volontario', 40)).toBe(
			'«In piazza troverà anche un percorso…»',
		);
		expect(quote('Ciao', 40)).toBe('«Ciao»');
	});

	it('counts "niente sanzioni" as "nessuna sanzione", and a link as no office named (Q039)', () => {
		const input = {
			author: 'Nicoletta Bruni',
			comment: 'L’avviso TARI non mi è mai arrivato, come pago entro il 31 luglio?',
			keyFacts: [
				{
					label: 'i contatti dell’Ufficio tributi',
					variants: ['Ufficio tributi', '200 000 321', 'tributi@comune.valverde.example.it'],
				},
				{ label: 'nessuna sanzione', variants: ['nessuna sanzione', 'senza sanzioni'] },
			],
		};
		const d = gradeReply({
			...input,
			reply:
				'Nicoletta, la copia la scarichi da tributi.comune.valverde.example.it con SPID, e pagando entro il 31 luglio niente sanzioni.',
		}).criteria.detailed;
		expect(d.feedback).toContain('Da aggiungere: i contatti dell’Ufficio tributi.');
		expect(d.feedback).toContain('(nessuna sanzione)');
		const named = gradeReply({
			...input,
			reply:
				'Nicoletta, scrivi a tributi@comune.valverde.example.it: pagando entro il 31 luglio non ci sono sanzioni, nessuna.',
		}).criteria.detailed;
		expect(named.feedback).not.toContain('Da aggiungere: i contatti');
	});
});
