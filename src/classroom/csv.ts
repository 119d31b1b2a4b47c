/** Italian Excel splits on semicolons: the comma is the decimal separator there. */
export const CSV_SEPARATOR = ';';
/** RFC 4180 line break. */
export const CSV_NEWLINE = '\r\n';
/** Without a byte order mark Excel reads UTF-8 as Windows-1252 and "Città" turns into "CittÃ ". */
export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @ (and
 * the minus sign U+2212, which some spreadsheets accept), and tab, carriage return or line feed.
 */
const FORMULA_START = /^[=+\-@\u2212\t\r\n]/u;
/**
 * What a spreadsheet may skip or fold before the formula sign: spaces, invisible format characters
 * (zero-width space, bidi marks) and quotes of any kind. The text is also NFKC-folded before the test,
 * so fullwidth and small forms ("＝", "﹢", "＠") count as the signs they look like.
 */
const LEADING_NOISE = /^[\s\p{Cf}"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB]+/u;

/** Prefixes an apostrophe to a cell a spreadsheet could run as a formula; Excel shows the text as typed. */
export function neutralise(cell: string): string {
	const start = cell.normalize('NFKC').replace(LEADING_NOISE, '');
	return FORMULA_START.test(cell) || FORMULA_START.test(start) ? `'${cell}` : cell;
}

/** Quotes a cell when RFC 4180 requires it (separator, quote, line break) or when a comma or edge space could confuse a reader. */
export function quote(cell: string): string {
	return /[";,\r\n]|^\s|\s$/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** One CSV cell: neutralised, then quoted. */
export const csvCell = (cell: string): string => quote(neutralise(cell));

/** A whole CSV file: BOM, one line per row, cells separated by semicolons, CRLF after every line. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
	return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + CSV_NEWLINE).join('');
}
