// The downloadable templates (public/modelli/): each printable HTML page links the same sources as
// its Markdown twin, and every link is a well-formed address once HTML entities are read.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'public/modelli';
const htmlFiles = readdirSync(DIR).filter((f) => f.endsWith('.html'));

/** The href values of a page, with the entities a browser decodes (&amp;) decoded. */
const hrefs = (html: string): string[] =>
	[...html.matchAll(/href="([^"]*)"/gu)].map((m) => (m[1] ?? '').replace(/&amp;/gu, '&'));

describe.each(htmlFiles)('%s', (file) => {
	const html = readFileSync(`${DIR}/${file}`, 'utf8');

	it('has no doubly escaped ampersand, which would break its links', () => {
		expect(html).not.toContain('&amp;amp;');
	});

	it('links only well-formed web addresses, each also in the Markdown version', () => {
		const markdown = readFileSync(`${DIR}/${file.replace(/\.html$/u, '.md')}`, 'utf8');
		const external = hrefs(html).filter((h) => /^https?:/u.test(h));
		expect(external.length).toBeGreaterThan(0);
		for (const href of external) {
			expect(() => new URL(href), href).not.toThrow();
			expect(markdown, href).toContain(href);
		}
	});
});
