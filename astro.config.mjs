// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { relativeLinks } from './src/build/relativeLinks.ts';

// Pages are written with root-absolute links; the build makes them relative, so one build runs from
// a domain root, a sub-path or an LMS package. PALESTRA_EXPLICIT_INDEX=1 also points folder links at
// index.html, for players that do not map folders to their index (SCORM packages).
export default defineConfig({
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), svelte(), relativeLinks({ explicitIndex: process.env.PALESTRA_EXPLICIT_INDEX === '1' })],
	devToolbar: { enabled: false },
	vite: {
		experimental: {
			// Lazy chunks (the grader) preload their dependencies; relative URLs keep that working
			// from a sub-path or an LMS package, where root-absolute /_astro/ would 404.
			renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
		},
		build: {
			rollupOptions: {
				// Astro's MDX output carries a "use astro:head-inject" directive that the bundler
				// reports as dropped on every lesson; Astro handles it itself, so the warning is noise.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	prefetch: false,
});
