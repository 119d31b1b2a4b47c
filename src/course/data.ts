import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildOutline, type CourseOutline } from './outline';
import { competenceGroups, type CompetenceGroup } from './competences';

/** The validated course configuration (content/course.yaml). Build time only. */
export async function getCourse(): Promise<CollectionEntry<'course'>['data']> {
	const entry = await getEntry('course', 'course');
	if (!entry) throw new Error('content/course.yaml manca o non è valido');
	return entry.data;
}

/** The ordered course outline built from the content collections. Build time only. */
export async function getOutline(): Promise<CourseOutline> {
	const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
	return buildOutline(
		modules.map((m) => ({ id: m.id, ...m.data })),
		lessons.map((l) => ({
			id: l.id,
			module: l.data.module.id,
			order: l.data.order,
			title: l.data.title,
			description: l.data.description,
			minutes: l.data.minutes,
		})),
	);
}

/** What the course develops: every module's competences and the final assessment's, each once. Build time only. */
export async function getCourseCompetences(): Promise<CompetenceGroup[]> {
	const [course, modules] = await Promise.all([getCourse(), getCollection('modules')]);
	return competenceGroups([...modules.map((m) => m.data.competences), course.finalAssessment.competences]);
}
