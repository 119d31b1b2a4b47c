import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildOutline, type CourseOutline } from './outline';

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
