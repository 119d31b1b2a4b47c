import { planExercises, planLessons, type CoursePlan, type PlanItem, type PlanLesson } from '../course/plan';
import type { ExerciseProgress, Progress, QuizProgress } from './schema';

/**
 * Weight of the final quiz in the final score; the five final exercises share the rest. Half and
 * half because the quiz checks what the learner knows and the exercises how they write, and the
 * course cares about both equally.
 */
export const FINAL_QUIZ_WEIGHT = 0.5;

/** The final assessment as the certificate and the report show it. */
export interface FinalResult {
	/** Best score of the final quiz, if taken. */
	quizBest: number | undefined;
	/** The final quiz reached the final pass mark. */
	quizPassed: boolean;
	/** Final exercises with no graded attempt yet. */
	missingExercises: PlanItem[];
	/** Mean of the best score of each final exercise (0 for one not attempted). */
	exerciseScore: number;
	/** FINAL_QUIZ_WEIGHT × quiz + the rest × exercises, 0..1. */
	score: number;
	/**
	 * Passed: the quiz reached the pass mark and every final exercise was attempted. The exercises
	 * count by attempt, not by score: the grader is a writing coach, not an examiner.
	 */
	passed: boolean;
	/** When the last of those conditions was first met. */
	passedAt: string | undefined;
}

/** Where a learner stands against the course's completion rules. */
export interface Completion {
	lessons: { done: number; total: number; missing: PlanLesson[] };
	exercises: { done: number; total: number; missing: PlanItem[] };
	final: FinalResult;
	/** Every requirement switched on in the course configuration is met. */
	complete: boolean;
	/** When the last requirement was met (ISO 8601); undefined while incomplete. */
	completedAt: string | undefined;
	/** Study time of the finished lessons: the hours the report credits. */
	creditedMinutes: number;
}

/** Best score of an exercise, undefined when never graded. */
export function bestScore(exercise: ExerciseProgress | undefined): number | undefined {
	if (!exercise || exercise.attempts.length === 0) return undefined;
	return Math.max(...exercise.attempts.map((a) => a.score));
}

/** When a quiz first reached `mark`, if it did. */
function firstPass(quiz: QuizProgress | undefined, mark: number): string | undefined {
	return quiz?.history.find((check) => check.score >= mark)?.at;
}

/** Latest of some ISO timestamps (they sort as text). */
const latest = (times: Array<string | undefined>): string | undefined =>
	times.reduce<string | undefined>(
		(max, t) => (t !== undefined && (max === undefined || t > max) ? t : max),
		undefined,
	);

/** The final assessment result. */
export function finalResult(progress: Progress, plan: CoursePlan): FinalResult {
	const mark = plan.passMarks.finalAssessment;
	const quiz = progress.quizzes[plan.final.quiz.id];
	const exercises = plan.final.exercises;
	const missingExercises = exercises.filter((e) => bestScore(progress.exercises[e.id]) === undefined);
	const exerciseScore =
		exercises.length === 0
			? 0
			: exercises.reduce((sum, e) => sum + (bestScore(progress.exercises[e.id]) ?? 0), 0) / exercises.length;
	const quizBest = quiz?.best;
	const quizWeight = exercises.length === 0 ? 1 : FINAL_QUIZ_WEIGHT;
	const score = quizWeight * (quizBest ?? 0) + (1 - quizWeight) * exerciseScore;
	const quizPassed = quizBest !== undefined && quizBest >= mark;
	const passed = quizPassed && missingExercises.length === 0;
	const passedAt = passed
		? latest([firstPass(quiz, mark) ?? quiz?.at, ...exercises.map((e) => progress.exercises[e.id]?.attempts[0]?.at)])
		: undefined;
	return { quizBest, quizPassed, missingExercises, exerciseScore, score, passed, passedAt };
}

/** Evaluates the completion rules of `plan` against a learner's progress. */
export function evaluateCompletion(progress: Progress, plan: CoursePlan): Completion {
	const lessons = planLessons(plan);
	const finished = lessons.filter((l) => progress.lessons[l.id]?.finishedAt !== undefined);
	const exercises = planExercises(plan);
	const missingExercises = exercises.filter((e) => bestScore(progress.exercises[e.id]) === undefined);
	const final = finalResult(progress, plan);
	const { rules } = plan;
	const complete =
		(!rules.allLessons || finished.length === lessons.length) &&
		(!rules.allExercises || missingExercises.length === 0) &&
		(!rules.finalAssessmentPassed || final.passed);
	const completedAt = complete
		? latest([
				...(rules.allLessons ? lessons.map((l) => progress.lessons[l.id]?.finishedAt) : []),
				...(rules.allExercises ? exercises.map((e) => progress.exercises[e.id]?.attempts[0]?.at) : []),
				...(rules.finalAssessmentPassed ? [final.passedAt] : []),
			])
		: undefined;
	return {
		lessons: { done: finished.length, total: lessons.length, missing: lessons.filter((l) => !finished.includes(l)) },
		exercises: { done: exercises.length - missingExercises.length, total: exercises.length, missing: missingExercises },
		final,
		complete,
		completedAt,
		creditedMinutes: finished.reduce((sum, l) => sum + l.minutes, 0),
	};
}
