import lunr from 'lunr';
import { describe, expect, it, vi } from 'vitest';
import { italian } from '../../../src/search/italian';

describe('Italian stemming (lunr-languages Snowball)', () => {
	it.each([
		['ringraziamenti', 'ringraziare'],
		['ringraziamento', 'ringraziare'],
		['commenti', 'commento'],
		['offensivi', 'offensiva'],
		['perche', 'perche'],
	])('%s and %s share a stem', (a, b) => {
		expect(italian.stem(a)).toBe(italian.stem(b));
	});

	it('leaves numbers alone', () => {
		expect(italian.stem('2019')).toBe('2019');
	});
});

describe('Italian stop words', () => {
	it('are accent-folded like the indexed text', () => {
		expect(italian.stopWords.has('perche')).toBe(true);
		expect(italian.stopWords.has('piu')).toBe(true);
		expect(italian.stopWords.has('perché')).toBe(false);
		expect(italian.stopWords.has('ringraziare')).toBe(false);
	});
});

describe('plugin installation', () => {
	it('happens once: importing again neither reinstalls nor warns', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		vi.resetModules();
		const again = await import('../../../src/search/italian');
		expect(again.italian).toBe(italian);
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});

	it('registers the stemmer the serialised index names', () => {
		const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> })
			.registeredFunctions;
		expect(registered['stemmer-it']).toBe(italian.plugin.stemmer);
	});
});
