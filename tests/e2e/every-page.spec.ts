import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watchPage } from './support';

const pages = builtPages();

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(10);
});

for (const path of [...pages, '/pagina-che-non-esiste/']) {
	test(`${path}: no axe violation, no other origin, no console error`, async ({ page, baseURL }) => {
		const problems = watchPage(page, baseURL!);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', 'it');
		await expect(page.locator('h1')).toHaveCount(1);
		await expectNoAxeViolations(page);
		expect(problems.foreignRequests).toEqual([]);
		const missing = path === '/pagina-che-non-esiste/';
		// On the 404 test the browser logs the document's own 404 status: that one is expected.
		const errors = problems.consoleErrors.filter((e) => !(missing && /status of 404/u.test(e)));
		expect(errors).toEqual([]);
		expect(problems.failed.filter((f) => !(missing && f.endsWith(path)))).toEqual([]);
	});
}
