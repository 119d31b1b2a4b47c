import type { core } from 'zod/mini';
import { t, type ClassroomUiKey } from '../i18n/classroom';

/** Issues named in one refusal: enough to find the problem, short enough to read. */
const MAX_ISSUES = 3;
/** Longest field name shown: a key of a hostile file can be a megabyte long. */
const MAX_SEGMENT = 40;
/** Longest detail shown next to a refused file. */
export const MAX_DETAIL = 300;

/** Characters that would hide or reorder the words around them: controls, bidi and other invisible format characters, line separators. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Text from a file made safe to quote in a message: invisible characters removed, cut to `max` characters (whole code points). */
export function cleanDetail(text: string, max = MAX_DETAIL): string {
	const chars = Array.from(text.slice(0, max * 4).replace(HIDDEN, ''));
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** "progress.profile.nome": where the problem is, each field name cleaned and cut. */
export const issuePath = (path: ReadonlyArray<PropertyKey>): string =>
	path.map((p) => cleanDetail(String(p), MAX_SEGMENT)).join('.') || 'file';

const TYPES: Readonly<Record<string, ClassroomUiKey>> = {
	string: 'import.issue.type.string',
	number: 'import.issue.type.number',
	boolean: 'import.issue.type.boolean',
	object: 'import.issue.type.object',
	record: 'import.issue.type.object',
	array: 'import.issue.type.array',
};

/** What is wrong with one value, in Italian (zod/mini ships no messages, only codes). */
export function issueMessage(issue: core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return t('import.issue.type', { expected: t(TYPES[issue.expected] ?? 'import.issue.type.other') });
		case 'too_big': {
			const max = String(issue.maximum);
			if (issue.origin === 'string') return t('import.issue.textTooLong', { max });
			return t(issue.origin === 'array' ? 'import.issue.tooMany' : 'import.issue.tooHigh', { max });
		}
		case 'too_small': {
			const min = String(issue.minimum);
			if (issue.origin === 'string') return t('import.issue.empty');
			return t(issue.origin === 'array' ? 'import.issue.tooFew' : 'import.issue.tooLow', { min });
		}
		case 'invalid_format':
			if (issue.format === 'datetime') return t('import.issue.date');
			return t(issue.format === 'email' ? 'import.issue.email' : 'import.issue.format');
		case 'invalid_value':
			return t('import.issue.value');
		case 'invalid_key':
			return t('import.issue.key');
		case 'custom':
			// The only refinement on imported data: forbidden characters in the profile.
			return t('import.issue.characters');
		default:
			return t('import.issue.other');
	}
}

/** Schema issues as one Italian line: "progress.profile.nome: testo troppo lungo (al massimo 100 caratteri)". */
export function describeImportIssues(issues: ReadonlyArray<core.$ZodIssue>): string {
	const shown = issues.slice(0, MAX_ISSUES).map((i) => `${issuePath(i.path)}: ${issueMessage(i)}`);
	const more = issues.length - shown.length;
	return [...shown, ...(more > 0 ? [t('import.issue.more', { count: more })] : [])].join('; ');
}
