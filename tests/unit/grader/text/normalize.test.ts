import { describe, expect, it } from 'vitest';
import { analyse, foldText, hasAccent, squeeze, toRange } from '../../../../src/grader/text/normalize';
import { sentences } from '../../../../src/grader/text/sentences';

describe('analyse', () => {
	it('folds case and accents and keeps offsets into the original', () => {
		const a = analyse('Sarà CITTÀ');
		expect(a.folded).toBe('sara citta');
		expect(a.tokens.map((t) => t.key)).toEqual(['sara', 'citta']);
		expect(a.tokens.map((t) => a.original.slice(t.start, t.end))).toEqual(['Sarà', 'CITTÀ']);
	});

	it('maps decomposed accents (NFD input) back to the whole original letter', () => {
		const text = 'la strada sara\u0300 chiusa';
		const a = analyse(text);
		const t = a.tokens[2];
		expect(t?.key).toBe('sara');
		expect(text.slice(t?.start, t?.end)).toBe('sara\u0300');
	});

	it('keeps offsets right after emoji (surrogate pairs)', () => {
		const text = '👍👍 Ciao Giulia';
		const a = analyse(text);
		const giulia = a.tokens.find((t) => t.key === 'giulia');
		expect(text.slice(giulia?.start, giulia?.end)).toBe('Giulia');
	});

	it.each([
		['typographic apostrophe', 'D’Angelo', "d'angelo"],
		['non-breaking space', 'via\u00A0Roma', 'via roma'],
		['zero-width space is dropped', 'gra\u200Bzie', 'grazie'],
		['control characters become spaces', 'a\u0007b', 'a b'],
		['dashes are unified', '9–12', '9-12'],
	])('%s', (_, input, folded) => {
		expect(foldText(input)).toBe(folded);
	});

	it('folds every ASCII character as the general rule does (the fast path changes nothing)', () => {
		for (let code = 0; code < 128; code++) {
			const ch = String.fromCharCode(code);
			const general = /[\s\p{Cc}]/u.test(ch) && ch !== '\n' ? ' ' : ch === '`' ? "'" : ch.toLowerCase();
			expect(analyse(`a${ch}b`).folded, `code ${code}`).toBe(`a${general}b`);
		}
	});

	it('splits letters from digits and treats non-strings as empty', () => {
		expect(analyse('F24 grazie1000').tokens.map((t) => t.key)).toEqual(['f', '24', 'grazie', '1000']);
		expect(analyse(undefined as unknown as string).tokens).toEqual([]);
	});

	it('maps folded ranges back to original ranges', () => {
		const a = analyse('Perché? Città!');
		expect(toRange(a, 8, 13)).toEqual({ start: 8, end: 13 });
	});
});

describe('helpers', () => {
	it('squeezes letters repeated three or more times', () => {
		expect(squeeze('grazieeee')).toBe('grazie');
		expect(squeeze('cazzo')).toBe('cazzo');
		// Digits are not letters; letters beyond the BMP (surrogate pairs) squeeze too.
		expect(squeeze('1000')).toBe('1000');
		expect(squeeze('ci\u{1D41A}\u{1D41A}\u{1D41A}o')).toBe('ci\u{1D41A}o');
	});

	it('detects accents in composed and decomposed text', () => {
		expect(hasAccent('Nicolò')).toBe(true);
		expect(hasAccent('Nicolo\u0300')).toBe(true);
		expect(hasAccent('Nicolo')).toBe(false);
	});

	it('splits sentences but not at abbreviations', () => {
		const a = analyse('Gentile sig. Rossi, grazie. Il n. 12 è pronto! A presto');
		expect(sentences(a).map((s) => a.folded.slice(s.fStart, s.fEnd).trim())).toEqual([
			'gentile sig. rossi, grazie.',
			'il n. 12 e pronto!',
			'a presto',
		]);
	});

	it('reads a capital before a dot as an initial, a small letter or "so" as the end of a sentence (DU015)', () => {
		const a = analyse(
			'Chiedi a Patrizia M. in c.so Italia, poi scrivi a che posto è. Dalla data hai 10 giorni. Non lo so. Ciao',
		);
		expect(sentences(a).map((s) => a.folded.slice(s.fStart, s.fEnd).trim())).toEqual([
			'chiedi a patrizia m. in corso italia, poi scrivi a che posto e.',
			'dalla data hai 10 giorni.',
			'non lo so.',
			'ciao',
		]);
	});

	it('ends a sentence at an emoji followed by more words (family M)', () => {
		const a = analyse('Ornella, il cavo lo cambiano giovedì 🙂 Le luci tornano entro sera 👍🏻 Grazie 😊');
		expect(sentences(a).map((s) => a.folded.slice(s.fStart, s.fEnd).trim())).toEqual([
			'ornella, il cavo lo cambiano giovedi 🙂',
			'le luci tornano entro sera 👍🏻',
			'grazie 😊',
		]);
	});

	it('reads phone shorthand as the words it stands for, and maps them back', () => {
		const t = "cmq nn e' garantito x il servizio, perche' 3 x 2 e x-ztl";
		const a = analyse(t);
		expect(a.folded).toBe('comunque non e garantito per il servizio, perche 3 x 2 e x-ztl');
		const non = a.tokens.find((k) => k.key === 'non');
		expect(non && t.slice(non.start, non.end)).toBe('nn');
		const per = a.tokens.find((k) => k.key === 'per');
		expect(per && t.slice(per.start, per.end)).toBe('x');
		expect(a.map.length).toBe(a.folded.length + 1);
	});

	it('reads "gg" as days, as offices write them (family M)', () => {
		expect(analyse('entro 5 gg lavorativi').folded).toBe('entro 5 giorni lavorativi');
	});

	it('keeps an apostrophe that closes a quotation, drops one typed for an accent', () => {
		expect(analyse("ma 'buffone' qui no, c'e' un po' di tempo").folded).toBe("ma 'buffone' qui no, c'e un po di tempo");
	});
});
