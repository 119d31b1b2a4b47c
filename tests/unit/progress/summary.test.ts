import { describe, expect, it } from 'vitest';
import { evaluateCompletion } from '../../../src/progress/completion';
import {
	mergeTipStats,
	nextStep,
	summariseModules,
	tipRate,
	tipStats,
	weakestTip,
} from '../../../src/progress/summary';
import { completedStore, grade, memoryStore, plan } from './fixtures';

describe('tips', () => {
	it('counts the latest attempt of each exercise and skips tips that do not apply', () => {
		const store = memoryStore();
		store.recordAttempt('es-a', 'x', grade(0.3, { detailed: false, name: false, thanks: null }));
		store.recordAttempt('es-a', 'y', grade(0.6, { detailed: true, name: false, thanks: null }));
		store.recordAttempt('es-c', 'z', grade(0.6, { detailed: true, name: true, thanks: false }));
		const stats = tipStats(store.state);
		expect(stats).toEqual([
			{ tip: 'detailed', applicable: 2, met: 2, scoreSum: 2 },
			{ tip: 'name', applicable: 2, met: 1, scoreSum: 1 },
			{ tip: 'thanks', applicable: 1, met: 0, scoreSum: 0 },
		]);
		expect(weakestTip(stats)).toBe('thanks');
		expect(stats.map(tipRate)).toEqual([1, 0.5, 0]);
	});

	it('names no weak tip when every applicable tip is met, and none before any exercise', () => {
		expect(weakestTip(tipStats(completedStore().state))).toBeUndefined();
		expect(weakestTip(tipStats(memoryStore().state))).toBeUndefined();
	});

	it('adds up tallies across learners', () => {
		const a = [{ tip: 'name' as const, applicable: 2, met: 1, scoreSum: 1 }];
		const b = [{ tip: 'name' as const, applicable: 3, met: 3, scoreSum: 3 }];
		expect(mergeTipStats([a, b]).find((s) => s.tip === 'name')).toEqual({
			tip: 'name',
			applicable: 5,
			met: 4,
			scoreSum: 4,
		});
	});
});

describe('modules', () => {
	it('gives each lesson a state and each module a mean score of what was tried', () => {
		const store = memoryStore();
		store.openLesson('uno/a');
		store.finishLesson('uno/b');
		store.recordAttempt('es-a', 'x', grade(0.4, { detailed: true, name: false, thanks: false }));
		store.recordAttempt('es-a', 'x', grade(0.8, { detailed: true, name: true, thanks: false }));
		store.recordQuiz('quiz-uno', 0.6);
		const [uno, due] = summariseModules(store.state, plan);
		expect(uno?.lessons.map((l) => l.state)).toEqual(['opened', 'finished']);
		expect(uno?.score).toBeCloseTo(0.7);
		expect(uno).toMatchObject({ lessonsDone: 1, exercisesDone: 1, exercisesTotal: 1 });
		expect(due?.score).toBeUndefined();
	});
});

describe('next step', () => {
	it.each([
		['nothing done', () => memoryStore(), { kind: 'lesson', id: 'uno/a' }],
		[
			'a lesson finished, its exercise not',
			() => {
				const s = memoryStore();
				s.finishLesson('uno/a');
				return s;
			},
			{ kind: 'exercise', id: 'es-a' },
		],
		[
			'every lesson and exercise, no final',
			() => {
				const s = completedStore(0.1);
				return s;
			},
			{ kind: 'final' },
		],
		['everything', () => completedStore(0.9), { kind: 'certificate' }],
	])('after %s', (_what, make, expected) => {
		const store = make();
		const step = nextStep(store.state, plan, evaluateCompletion(store.state, plan));
		expect(step.kind).toBe(expected.kind);
		if ('id' in expected && (step.kind === 'lesson' || step.kind === 'exercise'))
			expect(step.item.id).toBe(expected.id);
	});
});
