import { describe, expect, it } from 'vitest';
import { foldForSearch, wordSpans } from '../../../src/search/fold';
import { cleanQuery, MAX_QUERY_CHARS, MAX_QUERY_WORDS, queryWords } from '../../../src/search/sanitize';

describe('foldForSearch', () => {
	it.each([
		['perché', 'perche'],
		['CITTÀ', 'citta'],
		['Più è già', 'piu e gia'],
		["dell'ufficio", 'dell ufficio'],
		['e-mail, PEC; 2019!', 'e mail pec 2019'],
		['  spazi\u00A0strani\t', 'spazi strani'],
		['e\u0301 composto', 'e composto'],
	])('folds %j to %j', (input, folded) => {
		expect(foldForSearch(input)).toBe(folded);
	});
});

describe('wordSpans', () => {
	it('gives offsets into the original text, accents included', () => {
		const text = 'Perché «città»?';
		expect(wordSpans(text).map((w) => [text.slice(w.start, w.end), w.folded])).toEqual([
			['Perché', 'perche'],
			['città', 'citta'],
		]);
	});
});

describe('queryWords: user input becomes plain words', () => {
	it.each<[string, unknown, string[]]>([
		['lunr syntax characters', '*:~^+-', []],
		[
			'syntax glued to words',
			'title:ringraziare~2 +commenti -spam^10 rin*',
			['title', 'ringraziare', '2', 'commenti', 'spam', '10', 'rin'],
		],
		['markup', '<script>alert("x")</script>', ['script', 'alert', 'x']],
		['an image tag', '<img src=x onerror=alert(1)>', ['img', 'src', 'x', 'onerror', 'alert', '1']],
		['quotes', '"commenti offensivi"', ['commenti', 'offensivi']],
		['empty', '', []],
		['blank', '   \n\t ', []],
		['not a string', 42, []],
		['undefined', undefined, []],
		['repeated words', 'Grazie grazie GRAZIE', ['grazie']],
		['accents', 'Perché CITTÀ', ['perche', 'citta']],
	])('%s', (_what, input, words) => {
		expect(queryWords(input)).toEqual(words);
	});

	it('bounds a 10,000-character query', () => {
		const huge = 'ringraziare '.repeat(900) + 'a'.repeat(10_000);
		expect(cleanQuery(huge).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
		// The cut may fall inside a word: that half word is searched too, harmlessly.
		expect(queryWords(huge)).toEqual(['ringraziare', 'ringrazi']);
		expect(queryWords(Array.from({ length: 50 }, (_, i) => `parola${i}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
	});

	it('drops words longer than any Italian word', () => {
		expect(queryWords(`${'x'.repeat(60)} chiaro`)).toEqual(['chiaro']);
	});

	it('does not split a character made of two UTF-16 units when cutting', () => {
		const cut = cleanQuery('😀'.repeat(MAX_QUERY_CHARS + 10));
		expect(Array.from(cut)).toHaveLength(MAX_QUERY_CHARS);
		expect(cut.endsWith('😀')).toBe(true);
	});
});
