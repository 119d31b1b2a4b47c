/** Italian Excel splits on semicolons: the comma is the decimal separator there. */
export const CSV_SEPARATOR = ';';
/** RFC 4180 line break. */
export const CSV_NEWLINE = '\r\n';
/** Without a byte order mark Excel reads UTF-8 as Windows-1252 and "Città" turns into "CittÃ ". */
export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, and
 * tab, carriage return or line feed before one of them.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/u;

/** Prefixes an apostrophe to a cell a spreadsheet would run as a formula; Excel shows the text as typed. */
export function neutralise(cell: string): string {
	return FORMULA_START.test(cell.trimStart()) || FORMULA_START.test(cell) ? `'${cell}` : cell;
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
