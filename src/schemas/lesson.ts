import { z } from 'astro/zod';
import { sourceSchema } from './common';

/**
 * Frontmatter of a lesson: `content/lessons/<module>/<slug>.mdx`. References are plain ids here so
 * that Node tests can use the schema; src/content.config.ts turns them into collection references.
 */
export const lessonSchema = z.object({
	/** Lesson title. */
	title: z.string().min(3),
	/** One-sentence summary for lists, search results and metadata. */
	description: z.string().min(20).max(300),
	/** The module this lesson belongs to (id in modules.yaml). */
	module: z.string().min(1),
	/** Position inside the module, from 1. */
	order: z.number().int().positive(),
	/** Estimated study time in minutes (reading plus exercises). */
	minutes: z.number().int().min(5).max(120),
	/** What the learner will be able to do afterwards. */
	objectives: z.array(z.string().min(10)).min(1),
	/** Where the lesson's facts come from: at least one. */
	sources: z.array(sourceSchema).min(1, 'ogni lezione deve citare almeno una fonte'),
	/** Case studies this lesson discusses. */
	cases: z.array(z.string().min(1)).default([]),
});

export type LessonData = z.infer<typeof lessonSchema>;
