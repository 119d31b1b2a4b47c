import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { emptyDraft, exerciseFromDraft, readDraft } from '../../../src/workshop/draft';
import { DRAFT_KEY, forgetDraft, loadDraft, saveDraft } from '../../../src/workshop/draftStorage';
import { draftProblems } from '../../../src/workshop/validate';
import { MemoryStorage } from '../../../src/progress/storage';
import { exerciseYaml, yamlString } from '../../../src/workshop/yaml';
import { checkExercise, hasSamples } from '../../../src/workshop/check';
import { gradeReply } from '../../../src/grader/index';
import { LEAD, typicalDraft } from './fixtures';

describe('the YAML for exercises/', () => {
	it('validates with the course schema and reads back as the same exercise', () => {
		const exercise = exerciseFromDraft(typicalDraft(), LEAD);
		const read: unknown = parse(exerciseYaml(exercise));
		const parsed = exerciseSchema.safeParse(read);
		expect(parsed.error?.message).toBeUndefined();
		expect(parsed.data).toEqual(exerciseSchema.parse(exercise));
	});

	it('writes every course exercise back identically', () => {
		const dir = join(import.meta.dirname, '../../../exercises');
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))) {
			const exercise = exerciseSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
			expect(exerciseSchema.parse(parse(exerciseYaml(exercise))), file).toEqual(exercise);
		}
	});

	it('keeps any text exactly, whatever YAML would make of it plain', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.constantFrom(
						'no',
						'yes',
						'12:30',
						'# nota',
						'a: b',
						'- x',
						'0x1F',
						'null',
						'"',
						"'",
						' x',
						'x ',
						'\u2028',
						'\u0085',
						'@x',
						'*x',
						'&x',
						'!x',
						'%x',
						'`x',
						'{a}',
						'[a]',
						'|',
						'>',
					),
				),
				(text) => {
					const safe = text.replace(/[\uD800-\uDFFF]/gu, '');
					expect(parse(`v: ${yamlString(safe)}\n`)).toEqual({ v: safe });
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('the workshop draft', () => {
	it('ignores a stored draft that is not one', () => {
		expect(readDraft({ title: 42 })).toBeUndefined();
		expect(readDraft('x')).toBeUndefined();
		expect(readDraft(JSON.parse(JSON.stringify(typicalDraft())))).toEqual(typicalDraft());
	});

	it('grades the typical exercise as its author intends (the live check)', () => {
		const checks = checkExercise(exerciseFromDraft(typicalDraft(), LEAD), gradeReply);
		expect(checks.map((c) => [c.kind, c.mismatches])).toEqual([
			['model', []],
			['counter', []],
			['counter', []],
		]);
	});

	it('has nothing to check, and no grader to load, until a model answer or a counter-example is written', () => {
		const empty = exerciseFromDraft(emptyDraft('tre-consigli'), LEAD);
		expect(hasSamples(empty)).toBe(false);
		expect(checkExercise(empty, gradeReply)).toEqual([]);
		expect(hasSamples(exerciseFromDraft(typicalDraft(), LEAD))).toBe(true);
		const onlyCounter = { ...typicalDraft(), modelAnswers: [''] };
		expect(hasSamples(exerciseFromDraft(onlyCounter, LEAD))).toBe(true);
	});

	it('reports a counter-example that does not grade as expected', () => {
		const draft = typicalDraft();
		draft.counterExamples[0]!.name = 'met';
		const checks = checkExercise(exerciseFromDraft(draft, LEAD), gradeReply);
		expect(checks[1]?.mismatches).toEqual([{ kind: 'tip', tip: 'name', expected: true, got: false }]);
	});
});

describe('the thread and the problems list', () => {
	it('puts the page post first, earlier comments next and the comment to answer last', () => {
		const draft = { ...typicalDraft(), earlier: [{ author: 'Marco Neri', text: 'Anche io vorrei saperlo.' }] };
		const exercise = exerciseFromDraft(draft, LEAD);
		expect(exercise.thread.map((m) => [m.author, m.fromPage ?? false])).toEqual([
			['Comune di Valverde', true],
			['Marco Neri', false],
			['Paola Bruni', false],
		]);
		expect(exerciseSchema.safeParse(parse(exerciseYaml(exercise))).success).toBe(true);
	});

	it('names the field at fault, in the form order, one problem per field', () => {
		const draft = {
			...typicalDraft(),
			title: 'x',
			earlier: [{ author: '', text: 'Anche io.' }],
			modelAnswers: ['troppo corta'],
		};
		const problems = draftProblems(exerciseFromDraft(draft, LEAD), draft);
		expect(problems.map((p) => [p.field.id, p.kind.key])).toEqual([
			['ws-title', 'tooShort'],
			['ws-earlier-0-author', 'missing'],
			['ws-model-0', 'tooShort'],
		]);
		expect(draftProblems(exerciseFromDraft(typicalDraft(), LEAD), typicalDraft())).toEqual([]);
	});

	it('an empty form lists what is missing without throwing', () => {
		const draft = emptyDraft('tre-consigli');
		expect(draftProblems(exerciseFromDraft(draft, LEAD), draft).length).toBeGreaterThan(5);
	});
});

describe('the draft in this browser', () => {
	it('survives a reload, and a failure to save is reported, never silent', () => {
		const storage = new MemoryStorage();
		expect(saveDraft(storage, typicalDraft())).toBeUndefined();
		expect(loadDraft(storage)).toEqual(typicalDraft());
		forgetDraft(storage);
		expect(loadDraft(storage)).toBeUndefined();
		expect(saveDraft(undefined, typicalDraft())).toBe('unavailable');
		const full = Object.assign(new MemoryStorage(), {
			setItem() {
				throw new DOMException('quota', 'QuotaExceededError');
			},
		});
		expect(saveDraft(full, typicalDraft())).toBe('full');
		storage.setItem(DRAFT_KEY, '{not json');
		expect(loadDraft(storage)).toBeUndefined();
	});
});
