// A malformed shift file must be refused, naming the field at fault.
import { describe, expect, it } from 'vitest';
import { shiftSchema, type ShiftInput } from '../../../src/schemas/shift';
import { loadShift } from './play';

const good = (): ShiftInput => structuredClone(loadShift('tests/fixtures/shifts/ramo.yaml'));

/** The paths and messages of the issues zod raises for a shift. */
function problems(data: unknown): string[] {
	const parsed = shiftSchema.safeParse(data);
	return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('shift schema', () => {
	it('accepts the fixture', () => {
		expect(problems(good())).toEqual([]);
	});

	const cases: Array<[string, (s: ShiftInput) => void, RegExp]> = [
		['a repeated id', (s) => void (s.comments[1]!.id = 'a1'), /^comments\.1\.id: id "a1" ripetuto/u],
		[
			'showIf pointing to a later comment',
			(s) => void (s.comments[2]!.showIf = { after: 'a7', when: 'decided-right' }),
			/^comments\.2\.showIf\.after:/u,
		],
		[
			'showIf pointing to nothing',
			(s) => void (s.comments[2]!.showIf = { after: 'zz', when: 'decided-right' }),
			/^comments\.2\.showIf\.after:/u,
		],
		[
			'poor-reply after a comment that expects no reply',
			(s) => void (s.comments[2]!.showIf = { after: 'a2', when: 'poor-reply' }),
			/^comments\.2\.showIf\.when:/u,
		],
		['arrival times going back', (s) => void (s.comments[3]!.at = '08:01'), /^comments\.3\.at:/u],
		['a comment before the shift opens', (s) => void (s.comments[0]!.at = '07:59'), /^comments\.0\.at:/u],
		['a malformed time', (s) => void (s.comments[0]!.at = '8:00'), /^comments\.0\.at:/u],
		[
			'a reply expected without a model answer',
			(s) => void delete s.comments[0]!.modelAnswer,
			/^comments\.0\.modelAnswer:/u,
		],
		[
			'an unknown decision',
			(s) => void (s.comments[0]!.decisions.right = ['rispondi' as never]),
			/^comments\.0\.decisions\.right\.0:/u,
		],
		[
			'no-reply together with a reply',
			(s) => void (s.comments[1]!.decisions.right = ['no-reply', 'reply-public']),
			/^comments\.1\.decisions\.right:/u,
		],
		[
			'a decision twice',
			(s) => void (s.comments[1]!.decisions.right = ['hide', 'hide']),
			/^comments\.1\.decisions\.right:/u,
		],
		['too few comments', (s) => void (s.comments = s.comments.slice(0, 5)), /^comments:/u],
		[
			'too many comments',
			(s) =>
				void (s.comments = [...s.comments, ...s.comments].map((c, i) => ({
					...c,
					id: `x${i}`,
					at: '08:30',
					showIf: undefined,
				}))),
			/^comments:/u,
		],
		['an unknown platform', (s) => void (s.platform = 'telegram' as never), /^platform:/u],
		[
			'a missing fact sheet',
			(s) => void delete (s.comments[0] as Partial<ShiftInput['comments'][number]>).factSheet,
			/^comments\.0\.factSheet:/u,
		],
		['an unknown register', (s) => void (s.register = 'voi' as never), /^register:/u],
		[
			'a wrong handling without its expected decision verdict',
			(s) => void (s.comments[0]!.wrong = [{ decisions: ['hide'], expect: {} as never }]),
			/^comments\.0\.wrong\.0\.expect\.decisionsRight:/u,
		],
	];
	it.each(cases)('refuses %s, naming the field', (_, breakIt, where) => {
		const shift = good();
		breakIt(shift);
		const found = problems(shift);
		expect(
			found.some((p) => where.test(p)),
			found.join('\n'),
		).toBe(true);
	});
});
