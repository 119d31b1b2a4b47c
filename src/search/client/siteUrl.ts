// The build makes every URL in the HTML relative, so the site runs from a domain root, a sub-path
// or an LMS package; URLs built at runtime must follow suit. The layout's <link rel="home"> is the
// site root as the browser resolved it for this page: everything is resolved against it.

/** The site root of the current page, absolute. */
export function homeHref(doc: Document): string {
	return doc.querySelector<HTMLLinkElement>('link[rel~="home"]')?.href ?? new URL('/', doc.baseURI).href;
}

/**
 * A site-root path ("/cerca/?q=x", "/glossario/#pec") made absolute against the site root. When the
 * root itself is ".../index.html" (a SCORM package, where folders are not mapped to their index), a
 * folder path gets "index.html" too.
 */
export function siteUrl(path: string, home: string): string {
	const explicitIndex = new URL(home).pathname.endsWith('/index.html');
	const match = /^\/*([^?#]*)(.*)$/u.exec(path);
	let folder = match?.[1] ?? '';
	const rest = match?.[2] ?? '';
	if (explicitIndex && (folder === '' || folder.endsWith('/'))) folder += 'index.html';
	return new URL(`${folder}${rest}`, home).href;
}
