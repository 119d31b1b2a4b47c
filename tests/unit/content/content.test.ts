import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { courseSchema, publicationSchema } from '../../../src/schemas/course';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { glossaryEntrySchema } from '../../../src/schemas/glossary';
import { lessonSchema } from '../../../src/schemas/lesson';
import { moduleSchema } from '../../../src/schemas/module';
import { quizSchema } from '../../../src/schemas/quiz';
import { caseStudySchema } from '../../../src/schemas/caseStudy';
import { instructorGuideSchema } from '../../../src/schemas/instructorGuide';
import { pageSchema } from '../../../src/schemas/page';
import { shiftSchema } from '../../../src/schemas/shift';
import { embeddedExercises, embeddedQuizzes } from '../../../src/course/embeds';
import { readMdx, readYaml } from './load';

const course = courseSchema.parse(parse(readFileSync('content/course.yaml', 'utf8')));
const modules = (parse(readFileSync('content/modules.yaml', 'utf8')) as { id: string }[]).map((m) => ({ ...moduleSchema.parse(m), id: m.id }));
const moduleIds = new Set(modules.map((m) => m.id));
const lessons = readMdx('content/lessons');
const cases = readMdx('content/cases');
const guides = readMdx('content/instructor');
const pages = readMdx('content/pages');
const exercises = readYaml('exercises');
const quizzes = readYaml('exercises/quizzes');
const shifts = readYaml('exercises/shifts');
const exerciseIds = new Set(exercises.map((e) => e.id));
const quizIds = new Set(quizzes.map((q) => q.id));

/** Zod issues as readable lines: "sources.0.url: Invalid URL". */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe.each(lessons.map((l) => [l.path, l] as const))('%s', (_path, lesson) => {
	const parsed = lessonSchema.safeParse(lesson.data);
	it('matches the lesson schema, sources with addresses included', () => {
		expect(issues(parsed)).toEqual([]);
	});
	it.runIf(parsed.success)('belongs to the module of its folder, which exists', () => {
		const data = lessonSchema.parse(lesson.data);
		expect(moduleIds.has(data.module)).toBe(true);
		expect(lesson.id.split('/')[0]).toBe(data.module);
	});
	it.runIf(parsed.success)('embeds only exercises, quizzes and cases that exist', () => {
		const data = lessonSchema.parse(lesson.data);
		for (const id of embeddedExercises(lesson.body)) expect(exerciseIds, `esercizio ${id}`).toContain(id);
		for (const id of embeddedQuizzes(lesson.body)) expect(quizIds, `quiz ${id}`).toContain(id);
		for (const id of data.cases) expect(cases.map((c) => c.id), `caso ${id}`).toContain(id);
	});
});

describe('course content as a whole', () => {
	it('every case study, guide, quiz, exercise and shift matches its schema', () => {
		for (const c of cases) expect(() => caseStudySchema.parse(c.data), c.path).not.toThrow();
		for (const g of guides) expect(instructorGuideSchema.parse(g.data).module, g.path).toBe(g.id);
		for (const q of quizzes) expect(() => quizSchema.parse(q.data), q.path).not.toThrow();
		for (const e of exercises) expect(moduleIds.has(exerciseSchema.parse(e.data).module), e.path).toBe(true);
		for (const s of shifts) expect(() => shiftSchema.parse(s.data), s.path).not.toThrow();
	});

	it('every page of the site matches its schema and takes no module\'s address', () => {
		// The footer links to these two.
		expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(['accessibilita', 'informativa-privacy']));
		for (const p of pages) {
			expect(issues(pageSchema.safeParse(p.data)), p.path).toEqual([]);
			expect(moduleIds.has(p.id), p.path).toBe(false);
		}
	});

	it('the final assessment names a quiz and exercises that exist', () => {
		expect(quizIds).toContain(course.finalAssessment.quiz);
		for (const id of course.finalAssessment.exercises) expect(exerciseIds).toContain(id);
	});

	it('every exercise and quiz is reachable from a lesson or the final assessment', () => {
		const used = new Set([...lessons.flatMap((l) => [...embeddedExercises(l.body), ...embeddedQuizzes(l.body)])]);
		const final = new Set([course.finalAssessment.quiz, ...course.finalAssessment.exercises]);
		const orphans = [...exerciseIds, ...quizIds].filter((id) => !used.has(id) && !final.has(id));
		expect(orphans).toEqual([]);
	});

	it('the glossary has at least 40 entries with unique ids', () => {
		const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[];
		for (const e of entries) glossaryEntrySchema.parse(e);
		expect(entries.length).toBeGreaterThanOrEqual(40);
		expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	});
});

describe('the publisher’s facts for the privacy notice and the accessibility statement', () => {
	it('has a controller contact', () => {
		expect(course.publication.privacyContact).toMatch(/@/u);
	});
	it('takes an accessibility evaluation with a known status and a date', () => {
		const evaluation = { status: 'parzialmente conforme', method: 'autovalutazione', evaluatedOn: '2026-12-01', nonAccessible: 'nessuno noto' };
		expect(publicationSchema.safeParse({ privacyContact: 'a@b.it', accessibility: evaluation }).success).toBe(true);
	});
	it('refuses an unknown status or a date that is not a date, naming the field', () => {
		const bad = publicationSchema.safeParse({
			privacyContact: 'a@b.it',
			accessibility: { status: 'quasi conforme', method: 'autovalutazione', evaluatedOn: '1 dicembre', nonAccessible: 'nessuno' },
		});
		expect(issues(bad).map((l) => l.split(':')[0])).toEqual(['accessibility.status', 'accessibility.evaluatedOn']);
	});
});
