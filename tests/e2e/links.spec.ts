// Checks the built site as files: every internal link and asset resolves, and every #fragment exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './support';

const DIST = 'dist';

function targetFile(fromFile: string, url: string): string {
	const path = decodeURIComponent(url.split(/[?#]/u)[0] ?? '');
	const base = path.startsWith('/') ? join(DIST, path) : normalize(join(dirname(fromFile), path));
	return path === '' ? fromFile : path.endsWith('/') || !/\.[a-z0-9]+$/iu.test(path) ? join(base, 'index.html') : base;
}

test('every internal link, asset and fragment of the build resolves', () => {
	const broken: string[] = [];
	const pages = builtPages().map((p) => join(DIST, p, 'index.html'));
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		for (const m of html.matchAll(/\s(?:href|src|action|component-url|renderer-url)="([^"]*)"/gu)) {
			const url = m[1]!;
			if (/^(?:[a-z]+:|\/\/)/iu.test(url)) continue;
			const target = targetFile(file, url);
			if (!existsSync(target)) {
				broken.push(`${file}: ${url}`);
				continue;
			}
			const fragment = url.split('#')[1];
			if (fragment && target.endsWith('.html')) {
				const targetHtml = readFileSync(target, 'utf8');
				if (!targetHtml.includes(`id="${decodeURIComponent(fragment)}"`))
					broken.push(`${file}: ${url} (ancora mancante)`);
			}
		}
	}
	expect(pages.length).toBeGreaterThan(10);
	expect(broken).toEqual([]);
});
