// lunr-languages is CommonJS; these declarations describe the two plugins the grader loads
// (src/grader/stem.ts) so the import shape is pinned here, whatever the package ships.
declare module 'lunr-languages/lunr.stemmer.support.js' {
	/** Installs `stemmerSupport` (Snowball runtime) and `trimmerSupport` on the object it receives. */
	const plugin: (lunr: object) => void;
	export = plugin;
}

declare module 'lunr-languages/lunr.it.js' {
	/** Installs `it` (Italian trimmer, stop-word filter and Snowball stemmer) on the object it receives. */
	const plugin: (lunr: object) => void;
	export = plugin;
}
