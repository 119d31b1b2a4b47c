import { getCollection } from 'astro:content';
import { getCourse, getOutline } from './data';
import { embeddedExercises, embeddedQuizzes } from './embeds';
import { pagePath } from './outline';
import type { CoursePlan, PlanItem } from './plan';

/** The course plan for the progress page, the certificate and the class report. Build time only. */
export async function getCoursePlan(): Promise<CoursePlan> {
	const [course, outline, lessons, exercises, quizzes, shifts] = await Promise.all([
		getCourse(),
		getOutline(),
		getCollection('lessons'),
		getCollection('exercises'),
		getCollection('quizzes'),
		getCollection('shifts'),
	]);
	const exerciseTitle = new Map(exercises.map((e) => [e.id, e.data.title]));
	const quizTitle = new Map(quizzes.map((q) => [q.id, q.data.title]));
	const bodies = new Map(lessons.map((l) => [l.id, l.body ?? '']));
	const items = (ids: string[], titles: Map<string, string>, href: string): PlanItem[] =>
		ids.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id) ?? id, href }));
	const finalHref = '/verifica-finale/';
	return {
		course: {
			id: course.id,
			version: course.version,
			title: course.title,
			competenceArea: course.competenceArea,
			publisher: course.publisher,
		},
		rules: course.completion,
		passMarks: course.passMarks,
		modules: outline.modules.map((m) => ({
			id: m.id,
			order: m.order,
			title: m.title,
			lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes, href: pagePath(l.id) })),
			exercises: m.lessons.flatMap((l) =>
				items(embeddedExercises(bodies.get(l.id) ?? ''), exerciseTitle, pagePath(l.id)),
			),
			quizzes: m.lessons.flatMap((l) => items(embeddedQuizzes(bodies.get(l.id) ?? ''), quizTitle, pagePath(l.id))),
		})),
		final: {
			href: finalHref,
			quiz: {
				id: course.finalAssessment.quiz,
				title: quizTitle.get(course.finalAssessment.quiz) ?? course.finalAssessment.quiz,
				href: finalHref,
			},
			exercises: items(course.finalAssessment.exercises, exerciseTitle, finalHref),
		},
		totalMinutes: outline.minutes,
		shifts: shifts
			.map((s) => ({ id: s.id, title: s.data.title, href: `/turno/${s.id}/` }))
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
	};
}
