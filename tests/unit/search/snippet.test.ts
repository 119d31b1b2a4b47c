import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Segment } from '../../../src/search/snippet';

const matchWords =
	(...words: string[]) =>
	(folded: string) =>
		words.includes(folded);
/** Segments as a compact string: matches in [brackets]. */
const show = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
	it('marks the matching words, accents and case as written', () => {
		expect(highlight('Perché ringraziare? Perché sì.', matchWords('perche'))).toEqual([
			{ text: 'Perché', match: true },
			{ text: ' ringraziare? ', match: false },
			{ text: 'Perché', match: true },
			{ text: ' sì.', match: false },
		]);
	});

	it('keeps markup in the content as plain text', () => {
		const segments = highlight('<b>grazie</b> & <script>', matchWords('grazie'));
		expect(show(segments)).toBe('<b>[grazie]</b> & <script>');
		expect(segments.every((s) => typeof s.text === 'string')).toBe(true);
	});

	it('returns the whole text unmarked when nothing matches, and nothing for an empty text', () => {
		expect(highlight('niente qui', matchWords('x'))).toEqual([{ text: 'niente qui', match: false }]);
		expect(highlight('', matchWords('x'))).toEqual([]);
	});
});

describe('snippet', () => {
	const text = `${'Parole di apertura senza nulla. '.repeat(6)}Qui si parla di ringraziare chi scrive, e ringraziare bene. ${'Coda. '.repeat(20)}`;

	it('keeps short texts whole', () => {
		expect(show(snippet('Grazie a tutti', matchWords('grazie'), 100))).toBe('[Grazie] a tutti');
	});

	it('shows the window around the matches, cut at whole words, with ellipses', () => {
		const out = show(snippet(text, matchWords('ringraziare'), 100));
		expect(out).toMatch(/^…/u);
		expect(out).toMatch(/…$/u);
		expect(out).toContain('[ringraziare] chi scrive, e [ringraziare] bene');
		const plain = out.replace(/[[\]…]/gu, '');
		expect(plain.length).toBeLessThanOrEqual(100);
		const at = text.indexOf(plain);
		expect(at).toBeGreaterThan(0);
		expect(text[at - 1]).toMatch(/\s/u);
		expect(text[at + plain.length] ?? ' ').not.toMatch(/[\p{L}\p{N}]/u);
	});

	it('starts at the beginning when nothing matches', () => {
		const out = show(snippet(text, matchWords('assente'), 60));
		expect(out.startsWith('Parole di apertura')).toBe(true);
		expect(out.endsWith('…')).toBe(true);
	});

	it('prefers the window with the most matches', () => {
		const long = `uno grazie ${'x '.repeat(80)}due grazie grazie grazie ${'y '.repeat(80)}`;
		expect(show(snippet(long, matchWords('grazie'), 60))).toContain('[grazie] [grazie] [grazie]');
	});
});
