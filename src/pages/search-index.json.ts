// The search index, built once at build time from the content collections (see src/search/).
import { getCollection } from 'astro:content';
import { getOutline } from '../course/data';
import { t } from '../i18n/it';
import { buildSearchPayload } from '../search/buildIndex';
import { buildDocuments } from '../search/documents';

/** Serves /search-index.json: the packed lunr index and the few fields each result shows. */
export async function GET(): Promise<Response> {
	const [outline, lessons, cases, glossary, exercises] = await Promise.all([
		getOutline(),
		getCollection('lessons'),
		getCollection('cases'),
		getCollection('glossary'),
		getCollection('exercises'),
	]);
	const bodies = new Map(lessons.map((l) => [l.id, l.body ?? '']));
	const objectives = new Map(lessons.map((l) => [l.id, l.data.objectives]));
	const docs = buildDocuments({
		modules: outline.modules,
		// In course order, so equal scores list earlier lessons first.
		lessons: outline.lessons.map((l) => ({
			...l,
			objectives: objectives.get(l.id) ?? [],
			body: bodies.get(l.id) ?? '',
		})),
		cases: cases.map((c) => ({ id: c.id, ...c.data, body: c.body ?? '' })),
		glossary: glossary.map((g) => ({ id: g.id, ...g.data })),
		exercises: exercises.map((e) => ({
			id: e.id,
			title: e.data.title,
			topic: e.data.topic,
			instructions: e.data.instructions,
		})),
		labels: { glossary: t('nav.glossary'), cases: t('nav.cases') },
	});
	return new Response(JSON.stringify(buildSearchPayload(docs)), { headers: { 'Content-Type': 'application/json' } });
}
