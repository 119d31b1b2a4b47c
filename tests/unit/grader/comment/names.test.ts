import { describe, expect, it } from 'vitest';
import { parseDisplayName } from '../../../../src/grader/comment/names';

const firsts = (display: string): string[] => parseDisplayName(display).first.map((f) => f.raw);
const surnames = (display: string): string[] => parseDisplayName(display).surnames.map((f) => f.raw);

describe('parseDisplayName', () => {
	it.each([
		['Marco R.', ['Marco'], ['Marco', 'R']],
		['gianni_74', ['gianni', 'giovanni'], ['gianni']],
		['vale.rinaldi', ['vale', 'valentina', 'valeria', 'valerio'], ['rinaldi']],
		['Maria Grazia De Luca', ['Maria', 'Maria Grazia'], ['De Luca']],
		["Nicolò D'Angelo", ['Nicolò', 'nico'], ["D'Angelo"]],
		['Giuseppe Lo Faro', ['Giuseppe', 'beppe', 'peppe', 'pino', 'peppino'], ['Lo Faro']],
		['Dott. Paolo Neri', ['Paolo'], ['Neri']],
		['Sig.ra Bianchi', ['Bianchi'], ['Bianchi']],
		['Rossi Mario', ['Mario'], ['Rossi']],
		['🌸 Martina 🌸', ['Martina', 'marti'], ['Martina']],
	])('%s', (display, first, surname) => {
		expect(firsts(display)).toEqual(first);
		expect(surnames(display)).toEqual(surname);
	});

	it('marks names that are also ordinary words as ambiguous', () => {
		expect(parseDisplayName('Rosa Marino').first[0]?.ambiguous).toBe(true);
		expect(parseDisplayName('Sara Conti').first[0]?.ambiguous).toBe(true);
		expect(parseDisplayName('Giulia Ferri').first[0]?.ambiguous).toBe(false);
	});

	it('recognises organisations and the short names people use for them', () => {
		const proLoco = parseDisplayName('Pro Loco di Pistoia');
		expect(proLoco.kind).toBe('org');
		expect(proLoco.full.map((f) => f.raw)).toContain('pro loco');
		const asd = parseDisplayName('ASD Virtus Valverde');
		expect(asd.full.map((f) => f.raw)).toContain('Virtus');
	});

	it('gives up on handles without a name and on empty input', () => {
		expect(parseDisplayName('user483920').kind).toBe('none');
		expect(parseDisplayName('').kind).toBe('none');
		expect(parseDisplayName(42 as unknown as string).kind).toBe('none');
	});
});
