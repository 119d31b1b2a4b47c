// The shared list of other offices (lexicon/thirdParty.ts), read by THIRD_PARTY and by mockery's "i soliti geni dei …":
// whole words only, so a reply that speaks of a connection or of a helpful clerk is not read as blaming an office.
import { describe, expect, it } from 'vitest';
import { OTHER_OFFICE, THIRD_PARTY } from '../../../../src/grader/lexicon/thirdParty';
import { analyse } from '../../../../src/grader/text/normalize';

const office = new RegExp(String.raw`^${OTHER_OFFICE}`, 'u');
const folded = (text: string): string => analyse(text).folded;

describe('OTHER_OFFICE', () => {
	it.each([
		'ufficio',
		'uffici',
		'servizio',
		'servizi',
		'settore',
		'tributi',
		'ragioneria',
		'tecnici',
		'colleghi',
		'collega',
		'ditta',
		'gestore',
	])('names an office: %s', (word) => expect(office.test(word)).toBe(true));

	it.each(['collegamento', 'servizievole', 'tecnica', 'dittatura', 'ufficiale', 'gestione'])(
		'leaves other words alone: %s',
		(word) => expect(office.test(word)).toBe(false),
	);

	it('is what THIRD_PARTY reads after "la colpa è" and "prenditela con"', () => {
		expect(THIRD_PARTY.test(folded('La colpa è dei tributi, non nostra.'))).toBe(true);
		expect(THIRD_PARTY.test(folded('Prenditela con la ragioneria.'))).toBe(true);
		expect(THIRD_PARTY.test(folded('La colpa è del collegamento internet di ieri.'))).toBe(false);
	});
});
