import { z } from 'astro/zod';

/** One entry of the glossary "Burocratese → italiano chiaro": `content/glossary.yaml`. */
export const glossaryEntrySchema = z.object({
	/** The bureaucratic expression, as it is usually written. */
	term: z.string().min(2),
	/** Plain alternatives, best first. */
	plain: z.array(z.string().min(1)).min(1),
	/** A sentence using the term, rewritten in plain Italian. */
	example: z
		.object({
			before: z.string().min(5),
			after: z.string().min(5),
		})
		.optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
