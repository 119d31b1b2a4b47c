// Facts checked, not just spotted: values read in any notation, a wrong value for a key fact makes
// the reply not detailed, and values that come from nowhere are flagged as invented.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { inferKind, readValues } from '../../../../src/grader/reply/values';
import { analyse } from '../../../../src/grader/text/normalize';
import { endsDenied } from '../../../../src/grader/reply/refusedChannels';

const values = (text: string) => readValues(analyse(text)).map((v) => `${v.kind}:${v.key}`);

describe('values', () => {
	it('reads dates, times, amounts, phones, emails, links and references in canonical form', () => {
		expect(values('Riapre lunedì 3 novembre')).toEqual(['weekday:1', 'date:3/11']);
		expect(values('dal 3/11/2025')).toEqual(['date:3/11']);
		expect(values('dalle 7 alle 22')).toEqual(['time:7:00', 'time:22:00']);
		expect(values('alle 12:30')).toEqual(['time:12:30']);
		expect(values('costa 1.250,50 euro')).toEqual(['amount:125050']);
		expect(values('€ 30')).toEqual(['amount:3000']);
		expect(values('chiama lo 0999 123 456')).toEqual(['phone:0999123456']);
		expect(values('scrivi a tributi@comune.valverde.example.it')).toEqual(['email:tributi@comune.valverde.example.it']);
		expect(values('vai su comune.valverde.example.it/tari')).toEqual(['link:comune.valverde.example.it/tari']);
		expect(values('la pratica n. 2317')).toEqual(['reference:2317']);
		expect(values('aperto il sabato')).toEqual(['weekday:6']);
	});

	it('reads spans of days, a day with its weekday, codes, the short public numbers and addresses', () => {
		expect(values('dal 2 al 20 maggio')).toEqual(['date:2/5-20/5']);
		expect(values('fino a venerdì 14')).toEqual(['weekday:5', 'date:14/0']);
		// A month said once for two or three days belongs to each of them.
		expect(values('venerdì 22 e sabato 23 maggio')).toEqual(['weekday:5', 'date:22/5', 'weekday:6', 'date:23/5']);
		expect(values('il 4, 5 e 6 giugno')).toEqual(['date:4/6', 'date:5/6', 'date:6/6']);
		expect(values('il 24 e 25 maggio')).toEqual(['date:24/5', 'date:25/5']);
		expect(values('venerdì 14 e sabato')).toEqual(['weekday:5', 'date:14/0', 'weekday:6']);
		expect(values('il 1° e il 2 giugno')).toEqual(['date:1/6', 'date:2/6']);
		// An hour before a date is no day of it (review of session 29).
		expect(values('dalle 9 alle 18, venerdì 22 e sabato 23 maggio')).toEqual([
			'time:9:00',
			'time:18:00',
			'weekday:5',
			'date:22/5',
			'weekday:6',
			'date:23/5',
		]);
		expect(values('fino alle 12 il 30 maggio')).toEqual(['time:12:00', 'date:30/5']);
		expect(values('9-12, venerdì 22 e sabato 23 maggio')).toEqual([
			'time:9:00-12:00',
			'weekday:5',
			'date:22/5',
			'weekday:6',
			'date:23/5',
		]);
		expect(values('la sua segnalazione ha il numero 1187')).toEqual(['reference:1187']);
		expect(values('il numero della sua segnalazione è 1178')).toEqual(['reference:1178']);
		expect(values('ticket VV-2026-0318')).toEqual(['reference:vv-2026-0318']);
		expect(values('chiami subito il 112')).toEqual(['phone:112']);
		expect(values('al numero verde 200 800 456')).toEqual(['phone:200800456']);
		expect(values('in via dei Tigli 40')).toEqual(['address:via dei tigli 40']);
		expect(values('piazza della Libertà, 3/a')).toEqual(['address:piazza della liberta 3']);
	});

	it('reads durations in one measure, and not a day that is no term', () => {
		expect(values('entro due giorni')).toEqual(values('entro 48 ore'));
		expect(values('entro 30 giorni')).toEqual(['duration:43200 minuti']);
		expect(values('5 giorni lavorativi')).toEqual(['duration:5 giorni lavorativi']);
		expect(values('entro un mese')).toEqual(['duration:1 mesi']);
		expect(values('un giorno ci vediamo, in un giorno come questo')).toEqual([]);
		expect(values('ha 8 anni')).toEqual([]);
		// "Il primo mese" as a term (family I's I045, against "le prime due settimane"), not a date.
		expect(values('per tutto il primo mese')).toEqual(values('per un mese'));
		expect(values('nella prima settimana')).toEqual(['duration:10080 minuti']);
		expect(values('nella prima settimana di settembre, il primo giorno di scuola')).toEqual([]);
	});

	it('reads hours in words with the part of the day, and not without it', () => {
		expect(values('dalle tre alle sette del pomeriggio')).toEqual(['time:15:00-19:00']);
		expect(values('alle sette e quaranta di mattina')).toEqual(['time:7:40']);
		expect(values('a mezzogiorno')).toEqual(['time:12:00']);
		expect(values('alle tre')).toEqual([]);
	});

	it('reads no address, phone or date where there is none', () => {
		expect(values('in piazza della Repubblica trova 40 posti bici')).toEqual([]);
		expect(values('in via Roma entro le 12')).toEqual(['time:12:00']);
		expect(values('via Roma 112')).toEqual(['address:via roma 112']);
		expect(values('anno scolastico 2024/2025')).toEqual([]);
		expect(values('il lunedì 16:30')).toEqual(['weekday:1', 'time:16:30']);
		expect(values('ha 115 anni')).toEqual([]);
		expect(values('lun-ven 9-12.30')).toEqual(['time:9:00-12:30']);
		expect(values('lunedì-venerdì 8-18')).toEqual(['weekday:1', 'weekday:5', 'time:8:00-18:00']);
	});

	it('does not take hours for dates nor dates for phone numbers', () => {
		expect(values('orario 9-12')).toEqual(['time:9:00-12:00']);
		expect(values('il 03-11-2025')).toEqual(['date:3/11']);
	});

	it('infers a key fact’s kind only when every variant states a value of one kind', () => {
		const kind = (...vs: string[]) => inferKind(vs.map((v) => readValues(analyse(v))));
		expect(kind('3 novembre', 'lunedì 3 novembre')).toBe('date');
		expect(kind('0999 123456')).toBe('phone');
		expect(kind('abbonamento', 'due mesi')).toBeUndefined();
		expect(kind('social media policy', 'comune.valverde.example.it/social-policy')).toBeUndefined();
	});
});

describe('key facts with values', () => {
	const keyFacts = [
		{ label: 'la data di riapertura', variants: ['3 novembre', 'lunedì 3 novembre'] },
		{ label: 'il motivo della chiusura', variants: ['riscaldamento', 'lavori'] },
	];
	const factSheet = "Dall'Ufficio sport: la piscina riapre lunedì 3 novembre, dopo i lavori al riscaldamento.";
	const grade = (reply: string) =>
		gradeReply({ author: 'Gianni Rossi', comment: 'Quando riapre la piscina?', reply, keyFacts, factSheet });

	it('gets a wrong date wrong: not detailed, and the feedback names the wrong value', () => {
		const result = grade('Gianni, la piscina riapre venerdì 28 novembre, dopo i lavori al riscaldamento.');
		expect(result.criteria.detailed.met).toBe(false);
		expect(result.criteria.detailed.feedback).toMatch(
			/«venerdì 28 novembre» non è giusto\. Informazione da controllare: la data di riapertura\./u,
		);
		expect(result.keyFacts?.[0]).toMatchObject({ found: false, wrong: 'venerdì 28 novembre' });
	});

	it('accepts the right value in another notation', () => {
		const result = grade('Gianni, la piscina riapre il 3/11, finiti i lavori al riscaldamento.');
		expect(result.keyFacts?.[0]?.found).toBe(true);
		expect(result.criteria.detailed.met).toBe(true);
	});

	it('does not call wrong a value the fact sheet or another key fact gives', () => {
		const result = gradeReply({
			author: 'Gianni Rossi',
			comment: 'Quando riapre la piscina?',
			reply: 'Gianni, i lavori al riscaldamento finiscono il 31 ottobre.',
			keyFacts,
			factSheet: `${factSheet} I lavori finiscono il 31 ottobre.`,
		});
		expect(result.keyFacts?.[0]).toMatchObject({ found: false });
		expect(result.keyFacts?.[0]?.wrong).toBeUndefined();
	});

	it('flags values the exercise does not give as invented, apart from the score', () => {
		const result = grade(
			'Ciao Gianni, grazie! La piscina riapre lunedì 3 novembre dopo i lavori: pratica n. 2317, ti richiamiamo alle 15.',
		);
		const invented = result.advice.filter((a) => a.kind === 'invented');
		expect(invented).toHaveLength(1);
		expect(invented[0]?.message).toMatch(/«pratica n\. 2317» e «alle 15»: non compaiono/iu);
		// Not only promises: any value the office did not give (family K, "tre settimane" described).
		expect(invented[0]?.message).toContain('Non aggiungere');
		expect(result.criteria.detailed.met).toBe(true);
	});

	it('flags nothing as invented without a fact sheet', () => {
		const result = gradeReply({
			author: 'Gianni',
			comment: 'Quando riapre?',
			reply: 'Riapre alle 15, pratica n. 2317.',
		});
		expect(result.advice.filter((a) => a.kind === 'invented')).toEqual([]);
	});

	it('takes an explicit kind when the variants do not say it', () => {
		const result = gradeReply({
			author: 'Gianni',
			comment: 'Quando passa la raccolta?',
			reply: 'Ciao Gianni, grazie: passa il martedì.',
			keyFacts: [{ label: 'il giorno di raccolta', variants: ['giovedì'], kind: 'weekday' }],
		});
		expect(result.keyFacts?.[0]).toMatchObject({ found: false, wrong: 'martedì' });
		expect(result.criteria.detailed.met).toBe(false);
	});
});

describe('wrong values beside right words, and against the fact sheet', () => {
	const grade = (reply: string, keyFacts: { label: string; variants: string[] }[], factSheet: string) =>
		gradeReply({
			author: 'Giorgio Ferraris',
			comment: 'A che ora è la festa? C’è la navetta?',
			reply,
			keyFacts,
			factSheet,
		});
	const festa = [
		{ label: 'l’orario', variants: ['dalle 15 alle 19', '15-19'] },
		{ label: 'la navetta', variants: ['navetta', 'ogni 30 minuti', 'dalle 14:30'] },
		{ label: 'chi chiamare', variants: ['Ufficio eventi', '200 000 150'] },
	];
	const sheet =
		'La festa è sabato 12 aprile, dalle 15 alle 19. Navetta gratuita dalla stazione ogni 30 minuti, dalle 14:30. Ufficio eventi: 200 000 150.';

	it('gets wrong a value beside the fact’s own words ("navetta dalle 14")', () => {
		const result = grade('Gentile signor Ferraris, grazie! Dalle 15 alle 19, con la navetta dalle 14.', festa, sheet);
		expect(result.keyFacts?.[1]).toMatchObject({ found: false, wrong: 'dalle 14' });
		expect(result.criteria.detailed.met).toBe(false);
	});

	it('gets wrong one end of a span and another phone number beside the right office', () => {
		const late = grade('Signor Ferraris, grazie: dalle 17 alle 19, navetta dalle 14:30.', festa, sheet);
		expect(late.keyFacts?.[0]?.wrong).toBe('dalle 17');
		const phone = grade(
			'Signor Ferraris, grazie: dalle 15 alle 19, per info Ufficio eventi al 200 000 105.',
			festa,
			sheet,
		);
		expect(phone.keyFacts?.[2]).toMatchObject({ found: false, wrong: '200 000 105' });
	});

	it('gets wrong a span of days and an address of the same street', () => {
		const keyFacts = [
			{ label: 'le date', variants: ['dal 14 al 18 ottobre', '18 ottobre'] },
			{ label: 'lo sportello', variants: ['via Roma 12'] },
		];
		const sheetText = 'Lavori dal 14 al 18 ottobre. Sportello in via Roma 12.';
		const result = grade(
			'Giorgio, grazie: lavori dal 16 al 18 ottobre, sportello in via Roma 14.',
			keyFacts,
			sheetText,
		);
		expect(result.keyFacts?.map((k) => k.wrong)).toEqual(['dal 16 al 18 ottobre', 'via Roma 14']);
	});

	it('gets wrong a value the fact sheet gives otherwise, with no key fact for it', () => {
		const result = grade(
			'Ciao Giorgio, grazie. Scarica la copia dell’avviso online: hai tempo fino al 31 agosto per pagare senza sanzioni.',
			[{ label: 'la copia', variants: ['copia', 'sportello online'] }],
			'La copia dell’avviso si scarica dallo sportello online. Chi paga entro il 31 luglio con la copia non ha sanzioni.',
		);
		expect(result.criteria.detailed.met).toBe(false);
		expect(result.criteria.detailed.feedback).toMatch(
			/«31 agosto», ma le informazioni dell'ufficio dicono «Chi paga entro il 31 luglio»/u,
		);
		expect(result.advice.filter((a) => a.kind === 'invented')).toEqual([]);
	});

	it('gets wrong a phone number a digit or two off the office’s, and another emergency number', () => {
		const slip = grade('Giorgio, grazie: per informazioni chiama il 200 000 105.', [], sheet);
		expect(slip.criteria.detailed.feedback).toMatch(/«200 000 105».*«200 000 150»/u);
		const emergency = gradeReply({
			author: 'Matteo Bonetti',
			comment: 'Albero caduto con i fili a terra!!',
			reply: 'Matteo, grazie! Chiami subito la Polizia locale al 200 000 150. Non si avvicini ai fili.',
			keyFacts: [{ label: 'il numero di emergenza', variants: ['112'] }],
			factSheet: 'Con fili elettrici a terra si chiama subito il 112.',
		});
		expect(emergency.keyFacts?.[0]).toMatchObject({ found: false, wrong: '200 000 150' });
	});

	it('calls nothing wrong when every value is the office’s, however written', () => {
		const result = grade(
			'Gentile signor Ferraris, grazie! Sabato 12/4 dalle 15.00 alle 19.00; navetta ogni 30 minuti dalle 14:30, Ufficio eventi 200 000 150.',
			festa,
			sheet,
		);
		expect(result.keyFacts?.every((k) => k.found && k.wrong === undefined)).toBe(true);
		expect(result.criteria.detailed.met).toBe(true);
		const address = gradeReply({
			author: 'Matteo Bonetti',
			comment: 'Albero caduto in via dei Tigli, all’altezza del civico 40!!',
			reply: 'Matteo, chiami subito il 112 e segnali l’albero in via dei Tigli 40.',
			keyFacts: [{ label: 'il numero di emergenza', variants: ['112'] }],
			factSheet: 'Con fili elettrici a terra si chiama subito il 112.',
		});
		expect(address.advice.filter((a) => a.kind === 'invented')).toEqual([]);
	});

	it('checks a weekday when a key fact states one, also beside the right date', () => {
		const closing = [{ label: 'fino a quando', variants: ['venerdì 14', 'fino a venerdì'] }];
		const until = gradeReply({
			author: 'Enzo',
			comment: 'Fino a quando è chiusa?',
			reply: 'Enzo, resta chiusa fino a lunedì.',
			keyFacts: closing,
		});
		expect(until.keyFacts?.[0]).toMatchObject({ found: false, wrong: 'lunedì' });
		const day = [{ label: 'il giorno', variants: ['lunedì 17 marzo'] }];
		const shifted = gradeReply({
			author: 'Enzo',
			comment: 'Quando?',
			reply: 'Enzo, è martedì 17 marzo.',
			keyFacts: day,
		});
		expect(shifted.keyFacts?.[0]).toMatchObject({ found: false, wrong: 'martedì' });
		const elsewhere = gradeReply({
			author: 'Enzo',
			comment: 'Quando passate?',
			reply: 'Enzo, passiamo venerdì 14: metti fuori il bidone giovedì sera.',
			keyFacts: closing,
		});
		expect(elsewhere.keyFacts?.[0]?.wrong).toBeUndefined();
	});

	it('reads the end of a month as its last day and a month alone as any day of it, not a street', () => {
		expect(values('i risultati escono entro fine luglio')).toEqual(['date:31/7']);
		expect(values('sarà pronta entro giugno')).toEqual(['date:0/6']);
		expect(values('in via XX Settembre 4')).toEqual(['address:via xx settembre 4']);
		const invented = (reply: string) =>
			gradeReply({
				author: 'Luigi',
				comment: 'Quando partono i lavori?',
				reply,
				factSheet: 'I lavori partono il 7 gennaio e durano otto mesi. I risultati escono entro fine luglio.',
			}).advice.filter((a) => a.kind === 'invented');
		// Another month than the office's is invented; the office's month, or its end as a date, is not.
		expect(invented('Luigi, i lavori partono il 7 gennaio e la palestra sarà pronta entro giugno.')).toHaveLength(1);
		expect(invented('Luigi, i lavori partono a gennaio; i risultati entro il 31 luglio.')).toEqual([]);
	});

	it('reads a day said relative to today, and flags a promise made in such words', () => {
		expect(values('domani le scuole sono aperte')).toEqual(['date:rel:domani']);
		expect(values('dalla prossima settimana ci sarà un operatore in più')).toEqual(['date:rel:settimana']);
		expect(values('dal mese prossimo apre anche il sabato')).toEqual(['date:rel:mese', 'weekday:6']);
		const sheetText =
			'Domani le scuole sono aperte. L’Ufficio ambiente sta rivedendo gli orari: quando avrà deciso, lo scriveremo qui.';
		const invented = (reply: string) =>
			gradeReply({ author: 'Maria', comment: 'Potete aprire il sabato?', reply, factSheet: sheetText }).advice.filter(
				(a) => a.kind === 'invented',
			);
		expect(invented('Maria, l’ufficio ha deciso: dal mese prossimo il centro apre anche il sabato.')).toHaveLength(1);
		expect(invented('Maria, l’ufficio sta rivedendo gli orari; domani le scuole sono aperte.')).toEqual([]);
	});

	it('gets wrong a contact the office does not give, and names none when there is no fact sheet', () => {
		const sheetText = 'Senza SPID si porta il modulo allo sportello della Polizia locale, in via Roma 4.';
		const grade2 = (factSheet?: string) =>
			gradeReply({
				author: 'Davide',
				comment: 'Posso fare la richiesta qui?',
				reply: 'Ciao Davide, grazie! Se non hai lo SPID chiama il 200 000 330 e ti registrano la richiesta.',
				...(factSheet ? { factSheet } : {}),
			});
		const invented = grade2(sheetText).criteria.detailed;
		expect(invented.met).toBe(false);
		expect(invented.feedback).toMatch(/^Attenzione: «200 000 330» non compare nelle informazioni dell'ufficio/u);
		expect(grade2().criteria.detailed.feedback).not.toMatch(/^Attenzione/u);
	});

	it('gets wrong a weekday the fact sheet gives otherwise on the same subject', () => {
		const result = gradeReply({
			author: 'Ciro Esposito',
			comment: 'Chi devo chiamare per la bolletta?',
			reply: 'Gentile signor Esposito, chiami il numero verde 200 800 789, dal lunedì al sabato dalle 8 alle 18.',
			factSheet: 'Il numero verde 200 800 789 risponde dal lunedì al venerdì dalle 8 alle 18.',
		});
		expect(result.criteria.detailed.met).toBe(false);
		expect(result.criteria.detailed.feedback).toMatch(
			/«sabato», ma le informazioni dell'ufficio dicono «[^»]*venerdì»/u,
		);
	});

	it('reads "martedì prossimo" as a day relative to today, a promise like "domani"', () => {
		expect(values('passano entro martedì prossimo')).toEqual(['date:rel:martedi prossimo', 'weekday:2']);
		expect(values('il prossimo lunedì')).toEqual(['date:rel:lunedi prossimo', 'weekday:1']);
	});

	it('reads amounts in words, and "una trentina" as about thirty', () => {
		expect(values('paghi trenta euro')).toEqual(['amount:3000']);
		expect(values('costa una trentina di euro')).toEqual(['amount:3000']);
		expect(values('un centinaio di euro')).toEqual(['amount:10000']);
		// Thousands and millions said in words after the digits (family AW, AW049).
		expect(values('il costo è di € 480mila')).toEqual(['amount:48000000']);
		expect(values('costa 480 mila euro')).toEqual(['amount:48000000']);
		expect(values('costa 1,2 milioni di euro')).toEqual(['amount:120000000']);
		expect(values('il progetto vale € 1 milione')).toEqual(['amount:100000000']);
	});

	it('quotes the sheet from the start of the value’s clause, never with a bracket left open', () => {
		const feedback = (reply: string, factSheet: string) =>
			gradeReply({ author: 'Davide', comment: 'Quando è aperto lo sportello?', reply, factSheet }).criteria.detailed
				.feedback;
		const inBrackets = feedback(
			'Ciao Davide, lo sportello in via Roma 4 è aperto fino a mezzogiorno.',
			'Lo sportello della Polizia locale è in via Roma 4 (lunedì-sabato, 8:30-12:30).',
		);
		expect(inBrackets).toMatch(/dicono «[^«»(]*12:30»/u);
		const clause = feedback(
			'Ciao Davide, il ponte riapre lunedì 12 dicembre alle 17.',
			'Dopo il collaudo il ponte riapre al traffico lunedì 12 dicembre alle 7.',
		);
		expect(clause).toContain('«il ponte riapre al traffico lunedì 12 dicembre alle 7»');
	});

	it('reads a number in words the same way as an hour, a count, an amount and in a key fact', () => {
		// One table (lexicon/numbers.ts): the readers used to disagree on "quarantotto", "mille", "tredici".
		expect(values('entro quarantotto ore')).toEqual(values('entro 48 ore'));
		expect(values('costa tredici euro')).toEqual(['amount:1300']);
		expect(values('costa mille euro')).toEqual(['amount:100000']);
		expect(values('alle sette e cinque di sera')).toEqual(['time:19:05']);
		expect(values('entro il venti aprile')).toEqual(['date:20/4']);
		expect(values('dal tre maggio')).toEqual(['date:3/5']);
		expect(values('fino a mezzogiorno e mezza')).toEqual(['time:12:30']);
		expect(values('ha tre anni, il venti per cento')).toEqual([]);
		const found = (reply: string, variant: string) =>
			gradeReply({
				author: 'Marco',
				comment: 'Quanto ci vuole?',
				reply,
				keyFacts: [{ label: 'i tempi', variants: [variant] }],
			}).keyFacts?.[0]?.found;
		expect(found('La risposta arriva entro quarantotto ore.', '48 ore')).toBe(true);
		expect(found('Il contributo è di mille euro.', '1000 euro')).toBe(true);
		expect(found('Il contributo è di cento euro.', '1000 euro')).toBe(false);
	});

	it('gets wrong a key fact stated the wrong way round, not one stated with its negation', () => {
		const ritorno = [{ label: 'il ritorno da scuola non è garantito', variants: ['ritorno', 'rientro', "all'uscita"] }];
		const judge = (reply: string) =>
			gradeReply({ author: 'Marco', comment: 'Domani passa il bus delle 7:40?', reply, keyFacts: ritorno })
				.keyFacts?.[0];
		expect(judge('Marco, per il ritorno le corse sono garantite anche loro.')).toMatchObject({
			found: false,
			wrong: 'garantite',
		});
		expect(judge('Marco, per il ritorno le corse non sono garantite: riprendono dalle 18.')).toMatchObject({
			found: true,
		});
		expect(judge('Marco, la corsa delle 7:40 rientra nella fascia garantita; il ritorno invece no.')).toMatchObject({
			found: true,
		});
	});

	it('reads the wrong way round another word for the denied one, with a negation only in a later clause (family AB)', () => {
		const judge = (reply: string, variants = ['ritorno', "all'uscita", 'dalle 18']) =>
			gradeReply({
				author: 'Marco',
				comment: 'Domani passa il bus delle 7:40?',
				reply,
				keyFacts: [{ label: 'il ritorno da scuola non è garantito', variants }],
			}).keyFacts?.[0];
		expect(
			judge('Marco, anche il ritorno all’uscita del liceo è coperto, quindi non serve il permesso.', [
				'ritorno',
				"all'uscita",
			]),
		).toMatchObject({ found: false, wrong: 'coperto' });
		expect(
			judge('Marco, la fascia garantita del pomeriggio è solo dalle 18, quindi all’uscita il bus non è garantito.'),
		).toMatchObject({ found: true });
		expect(judge('Marco, il ritorno invece no: le corse garantite riprendono solo dalle 18.')).toMatchObject({
			found: true,
		});
	});

	it('reads a clause that supposes as stating nothing (family AL, AL039)', () => {
		const judge = (reply: string) =>
			gradeReply({
				author: 'Pina',
				comment: 'Il bonus bollette è vero? Chiedono l’IBAN',
				reply,
				keyFacts: [
					{ label: 'il Comune non chiede dati bancari', variants: ['non chiede mai', 'dati bancari', 'IBAN'] },
				],
			}).keyFacts?.[0];
		expect(
			judge(
				'Pina, il Comune non chiede mai dati bancari via social, quindi se qualcuno ti chiede l’IBAN così, è una truffa.',
			),
		).toMatchObject({ found: true });
		expect(judge('Pina, il Comune, se serve, chiede l’IBAN solo allo sportello.')).toMatchObject({
			found: false,
			wrong: 'chiede',
		});
	});

	it('reads a limit said of something else as agreeing with a denial (family AW, AW003)', () => {
		const judge = (reply: string) =>
			gradeReply({
				author: 'Marco',
				comment: 'Domani c’è sciopero: mio figlio esce alle 13, come torna?',
				reply,
				keyFacts: [
					{
						label: 'il ritorno da scuola non è garantito (la fascia del pomeriggio è 18-21)',
						variants: ['ritorno', 'dalle 18', '18-21'],
					},
				],
			}).keyFacts?.[0];
		expect(
			judge('Marco, il problema è il ritorno, perché le corse garantite sono solo dalle 18 alle 21.'),
		).toMatchObject({ found: true });
		expect(judge('Marco, tranquillo: anche il ritorno è garantito.')).toMatchObject({
			found: false,
			wrong: 'garantito',
		});
	});

	it('does not read the digits of a phone number as a count of days', () => {
		expect(values('la Protezione civile risponde al 200 000 999 giorno e notte')).toEqual(['phone:200000999']);
	});

	it('gets wrong a channel the office refuses, offered for the same thing, not one denied', () => {
		const sheetText =
			'La domanda si presenta solo online, entro il 30 novembre; non si accettano domande via social, email o PEC. Per dubbi sul bando scrivete a personale@comune.roccabella.example.it.';
		const grade3 = (reply: string) =>
			gradeReply({ author: 'Sara Melis', comment: 'Posso mandare la domanda?', reply, factSheet: sheetText });
		const offered = grade3('Gentile signora Melis, la domanda la può mandare anche via PEC, entro il 30 novembre.');
		expect(offered.criteria.detailed.met).toBe(false);
		expect(offered.criteria.detailed.feedback).toMatch(
			/«PEC», ma .*«non si accettano domande via social, email o PEC»/u,
		);
		for (const reply of [
			'Gentile signora Melis, il CV in privato non possiamo riceverlo: la domanda si presenta solo online, entro il 30 novembre.',
			'Gentile signora Melis, il CV non lo riceviamo qui; la domanda si presenta solo online, non via PEC, entro il 30 novembre.',
			'Gentile signora Melis, la domanda non la può mandare via email o PEC: solo online, entro il 30 novembre.',
			'Gentile signora Melis, per dubbi sul bando mandi una mail a personale@comune.roccabella.example.it.',
			// "tuttavia" inside the denial does not turn it (family J, J094).
			'Gentile dott.ssa Melis, sì, può partecipare. Non ci è tuttavia possibile ricevere il curriculum tramite messaggio privato: la domanda si presenta solo online.',
		])
			expect(grade3(reply).criteria.detailed.feedback, reply).not.toMatch(/^Attenzione/u);
	});

	it('gets wrong an amount beside a free service said in words', () => {
		const result = gradeReply({
			author: 'Ines',
			comment: 'Quanto costa il ritiro del divano e delle sedie?',
			reply: 'Ciao Ines! Per il divano il ritiro costa 10 euro, le sedie invece sono gratis.',
			keyFacts: [{ label: 'il ritiro è gratuito', variants: ['gratuito', 'gratis'], kind: 'amount' }],
			factSheet: 'Il ritiro degli ingombranti è gratuito, fino a tre pezzi.',
		});
		expect(result.keyFacts?.[0]).toMatchObject({ found: false, wrong: '10 euro' });
	});
});

describe('values typed on a phone, and a value the exercise gives for another subject (family J)', () => {
	it('reads "h24" as no hour, dotted days after an article, "p.zza" and a street in lower case', () => {
		expect(values('chiami il 200 000 150, h24')).toEqual(['phone:200000150']);
		expect(values('scade il 31.05, nessuna mora entro il 16.06')).toEqual(['date:31/5', 'date:16/6']);
		expect(values('alle 16.30')).toEqual(['time:16:30']);
		expect(values('in p.zza del Municipio 1')).toEqual(['address:piazza del municipio 1']);
		expect(values('alla polizia locale in via roma 14')).toEqual(['address:via roma 14']);
		// Lower case: one word of name, after an unambiguous street word only.
		expect(values('nel corso trova 40 esercizi')).toEqual([]);
		expect(values('piazza della repubblica trova 40 posti')).toEqual([]);
	});

	const neve = (reply: string) =>
		gradeReply({
			author: 'Carla Ruggiero',
			comment: 'GRAZIE agli operai che alle 5 hanno pulito via delle Querce!',
			reply,
			factSheet:
				'Stanotte è prevista altra neve e gli spazzaneve ripartono alle 3, con le stesse priorità. Il pronto intervento, 200 000 150, è attivo 24 ore su 24.',
			thread: ['❄️ Neve: dalle 4 di stanotte sono al lavoro 6 spazzaneve e 2 spargisale.'],
		}).criteria.detailed;

	it('gets wrong an hour the post gives for another moment ("ripartono alle 4" for 3)', () => {
		const d = neve(
			'Grazie signora Ruggiero! Stanotte gli spazzaneve ripartono alle 4, per il ghiaccio chiami il 200 000 150.',
		);
		expect(d.met).toBe(false);
		expect(d.feedback).toContain('«alle 4»');
	});

	it('keeps right the post’s hour where it belongs, a denied day and the same hour on the 12-hour clock', () => {
		expect(
			neve(
				'Grazie signora Ruggiero, giriamo i complimenti agli operai di via delle Querce! Lavorano dalle 4 di stanotte e ripartono alle 3.',
			).feedback,
		).not.toContain('Attenzione');
		const mensa = gradeReply({
			author: 'Federica Neri',
			comment: 'domani la mensa c’è? di solito escono alle 4',
			reply: 'Ciao Federica, lo sciopero è revocato: domani mensa regolare e uscita alle 4 come sempre.',
			factSheet: 'Lo sciopero è revocato: la mensa funziona regolarmente e l’uscita resta alle 16.',
		}).criteria.detailed;
		expect(mensa.feedback).not.toContain('Attenzione');
	});

	it('does not set a day against its own month ("il 1° ottobre" beside the sheet\'s "a ottobre")', () => {
		const ztl = gradeReply({
			author: 'Anna Rocca',
			comment: 'È vero che da domani multano tutti in centro?',
			reply:
				'Signora Rocca, non è vero: la ZTL parte il 1° ottobre e per tutto ottobre le telecamere non multano, mandano solo avvisi.',
			factSheet:
				'Dal 1° ottobre il centro storico diventa ZTL, attiva dalle 8 alle 20. A ottobre le telecamere non multano: solo avvisi.',
		}).criteria.detailed;
		expect(ztl.feedback).not.toContain('Attenzione');
	});
});

describe('values the office says it does not know', () => {
	const lampione = (reply: string) =>
		gradeReply({
			author: 'Ornella Conti',
			comment: 'il lampione è spento da una settimana, qualcuno se ne occupa o no??',
			reply,
			factSheet:
				'Hai aperto la segnalazione VV-2026-0318; l’Ufficio manutenzioni interviene entro 5 giorni lavorativi, dal lunedì al venerdì. Non sai ancora la causa del guasto né il giorno preciso dell’intervento.',
		}).criteria.detailed;

	it('gets wrong a day the sheet says is not known, in figures or in words', () => {
		for (const reply of [
			'Ciao Ornella, segnalazione VV-2026-0318: il tecnico passa giovedì.',
			'Ciao Ornella, segnalazione VV-2026-0318: il tecnico passa domani in mattinata.',
		]) {
			const d = lampione(reply);
			expect(d.met, reply).toBe(false);
			expect(d.feedback, reply).toContain('«Non sai ancora … il giorno preciso dell’intervento»');
		}
	});

	it('keeps right the term the office gives and a day said as not known', () => {
		for (const reply of [
			'Ciao Ornella, segnalazione VV-2026-0318: l’Ufficio manutenzioni interviene entro 5 giorni lavorativi.',
			'Ciao Ornella, segnalazione VV-2026-0318: il giorno dell’intervento non lo sappiamo ancora, l’Ufficio manutenzioni interviene entro 5 giorni lavorativi.',
		])
			expect(lampione(reply).feedback, reply).not.toContain('Attenzione');
	});

	it('gets wrong "nothing more to pay" where the office does not know the amount, and keeps it for a free service', () => {
		expect(values('tranquillo che per un garage non si paga niente in più')).toEqual(['amount:0']);
		const tari = gradeReply({
			author: 'Antonio Ruggiero',
			comment: 'come aggiungo il garage alla tari?',
			reply:
				'Signor Ruggiero, serve la dichiarazione di variazione su comune.roccabella.example.it/tari. Tranquillo: per un garage non si paga niente in più.',
			factSheet:
				'Serve la dichiarazione di variazione su comune.roccabella.example.it/tari. Non sai quanto pagherà Antonio: dipende dalla superficie.',
		}).criteria.detailed;
		expect(tari.feedback).toContain('Attenzione');
		const free = gradeReply({
			author: 'Ines',
			comment: 'Quanto costa il ritiro del divano?',
			reply: 'Ciao Ines, non costa nulla: il ritiro a casa è gratis fino a 3 pezzi.',
			keyFacts: [{ label: 'il ritiro è gratuito', variants: ['gratuito', 'gratis'], kind: 'amount' }],
		});
		expect(free.keyFacts?.[0]).toMatchObject({ found: true });
	});
});

describe('a day relative to today: told of what happened, or promised (family K, K041)', () => {
	const sheet =
		'Dalla segreteria generale: il microfono della presidenza si è guastato alle 21:15 ed è stato sostituito alle 21:40; la registrazione sarà sul canale entro 48 ore; il prossimo Consiglio è il 25 novembre alle 21.';
	const grade = (reply: string) =>
		gradeReply({
			author: 'Adriano Pozzi',
			comment: 'audio pessimo non si sente niente da 20 minuti!!! Si potrà rivedere dopo?',
			reply,
			factSheet: sheet,
		});

	it('does not check "stasera" in a sentence that tells what happened against the sheet’s calendar', () => {
		const result = grade(
			'Signor Pozzi, ci scusi: stasera il microfono della presidenza ha deciso di scioperare. Si è guastato alle 21:15 ed è stato sostituito alle 21:40; la registrazione sarà sul canale entro 48 ore.',
		);
		expect(result.criteria.detailed.feedback).not.toContain('Attenzione');
		expect(result.advice.filter((a) => a.kind === 'invented')).toEqual([]);
	});

	it('still checks a relative day promised, also beside a verb in the past', () => {
		for (const reply of [
			'Signor Pozzi, stasera il microfono della presidenza verrà sostituito: la registrazione sarà sul canale entro 48 ore.',
			'Signor Pozzi, abbiamo avvisato i tecnici, che sistemeranno il microfono della presidenza stasera.',
		]) {
			const result = grade(reply);
			const flagged =
				result.criteria.detailed.feedback.includes('Attenzione') ||
				result.advice.some((a) => a.kind === 'invented' && a.message.includes('stasera'));
			expect(flagged, reply).toBe(true);
		}
	});
});

describe('what the office says it does not know, stated as a fact (families F, L, M: an invented service)', () => {
	const factSheet =
		'Dalla biblioteca: la sala studio riapre lunedì 3 marzo, dalle 9 alle 19. Non sai se ci saranno prese elettriche ai tavoli: lo dirà il tecnico.';
	const grade = (reply: string) =>
		gradeReply({ author: 'Marta Galli', comment: 'Quando riapre la sala studio? Ci sono le prese?', reply, factSheet })
			.criteria.detailed;
	it('is a wrong fact: not detailed, and the feedback quotes what the sheet says', () => {
		const d = grade(
			'Ciao Marta, grazie! La sala studio riapre lunedì 3 marzo dalle 9 alle 19, e ai tavoli ci saranno prese elettriche per tutti.',
		);
		expect(d.met).toBe(false);
		expect(d.feedback).toContain('«Non sai se ci saranno prese elettriche');
	});
	it.each([
		'Ciao Marta, grazie! La sala studio riapre lunedì 3 marzo dalle 9 alle 19. Per le prese elettriche ai tavoli stiamo chiedendo al tecnico e ti aggiorniamo qui.',
		'Ciao Marta, grazie! La sala studio riapre lunedì 3 marzo dalle 9 alle 19. Non sappiamo ancora se ai tavoli ci saranno prese elettriche: lo dirà il tecnico.',
		'Ciao Marta, grazie! La sala studio riapre lunedì 3 marzo dalle 9 alle 19; la sala studio avrà tavoli nuovi.',
	])('passes a reply that defers, says it is not known, or speaks of something else: %s', (reply) => {
		expect(grade(reply).met).toBe(true);
	});
});

describe('a value the sheet gives only for something else, and every wrong value named (family O)', () => {
	// One sheet sentence, one clause per fact: the office's days are not the repair's day.
	const cimitero = (reply: string) =>
		gradeReply({
			author: 'Sara Colombo',
			comment: 'Erba alta e fontanelle senz’acqua al cimitero: è così che trattate i nostri morti?',
			reply,
			factSheet:
				'Dai servizi cimiteriali: le fontanelle sono senz’acqua per un guasto e saranno riparate entro venerdì; nel frattempo c’è acqua al rubinetto vicino all’ingresso; per segnalazioni l’Ufficio servizi cimiteriali risponde al 200 000 170, dal lunedì al sabato dalle 8 alle 13.',
		}).criteria.detailed;

	it('gets wrong a weekday the sheet gives only in a clause about something else', () => {
		const d = cimitero(
			'Sara, scusaci: le fontanelle le ripariamo entro lunedì, intanto c’è il rubinetto all’ingresso.',
		);
		expect(d.met).toBe(false);
		expect(d.feedback).toContain('«lunedì»');
		expect(d.feedback).toContain('entro venerdì');
	});

	it('keeps right the same weekday where the sheet gives it, and one the comment gives', () => {
		expect(
			cimitero(
				'Sara, scusaci: le fontanelle le ripariamo entro venerdì. Per segnalazioni chiama il 200 000 170, dal lunedì al sabato dalle 8 alle 13.',
			).feedback,
		).not.toContain('Attenzione');
		const corso = gradeReply({
			author: 'Marcello Bini',
			comment: 'Il secondo martedì mia madre ha la visita medica, perde tutto?',
			reply:
				'Marcello, se salta il secondo martedì non perde nulla: può recuperare il venerdì alle 10 con i volontari.',
			factSheet:
				'Ci si iscrive al banco prestiti (martedì-sabato, 9-13); chi salta una lezione può recuperare il venerdì alle 10 con i volontari.',
		}).criteria.detailed;
		expect(corso.feedback).not.toContain('Attenzione');
		// The day's own clause has no words, but its hours are in the reply's sentence.
		const isola = gradeReply({
			author: 'Elena Marras',
			comment: 'a che ora chiude oggi l’isola ecologica?',
			reply: 'Ciao Elena, oggi è martedì: il centro di raccolta è aperto dalle 8 alle 12 e dalle 14 alle 17.',
			factSheet:
				'Il centro di raccolta di via dell’Industria è aperto dal lunedì al sabato dalle 8 alle 12; il martedì e il giovedì anche dalle 14 alle 17.',
		}).criteria.detailed;
		expect(isola.feedback).not.toContain('Attenzione');
	});

	it('reads minutes said after the hour, so "alle 21 e 40" is not "alle 21"', () => {
		expect(values('cambiato alle 21 e 40')).toEqual(['time:21:40']);
		expect(values('alle 9 e mezza, alle 10 e un quarto')).toEqual(['time:9:30', 'time:10:15']);
		expect(values('alle 9 e poi alle 10')).toEqual(['time:9:00', 'time:10:00']);
		expect(values('l’uscita è alle 4 del pomeriggio')).toEqual(['time:16:00']);
		expect(values('alle 9 e mezza di sera')).toEqual(['time:21:30']);
		expect(values('alle 8 di mattina')).toEqual(['time:8:00']);
		expect(values('alle 13 e 15 giorni dopo')).toEqual(['time:13:00', 'duration:21600 minuti']);
	});

	it('blames a wrong band on the fact whose span it misstates, though a single hour of that fact is right', () => {
		const d = gradeReply({
			author: 'Marco Rinaldi',
			comment: 'Domani c’è sciopero: il 4 delle 7:40 passa?',
			reply: 'Ciao Marco, le corse garantite sono dalle 7 alle 8:30 e dalle 18 alle 21, quindi il 4 delle 7:40 passa.',
			keyFacts: [
				{ label: 'la fascia garantita del mattino', variants: ['dalle 6 alle 9', '7:40'] },
				{ label: 'la fascia del pomeriggio', variants: ['dalle 18 alle 21'] },
			],
		}).criteria.detailed;
		expect(d.met).toBe(false);
		expect(d.feedback).toContain('Informazione da controllare: la fascia garantita del mattino.');
	});

	it('names every wrong value, not only the first, and no part of one twice', () => {
		const d = gradeReply({
			author: 'Daniela Serra',
			comment: 'quando e dove devo iscrivere mio figlio? e se nn ho lo spid?',
			reply:
				'Ciao Daniela, le iscrizioni sono dal 2 al 30 maggio online. Senza SPID vieni all’Ufficio scuola il lunedì o il mercoledì dalle 9 alle 12.',
			keyFacts: [{ label: 'le date delle iscrizioni', variants: ['dal 2 al 20 maggio', '20 maggio'] }],
			factSheet:
				'Iscrizioni online dal 2 al 20 maggio; senza SPID ci si iscrive allo sportello dell’Ufficio scuola il martedì e il giovedì dalle 9 alle 12.',
		}).criteria.detailed;
		expect(d.feedback).toMatch(/^Attenzione: «dal 2 al 30 maggio» non è giusto\./u);
		expect(d.feedback).toContain('Controlla anche «lunedì» e «mercoledì».');
		const ponte = gradeReply({
			author: 'Chiara Gallo',
			comment: 'Quando riapre il ponte?',
			reply: 'Ciao Chiara, il ponte riapre venerdì 9 dicembre.',
			keyFacts: [{ label: 'la data di riapertura', variants: ['lunedì 12 dicembre'] }],
		}).criteria.detailed;
		expect(ponte.feedback).toContain('«venerdì 9 dicembre» non è giusto');
		expect(ponte.feedback).not.toContain('Controlla anche');
	});

	it('warns when the reply promises what the sheet says there is none of, not when it agrees (family Q, Q063)', () => {
		const factSheet =
			'Dall’Ufficio servizi sociali: il Comune non ha nessun bonus bollette, e quel link era una truffa; i bonus comunali sono solo su comune.valverde.example.it/bonus.';
		const grade = (reply: string) =>
			gradeReply({
				author: 'Pina Loddo',
				comment: 'Ho visto il link del bonus bollette da 500 euro, è vero?',
				reply,
				keyFacts: [{ label: 'è una truffa', variants: ['truffa', 'non esiste'] }],
				factSheet,
			}).criteria.detailed;
		const promised = grade(
			'Ciao Pina, grazie. Quel bonus è una truffa. Il Comune però sta preparando un vero bonus bollette per l’inverno.',
		);
		expect(promised.met).toBe(false);
		expect(promised.feedback).toMatch(/^Attenzione: hai scritto «Il Comune però sta preparando/u);
		expect(promised.feedback).toContain('«non ha nessun bonus bollette»');
		for (const reply of [
			'Ciao Pina, grazie. Quel bonus bollette non esiste: è una truffa. I bonus veri sono solo su comune.valverde.example.it/bonus.',
			'Ciao Pina, grazie. Il bonus bollette da 500 euro è falso: è una truffa per rubare i dati bancari.',
		])
			expect(grade(reply).feedback, reply).not.toMatch(/^Attenzione/u);
	});
});

describe('a value the office has not decided yet', () => {
	const factSheet =
		'Hai girato la proposta all’Ufficio parchi, che sta rivedendo gli orari: quando l’ufficio avrà deciso, lo scriverai sulla pagina; fino al 15 maggio è aperto il sondaggio sui giardini, dove si può indicare l’orario preferito.';
	const grade = (reply: string) =>
		gradeReply({ author: 'Anna Neri', comment: 'Perché il parco non apre anche la sera?', reply, factSheet });

	it('names the decision not taken, not another date of the sheet', () => {
		const result = grade('Grazie Anna, dal mese prossimo il parco aprirà anche la sera.');
		expect(result.criteria.detailed.met).toBe(false);
		expect(result.criteria.detailed.feedback).toContain('hai scritto «dal mese prossimo»');
		expect(result.criteria.detailed.feedback).toContain('«quando l’ufficio avrà deciso');
	});

	it('still names the sheet’s own date for a value given wrong on its own subject', () => {
		const result = grade(
			'Grazie Anna, puoi indicare l’orario preferito nel sondaggio sui giardini, aperto fino al 25 maggio.',
		);
		expect(result.criteria.detailed.feedback).toContain('hai scritto «25 maggio»');
		expect(result.criteria.detailed.feedback).toContain('fino al 15 maggio');
	});
});

describe('a value named as the citizen’s own proposal (family AY, AY003)', () => {
	const judge = (reply: string) =>
		gradeReply({
			author: 'Maria Grazia De Luca',
			comment:
				'Un suggerimento. Perché non aprite anche il sabato pomeriggio? Chi lavora come me può andarci solo il sabato mattina.',
			reply,
			thread: [
				'Centro di raccolta di via dei Mulini: da lunedì nuovi orari. Martedì e giovedì dalle 14 alle 18, sabato dalle 8 alle 12.',
			],
			// The exercise page passes the post with the sheet, as src/grading/load.ts does.
			factSheet:
				'Hai girato la proposta all’Ufficio ambiente, che sta rivedendo gli orari (numero della segnalazione: 318).\nCentro di raccolta di via dei Mulini: da lunedì nuovi orari. Martedì e giovedì dalle 14 alle 18, sabato dalle 8 alle 12.',
		}).criteria.detailed.feedback;
	it('is not checked against the sheet', () => {
		expect(
			judge(
				'Maria Grazia, la tua idea del sabato pomeriggio l’abbiamo passata all’Ufficio ambiente, che sta rivedendo gli orari del centro di via dei Mulini.',
			),
		).not.toMatch(/^Attenzione/u);
	});
});

describe('families AZ: a promise to answer later, a refused channel denied after its list', () => {
	it('reads «le risponderemo lunedì» about the unknown as a deferral (AZ046)', () => {
		const result = gradeReply({
			author: 'Giorgio Ferraris',
			comment: 'La locandina è un’immagine: il lettore di schermo non la legge. Ci sono percorsi tattili?',
			reply:
				'Buonasera Giorgio, grazie. Su percorsi tattili e assistenza per persone con disabilità visiva in piazza le risponderemo lunedì, dopo aver sentito l’Ufficio eventi.',
			factSheet:
				'Non sai se in piazza ci sono percorsi tattili o assistenza per persone con disabilità visiva: l’Ufficio eventi risponde lunedì.',
		});
		expect(result.criteria.detailed.feedback).not.toMatch(/^Attenzione/u);
	});

	it('reads «CV in privato, mail o PEC non possono essere accettati» as a refusal (AZ050)', () => {
		const judge = (reply: string) =>
			gradeReply({
				author: 'Giorgia Neri',
				comment: 'Posso mandare il CV in privato?',
				reply,
				factSheet: 'La domanda si presenta solo sul portale: non si accettano domande via social, email o PEC.',
			}).criteria.detailed.feedback;
		expect(
			judge(
				'Giorgia, grazie. La domanda va presentata esclusivamente tramite il portale entro mezzogiorno del 30/11: CV in privato, mail o PEC non possono essere accettati.',
			),
		).not.toMatch(/^Attenzione/u);
		expect(judge('Giorgia, grazie. La domanda va presentata sul portale, oppure via PEC.')).toMatch(/^Attenzione/u);
		expect(judge('Giorgia, grazie. La domanda la può mandare via PEC, così non deve venire in Comune.')).toMatch(
			/^Attenzione/u,
		);
	});
});

describe('«né» as a denial, and the pronoun «ne» (second review of session 29)', () => {
	it.each([
		['né email né ', true],
		['né per ', true],
		['né la mail né la ', true],
		['se ne occupa l’Ufficio e il tecnico passa ', false],
		['il bando ne dà conferma: la domanda si può presentare anche via ', false],
		['ne parliamo lunedì alle ', false],
	] as const)('«%s» ends denied: %s', (text, denied) => {
		expect(endsDenied(analyse(text).folded)).toBe(denied);
	});
});

describe('a denied key fact reassured about (family BK, BK027)', () => {
	const input = (reply: string) => ({
		author: 'Marta Locatelli',
		comment: 'Non vorrei pagare la mora per colpa di un post sbagliato',
		reply,
		keyFacts: [{ label: 'niente mora entro il 16 giugno', variants: ['mora', '16 giugno'] }],
	});
	it('reads «per la mora stia tranquilla» as no mora', () => {
		const r = gradeReply(input('Per la mora stia tranquilla: entro il 16 giugno non la applichiamo.'));
		expect(r.keyFacts?.[0]?.wrong).toBeUndefined();
	});
	it('still reads «la mora si paga» as the fact reversed', () => {
		const r = gradeReply(input('Attenzione: la mora si paga anche entro il 16 giugno.'));
		expect(r.keyFacts?.[0]?.wrong).toBe('mora');
	});
});

describe('a date’s hour against the sheet’s (family BL)', () => {
	const factSheet =
		'Il portale è guasto da stamattina alle 8; la scadenza è spostata a lunedì 17 marzo alle 12. Su carta: Ufficio scuola, lunedì dalle 8:30 alle 12.';
	const keyFacts = [{ label: 'la nuova scadenza', variants: ['17 marzo', 'prorogata'] }];
	const grade = (reply: string) =>
		gradeReply({ author: 'Marco', comment: 'Scade domani e il sito non va!', reply, keyFacts, factSheet });

	it('gets wrong another hour for the sheet’s date, though the sheet’s hour is stated for something else', () => {
		const result = grade(
			'Marco, grazie: la scadenza è spostata a lunedì 17 marzo alle 18. Su carta all’Ufficio scuola, lunedì dalle 8:30 alle 12.',
		);
		expect(result.criteria.detailed.met).toBe(false);
		expect(result.criteria.detailed.feedback).toContain('«alle 18»');
		expect(result.criteria.detailed.feedback).toContain('17 marzo alle 12');
	});

	it.each([
		'Marco, grazie: la scadenza è spostata a lunedì 17 marzo alle 12. Su carta all’Ufficio scuola, lunedì dalle 8:30.',
		'Marco, grazie: la scadenza è spostata a lunedì 17 marzo, ore 12. Su carta all’Ufficio scuola, lunedì dalle 8:30 alle 12.',
		// An hour the office gives for another event of that day.
		'Marco, grazie: scadenza prorogata. Lunedì 17 marzo dalle 8:30 puoi consegnare su carta all’Ufficio scuola.',
	])('passes «%s»', (reply) => {
		expect(grade(reply).criteria.detailed.feedback).not.toContain('Attenzione');
	});
});

describe('a date’s hour against the sheet’s: forms and spans (review of session 30)', () => {
	const factSheet =
		'Il portale è guasto da stamattina alle 8; la scadenza è spostata a lunedì 17 marzo alle 12. Il seggio è aperto sabato 23 maggio dalle 9 alle 18.';
	const keyFacts = [{ label: 'la nuova scadenza', variants: ['17 marzo', 'prorogata'] }];
	const grade = (reply: string) =>
		gradeReply({ author: 'Marco', comment: 'Scade domani e il sito non va!', reply, keyFacts, factSheet });
	it.each([
		'Marco, grazie: la scadenza è spostata a lunedì 17 marzo alle ore 20.',
		'Marco, grazie: la scadenza è spostata alle 20 di lunedì 17 marzo.',
		'Marco, grazie: la scadenza è spostata a lunedì 17 marzo (ore 20).',
	])('gets wrong «%s»', (reply) => {
		expect(grade(reply).criteria.detailed.feedback).toContain('Attenzione');
	});
	it.each([
		'Marco, grazie: scadenza prorogata al 17 marzo. Il seggio è aperto sabato 23 maggio alle 17, se lavori.',
		'Marco, grazie: scadenza prorogata. Lunedì 17 marzo alle 9 pubblichiamo un aggiornamento sul portale.',
	])('passes «%s»', (reply) => {
		expect(grade(reply).criteria.detailed.feedback).not.toContain('Attenzione');
	});
});

describe('an endless run of dates and hours against a sheet (review of session 30)', () => {
	it('is graded in bounded time (each value’s denial read from its clause, not the whole text before it)', () => {
		const factSheet =
			'La scadenza è spostata a lunedì 17 marzo alle 12. Il seggio è aperto sabato 23 maggio dalle 9 alle 18.';
		// 51,200 characters: about 25 s when each value re-read its sentence's values or the text before
		// it, about 1 s now.
		const reply = '17 marzo alle ore 18 alle 20 di lunedì 17 marzo dalle 9 alle 18 '.repeat(800);
		const start = performance.now();
		gradeReply({ author: 'Marco', comment: 'Quando scade?', reply, factSheet });
		expect(performance.now() - start).toBeLessThan(10000);
	});
});

describe('an hour inside the sheet’s span: a moment, not a start or an end (second review of session 30)', () => {
	const factSheet = 'Il varco di via Mazzini è attivo dal lunedì al sabato dalle 7:30 alle 19:30.';
	const grade = (reply: string) =>
		gradeReply({ author: 'Kevin', comment: 'Quando è attivo il varco?', reply, factSheet }).criteria.detailed.feedback;
	it.each([
		'Ciao Kevin, il varco di via Mazzini è attivo dal lunedì al sabato dalle 9 alle 18.',
		'Ciao Kevin, il varco di via Mazzini si attiva alle 9 dal lunedì al sabato.',
		'Ciao Kevin, il varco di via Mazzini è attivo dal lunedì al sabato 9-22.',
	])('gets wrong «%s»', (reply) => {
		expect(grade(reply)).toContain('Attenzione');
	});
	it('passes a moment inside the span', () => {
		expect(grade('Ciao Kevin, il varco di via Mazzini è attivo: alle 12 di sabato lo trovi acceso.')).not.toContain(
			'Attenzione',
		);
	});
});
