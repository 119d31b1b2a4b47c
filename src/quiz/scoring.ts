/** Scoring a quiz: which answers are right, the score, what is still unanswered. Pure: used by the Quiz island. */
import type { QuizData } from '../schemas/quiz';

/** The learner's choices: per question, the indices of the chosen options. */
export type QuizAnswers = number[][];

/** Whether the chosen options are exactly the correct ones. */
export function isCorrect(question: QuizData['questions'][number], chosen: readonly number[]): boolean {
	const correct = question.options.flatMap((o, i) => (o.correct ? [i] : []));
	return correct.length === chosen.length && correct.every((i) => chosen.includes(i));
}

/** Scores a quiz: number of questions answered exactly right, and the share 0..1. */
export function scoreQuiz(
	quiz: Pick<QuizData, 'questions'>,
	answers: QuizAnswers,
): { correct: number; total: number; score: number } {
	const total = quiz.questions.length;
	const correct = quiz.questions.filter((q, i) => isCorrect(q, answers[i] ?? [])).length;
	return { correct, total, score: total === 0 ? 0 : correct / total };
}

/** Indices of the questions with no choice yet. */
export function unanswered(answers: QuizAnswers, total: number): number[] {
	return Array.from({ length: total }, (_, i) => i).filter((i) => (answers[i] ?? []).length === 0);
}
