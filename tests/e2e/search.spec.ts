import { expect, test, type Page } from '@playwright/test';
import { ROOT_PORT, SUBPATH_PORT, SUBPATH_PREFIX } from '../../playwright.config';
import { expectNoAxeViolations, watchPage } from './support';

const ORIGIN = `http://127.0.0.1:${ROOT_PORT}`;
const LESSON = '/tre-consigli/ringraziare/';
const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'*~^:',
	'title:ringraziare~2 +grazie -spam^10',
	'"<script>alert(1)</script>',
	'x'.repeat(10_000),
];

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Cerca nel corso' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Risultati della ricerca' });
/** The count line of /cerca/ (the header has its own live region too). */
const pageCount = (page: Page) => page.locator('[data-count]');
const results = (page: Page) => page.locator('[data-results] > li');

/** Fails the test if any script runs alert() or similar: injected markup would. */
function refuseDialogs(page: Page): void {
	page.on('dialog', (dialog) => {
		void dialog.dismiss();
		throw new Error(`dialogo inatteso: ${dialog.message()}`);
	});
}

test('a page requests no search code and no index until the box gets focus', async ({ page }) => {
	const searchFiles: string[] = [];
	const lunrCore: string[] = [];
	page.on('request', (request) => {
		if (/search-index\.json|combobox/iu.test(request.url())) searchFiles.push(request.url());
	});
	page.on('response', async (response) => {
		if (response.url().endsWith('.js') && (await response.text()).includes('2.3.9')) lunrCore.push(response.url());
	});
	await page.goto(LESSON);
	await page.waitForLoadState('networkidle');
	expect(searchFiles).toEqual([]);
	expect(lunrCore).toEqual([]);

	await searchBox(page).focus();
	await expect.poll(() => searchFiles.some((url) => url.endsWith('/search-index.json'))).toBe(true);
	await expect.poll(() => lunrCore.length).toBeGreaterThan(0);
});

test.describe('the header combobox', () => {
	test('keyboard: type, ArrowDown, Enter opens the lesson; results are announced', async ({ page }) => {
		await page.goto('/');
		const box = searchBox(page);
		await box.focus();
		await box.pressSequentially('ringraziamenti');
		await expect(listbox(page)).toBeVisible();
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('Ringraziare, e quando non farlo');
		await expect(page.locator('[data-live]')).toHaveText(/^\d+ risultat[oi]\. Usa le frecce/u);

		await box.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
		await expect(box).toBeFocused();
		await box.press('ArrowUp');
		await expect(first).toHaveAttribute('aria-selected', 'false');
		await box.press('ArrowDown');
		await box.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`, 'u'));
	});

	test('Escape closes the list, then clears the field', async ({ page }) => {
		await page.goto('/');
		const box = searchBox(page);
		await box.focus();
		await box.pressSequentially('perche');
		await expect(listbox(page).getByRole('option').first()).toContainText('Perché scrivere chiaro');
		await box.press('Escape');
		await expect(listbox(page)).toBeHidden();
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(box).toHaveValue('perche');
		await box.press('Escape');
		await expect(box).toHaveValue('');
	});

	test('Enter with no active option goes to /cerca/ with the query', async ({ page }) => {
		await page.goto(LESSON);
		await searchBox(page).focus();
		await searchBox(page).pressSequentially('dati personali');
		await expect(listbox(page)).toBeVisible();
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/\/cerca\/\?q=dati\+personali$/u);
		await expect(results(page).first()).toBeVisible();
	});

	test('hostile queries show as text and never throw', async ({ page }) => {
		const problems = watchPage(page, ORIGIN);
		refuseDialogs(page);
		await page.goto('/');
		const box = searchBox(page);
		await box.focus();
		for (const query of HOSTILE) {
			await box.fill(query);
			await expect(page.locator('[data-popup]')).toBeVisible();
			await expect(page.locator('[data-popup] img, [data-popup] script')).toHaveCount(0);
		}
		await box.fill('*~^:');
		await expect(page.locator('[data-note]')).toHaveText(
			'Nessun risultato per «*~^:». Premi Invio per i suggerimenti.',
		);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('no axe violations with the list open and an option active', async ({ page }) => {
		await page.goto(LESSON);
		await searchBox(page).focus();
		await searchBox(page).pressSequentially('commenti offensivi');
		await expect(listbox(page).getByRole('option').first()).toBeVisible();
		await searchBox(page).press('ArrowDown');
		await expectNoAxeViolations(page);
	});

	test('works from a sub-path: index, results and links stay under the prefix', async ({ page }) => {
		const base = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_PREFIX}`;
		const problems = watchPage(page, `http://127.0.0.1:${SUBPATH_PORT}`);
		await page.goto(`${base}${LESSON.slice(1)}`);
		await searchBox(page).focus();
		await searchBox(page).pressSequentially('perche');
		await expect(listbox(page).getByRole('option').first()).toContainText('Perché scrivere chiaro');
		await searchBox(page).press('ArrowDown');
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(`${base}scrivere-chiaro/perche-scrivere-chiaro/`);
		expect(problems.failed).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});
});

test.describe('the /cerca/ page', () => {
	test('stemming: "ringraziamenti" finds the lesson that says "ringraziare", highlighted', async ({ page }) => {
		await page.goto('/cerca/?q=ringraziamenti');
		await expect(pageCount(page)).toHaveText(/^\d+ risultat[oi] per «ringraziamenti»$/u);
		const first = results(page).first();
		await expect(first.getByRole('heading', { level: 2 })).toHaveText('Ringraziare, e quando non farlo');
		await expect(first).toContainText('Social customer care: i tre consigli');
		await expect(first.locator('mark').first()).toHaveText(/^ringrazi/iu);
		await expect(page.getByRole('searchbox', { name: 'Che cosa cerchi?' })).toHaveValue('ringraziamenti');
		await expect(page).toHaveTitle(/^Risultati per «ringraziamenti»/u);
	});

	test('accents: "perche" finds "Perché scrivere chiaro"', async ({ page }) => {
		await page.goto('/cerca/?q=perche');
		await expect(results(page).first().getByRole('link')).toHaveText('Perché scrivere chiaro');
		await expect(results(page).first().locator('mark').first()).toHaveText('Perché');
	});

	test('no results: a clear message and suggestions', async ({ page }) => {
		await page.goto('/cerca/?q=zqxwv');
		await expect(pageCount(page)).toHaveText('Nessun risultato per «zqxwv».');
		await expect(page.getByRole('heading', { name: 'Qualche suggerimento' })).toBeVisible();
		await expect(page.getByText('Controlla come hai scritto le parole.')).toBeVisible();
		await expect(page.getByRole('link', { name: /glossario «Burocratese/u })).toBeVisible();
		await page.getByRole('link', { name: "Sfoglia l'indice del corso, qui sotto." }).click();
		await expect(page.getByRole('heading', { name: 'Indice del corso' })).toBeInViewport();
	});

	test('hostile queries in the address show as text and never throw', async ({ page }) => {
		const problems = watchPage(page, ORIGIN);
		refuseDialogs(page);
		for (const query of HOSTILE) {
			await page.goto(`/cerca/?q=${encodeURIComponent(query)}`);
			await expect(pageCount(page)).not.toBeEmpty();
			await expect(page.locator('main img, [data-results] script')).toHaveCount(0);
		}
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failed).toEqual([]);
	});

	test('no axe violations, with results and with none', async ({ page }) => {
		await page.goto('/cerca/?q=commenti+offensivi');
		await expect(results(page).first()).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto('/cerca/?q=zqxwv');
		await expect(page.getByRole('heading', { name: 'Qualche suggerimento' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test('without JavaScript the header form leads to the course index', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(LESSON);
	const box = page.getByRole('searchbox', { name: 'Cerca nel corso' });
	await box.fill('ringraziare');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/cerca\/\?q=ringraziare$/u);
	await expect(page.getByText(/Per cercare nel corso serve JavaScript/u)).toBeVisible();
	const index = page.getByRole('region', { name: 'Indice del corso' });
	await expect(index.getByRole('link', { name: 'Ringraziare, e quando non farlo' })).toBeVisible();
	await context.close();
});
