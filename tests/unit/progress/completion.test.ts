import { describe, expect, it } from 'vitest';
import { evaluateCompletion, FINAL_QUIZ_WEIGHT } from '../../../src/progress/completion';
import type { CoursePlan } from '../../../src/course/plan';
import type { ProgressStore } from '../../../src/progress/store';
import { completedStore, grade, memoryStore, plan } from './fixtures';

const met = { detailed: true, name: true, thanks: true } as const;

describe('completion rules', () => {
	it('counts a learner who did everything as complete, on the day of the last requirement', () => {
		const store = completedStore(0.8);
		const result = evaluateCompletion(store.state, plan);
		expect(result.complete).toBe(true);
		expect(result.lessons).toMatchObject({ done: 3, total: 3, missing: [] });
		expect(result.exercises).toMatchObject({ done: 4, total: 4, missing: [] });
		expect(result.final.passed).toBe(true);
		expect(result.final.score).toBeCloseTo(FINAL_QUIZ_WEIGHT * 0.8 + (1 - FINAL_QUIZ_WEIGHT) * 0.9);
		expect(result.completedAt).toBe(store.state.quizzes['finale']?.history[0]?.at);
		expect(result.creditedMinutes).toBe(90);
	});

	const cases: Array<{ what: string; change: (s: ProgressStore) => void; missing: 'lessons' | 'exercises' | 'final' }> =
		[
			{ what: 'a lesson not finished', change: (s) => s.clear(), missing: 'lessons' },
			{ what: 'the final quiz under the pass mark', change: (s) => s.recordQuiz('finale', 0.5), missing: 'final' },
		];
	it.each(cases)('reports $what', ({ change, missing }) => {
		const store = completedStore(0.69);
		change(store);
		const result = evaluateCompletion(store.state, plan);
		expect(result.complete).toBe(false);
		expect(result.completedAt).toBeUndefined();
		if (missing === 'lessons') expect(result.lessons.missing.map((l) => l.id)).toEqual(['uno/a', 'uno/b', 'due/c']);
		if (missing === 'final') expect(result.final.quizPassed).toBe(false);
	});

	it('lists the exercises not attempted, each once, and requires the final ones', () => {
		const store = memoryStore();
		store.recordAttempt('es-a', 'x', grade(0.2, met));
		const result = evaluateCompletion(store.state, plan);
		expect(result.exercises.missing.map((e) => e.id)).toEqual(['es-c', 'fin-1', 'fin-2']);
		expect(result.final.missingExercises.map((e) => e.id)).toEqual(['fin-1', 'fin-2']);
		expect(result.final.passed).toBe(false);
	});

	it('passes the final assessment on the quiz even with low exercise scores, as documented', () => {
		const store = memoryStore();
		store.recordQuiz('finale', 0.7);
		store.recordAttempt('fin-1', 'x', grade(0, met));
		store.recordAttempt('fin-2', 'x', grade(0.2, met));
		const final = evaluateCompletion(store.state, plan).final;
		expect(final.passed).toBe(true);
		expect(final.score).toBeCloseTo(0.5 * 0.7 + 0.5 * 0.1);
	});

	it('takes the completion date from the first passing check, not a later retry', () => {
		const store = completedStore(0.9);
		const firstPass = store.state.quizzes['finale']?.at;
		store.recordQuiz('finale', 0.3);
		store.recordQuiz('finale', 0.95);
		expect(evaluateCompletion(store.state, plan).completedAt).toBe(firstPass);
	});

	it('follows the rules switched off in the configuration', () => {
		const lenient: CoursePlan = {
			...plan,
			rules: { allLessons: false, allExercises: false, finalAssessmentPassed: true },
		};
		const store = memoryStore();
		store.recordQuiz('finale', 1);
		store.recordAttempt('fin-1', 'x', grade(1, met));
		store.recordAttempt('fin-2', 'x', grade(1, met));
		const result = evaluateCompletion(store.state, lenient);
		expect(result.complete).toBe(true);
		expect(result.creditedMinutes).toBe(0);
	});
});
