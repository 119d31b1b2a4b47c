import { z } from 'astro/zod';
import { sourceSchema } from './common';

/** Frontmatter of a case study: `content/cases/<slug>.mdx`. */
export const caseStudySchema = z.object({
	/** Case title. */
	title: z.string().min(3),
	/** One-sentence summary. */
	description: z.string().min(20).max(300),
	/** The administration or body involved. */
	organisation: z.string().min(2),
	/** Year of the events. */
	year: z.number().int().min(1990).max(2100),
	/** Sources for every fact stated. */
	sources: z.array(sourceSchema).min(1, 'ogni caso di studio deve citare almeno una fonte'),
});

export type CaseStudyData = z.infer<typeof caseStudySchema>;
