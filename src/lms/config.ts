import * as z from 'zod/mini';
import type { CoursePlan } from '../course/plan';
import { buildCatalogue, type SuspendCatalogue } from './catalogue';

/** What every page of a SCORM build carries for the adapter: the rules and the codec's item lists. */
export interface LmsConfig {
	plan: CoursePlan;
	catalogue: SuspendCatalogue;
}

/** Id of the JSON script element that holds the config. */
export const LMS_CONFIG_ID = 'palestra-lms';

/** The config for a course, titles dropped: the adapter never shows them, and every page carries it. Build time. */
export function lmsConfig(plan: CoursePlan, exerciseIds: Iterable<string>, quizIds: Iterable<string>): LmsConfig {
	const untitled = <T extends { title: string }>(item: T): T => ({ ...item, title: '' });
	const light: CoursePlan = {
		...plan,
		modules: plan.modules.map((m) => ({
			...untitled(m),
			lessons: m.lessons.map(untitled),
			exercises: m.exercises.map(untitled),
			quizzes: m.quizzes.map(untitled),
		})),
		final: { ...plan.final, quiz: untitled(plan.final.quiz), exercises: plan.final.exercises.map(untitled) },
		...(plan.shifts ? { shifts: plan.shifts.map(untitled) } : {}),
	};
	return { plan: light, catalogue: buildCatalogue(plan, exerciseIds, quizIds) };
}

/** JSON safe inside a `<script>` element: `<` is escaped, so no `</script>` can end it early. */
export const configJson = (config: LmsConfig): string => JSON.stringify(config).replace(/</gu, '\\u003c');

/**
 * The shape the adapter relies on before reading further: the lists it walks are lists. The config is
 * written by the build into the same page, so this catches a page built without it or a broken
 * build, not hostile data; the lists' items are left to the code that reads them.
 */
const configShape = z.looseObject({
	plan: z.looseObject({ modules: z.array(z.unknown()) }),
	catalogue: z.looseObject({
		lessons: z.array(z.unknown()),
		exercises: z.array(z.unknown()),
		quizzes: z.array(z.unknown()),
	}),
});

/** The config embedded in the page; undefined when missing or not of the expected shape. */
export function readConfig(doc: Document): LmsConfig | undefined {
	try {
		const parsed: unknown = JSON.parse(doc.getElementById(LMS_CONFIG_ID)?.textContent ?? '');
		return configShape.safeParse(parsed).success ? (parsed as LmsConfig) : undefined;
	} catch {
		return undefined;
	}
}
