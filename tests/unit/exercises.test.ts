// Every exercise file carries its own model answers and counter-examples: this runner checks them
// all with the grader. The comment to answer is the LAST message of the thread, its author the
// display name; key facts come from the file. Files starting with "_" are drafts and are skipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema } from '../../src/schemas/exercise';
import { gradeReply } from '../../src/grader/index';
import { exerciseGradeInput } from '../../src/grading/load';
import type { CriterionId, GradeInput } from '../../src/grader/types';

const DIR = join(import.meta.dirname, '../../exercises');
const files = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.sort();
const CRITERIA: CriterionId[] = ['detailed', 'name', 'thanks'];

describe.each(files)('exercises/%s', (file) => {
	const parsed = exerciseSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
	it(`${file}: follows the exercise schema`, () => {
		expect(parsed.error?.message).toBeUndefined();
	});
	if (!parsed.success) return;
	const exercise = parsed.data;
	const base: Omit<GradeInput, 'reply'> = exerciseGradeInput(exercise, '');

	// The reply the instructions ask for is the one the page shows and the grader judges: a private reply
	// ("Ora scrivigli in privato", "la risposta privata di Facebook") is `channel: private` (session 32: four
	// exercises said so in words only, and a correct private message asking for a fine's number failed).
	it(`${file}: a private reply in the instructions is a private channel`, () => {
		const asksPrivate = /\b(?:scriv\p{L}* in privato|risposta privata)\b/iu.test(exercise.instructions);
		expect(exercise.channel === 'private').toBe(asksPrivate);
	});

	it.each(exercise.modelAnswers.map((reply, i) => [i + 1, reply] as const))(
		`${file}: model answer %i meets every applicable tip, passes the conduct gates and invents nothing`,
		(_, reply) => {
			const result = gradeReply({ ...base, reply });
			expect(result.conduct.map((f) => f.message)).toEqual([]);
			expect(result.advice.filter((a) => a.kind === 'invented').map((a) => a.message)).toEqual([]);
			for (const k of result.keyFacts ?? []) expect(k.wrong, k.label).toBeUndefined();
			for (const id of CRITERIA) {
				const { met, feedback } = result.criteria[id];
				expect(met, `${id}: ${feedback}`).not.toBe(false);
			}
			if (exercise.offensive) expect(result.criteria.thanks.met).toBeNull();
		},
	);

	if (exercise.counterExamples.length === 0) return;
	it.each(exercise.counterExamples.map((c, i) => [i + 1, c] as const))(
		`${file}: counter-example %i gets exactly its expected verdicts`,
		(_, sample) => {
			const result = gradeReply({ ...base, reply: sample.reply });
			// A counter-example fails exactly the conduct gates it names, and none when it names none.
			expect([...new Set(result.conduct.map((f) => f.kind))].sort(), sample.why).toEqual(
				[...(sample.expect.conduct ?? [])].sort(),
			);
			for (const id of CRITERIA) {
				const want = sample.expect[id];
				if (want === undefined) continue;
				expect(result.criteria[id].met, `${id}: ${result.criteria[id].feedback} — ${sample.why}`).toBe(want);
			}
		},
	);
});
