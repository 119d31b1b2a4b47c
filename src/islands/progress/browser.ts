/**
 * The few browser chores of the progress islands, kept out of components so they stay thin.
 * Browser only.
 */

import { homeHref, siteUrl as resolveSiteUrl } from '../../search/client/siteUrl';

/**
 * Makes a site-root path a link. The islands' default is `siteUrl` (against the real site root, in
 * the browser); when a page's HTML draws the same component at build time it passes the path as it
 * is, and the build makes it relative.
 */
export type SiteLink = (path: string) => string;

/**
 * Resolves a site-root path ("/tre-consigli/ringraziare/") against the site's real root. The build
 * makes HTML links relative, but links made at run time would otherwise point at the domain root
 * when the course is served from a sub-folder or an LMS package; `<link rel="home">` tells where the
 * root is. Inside a SCORM package a folder link also gets "index.html", as search's links do: LMS
 * players do not map a folder to its index page.
 */
export function siteUrl(path: string): string {
	return resolveSiteUrl(path, homeHref(document));
}

/** Offers a text as a file download (a Blob URL: nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers: give it a moment.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
