import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one kind of resource a page loads up front, raw and gzip. */
export interface Weight {
	raw: number;
	gzip: number;
}

/** What a page loads: HTML, CSS, JS up front (islands and their static imports), and JS on first use. */
export interface PageWeight {
	html: Weight;
	css: Weight;
	js: Weight;
	/** Modules loaded later with import(): the grader on first grading, search on first focus. */
	lazyJs: Weight;
}

const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;

function resolveAsset(distDir: string, pageFile: string, url: string): string | undefined {
	if (/^(?:[a-z]+:)?\/\//iu.test(url) || url.startsWith('data:')) return undefined;
	const clean = url.split(/[?#]/u)[0] ?? '';
	const file = clean.startsWith('/') ? join(distDir, clean) : normalize(join(dirname(pageFile), clean));
	return existsSync(file) ? file : undefined;
}

/** Static imports of an ES module file, resolved to files (dynamic import() is lazy, so not counted). */
function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	const specs = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/gu)].map((m) => m[1]!);
	const exported = [...code.matchAll(/export\s*[^'"();]*?from\s*["']([^"']+)["']/gu)].map((m) => m[1]!);
	return [...specs, ...exported]
		.filter((s) => s.startsWith('.') || s.startsWith('/'))
		.map((s) => normalize(join(dirname(file), s)))
		.filter((f) => existsSync(f));
}

/** Modules a file loads with dynamic import(), resolved to files. */
function dynamicImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/import\(\s*[`"']([^`"']+)[`"']\s*\)/gu)]
		.map((m) => normalize(join(dirname(file), m[1]!)))
		.filter((f) => existsSync(f));
}

/** Every file reachable from `entries` through static imports. */
function closure(entries: readonly string[], known: ReadonlySet<string> = new Set()): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const f = queue.pop()!;
		if (seen.has(f) || known.has(f)) continue;
		seen.add(f);
		queue.push(...staticImports(f));
	}
	return seen;
}

/** Measures one built page (path of its index.html inside distDir). */
export function measurePage(distDir: string, pageFile: string): PageWeight {
	const html = readFileSync(pageFile);
	// Scripts inside a <template> are inert until code clones them (the search opener does, on focus).
	const INERT = /<template[\s\S]*?<\/template>/gu;
	const full = html.toString('utf8');
	const text = full.replace(INERT, '');
	const templated = [...full.matchAll(INERT)]
		.flatMap((t) => [...t[0].matchAll(/<script[^>]+src="([^"]+)"/gu)])
		.map((m) => resolveAsset(distDir, pageFile, m[1]!))
		.filter((f): f is string => f !== undefined);
	const css = new Set<string>();
	const js = new Set<string>();
	for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/gu)) {
		const f = resolveAsset(distDir, pageFile, m[1]!);
		if (f) css.add(f);
	}
	const entries: string[] = [];
	for (const m of text.matchAll(/(?:<script[^>]+src|component-url|renderer-url|before-hydration-url)="([^"]+)"/gu)) {
		const f = resolveAsset(distDir, pageFile, m[1]!);
		if (f) entries.push(f);
	}
	for (const m of text.matchAll(/<script type="module">([^<]*)<\/script>/gu)) {
		for (const s of m[1]!.matchAll(/import\s*["']([^"']+)["']/gu)) {
			const f = resolveAsset(distDir, pageFile, s[1]!);
			if (f) entries.push(f);
		}
	}
	for (const f of closure(entries)) js.add(f);
	const lazy = closure([...[...js].flatMap(dynamicImports), ...templated], js);
	const inlineJs = [...text.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!).join('');
	// Each file travels compressed on its own, so gzip sizes are summed per file.
	const sum = (files: Set<string>, extra = ''): Weight => {
		const bufs = [...files].map((f) => readFileSync(f));
		if (extra) bufs.push(Buffer.from(extra));
		return { raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gz(b), 0) };
	};
	return { html: { raw: html.length, gzip: gz(html) }, css: sum(css), js: sum(js, inlineJs), lazyJs: sum(lazy) };
}
