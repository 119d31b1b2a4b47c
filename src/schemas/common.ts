import { z } from 'astro/zod';

/** A cited source: every lesson and case study lists where its facts come from. */
export const sourceSchema = z.object({
	/** Title of the page, article, law or report. */
	title: z.string().min(3),
	/** Public address of the source. */
	url: z.url(),
	/** Who published it (e.g. "FPA", "Garante per la protezione dei dati personali"). */
	publisher: z.string().min(2).optional(),
	/** Publication year or date as written by the source (e.g. 2019, "aprile 2019"). */
	date: z.union([z.string(), z.number().int()]).transform(String).optional(),
});

/** A lowercase slug: letters, digits and dashes. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'deve contenere solo lettere minuscole, cifre e trattini');

export type Source = z.output<typeof sourceSchema>;
