import type { ConductKind, CriterionId, GradeInput, GradeResult } from '../grader/types';

/** What the live check needs of an exercise (a draft may be incomplete: the grader copes). */
export interface CheckableExercise {
	instructions: string;
	thread: ReadonlyArray<{ author: string; text: string; fromPage?: boolean | undefined }>;
	offensive?: boolean | undefined;
	keyFacts?: GradeInput['keyFacts'] | undefined;
	modelAnswers: readonly string[];
	counterExamples?:
		| ReadonlyArray<{
				reply: string;
				expect: {
					detailed?: boolean | null | undefined;
					name?: boolean | null | undefined;
					thanks?: boolean | null | undefined;
					conduct?: readonly ConductKind[] | undefined;
				};
		  }>
		| undefined;
}

/** Why a sample does not grade as intended; the page words each kind in Italian. */
export type Mismatch =
	| { kind: 'tip'; tip: CriterionId; expected: boolean | null; got: boolean | null }
	| { kind: 'conduct'; expected: ConductKind[]; got: ConductKind[] }
	| { kind: 'invented'; message: string }
	| { kind: 'wrongFact'; label: string; value: string };

/** One model answer or counter-example, graded, with what differs from the intent. */
export interface SampleCheck {
	kind: 'model' | 'counter';
	/** Position among the model answers or among the counter-examples, from 0. */
	index: number;
	reply: string;
	result: GradeResult;
	mismatches: Mismatch[];
}

const TIPS: readonly CriterionId[] = ['detailed', 'name', 'thanks'];

/** The office's knowledge as the grader reads it: instructions and the page's own posts (as factSheetOf). */
export const factSheetOfDraft = (e: CheckableExercise): string =>
	[e.instructions, ...e.thread.filter((m) => m.fromPage === true).map((m) => m.text)].join('\n');

const kinds = (result: GradeResult): ConductKind[] => [...new Set(result.conduct.map((f) => f.kind))].sort();

/** Whether the exercise has a model answer or a counter-example to grade (a new draft has none). */
export const hasSamples = (exercise: CheckableExercise): boolean =>
	exercise.modelAnswers.some((reply) => reply.trim() !== '') ||
	(exercise.counterExamples ?? []).some((sample) => sample.reply.trim() !== '');

/**
 * Grades every model answer and counter-example with `grade` (the grader's gradeSafely) and lists
 * what differs from the intent, by the rules the unit tests apply to the course's exercises: a
 * model answer meets every applicable tip, fails no conduct gate, invents no value and states no
 * key fact wrongly; a counter-example gets exactly its expected verdicts and conduct failures.
 */
export function checkExercise(exercise: CheckableExercise, grade: (input: GradeInput) => GradeResult): SampleCheck[] {
	const last = exercise.thread[exercise.thread.length - 1];
	const base: Omit<GradeInput, 'reply'> = {
		comment: last?.text ?? '',
		author: last?.author ?? '',
		factSheet: factSheetOfDraft(exercise),
		...(exercise.offensive === undefined ? {} : { offensive: exercise.offensive }),
		...(exercise.keyFacts ? { keyFacts: exercise.keyFacts } : {}),
	};
	const checks: SampleCheck[] = [];
	exercise.modelAnswers.forEach((reply, index) => {
		if (!reply.trim()) return;
		const result = grade({ ...base, reply });
		const mismatches: Mismatch[] = [];
		const got = kinds(result);
		if (got.length > 0) mismatches.push({ kind: 'conduct', expected: [], got });
		for (const tip of TIPS)
			if (result.criteria[tip].met === false) mismatches.push({ kind: 'tip', tip, expected: true, got: false });
		for (const a of result.advice) if (a.kind === 'invented') mismatches.push({ kind: 'invented', message: a.message });
		for (const k of result.keyFacts ?? [])
			if (k.wrong !== undefined) mismatches.push({ kind: 'wrongFact', label: k.label, value: k.wrong });
		checks.push({ kind: 'model', index, reply, result, mismatches });
	});
	(exercise.counterExamples ?? []).forEach((sample, index) => {
		if (!sample.reply.trim()) return;
		const result = grade({ ...base, reply: sample.reply });
		const mismatches: Mismatch[] = [];
		const expected = [...new Set(sample.expect.conduct ?? [])].sort();
		const got = kinds(result);
		if (expected.join() !== got.join()) mismatches.push({ kind: 'conduct', expected, got });
		for (const tip of TIPS) {
			const want = sample.expect[tip];
			if (want !== undefined && result.criteria[tip].met !== want)
				mismatches.push({ kind: 'tip', tip, expected: want, got: result.criteria[tip].met });
		}
		checks.push({ kind: 'counter', index, reply: sample.reply, result, mismatches });
	});
	return checks;
}
