// Facts checked, not just spotted: values read in any notation, a wrong value for a key fact makes
// the reply not detailed, and values that come from nowhere are flagged as invented.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { inferKind, readValues } from '../../../../src/grader/reply/values';
import { analyse } from '../../../../src/grader/text/normalize';

const values = (text: string) => readValues(analyse(text).folded).map((v) => `${v.kind}:${v.key}`);

describe('values', () => {
	it('reads dates, times, amounts, phones, emails, links and references in canonical form', () => {
		expect(values('Riapre lunedì 3 novembre')).toEqual(['date:3/11']);
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

	it('does not take hours for dates nor dates for phone numbers', () => {
		expect(values('orario 9-12')).toEqual(['time:9:00-12:00']);
		expect(values('il 03-11-2025')).toEqual(['date:3/11']);
	});

	it('infers a key fact’s kind only when every variant states a value of one kind', () => {
		const kind = (...vs: string[]) => inferKind(vs.map((v) => readValues(analyse(v).folded)));
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
		expect(result.criteria.detailed.feedback).toMatch(/«28 novembre» non è giusto per la data di riapertura/u);
		expect(result.keyFacts?.[0]).toMatchObject({ found: false, wrong: '28 novembre' });
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
