// The detailed tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import type { GradeInput } from '../../../../src/grader/types';
import { daysIn } from '../../../../src/grader/reply/factFilters';

const BUCA = 'Buca enorme in via Roma davanti al civico 8. Quando la sistemate?';
const verdict = (comment: string, reply: string, extra: Partial<GradeInput> = {}) =>
	gradeReply({ author: 'Anna Rossi', comment, reply, ...extra }).criteria.detailed;
/** Whether the detailed tip is met. */
const detailed = (comment: string, reply: string): boolean | null => verdict(comment, reply).met;

describe('detailed tip: concrete facts', () => {
	it.each([
		['a date', 'La chiudiamo giovedì 12 marzo.'],
		['a time', 'La squadra arriva alle 14:30.'],
		['a timeframe', 'La chiudiamo entro fine settimana.'],
		['a status', 'La buca è già stata chiusa stamattina.'],
		['a phone number', 'Per urgenze chiama lo 0573 000 123.'],
		['an email', 'Manda una foto a manutenzioni@comune.valverde.example.it.'],
		['a specific link', 'Segui i lavori su comune.valverde.example.it/lavori-via-roma.'],
		['an address', 'Il cantiere parte da via Mazzini 4.'],
		['steps with documents', 'Compila il modulo di risarcimento e allega la fattura del gommista.'],
	])('met with %s', (_, reply) => {
		const r = verdict(BUCA, reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.evidence.length).toBeGreaterThan(0);
	});

	it.each([
		['an amount', 'Quanto rimborsate per una gomma bucata in via Roma?', 'Il risarcimento arriva fino a 500 euro.'],
		['a number of things', 'Quante buche chiudete in via Roma?', 'In via Roma chiudiamo 3 buche.'],
	])('met with %s, when that is what was asked', (_, comment, reply) => {
		const r = verdict(comment, reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.evidence.length).toBeGreaterThan(0);
	});

	it('answers a where-question with a venue', () => {
		expect(
			verdict('Dove si buttano le pile?', 'Le pile vanno nei contenitori in tabaccheria o all\u2019ecocentro.').met,
		).toBe(true);
	});

	it('accepts a yes/no answer that restates the subject', () => {
		expect(verdict('Il sabato la biblioteca è aperta?', 'Sì, il sabato la biblioteca è aperta.').met).toBe(true);
		expect(verdict('Domani le scuole sono chiuse?', 'Le scuole domani sono aperte regolarmente.').met).toBe(true);
		expect(verdict('È così che trattate gli anziani?', 'No, ci dispiace molto.').met).toBe(false);
	});
});

describe('detailed tip: a question between two choices', () => {
	const comment = 'Vorrei sapere come fate le statistiche: lavoro 8 ore al mese, sono occupato o disoccupato?';
	it('is answered by a sentence that picks one choice, with its condition', () => {
		expect(
			detailed(comment, 'È considerato occupato se nella settimana dell’indagine ha lavorato almeno un’ora.'),
		).toBe(true);
	});
	it('is not answered by a sentence that names both, or neither', () => {
		expect(detailed(comment, 'Occupato o disoccupato dipende da tanti fattori, grazie della domanda.')).toBe(false);
		expect(detailed(comment, 'Grazie per la domanda, è un tema importante per noi.')).toBe(false);
	});
});

describe('detailed tip: not met', () => {
	it.each([
		['boilerplate', 'Grazie per la segnalazione, la inoltreremo agli uffici competenti.', 'uffici competenti'],
		['URP pointer', "Per informazioni contattare l'URP.", 'generica'],
		['vague promise', 'Interverremo il prima possibile.', 'generica'],
		['home page', 'Trovi tutto su www.comune.valverde.it', 'concreta'],
		['law citation', 'Le opere sono disciplinate dal DPR 380/2001.', 'concreta'],
		[
			'bureaucratic length',
			'In riferimento alla Sua comunicazione si rappresenta che la medesima verrà trasmessa per le opportune valutazioni del caso, e che sarà cura dello scrivente fornire ogni utile riscontro nei tempi tecnici necessari, compatibilmente con i carichi di lavoro e le risorse disponibili.',
			'',
		],
	])('%s', (_, reply, hint) => {
		const r = verdict(BUCA, reply);
		expect(r.met, r.feedback).toBe(false);
		expect(r.feedback.toLowerCase()).toContain(hint.toLowerCase());
	});

	it('rejects an office named alone', () => {
		const r = verdict(
			"Ho pagato due volte l'IMU, come chiedo il rimborso?",
			"Per il rimborso si rivolga all'Ufficio tributi.",
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('ufficio');
	});

	it('rejects a generic help desk as the only answer to a report, not a specific office', () => {
		const report = 'Lo streaming si blocca dopo la pubblicità, e non è la mia connessione';
		expect(
			detailed(report, 'Ci dispiace per l’inconveniente: per problemi con l’app contatta supporto@rai.it, grazie'),
		).toBe(false);
		expect(detailed(BUCA, 'Manda una foto a manutenzioni@comune.valverde.example.it, grazie.')).toBe(true);
	});

	it('rejects details about something else', () => {
		const r = verdict(
			'Quando ritirate il vetro in via Garibaldi?',
			'La raccolta della carta è il lunedì, dalle 6 alle 12.',
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('non riguardano');
		expect(verdict('Quando scade la prima rata della TARI?', "La prima rata dell'IMU scade il 16 giugno.").met).toBe(
			false,
		);
		expect(
			verdict('Lo scuolabus può fermarsi in via dei Mulini?', 'Sabato alle 21 c\u2019è il concerto in piazza!').met,
		).toBe(false);
	});

	it('rejects a reply already used for another comment, even with facts', () => {
		const previous = ['Ciao Marco, grazie! La buca la chiudiamo giovedì 12 con asfalto a freddo.'];
		const r = verdict(BUCA, 'Ciao Anna, grazie! La buca la chiudiamo giovedì 12 con asfalto a freddo.', {
			previousReplies: previous,
		});
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('copia e incolla');
		expect(r.score).toBe(0);
	});

	it('keeps a rewritten reply that shares some words with an earlier one', () => {
		const previous = ['Ciao Marco, grazie! Lo sfalcio del parco è mercoledì 21.'];
		expect(
			verdict(BUCA, 'Ciao Anna, grazie! La buca di via Roma la chiudiamo giovedì 12.', { previousReplies: previous })
				.met,
		).toBe(true);
	});
});

describe('detailed tip: compliments', () => {
	const PRAISE = 'Festa bellissima, complimenti a tutti!';
	it('a bare thanks is not detailed', () => {
		expect(verdict(PRAISE, 'Grazie! 😊').met).toBe(false);
	});
	it('picking up the praise without adding anything is not detailed', () => {
		expect(verdict(PRAISE, 'Siamo felici che la festa ti sia piaciuta!').met).toBe(false);
	});
	it('picking up the praise and adding where the photos are is detailed', () => {
		expect(
			verdict(PRAISE, 'Siamo felici che la festa ti sia piaciuta! Le foto sono su comune.valverde.example.it/festa.')
				.met,
		).toBe(true);
	});
});

describe('detailed tip: offensive comments', () => {
	it('without a request, recalling the rules is enough', () => {
		const r = verdict(
			'Sindaco pagliaccio!',
			'Su questa pagina non sono ammessi insulti, lo prevede la social media policy.',
			{ offensive: true },
		);
		expect(r.met).toBe(true);
	});
	it('with a real request, the rules alone are not enough', () => {
		const comment = 'Siete dei ladri! Quando riapre la piscina?';
		expect(verdict(comment, 'Il suo commento viola la netiquette.', { offensive: true }).met).toBe(false);
		expect(
			verdict(comment, 'Niente insulti, per favore (netiquette). La piscina riapre lunedì 3 novembre.', {
				offensive: true,
			}).met,
		).toBe(true);
	});
});

describe('detailed tip: key facts', () => {
	const keyFacts = [
		{ label: 'il giorno del recupero', variants: ['venerdì 2 maggio', 'venerdì'] },
		{ label: "l'orario", variants: ['entro le 6', 'dalle 20'] },
		{ label: 'dove controllare', variants: ['calendario', 'comune.roccabella.example.it/rifiuti'] },
	];
	const comment = 'Il 1° maggio passate per l\u2019umido o devo aspettare lunedì?';

	it('scores the share of key facts found and names the missing ones', () => {
		const r = gradeReply({
			author: 'Marco',
			comment,
			reply: 'Il recupero è venerdì 2 maggio, metti fuori il bidone dalle 20 di giovedì.',
			keyFacts,
		});
		expect(r.criteria.detailed.met).toBe(true);
		expect(r.criteria.detailed.feedback).toContain('dove controllare');
		expect(r.keyFacts?.map((k) => k.found)).toEqual([true, true, false]);
		expect(r.criteria.detailed.score).toBeCloseTo(0.83, 2);
	});

	it('accepts inflections and number words in variants', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'Quanto ci vuole?',
			reply: 'Ti rispondiamo in cinque giorni lavorativi e le raccolte differenziate restano uguali.',
			keyFacts: [
				{ label: 'i tempi', variants: ['5 giorni'] },
				{ label: 'la raccolta', variants: ['raccolta differenziata'] },
			],
		});
		expect(r.keyFacts?.every((k) => k.found)).toBe(true);
	});

	it('accepts codes with other separators', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'A che ora passa?',
			reply: 'Passa alle 7.40, chiama lo 0573000123 per dubbi.',
			keyFacts: [
				{ label: "l'ora", variants: ['7:40'] },
				{ label: 'il telefono', variants: ['0573 000 123'] },
			],
		});
		expect(r.keyFacts?.every((k) => k.found)).toBe(true);
	});

	it('is not met when no key fact is there', () => {
		const r = gradeReply({ author: 'Marco', comment, reply: 'Ciao Marco, grazie! Stiamo verificando.', keyFacts });
		expect(r.criteria.detailed.met).toBe(false);
		expect(r.criteria.detailed.feedback).toContain("il giorno del recupero, l'orario e dove controllare");
	});
});

// From the rules added after an evaluation (general-rules).
describe('a link without a meaningful path is a generic pointer, whatever the body', () => {
	const grade = (input: GradeInput) => gradeReply(input).criteria;
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

// From the rules added after an evaluation (next-steps).
describe('specific next steps count as detailed', () => {
	const detailed = (author: string, comment: string, reply: string) =>
		gradeReply({ author, comment, reply }).criteria.detailed;
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

// From the rules added after an evaluation (next-steps).
describe('generic referrals and bare yeses', () => {
	const detailed = (author: string, comment: string, reply: string) =>
		gradeReply({ author, comment, reply }).criteria.detailed;
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

// From the rules added after an evaluation (next-steps).
describe('"chi" questions are answered by naming who', () => {
	const detailed = (author: string, comment: string, reply: string) =>
		gradeReply({ author, comment, reply }).criteria.detailed;
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

// From the rules added after an evaluation (quotes-and-numbers).
describe('evidence keeps Italian number formats whole', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it('quotes «2.400 domande» and «1,5 milioni», not their tails', () => {
		const r = grade(
			'Elisa Conti',
			'Quante domande sono arrivate per il bonus affitti?',
			'Ciao Elisa, grazie! Sono arrivate 2.400 domande, per 1,5 milioni di euro in tutto.',
		);
		expect(r.criteria.detailed.feedback).toContain('«2.400 domande»');
		expect(r.criteria.detailed.feedback).not.toMatch(/«400 domande»|«5 milioni/u);
	});

	it('quotes a time with its minutes, «alle 9:30», not «alle 9»', () => {
		const r = grade(
			'Mario Neri',
			'Il bus 5 non passa da mezz’ora',
			'Ciao Mario, il bus è fermo per un guasto: riparte alle 9:30.',
		);
		expect(r.criteria.detailed.feedback).toContain('«alle 9:30»');
		const dotted = grade('Mario Neri', 'A che ora apre?', 'Ciao Mario, apre alle ore 8.30 ogni giorno.');
		expect(dotted.criteria.detailed.feedback).toContain('«alle ore 8.30»');
	});
});

// From the rules added after an evaluation (quotes-and-numbers).
describe('relevance: the same thing in other words', () => {
	const grade = (author: string, comment: string, reply: string) => gradeReply({ author, comment, reply });
	it.each([
		[
			'Ci sono ancora posti per il corso di nuoto per ragazzi?',
			'Ciao Elisa, grazie! Sì, restano 4 posti il lunedì alle 17: iscrizioni alla cassa della piscina.',
		],
		[
			"Un'altra estate senza aria condizionata in municipio, complimenti!",
			"Ciao Elisa, hai ragione. Da luglio la sala d'attesa al piano terra è climatizzata, aperta fino alle 18.",
		],
	])('%s', (comment, reply) => {
		expect(grade('Elisa Conti', comment, reply).criteria.detailed.met).toBe(true);
	});
});

// From the rules added after an evaluation (relevance-cases).
describe('detailed: facts about something else do not count', () => {
	const detailed = (comment: string, reply: string, offensive?: boolean): boolean | null =>
		gradeReply({ author: 'Paola Neri', comment, reply, ...(offensive === undefined ? {} : { offensive }) }).criteria
			.detailed.met;
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
		expect(
			detailed('A che ora apre il museo la domenica?', 'Ciao Paola, la domenica il museo apre dalle 10 alle 13.'),
		).toBe(true);
		expect(
			detailed(
				'A che ora apre il museo il sabato?',
				'Ciao Paola, il museo apre dal lunedì al sabato dalle 10 alle 18.',
			),
		).toBe(true);
		expect(
			detailed(
				'Per la festa di domenica possiamo avere le transenne?',
				'Ciao Paola, le transenne si ritirano venerdì dalle 8 alle 12 al magazzino comunale.',
			),
		).toBe(true);
	});

	it('reads weekday ranges and groups (on folded text)', () => {
		expect([...daysIn('dal lunedi al venerdi')].sort()).toEqual([0, 1, 2, 3, 4]);
		expect([...daysIn('dal venerdi al lunedi')].sort()).toEqual([0, 4, 5, 6]);
		expect(daysIn('nei festivi').has(6)).toBe(true);
		expect(daysIn('tutti i giorni').size).toBe(7);
	});
});

// From the rules added after an evaluation (relevance-cases).
describe('detailed: real answers that are not a time or a place', () => {
	const detailed = (comment: string, reply: string, offensive?: boolean): boolean | null =>
		gradeReply({ author: 'Paola Neri', comment, reply, ...(offensive === undefined ? {} : { offensive }) }).criteria
			.detailed.met;
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

// From the rules added after an evaluation (relevance-cases).
describe('detailed: replies to insults that hide a complaint', () => {
	it('netiquette alone is not enough when the insult carries a concrete problem', () => {
		const comment = 'Branco di incapaci, il lampione di via Dante è ancora spento';
		const r = gradeReply({
			author: 'Paola Neri',
			comment,
			reply: 'Paola, ti invitiamo a rispettare la netiquette.',
			offensive: true,
		});
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

describe('detailed: forms found in replies published by PA offices', () => {
	const report = 'Segnalo una buca pericolosa in via Comandini.';
	it('counts the state of the intervention and who does what next', () => {
		expect(verdict(report, 'Gentile cittadino, la buca è stata colmata.').met).toBe(true);
		expect(verdict(report, 'I lavori da lei segnalati sono stati affidati alla ditta Rossi.').met).toBe(true);
		expect(verdict(report, 'Gli operai provvederanno a riparare la buca e a ripulire l’area.').met).toBe(true);
		expect(verdict(report, 'Il cartello non è stato messo dal Comune ma da ignoti.').met).toBe(true);
		expect(verdict(report, 'Si è provveduto alla riparazione.').met).toBe(true);
		expect(verdict(report, 'I lavori di rifacimento della strada sono in corso di ultimazione.').met).toBe(true);
		expect(verdict(report, 'Al termine dei lavori il manto stradale sarà ripristinato.').met).toBe(true);
		expect(verdict(report, 'Gli interventi di pulizia della zona sono stati effettuati più volte.').met).toBe(true);
		expect(verdict(report, 'Gli operai comunali effettueranno un sopralluogo.').met).toBe(true);
	});

	it('counts a reason with its content for a complaint, not a bare «per motivi di sicurezza»', () => {
		const complaint = 'Ogni mattina un’auto dei vigili resta accesa davanti alla scuola. Che spreco!';
		expect(
			verdict(complaint, 'L’auto era accesa per motivi funzionali connessi alla ricarica della batteria.').met,
		).toBe(true);
		expect(
			verdict(
				'Perché avete tagliato gli alberi in piazza? Erano sani!',
				'Gli abbattimenti sono stati effettuati per motivi di sicurezza.',
			).met,
		).toBe(false);
	});

	it('does not count an assessment under way or a forward as the state of the work', () => {
		expect(verdict(report, 'La sua segnalazione è in corso di valutazione.').met).toBe(false);
		expect(verdict(report, 'Si è provveduto alla segnalazione all’ufficio competente.').met).toBe(false);
		expect(verdict(report, 'È stata effettuata la segnalazione all’ufficio competente.').met).toBe(false);
		expect(
			verdict(
				'Quando riapre la piscina?',
				'I lavori sono in fase di completamento e la piscina riaprirà appena possibile.',
			).met,
		).toBe(false);
	});

	it('counts a request for the data needed to check, with its purpose', () => {
		expect(
			verdict(
				'Sulla metro A è partito un annuncio offensivo.',
				'Ci scusiamo. Per eseguire una verifica, abbiamo bisogno di qualche dato come la stazione, l’ora e la direzione del treno.',
			).met,
		).toBe(true);
	});

	it('does not count a forward to the competent office, the mailbox or the closing courtesy', () => {
		expect(
			verdict(
				report,
				'Si precisa che questa casella di posta elettronica è interna. Si è provveduto a segnalarla al competente Reparto Strade.',
			).met,
		).toBe(false);
		expect(
			verdict(report, 'La ringraziamo per l’attenzione posta nei confronti della città, cordiali saluti.').met,
		).toBe(false);
	});

	it('does not count the contacts of the signature under the closing formula', () => {
		const signed =
			'Gentile cittadino, la Polizia Municipale informa di aver contattato il cittadino.\nCordiali saluti.\n\nStaff Comunicazione\ninformacomune@comune.example.it\n0575 000001';
		expect(verdict(report, signed).met).toBe(false);
		expect(verdict(report, 'Per la buca chiama il Servizio strade allo 0575 000001. Cordiali saluti.').met).toBe(true);
	});
});

describe('detailed: to a complaint or a request, the reason is the answer', () => {
	const request = 'Nel sottopasso passano ancora i motorini. Si chiede l’installazione di telecamere.';
	it('counts a reason with content on both sides', () => {
		expect(
			verdict(
				request,
				'Le telecamere per il transito vietato non sono installabili in quanto non esistono strumenti omologati per questo controllo.',
			).met,
		).toBe(true);
	});
	it('does not count an empty reason or a deflection', () => {
		expect(verdict(request, 'Non possiamo, perché non si può.').met).toBe(false);
		expect(
			verdict(request, 'Non è di nostra competenza perché la questione riguarda altri enti del territorio.').met,
		).toBe(false);
	});
});

describe('detailed: a short stance whose condition follows in the next sentence', () => {
	it('counts the stance with who it applies to, said in the next sentence', () => {
		expect(
			detailed(
				'È vero che i fondi per il contributo sono finiti? Chi ha la domanda in attesa lo riceverà?',
				'I fondi ci sono. Tutti coloro che hanno presentato la domanda e hanno i requisiti riceveranno il contributo.',
			),
		).toBe(true);
		expect(
			detailed(
				'Posso iscrivere mio figlio al centro estivo anche se non siamo residenti?',
				'Sì. Purché ci siano ancora posti liberi dopo le iscrizioni dei residenti.',
			),
		).toBe(true);
	});

	it('does not count a bare stance, or one followed by courtesy', () => {
		expect(
			detailed(
				'Posso iscrivere mio figlio al centro estivo anche se non siamo residenti?',
				'Sì. Grazie per averci scritto!',
			),
		).toBe(false);
		expect(
			detailed(
				'È vero che i fondi per il contributo sono finiti?',
				'I fondi ci sono. Tutti coloro che ci seguono lo sanno.',
			),
		).toBe(false);
	});
});

describe('detailed: what was asked decides which facts answer it', () => {
	const WHEN = 'Quando riaprono i giardini di piazza Verdi?';

	it('to «quando?», counts of other things are no answer; a date or a duration is', () => {
		expect(
			detailed(
				WHEN,
				'Grazie Anna! Il Comune, attento al verde con oltre 120 aree e 3.000 alberi, sta lavorando per riaprire presto i giardini.',
			),
		).toBe(false);
		expect(detailed(BUCA, 'Grazie Anna, il risarcimento arriva fino a 500 euro.')).toBe(false);
		expect(detailed(WHEN, 'Grazie Anna! I giardini di piazza Verdi riaprono sabato 20 aprile.')).toBe(true);
		expect(detailed(WHEN, 'Grazie Anna! I giardini di piazza Verdi riaprono entro 30 giorni, a lavori finiti.')).toBe(
			true,
		);
	});

	it('to «dove?», a count or an amount is no place; an office is (real reply a-007)', () => {
		const WHERE = 'Mio figlio non ha mai lavorato: dove può andare per avere informazioni sul contributo?';
		expect(
			detailed(WHERE, 'Anna, se suo figlio fa domanda senza averne diritto rischia fino a 6 anni di carcere.'),
		).toBe(false);
		expect(detailed(WHERE, 'Anna, può andare allo sportello sociale di via Dante 3, il martedì dalle 9 alle 12.')).toBe(
			true,
		);
	});

	it('to «perché?», a bare year is no reason; a cause is', () => {
		const WHY = 'Perché avete chiuso la biblioteca di quartiere?';
		expect(
			detailed(WHY, 'Anna, grazie. Il 2024 è stato un anno di grandi cambiamenti e abbiamo dovuto fare delle scelte.'),
		).toBe(false);
		expect(
			detailed(
				WHY,
				'Anna, grazie. L’abbiamo chiusa a causa delle infiltrazioni dal tetto: i libri sono in via Dante 3.',
			),
		).toBe(true);
	});
});

describe('detailed: to «perché…?», the reason is the answer', () => {
	const WHY = 'Perché non è arrivato nessun messaggio di allerta prima della scossa?';

	it('counts a reason with content on both sides', () => {
		expect(
			detailed(
				WHY,
				'Il sistema di allerta non è attivo per i terremoti in quanto il fenomeno non è prevedibile e la localizzazione è incerta.',
			),
		).toBe(true);
	});

	it('does not count a deflection or an empty reason', () => {
		expect(detailed(WHY, 'Non è di nostra competenza perché se ne occupa un altro ente.')).toBe(false);
		expect(detailed(WHY, 'Succede perché è così.')).toBe(false);
	});
});

describe('detailed: to «perché…?» or a complaint, the rule or the purpose behind it is the answer', () => {
	const ZTL = 'Ma perché la ZTL è attiva anche la domenica? Non ha senso';

	it.each([
		[ZTL, 'La ZTL domenicale è prevista dall’ordinanza n. 45/2024 per la pedonalizzazione del centro.'],
		[
			'Perché devo pagare la TARI se non produco rifiuti?',
			'La TARI è dovuta per legge per il possesso di locali che possono produrre rifiuti.',
		],
		['Perché le strisce blu anche davanti all’ospedale?', 'Le strisce blu garantiscono il ricambio dei posti.'],
		[
			'Assurdo il divieto di sosta in via Roma il martedì!',
			'Il divieto di sosta del martedì in via Roma serve a pulire la strada con la spazzatrice.',
		],
	])('counts «%s» → «%s»', (comment, reply) => {
		expect(detailed(comment, reply)).toBe(true);
	});

	it.each([
		// The rule named without saying which, or about something else.
		[ZTL, 'È previsto dalla legge.'],
		[ZTL, 'Come previsto dal regolamento comunale, le domande si presentano allo sportello.'],
		[ZTL, 'Capiamo il disagio: il nostro impegno serve a migliorare il servizio.'],
	])('does not count «%s» → «%s»', (comment, reply) => {
		expect(detailed(comment, reply)).toBe(false);
	});
});

describe('detailed: to «quali documenti…?», the documents named are the answer', () => {
	it('counts the documents to bring', () => {
		expect(
			detailed(
				'Quali documenti servono per il cambio di residenza?',
				'Servono il documento d’identità e, se hai un’auto, la patente e il libretto di circolazione.',
			),
		).toBe(true);
	});

	it('does not count the document asked about, echoed in a referral', () => {
		expect(
			detailed(
				'Posso fare la carta d’identità elettronica per mio figlio? Che cosa serve?',
				'Per tutte le informazioni sulla CIE consulta la sezione dedicata del nostro sito.',
			),
		).toBe(false);
	});
});

describe('detailed: to a complaint, a remedy granted or under way is the answer', () => {
	const TOWED = 'Protesto: mi avete rimosso e multato l’auto per un cantiere senza nessun avviso!';

	it('counts the remedy', () => {
		expect(
			detailed(TOWED, 'Questo Comando ha iniziato la pratica per il rimborso delle spese di rimozione e della multa.'),
		).toBe(true);
	});

	it('does not count a forward or a remedy only promised', () => {
		expect(detailed(TOWED, 'È stata effettuata la segnalazione agli uffici competenti.')).toBe(false);
		expect(detailed(TOWED, 'A breve saranno avviate le pratiche necessarie.')).toBe(false);
	});
});

describe('detailed: a workaround while the problem lasts is a next step', () => {
	const APP = 'La app dice che non esisto, non posso timbrare il biglietto';

	it('counts a means to do the thing meanwhile', () => {
		expect(detailed(APP, 'Non perdere la fede, nel frattempo paga con la contactless.')).toBe(true);
		expect(detailed(APP, 'In alternativa puoi acquistare il biglietto alla biglietteria automatica.')).toBe(true);
	});

	it('does not count a referral said the same way', () => {
		expect(detailed(APP, 'Nel frattempo ti invitiamo a pazientare.')).toBe(false);
		expect(detailed(APP, 'Intanto puoi rivolgerti all’ufficio competente.')).toBe(false);
	});
});

describe('detailed: "a seguito di…" gives a cause, "a seguito della sua segnalazione" does not', () => {
	const STOP = 'Hanno tolto la fermata Peretola e mia figlia arriva a scuola in ritardo, vergogna';

	it('counts the event that caused the change', () => {
		expect(
			detailed(
				STOP,
				'A seguito della rimozione del semaforo e del passaggio pedonale, la fermata è stata soppressa per sicurezza.',
			),
		).toBe(true);
	});

	it('does not count the formula that opens a reply', () => {
		expect(detailed(STOP, 'A seguito della sua segnalazione, stiamo verificando con gli uffici.')).toBe(false);
		expect(detailed(STOP, 'A seguito delle nostre verifiche, le comunichiamo che valuteremo la richiesta.')).toBe(
			false,
		);
	});
});

describe('detailed: a path through a site’s menu is as precise as a link', () => {
	const FORM = 'Dove trovo l’allegato A del regolamento per il question time?';

	it('counts the path', () => {
		expect(
			detailed(
				FORM,
				'Il modulo è sul sito dell’Ente – Amministrazione Trasparente – Altri contenuti – Dati ulteriori.',
			),
		).toBe(true);
		expect(detailed(FORM, 'Lo trovi nella sezione Servizi > Regolamenti > Question time.')).toBe(true);
	});

	it('does not count the site alone', () => {
		expect(detailed(FORM, 'Il modulo è sul sito istituzionale dell’Ente.')).toBe(false);
	});
});

describe('detailed: to a complaint, what holds despite the citizen’s point is the answer', () => {
	const FINE = 'I miei genitori multati in via Zamenhof nonostante il contrassegno disabili. Vergogna.';

	it('counts a concession with what holds', () => {
		expect(detailed(FINE, 'Anche se con contrassegno disabili, l’auto era in divieto di sosta in via Zamenhof.')).toBe(
			true,
		);
		expect(
			detailed(
				FINE,
				'Il contrassegno consente la sosta sulle strisce blu, anche se non permette di sostare in divieto.',
			),
		).toBe(true);
	});

	it('does not count an empty concession', () => {
		expect(detailed(FINE, 'Anche se capiamo, è così.')).toBe(false);
		expect(detailed(FINE, 'Ci dispiace, anche se non dipende da noi.')).toBe(false);
	});
});

describe('detailed: the rule in force behind a fine answers a complaint', () => {
	it('counts "vige il divieto" in a sentence about the same thing', () => {
		expect(
			detailed(
				'Tutte le auto multate in centro, solo la nostra? E dove sta la tolleranza?',
				'In quelle aree del centro vige il divieto di sosta per le auto, segnalato dai cartelli.',
			),
		).toBe(true);
	});
});

describe('detailed: naming the competent body says where the matter is decided', () => {
	const BOARS = 'Fate qualcosa per i cinghiali invece di postare foto delle sagre!';

	it('counts the body named', () => {
		expect(detailed(BOARS, 'Per i cinghiali la competenza è della Regione, ufficio Caccia e Pesca.')).toBe(true);
		expect(
			detailed(
				'Venite a sistemare la spiaggia del Nereo, è piena di buche!',
				'La zona del Nereo è nel Comune di Noli.',
			),
		).toBe(true);
	});

	it('does not count a bare "not our competence"', () => {
		expect(detailed(BOARS, 'Non è di nostra competenza.')).toBe(false);
	});
});

describe('detailed: a stance word inside a clause about someone is not the office’s stance', () => {
	const EVENTS = 'Gli eventi dell’estate sono tutti in una sola località? E le altre marine?';

	it('does not count "a chi solo per…"', () => {
		expect(
			detailed(EVENTS, 'Rispondo a chi solo per polemica scrive queste cose, a chi solo per invidia critica sempre.'),
		).toBe(false);
	});

	it('still counts a stance with its condition', () => {
		expect(detailed(EVENTS, 'No: gli eventi sono in tutte le marine, solo per il concerto si va in piazza.')).toBe(
			true,
		);
	});
});

describe('detailed: the datum needed to act, with what it is for, is a next step', () => {
	const PARKING = 'Il posto auto di mio figlio è occupato da un’auto in sosta vietata.';

	it('counts "per la segnalazione alla centrale occorre via e n. civico"', () => {
		expect(detailed(PARKING, 'Buongiorno, per la segnalazione alla centrale operativa occorre via e n. civico.')).toBe(
			true,
		);
	});

	it('does not count a bare request with no purpose', () => {
		expect(detailed(PARKING, 'Occorre il numero civico.')).toBe(false);
	});
});

describe('detailed: a cause said as what happened, a rule named by its subject, a reason after "dato"', () => {
	it('takes "ci sono state alcune rotture" as the cause of a disservice', () => {
		const comment = 'Siamo senz’acqua da 24 ore, abbiamo fatto segnalazioni ma senza risultato.';
		expect(
			detailed(
				comment,
				'Ci sono state alcune rotture nelle zone allagate e non è semplice intervenire: siamo al lavoro.',
			),
		).toBe(true);
		expect(detailed(comment, 'Ci dispiace per il disagio, stiamo monitorando la situazione.')).toBe(false);
	});

	it('takes "la procedura prevede…" as the rule behind a fine told as a story', () => {
		const comment =
			'Stamattina sono salita sul bus con mia nipote, ho appoggiato la tessera sul lettore e mi sono seduta. Poi è arrivato il controllore e mi ha fatto la multa.';
		expect(
			detailed(
				comment,
				'In assenza di un titolo di viaggio validato, la procedura prevede l’emissione della sanzione, come nel resto d’Italia.',
			),
		).toBe(true);
		expect(detailed(comment, 'Siamo dispiaciuti per l’esperienza negativa e restiamo disponibili.')).toBe(false);
	});

	it('takes "data l’assenza di…" as a reason', () => {
		expect(
			detailed(
				'Che vergogna, una multa di 50 euro a dei turisti solo perché non sapevano del biglietto!',
				'Confermiamo la legittimità della sanzione data l’assenza di una regolare convalida del biglietto, obbligatoria su tutti i bus.',
			),
		).toBe(true);
	});
});

describe('detailed tip: "è vero?" answered true or false, with its reason (family N, N019)', () => {
	const comment = 'Scusate, ma quello del bonus bollette da 500€ che gira su WhatsApp è vero??';
	it.each([
		'Pina, non è vero: quel bonus è una truffa, il Comune non chiede mai dati bancari.',
		'Pina, è falso: il Comune non ha nessun bonus bollette.',
	])('%s', (reply) => {
		expect(gradeReply({ author: 'Pina Russo', comment, reply }).criteria.detailed.met).toBe(true);
	});
	it('still asks for the answer when the reply only says it will check', () => {
		const r = gradeReply({ author: 'Pina Russo', comment, reply: 'Pina, grazie: verifichiamo e ti facciamo sapere.' });
		expect(r.criteria.detailed.met).toBe(false);
	});
});
