import { describe, expect, it } from 'vitest';
import { STOP_WORDS, sameStem, stem } from '../../../../src/grader/text/stem';
import { foldText } from '../../../../src/grader/text/normalize';

// Word families that must share a stem (the stemmer gets folded words, as the grader does).
const FAMILIES: string[][] = [
	['ringraziare', 'ringraziamento', 'ringraziamenti', 'ringraziamo', 'ringraziandola'],
	['raccolta', 'raccolte'],
	['segnalazione', 'segnalazioni'],
	['città', 'citta'],
	['buca', 'buche'],
	['parco', 'parchi'],
	['riaprirà', 'riaprira', 'riapre'],
	['acqua', 'acque'],
	['iscrizione', 'iscrizioni'],
	['domenica', 'domeniche'],
];

describe('Italian stemmer (lunr-languages Snowball)', () => {
	it.each(FAMILIES)('%s and its family agree', (...words) => {
		const stems = words.map((w) => stem(foldText(w)));
		for (const s of stems) expect(sameStem(s, stems[0] ?? ''), `${words.join(', ')} -> ${stems.join(', ')}`).toBe(true);
	});

	it.each([
		['sabato', 'sabbia'],
		['anagrafe', 'ambiente'],
		['vetro', 'verde'],
		['mercato', 'mercoledi'],
		['giovane', 'giovedi'],
		['settimana', 'settembre'],
		['maggiore', 'maggio'],
	])('keeps %s and %s apart', (a, b) => {
		expect(sameStem(stem(a), stem(b))).toBe(false);
	});

	it('leaves short words and numbers alone', () => {
		expect(stem('12')).toBe('12');
		expect(stem('di')).toBe('di');
	});

	it('exposes the Italian stop words, accent-folded', () => {
		expect(STOP_WORDS.has('di')).toBe(true);
		expect(STOP_WORDS.has('perche')).toBe(true);
		expect(STOP_WORDS.has('biblioteca')).toBe(false);
	});
});
