import { evaluateCompletion } from '../progress/completion';
import type { CoursePlan } from '../course/plan';
import type { Progress } from '../progress/schema';
import type { ScormVersion } from './discovery';

/** Where the learner stands, in the terms both SCORM editions share. */
export interface LmsReport {
	/** Every requirement of content/course.yaml `completion` is met. */
	completion: 'completed' | 'incomplete';
	/**
	 * The final assessment: passed; failed once it has been fully taken (quiz checked and every final
	 * exercise attempted) without reaching the mark; unknown before. A retake can turn failed into passed.
	 */
	success: 'passed' | 'failed' | 'unknown';
	/** Final score 0..1 (finalResult), once any part of the final assessment was attempted. */
	score: number | undefined;
	/** Share of the course done: lessons, exercises and the final assessment, 0..1. */
	progress: number;
}

/** The report for a learner's progress under the course's rules. */
export function lmsReport(progress: Progress, plan: CoursePlan): LmsReport {
	const c = evaluateCompletion(progress, plan);
	const { final } = c;
	const finalTaken = final.quizBest !== undefined && final.missingExercises.length === 0;
	const anyFinal = final.quizBest !== undefined || final.missingExercises.length < plan.final.exercises.length;
	const total = c.lessons.total + c.exercises.total + 1;
	return {
		completion: c.complete ? 'completed' : 'incomplete',
		success: final.passed ? 'passed' : finalTaken ? 'failed' : 'unknown',
		score: anyFinal ? final.score : undefined,
		progress: total === 0 ? 0 : (c.lessons.done + c.exercises.done + (final.passed ? 1 : 0)) / total,
	};
}

/**
 * SCORM 1.2's single lesson_status. "passed" only when the course is also complete (1.2 reads passed
 * as done); a failed final assessment shows at once, so the LMS sees it even before the rest is done.
 */
export function lessonStatus12(report: LmsReport): 'passed' | 'completed' | 'failed' | 'incomplete' {
	if (report.completion === 'completed') return report.success === 'passed' ? 'passed' : 'completed';
	return report.success === 'failed' ? 'failed' : 'incomplete';
}

/** A number as the CMI decimal types want it: plain notation, at most `digits` decimals. */
const decimal = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** Data-model values for a report, as [element, value] pairs in the order to send them. */
export function reportValues(version: ScormVersion, report: LmsReport): Array<[string, string]> {
	const score = report.score;
	if (version === '1.2') {
		return [
			['cmi.core.lesson_status', lessonStatus12(report)],
			...(score === undefined
				? []
				: ([
						['cmi.core.score.raw', decimal(score * 100, 2)],
						['cmi.core.score.min', '0'],
						['cmi.core.score.max', '100'],
					] as Array<[string, string]>)),
		];
	}
	return [
		['cmi.completion_status', report.completion],
		['cmi.success_status', report.success],
		['cmi.progress_measure', decimal(report.progress, 4)],
		...(score === undefined
			? []
			: ([
					['cmi.score.scaled', decimal(score, 4)],
					['cmi.score.raw', decimal(score * 100, 2)],
					['cmi.score.min', '0'],
					['cmi.score.max', '100'],
				] as Array<[string, string]>)),
	];
}
