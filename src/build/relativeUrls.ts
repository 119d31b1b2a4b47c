/**
 * Rewrites root-absolute URLs ("/casi/x/") in built files into relative ones ("../../casi/x/"), so that
 * the same build works from a domain root, from any sub-path and from a folder inside an LMS package.
 */

/** Attributes that carry URLs in our HTML, including Astro island loaders. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];
const ATTRIBUTE_PATTERN = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'gu');

/** Options for the rewrite. */
export interface RelativeOptions {
	/**
	 * Point folder URLs at their `index.html` explicitly: needed where no web server maps "x/" to
	 * "x/index.html" (SCORM players, file://).
	 */
	explicitIndex?: boolean;
}

/** The prefix that leads from a built file (path relative to the output folder) back to the output root. */
export function rootPrefix(filePath: string): string {
	const depth = filePath.split('/').length - 1;
	return depth === 0 ? './' : '../'.repeat(depth);
}

/** Turns one root-absolute URL into a relative one, as seen from `filePath`. */
export function relativeUrl(url: string, filePath: string, options: RelativeOptions = {}): string {
	const match = /^\/([^?#]*)(.*)$/u.exec(url);
	if (!match) return url;
	let path = match[1] ?? '';
	const rest = match[2] ?? '';
	if (options.explicitIndex && (path === '' || path.endsWith('/'))) path += 'index.html';
	return `${rootPrefix(filePath)}${path}${rest}`;
}

/** Rewrites every root-absolute URL attribute of an HTML document. */
export function relativizeHtml(html: string, filePath: string, options: RelativeOptions = {}): string {
	return html.replace(
		ATTRIBUTE_PATTERN,
		(_all, attr: string, quote: string, url: string) => `${attr}${quote}${relativeUrl(url, filePath, options)}${quote}`,
	);
}

/** Rewrites `url(/_astro/...)` in a stylesheet that itself lives in `_astro/`. */
export function relativizeCss(css: string): string {
	return css.replace(/url\((["']?)\/_astro\//gu, 'url($1./');
}
