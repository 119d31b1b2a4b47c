import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutralise, toCsv } from '../../../src/classroom/csv';

describe('CSV cells', () => {
	it.each([
		['Comune di Valverde', 'Comune di Valverde'],
		['Città', 'Città'],
		['85', '85'],
		['2,5', '"2,5"'],
		['a;b', '"a;b"'],
		['dice "ciao"', '"dice ""ciao"""'],
		['riga\nnuova', '"riga\nnuova"'],
		['=1+1', "'=1+1"],
		['+39 000', "'+39 000"],
		['-2', "'-2"],
		['@SOMMA(A1)', "'@SOMMA(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', '"\'\r=1"'],
		[' =1', "' =1"],
		['=HYPERLINK("http://x";"y")', `"'=HYPERLINK(""http://x"";""y"")"`],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['\n=1', `"'\n=1"`],
		['  \t+1', "'  \t+1"],
		['"=1+1"', `"'""=1+1"""`],
		["'=1", "''=1"],
		['\u201C=1', "'\u201C=1"],
		['\u200B=1', "'\u200B=1"],
		['\u202E=1', "'\u202E=1"],
		['＝1+1', "'＝1+1"],
		['﹦1', "'﹦1"],
		['＋39', "'＋39"],
		['－2', "'－2"],
		['＠SOMMA(A1)', "'＠SOMMA(A1)"],
		['\u2212 2', "'\u2212 2"],
		['PA;2026 "A"', '"PA;2026 ""A"""'],
		['riga\r\nnuova', '"riga\r\nnuova"'],
		['Nicolò 👩🏽‍💻', 'Nicolò 👩🏽‍💻'],
		['', ''],
	])('%j becomes %j', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('leaves harmless text untouched', () => {
		expect(neutralise('Maria')).toBe('Maria');
		expect(neutralise('a=b')).toBe('a=b');
		expect(neutralise("Comune di Sant'Anna - Ufficio")).toBe("Comune di Sant'Anna - Ufficio");
		expect(neutralise('"Comune"')).toBe('"Comune"');
	});
});

describe('CSV file', () => {
	it('starts with a BOM, separates with semicolons and ends every line with CRLF', () => {
		const csv = toCsv([
			['Cognome', 'Nome'],
			['Rossi', 'Maria'],
		]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}Cognome;Nome\r\nRossi;Maria\r\n`);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});
});
