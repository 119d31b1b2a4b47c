// What the search knows about the course: one document per lesson, case study, glossary entry and
// exercise. Built from plain data (no astro:content here), so the endpoint, the unit tests and the
// bench all build exactly the same documents.
import { embeddedExercises } from '../course/embeds';
import { firstWords, mdxToText } from './mdxText';
import type { DocKind } from './payload';

/** One findable page or page section, as indexed. */
export interface SearchDocument {
	kind: DocKind;
	title: string;
	/** Where it sits: the module title, or the section (glossary, case studies). */
	context: string;
	/** Site-root path, with a fragment for glossary entries and exercises. */
	url: string;
	/** Headings, objectives, aside titles: words that say what the page is about. */
	keywords: string;
	/** Description, plain alternatives, exercise instructions. */
	summary: string;
	/** Body text, bounded by MAX_BODY_WORDS. */
	body: string;
	/** Text shown under the title in results, with the matched words highlighted. */
	snippet: string;
}

/**
 * Body words indexed per page. Today's lessons (900-1,400 words) are indexed whole; the cap only stops
 * one runaway page from breaking the size budget (tests/unit/search/size.test.ts).
 */
export const MAX_BODY_WORDS = 2500;
/** Characters kept per document for snippets: the body is not shipped, so a snippet shows the summary. */
export const MAX_SNIPPET_CHARS = 400;

/** A lesson as the search needs it: frontmatter fields and the raw MDX body. */
export interface LessonSource {
	id: string;
	module: string;
	title: string;
	description: string;
	objectives: readonly string[];
	body: string;
}

/** A glossary entry (content/glossary.yaml). */
export interface GlossarySource {
	id: string;
	term: string;
	plain: readonly string[];
	example?: { before: string; after: string } | undefined;
}

/** Plain input data, read from the content collections or straight from the files. */
export interface SearchSources {
	modules: ReadonlyArray<{ id: string; title: string }>;
	lessons: readonly LessonSource[];
	cases: ReadonlyArray<{ id: string; title: string; description: string; organisation: string; body: string }>;
	glossary: readonly GlossarySource[];
	exercises: ReadonlyArray<{ id: string; title: string; topic: string; instructions: string }>;
	/** Section names shown as context (from the UI dictionary). */
	labels: { glossary: string; cases: string };
}

const bounded = (text: string): string =>
	text.length <= MAX_SNIPPET_CHARS ? text : `${text.slice(0, MAX_SNIPPET_CHARS).replace(/\s+\S*$/u, '')}…`;

/** Every search document of the course: lessons in the given order, then cases, glossary, exercises. */
export function buildDocuments(src: SearchSources): SearchDocument[] {
	const moduleTitle = new Map(src.modules.map((m) => [m.id, m.title]));
	const docs: SearchDocument[] = [];
	// An exercise is found on the lesson that embeds it; one embedded nowhere cannot be done, so it is left out.
	const exerciseHome = new Map<string, { url: string; context: string }>();
	for (const lesson of src.lessons) {
		const { headings, text } = mdxToText(lesson.body);
		const context = moduleTitle.get(lesson.module) ?? '';
		const url = `/${lesson.id}/`;
		for (const id of embeddedExercises(lesson.body)) if (!exerciseHome.has(id)) exerciseHome.set(id, { url, context });
		docs.push({
			kind: 'lesson',
			title: lesson.title,
			context,
			url,
			keywords: [...lesson.objectives, ...headings].join(' · '),
			summary: lesson.description,
			body: firstWords(text, MAX_BODY_WORDS),
			snippet: bounded([lesson.description, ...lesson.objectives].join(' ')),
		});
	}
	for (const c of src.cases) {
		const { headings, text } = mdxToText(c.body);
		docs.push({
			kind: 'case',
			title: c.title,
			context: src.labels.cases,
			url: `/casi/${c.id}/`,
			keywords: [c.organisation, ...headings].join(' · '),
			summary: c.description,
			body: firstWords(text, MAX_BODY_WORDS),
			snippet: bounded(c.description),
		});
	}
	for (const g of src.glossary) {
		const example = g.example ? `${g.example.before} → ${g.example.after}` : '';
		docs.push({
			kind: 'glossary',
			title: g.term,
			context: src.labels.glossary,
			url: `/glossario/#${g.id}`,
			keywords: g.plain.join(' · '),
			summary: example,
			body: '',
			snippet: bounded(`${g.plain.join(', ')}${example ? `. ${example}` : ''}`),
		});
	}
	for (const e of src.exercises) {
		const home = exerciseHome.get(e.id);
		if (!home) continue;
		docs.push({
			kind: 'exercise',
			title: e.title,
			context: home.context,
			url: `${home.url}#${e.id}-heading`,
			keywords: e.topic,
			summary: e.instructions,
			body: '',
			snippet: bounded(e.instructions),
		});
	}
	return docs;
}
