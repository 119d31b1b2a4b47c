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
		expect(problems.consoleErrors).toEqual([]);
		if (path !== '/pagina-che-non-esiste/') expect(problems.failed).toEqual([]);
	});
}
