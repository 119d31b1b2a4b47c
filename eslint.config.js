// Typed lint for the project's TypeScript and Svelte: typescript-eslint's type-checked recommended
// rules and eslint-plugin-svelte's recommended rules, run by `npm run check`. Astro files are
// checked by `astro check` only: eslint-plugin-astro's parser needs native compiler bindings that the
// registry this project installs from lacks for other platforms, which would break `npm ci`.
import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
	{ ignores: ['dist/', 'build/', 'coverage/', '.astro/', 'node_modules/', 'public/', '**/*.astro'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
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
