import { z } from 'astro/zod';
import { competenceMapSchema } from './competences';

/** A course module: one entry of `content/modules.yaml`. The id is the URL segment. */
export const moduleSchema = z.object({
	/** Position in the course, from 1. */
	order: z.number().int().positive(),
	/** Module title. */
	title: z.string().min(3),
	/** Two or three sentences on what the module covers. */
	summary: z.string().min(20),
	/** Syllabus areas and DigComp 2.2 competences the module develops (ids in src/course/competences.ts). */
	competences: competenceMapSchema,
});

export type CourseModule = z.infer<typeof moduleSchema>;
