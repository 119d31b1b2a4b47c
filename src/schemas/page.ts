import { z } from 'astro/zod';

/**
 * Frontmatter of a page of the site that is not course material (the accessibility statement, the
 * privacy notice): `content/pages/<slug>.mdx`, served at `/<slug>/`.
 */
export const pageSchema = z.object({
	/** Page title: the `<h1>`, the breadcrumb and the window title. */
	title: z.string().min(3),
	/** Meta description: one sentence on what the page says. */
	description: z.string().min(20).max(300),
	/** When the text last changed in substance (YYYY-MM-DD); published as `dcterms.modified`. */
	updated: z.coerce.date({ error: 'serve una data nel formato AAAA-MM-GG' }),
});

export type PageData = z.infer<typeof pageSchema>;
