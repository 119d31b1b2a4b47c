import { z } from 'astro/zod';

/** Frontmatter of an instructor guide ("Modalità docente"): `content/instructor/<module>.mdx`. */
export const instructorGuideSchema = z.object({
	/** Guide title. */
	title: z.string().min(3),
	/** Module id (in content/modules.yaml) this guide is for. */
	module: z.string().min(1),
	/** Classroom session length in minutes (120 to 180). */
	minutes: z.number().int().min(60).max(240),
});

export type InstructorGuideData = z.infer<typeof instructorGuideSchema>;
