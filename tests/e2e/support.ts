import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every page of the production build, as URL paths ("/", "/tre-consigli/"), 404 excluded. */
export function builtPages(dir = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === 'index.html')
				pages.push(`/${relative(dir, folder).split('\\').join('/')}/`.replace('//', '/'));
		}
	};
	walk(dir);
	return pages.sort();
}

/** Records console errors, failed requests and any request to another origin while a test runs. */
export function watchPage(page: Page, origin: string) {
	const problems = { consoleErrors: [] as string[], foreignRequests: [] as string[], failed: [] as string[] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => problems.consoleErrors.push(err.message));
	page.on('request', (req) => {
		const url = req.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			problems.foreignRequests.push(url);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.failed.push(`${res.status()} ${res.url()}`);
	});
	return problems;
}

/** Asserts that a watched page logged no error and asked nothing of another origin. */
export function expectQuiet(problems: ReturnType<typeof watchPage>): void {
	expect(problems.consoleErrors, 'errori nella console').toEqual([]);
	expect(problems.foreignRequests, 'richieste a terzi').toEqual([]);
}

/** WCAG 2.1 A and AA rules, as the law requires for PA sites. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Asserts that axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, `violazioni axe su ${page.url()}`).toEqual([]);
}
