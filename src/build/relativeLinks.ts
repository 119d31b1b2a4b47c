import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativizeCss, relativizeHtml, type RelativeOptions } from './relativeUrls';

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else yield full;
	}
}

/** Rewrites every built HTML and CSS file of `outDir` to use relative URLs. */
export async function relativizeOutput(outDir: string, options: RelativeOptions = {}): Promise<number> {
	let count = 0;
	for await (const file of walk(outDir)) {
		const rel = relative(outDir, file).split('\\').join('/');
		// The 404 page is served at any depth, so relative links would resolve wrongly there.
		if (rel === '404.html') continue;
		if (file.endsWith('.html')) {
			await writeFile(file, relativizeHtml(await readFile(file, 'utf8'), rel, options));
			count++;
		} else if (file.endsWith('.css')) {
			await writeFile(file, relativizeCss(await readFile(file, 'utf8')));
		}
	}
	return count;
}

/** Astro integration: after the build, make every internal URL relative. */
export function relativeLinks(options: RelativeOptions = {}): AstroIntegration {
	return {
		name: 'palestra-relative-links',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const count = await relativizeOutput(fileURLToPath(dir), options);
				logger.info(`URL relativi in ${count} pagine`);
			},
		},
	};
}
