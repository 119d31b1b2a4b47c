import type { GradeResult } from '../../../src/grader/types';
import type { CoursePlan } from '../../../src/course/plan';
import { MemoryStorage } from '../../../src/progress/storage';
import { ProgressStore } from '../../../src/progress/store';

/** A small course: two modules, three lessons, three exercises (one also final), one module quiz, a final quiz and a final-only exercise. */
export const plan: CoursePlan = {
	course: {
		id: 'corso-prova',
		version: '1.0.0',
		title: 'Corso di prova',
		competenceArea: 'Comunicazione digitale',
		publisher: 'Palestra Social PA',
	},
	rules: { allLessons: true, allExercises: true, finalAssessmentPassed: true },
	passMarks: { finalAssessment: 0.7, quiz: 0.6 },
	modules: [
		{
			id: 'uno',
			order: 1,
			title: 'Modulo uno',
			lessons: [
				{ id: 'uno/a', title: 'Lezione A', minutes: 30, href: '/uno/a/' },
				{ id: 'uno/b', title: 'Lezione B', minutes: 45, href: '/uno/b/' },
			],
			exercises: [{ id: 'es-a', title: 'Esercizio A', href: '/uno/a/' }],
			quizzes: [{ id: 'quiz-uno', title: 'Quiz uno', href: '/uno/b/' }],
		},
		{
			id: 'due',
			order: 2,
			title: 'Modulo due',
			lessons: [{ id: 'due/c', title: 'Lezione C', minutes: 15, href: '/due/c/' }],
			exercises: [
				{ id: 'es-c', title: 'Esercizio C', href: '/due/c/' },
				{ id: 'fin-1', title: 'Finale 1 (anche in lezione)', href: '/due/c/' },
			],
			quizzes: [],
		},
	],
	final: {
		href: '/verifica-finale/',
		quiz: { id: 'finale', title: 'Quiz finale', href: '/verifica-finale/' },
		exercises: [
			{ id: 'fin-1', title: 'Finale 1', href: '/verifica-finale/' },
			{ id: 'fin-2', title: 'Finale 2', href: '/verifica-finale/' },
		],
	},
	totalMinutes: 90,
};

/** A grade with the given verdicts (null = not applicable) and overall score. */
export function grade(
	score: number,
	met: { detailed: boolean | null; name: boolean | null; thanks: boolean | null },
): GradeResult {
	const criterion = (m: boolean | null) => ({ met: m, score: m === true ? 1 : 0, evidence: [], feedback: '' });
	return {
		criteria: { detailed: criterion(met.detailed), name: criterion(met.name), thanks: criterion(met.thanks) },
		score,
		conduct: [],
		offensive: false,
		advice: [],
	};
}

/** A clock that starts at `start` and moves one minute per call. */
export function clock(start = '2026-11-02T09:00:00.000Z'): () => Date {
	let t = Date.parse(start);
	return () => {
		const now = new Date(t);
		t += 60_000;
		return now;
	};
}

/** A fresh store on memory storage with a ticking clock. */
export function memoryStore(storage = new MemoryStorage(), courseId = plan.course.id): ProgressStore {
	return new ProgressStore({ courseId, storage, now: clock() });
}

const allMet = { detailed: true, name: true, thanks: true } as const;

/** A store where the learner has done everything in `plan`, with the final quiz at `quiz`. */
export function completedStore(quiz = 0.8): ProgressStore {
	const store = memoryStore();
	for (const lesson of ['uno/a', 'uno/b', 'due/c']) store.finishLesson(lesson);
	for (const id of ['es-a', 'es-c', 'fin-1', 'fin-2']) store.recordAttempt(id, 'Risposta', grade(0.9, allMet));
	store.recordQuiz('quiz-uno', 0.5);
	store.recordQuiz('finale', quiz);
	store.setProfile({ nome: 'Maria', cognome: 'Rossi', ente: 'Comune di Valverde' });
	return store;
}
