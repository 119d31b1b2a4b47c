// Typed lint for the project's TypeScript, Svelte and Astro files: typescript-eslint's type-checked
// recommended rules, eslint-plugin-svelte's and eslint-plugin-astro's recommended rules, run by
// `npm run check`. eslint-plugin-astro's parser (astro-eslint-parser) reads .astro files with the
// WebAssembly @astrojs/compiler, already installed for prettier-plugin-astro: no native binding.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{ ignores: ['dist/', 'build/', 'coverage/', '.astro/', 'node_modules/', 'public/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte', '.astro'],
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// A leading underscore marks a binding kept on purpose (a skipped tuple slot, a rest split).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
	},
	{
		// An Astro component's frontmatter and template are TypeScript, type-checked like a .ts file.
		files: ['**/*.astro'],
		languageOptions: {
			parserOptions: {
				parser: tseslint.parser,
				projectService: false,
				project: './tsconfig.eslint.json',
			},
		},
	},
	{
		// The declarations above, which tsconfig.json leaves out so that only ESLint's program sees them.
		files: ['astro-eslint.d.ts'],
		languageOptions: { parserOptions: { projectService: false, project: './tsconfig.eslint.json' } },
	},
	{
		// A <script> of an .astro file reaches ESLint as a virtual file (Foo.astro/1_1.ts) that no
		// TypeScript program can hold: it gets the rules that need no types (astro check types it).
		files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// The class report's hostile-file tests build exports as loose JSON on purpose: a test must be
		// able to put a wrong type anywhere (builders.ts, `Loose`), which is what typed rules forbid.
		files: [
			'tests/unit/classroom/builders.ts',
			'tests/unit/classroom/hostile*.test.ts',
			'tests/unit/classroom/shifts.test.ts',
		],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// Plain JavaScript files (configs, servers, scripts) are not in the TypeScript project.
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
