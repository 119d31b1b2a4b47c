/** Why a file's bytes are not a UTF-8 text, when that can be told for sure. */
export type TextProblem = 'utf16' | 'binary';

/** Characters looked at to recognise UTF-16: a JSON text starts with ASCII, so half of them are NUL there. */
const SAMPLE = 64;

/**
 * Recognises files that cannot be a JSON text however they are read: a UTF-16 file (read as UTF-8 it
 * shows NUL between the letters, or its byte order mark as U+FFFD U+FFFD) and binary files (NUL
 * characters, or invalid UTF-8 at the very start, as in a ZIP or an image). Valid JSON never
 * contains a raw NUL nor starts with U+FFFD, so nothing valid is ever refused here.
 */
export function textProblem(text: string): TextProblem | undefined {
	const sample = text.slice(0, SAMPLE);
	if (sample.startsWith('\uFFFD\uFFFD') && sample.includes('\u0000')) return 'utf16';
	const nulAt = [...sample].map((c, i) => (c === '\u0000' ? i : -1)).filter((i) => i >= 0);
	if (nulAt.length > 0 && nulAt.length >= sample.length / 3 && nulAt.every((i) => i % 2 === nulAt[0]! % 2))
		return 'utf16';
	if (text.includes('\u0000') || text.startsWith('\uFFFD')) return 'binary';
	return undefined;
}
