// Plain text out of an MDX lesson body, for indexing: Markdown syntax, components and links go, the
// words stay. Headings and the titles of asides are kept apart because they weigh more in ranking.

/** The readable parts of an MDX body. */
export interface MdxText {
	/** Section headings and aside titles, in order. */
	headings: string[];
	/** Everything else that a reader reads, as one line of prose. */
	text: string;
}

const HEADING = /^#{1,6}\s+(.+)$/u;
const ATTRIBUTE_TITLE = /\btitle="([^"]*)"/gu;

/** Inline Markdown reduced to its words: links keep their text, emphasis and code marks go. */
function inline(line: string): string {
	return line
		.replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/<[^>]*>/gu, ' ')
		.replace(/[*_~]+/gu, '')
		.replace(/[`|]+/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Splits an MDX body into headings and text; imports, exports, comments and tags are dropped. */
export function mdxToText(body: string): MdxText {
	const headings: string[] = [];
	const prose: string[] = [];
	let fenced = false;
	const source = body.replace(/\{\/\*[\s\S]*?\*\/\}/gu, ' ').replace(/<!--[\s\S]*?-->/gu, ' ');
	for (const raw of source.split(/\r?\n/u)) {
		const line = raw.trim();
		if (line.startsWith('```')) {
			fenced = !fenced;
			continue;
		}
		if (fenced || /^(import|export)\s/u.test(line) || /^\|?\s*:?-{3,}/u.test(line)) continue;
		const heading = HEADING.exec(line);
		if (heading?.[1]) {
			headings.push(inline(heading[1]));
			continue;
		}
		if (line.startsWith('<')) {
			for (const m of line.matchAll(ATTRIBUTE_TITLE)) if (m[1]) headings.push(m[1]);
		}
		const text = inline(line.replace(/^(>\s*)+/u, '').replace(/^([-*+]|\d+[.)])\s+/u, ''));
		if (text) prose.push(text);
	}
	return { headings, text: prose.join(' ') };
}

/** The first `maxWords` words of a text (the whole text when shorter). */
export function firstWords(text: string, maxWords: number): string {
	const words = text.split(/\s+/u).filter(Boolean);
	return words.length <= maxWords ? words.join(' ') : words.slice(0, maxWords).join(' ');
}
