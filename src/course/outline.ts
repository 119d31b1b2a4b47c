/** Plain data about a module, as the outline needs it. */
export interface ModuleInfo {
	id: string;
	order: number;
	title: string;
	summary: string;
}

/** Plain data about a lesson, as the outline needs it. */
export interface LessonInfo {
	/** Collection id: `<module>/<slug>`, which is also the URL path. */
	id: string;
	module: string;
	order: number;
	title: string;
	description: string;
	minutes: number;
}

/** A module with its lessons in course order. */
export interface ModuleOutline extends ModuleInfo {
	lessons: LessonInfo[];
	minutes: number;
}

/** The whole course in order, with totals. */
export interface CourseOutline {
	modules: ModuleOutline[];
	/** Every lesson in reading order across modules. */
	lessons: LessonInfo[];
	minutes: number;
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
	a.order - b.order || a.id.localeCompare(b.id);

/** Top-level page folders of the site: a module id must not take one of them. */
export const RESERVED_PATHS = [
	'casi',
	'docente',
	'glossario',
	'palestra',
	'turno',
	'progressi',
	'attestato',
	'cerca',
	'accessibilita',
	'informativa-privacy',
	'verifica-finale',
	'_astro',
	'scorm',
] as const;

/** Builds the ordered course outline. Throws when a lesson names a module that does not exist. */
export function buildOutline(modules: readonly ModuleInfo[], lessons: readonly LessonInfo[]): CourseOutline {
	const known = new Set(modules.map((m) => m.id));
	for (const id of known) {
		if ((RESERVED_PATHS as readonly string[]).includes(id)) {
			throw new Error(
				`content/modules.yaml: l'id di modulo "${id}" è riservato a una pagina del sito; scegline un altro`,
			);
		}
	}
	for (const lesson of lessons) {
		if (!known.has(lesson.module)) {
			throw new Error(
				`La lezione "${lesson.id}" indica il modulo "${lesson.module}", che non esiste in content/modules.yaml`,
			);
		}
	}
	const ordered = [...modules].sort(byOrder).map((m) => {
		const own = lessons.filter((l) => l.module === m.id).sort(byOrder);
		return { ...m, lessons: own, minutes: own.reduce((sum, l) => sum + l.minutes, 0) };
	});
	const flat = ordered.flatMap((m) => m.lessons);
	return { modules: ordered, lessons: flat, minutes: flat.reduce((sum, l) => sum + l.minutes, 0) };
}

/** The lessons before and after `lessonId` in reading order, across module boundaries. */
export function neighbours(outline: CourseOutline, lessonId: string): { previous?: LessonInfo; next?: LessonInfo } {
	const index = outline.lessons.findIndex((l) => l.id === lessonId);
	if (index === -1) return {};
	const previous = outline.lessons[index - 1];
	const next = outline.lessons[index + 1];
	return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Site-root path of a lesson or module page (the build makes it relative). */
export const pagePath = (id: string): string => `/${id}/`;

/** Average silent reading speed for Italian non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 180;

/** Reading time in whole minutes (at least 1) for a text, ignoring MDX tags and Markdown syntax. */
export function readingMinutes(text: string): number {
	const prose = text
		.replace(/^---[\s\S]*?---/u, ' ')
		.replace(/<[^>]*>/gu, ' ')
		.replace(/[#*_`>[\]()|-]/gu, ' ');
	const words = prose.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
