/**
 * Where the learner is inside the package, and whether the page is being left for another page of
 * the course (the LMS session must stay open) or for good (the session must be finished).
 */

/** The folder the course's home page lives in: the package root, whatever URL the LMS serves it under. */
export function packageRoot(homeHref: string): URL {
	return new URL('.', homeHref);
}

/**
 * A page's path from the package root in the form plan hrefs use ("/tre-consigli/ringraziare/"),
 * `index.html` dropped; undefined for a URL outside the package.
 */
export function pagePath(url: string, root: URL): string | undefined {
	const target = new URL(url, root);
	if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return undefined;
	return `/${target.pathname.slice(root.pathname.length)}`.replace(/index\.html$/u, '');
}

/** The URL of a bookmarked page: only pages of the course plan are trusted, anything else is ignored. */
export function bookmarkUrl(bookmark: string, pages: ReadonlySet<string>, root: URL): URL | undefined {
	if (!pages.has(bookmark)) return undefined;
	return new URL(`${bookmark.slice(1)}index.html`, root);
}

/** The Navigation API object, where the browser has one (not yet in every browser's DOM types). */
interface NavigationTarget {
	addEventListener(type: string, listener: (event: Event) => void): void;
}

/** The URL a click is about to load in this frame, if it is a plain link click (no new tab, no download, not cancelled). */
function linkTarget(event: Event): string | undefined {
	if (event.defaultPrevented || !(event instanceof MouseEvent) || event.button !== 0) return undefined;
	if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return undefined;
	const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
	if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return undefined;
	if (link.target !== '' && link.target !== '_self') return undefined;
	return link.href;
}

/**
 * Watches how the page is left: link clicks, form submissions, and the Navigation API where the
 * browser has it (it also sees back, forward and reload). `isInternal()` tells whether the navigation
 * under way stays inside the package; `markInternal()` notes one the adapter starts itself.
 */
export function trackInternalNavigation(win: Window, root: URL): { isInternal(): boolean; markInternal(): void } {
	let internal = false;
	const inside = (url: string | undefined) => url !== undefined && pagePath(url, root) !== undefined;
	// A jump to an anchor of this page unloads nothing: it must not decide the next real exit.
	const samePage = (url: string) => url.includes('#') && url.split('#')[0] === win.location.href.split('#')[0];
	// Bubble phase on window: handlers on the page have run, so a cancelled click is already marked.
	win.addEventListener('click', (event) => {
		const href = linkTarget(event);
		if (href !== undefined && !samePage(href)) internal = inside(href);
	});
	win.addEventListener('submit', (event) => {
		if (!event.defaultPrevented && event.target instanceof HTMLFormElement) internal = inside(event.target.action);
	});
	const navigation = (win as Window & { navigation?: NavigationTarget }).navigation;
	navigation?.addEventListener('navigate', (event) => {
		const { destination, hashChange } = event as Event & {
			destination?: { url?: string; sameDocument?: boolean };
			hashChange?: boolean;
		};
		if (hashChange || destination?.sameDocument) return;
		internal = inside(destination?.url);
	});
	// Back from the back/forward cache: whatever was decided for the last exit no longer applies.
	win.addEventListener('pageshow', () => {
		internal = false;
	});
	return {
		isInternal: () => internal,
		markInternal: () => {
			internal = true;
		},
	};
}
