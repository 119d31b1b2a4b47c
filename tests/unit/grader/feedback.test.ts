// Feedback is Italian, addressed to the learner with "tu", and concrete: it quotes the learner's
// words, names the person, names the missing key facts.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import { list, quote } from '../../../src/grader/feedback/texts';

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
		expect(r.criteria.detailed.feedback).toContain("manca l'orario");
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
