import { describe, expect, it } from 'vitest';
import { lessonStatus12, lmsReport, reportValues, type LmsReport } from '../../../src/lms/report';
import type { CoursePlan } from '../../../src/course/plan';
import { completedStore, grade, memoryStore, plan } from '../progress/fixtures';

const allMet = { detailed: true, name: true, thanks: true } as const;

describe('lmsReport', () => {
	it('a new learner: incomplete, unknown, no score', () => {
		expect(lmsReport(memoryStore().state, plan)).toEqual({
			completion: 'incomplete',
			success: 'unknown',
			score: undefined,
			progress: 0,
		});
	});

	it('everything done and the final passed: completed and passed, with the final score', () => {
		const report = lmsReport(completedStore(0.8).state, plan);
		expect(report).toMatchObject({ completion: 'completed', success: 'passed', progress: 1 });
		// Half quiz (0.8), half the final exercises (0.9 each).
		expect(report.score).toBeCloseTo(0.85, 5);
	});

	it('the final taken below the mark: failed, and incomplete (passing is a requirement)', () => {
		expect(lmsReport(completedStore(0.5).state, plan)).toMatchObject({ completion: 'incomplete', success: 'failed' });
	});

	it('a final only partly taken is not a failure yet, but it has a score', () => {
		const store = memoryStore();
		store.recordQuiz('finale', 0.4);
		expect(lmsReport(store.state, plan)).toMatchObject({ success: 'unknown', score: 0.2 });
		store.recordAttempt('fin-1', 'Risposta', grade(0.9, allMet));
		store.recordAttempt('fin-2', 'Risposta', grade(0.9, allMet));
		expect(lmsReport(store.state, plan).success).toBe('failed');
		store.recordQuiz('finale', 0.9);
		expect(lmsReport(store.state, plan)).toMatchObject({ success: 'passed', completion: 'incomplete' });
	});

	it('follows the course’s rules: without the final among them, lessons and exercises complete the course', () => {
		const lenient: CoursePlan = {
			...plan,
			rules: { allLessons: true, allExercises: true, finalAssessmentPassed: false },
		};
		expect(lmsReport(completedStore(0.5).state, lenient)).toMatchObject({ completion: 'completed', success: 'failed' });
		const lessonsOnly: CoursePlan = {
			...plan,
			rules: { allLessons: true, allExercises: false, finalAssessmentPassed: false },
		};
		const store = memoryStore();
		for (const lesson of ['uno/a', 'uno/b', 'due/c']) store.finishLesson(lesson);
		expect(lmsReport(store.state, lessonsOnly).completion).toBe('completed');
		expect(lmsReport(store.state, plan).completion).toBe('incomplete');
	});
});

describe('SCORM 1.2 lesson_status', () => {
	const r = (completion: LmsReport['completion'], success: LmsReport['success']): LmsReport => ({
		completion,
		success,
		score: undefined,
		progress: 0,
	});
	it.each([
		[r('incomplete', 'unknown'), 'incomplete'],
		[r('incomplete', 'passed'), 'incomplete'],
		[r('incomplete', 'failed'), 'failed'],
		[r('completed', 'unknown'), 'completed'],
		[r('completed', 'failed'), 'completed'],
		[r('completed', 'passed'), 'passed'],
	])('%o → %s', (report, status) => {
		expect(lessonStatus12(report)).toBe(status);
	});
});

describe('reportValues', () => {
	const report: LmsReport = { completion: 'completed', success: 'passed', score: 0.8567, progress: 1 };
	it('SCORM 1.2: status and a 0-100 score', () => {
		expect(reportValues('1.2', report)).toEqual([
			['cmi.core.lesson_status', 'passed'],
			['cmi.core.score.raw', '85.67'],
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
		]);
	});
	it('SCORM 2004: completion and success apart, scaled score', () => {
		expect(reportValues('2004', report)).toEqual([
			['cmi.completion_status', 'completed'],
			['cmi.success_status', 'passed'],
			['cmi.progress_measure', '1'],
			['cmi.score.scaled', '0.8567'],
			['cmi.score.raw', '85.67'],
			['cmi.score.min', '0'],
			['cmi.score.max', '100'],
		]);
	});
	it('no score before the final assessment', () => {
		const none: LmsReport = { completion: 'incomplete', success: 'unknown', score: undefined, progress: 1 / 3 };
		expect(reportValues('1.2', none)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
		expect(reportValues('2004', none).map(([e]) => e)).toEqual([
			'cmi.completion_status',
			'cmi.success_status',
			'cmi.progress_measure',
		]);
		expect(reportValues('2004', none)[2]).toEqual(['cmi.progress_measure', '0.3333']);
	});
});
