// What Astro's language server gives every .astro file, declared for typed ESLint only
// (tsconfig.eslint.json). astro-eslint-parser hands TypeScript each .astro file as a temporary .tsx
// file, where the template is JSX and other .astro files are plain imports: without these, every
// template expression and every imported component would have TypeScript's error type.

/** The `Astro` global of a component's frontmatter. */
declare const Astro: Readonly<import('astro').AstroGlobal>;
/** `<Fragment>`, a component like any other. */
declare const Fragment: import('astro/runtime/server/index.js').AstroComponentFactory;

/** Another .astro file, imported: a component. */
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}

/**
 * The template's JSX. Astro's own `astroHTML.JSX.Element` is `HTMLElement | any` (to host every
 * framework's JSX), which typed rules would report wherever a template maps a list; this project
 * renders no other framework's JSX.
 */
declare namespace JSX {
	type Element = HTMLElement;
	type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
}
