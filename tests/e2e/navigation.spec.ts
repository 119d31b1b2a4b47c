import { expect, test } from '@playwright/test';
import { SUBPATH_PORT, SUBPATH_PREFIX } from '../../playwright.config';
import { watchPage } from './support';

test('a learner goes from the home page through the first lessons with previous/next', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social customer care per la PA');
	await page.getByRole('link', { name: /^Inizia dalla prima lezione/u }).click();
	// Read the lesson's title only once the lesson has loaded, and click the next link only on a page
	// that has finished loading: a click during the load of the page before was lost once in CI.
	await expect(page.getByRole('heading', { name: 'Obiettivi della lezione' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Fonti' })).toBeVisible();
	await page.waitForLoadState('load');
	const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();

	const pager = page.getByRole('navigation', { name: 'Lezione precedente e successiva' });
	await pager.getByRole('link', { name: /Successiva/u }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle ?? '');
	await page.waitForLoadState('load');
	await page
		.getByRole('navigation', { name: 'Lezione precedente e successiva' })
		.getByRole('link', { name: /Precedente/u })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle ?? '');

	const crumbs = page.getByRole('navigation', { name: 'Percorso' });
	await crumbs.getByRole('link').nth(1).click();
	await expect(page.getByRole('heading', { name: 'Lezioni del modulo' })).toBeVisible();
});

test('a module page lists its Syllabus area and DigComp competences, with their sources', async ({ page }) => {
	await page.goto('/privacy/');
	const section = page.getByRole('region', { name: 'Competenze' });
	await expect(section.getByRole('heading', { level: 3, name: /^Syllabus/u })).toBeVisible();
	await expect(section.getByRole('listitem').filter({ hasText: 'Area 2' })).toContainText(
		'Comunicazione e condivisione',
	);
	await expect(section.getByRole('listitem').filter({ hasText: '4.2' })).toContainText(
		'Proteggere i dati personali e la privacy',
	);
	await expect(
		page.getByRole('link', { name: /Syllabus «Competenze digitali per la PA»: Comunicazione e condivisione/u }),
	).toBeVisible();
});

test('the footer leads to the accessibility statement and the privacy notice, written in content/pages/', async ({
	page,
}) => {
	await page.goto('/');
	const footer = page.getByRole('contentinfo');
	await footer.getByRole('link', { name: 'Dichiarazione di accessibilità' }).click();
	await expect(page).toHaveURL(/\/accessibilita\/$/u);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dichiarazione di accessibilità');
	// The course's own values reach the MDX body (content/course.yaml: publisher, accessibilityContact).
	await expect(page.locator('.prose p').first()).toContainText('Palestra Social PA si impegna');
	await expect(page.getByRole('link', { name: 'accessibilita@ente.example.it' })).toHaveAttribute(
		'href',
		'mailto:accessibilita@ente.example.it',
	);
	// Markdown sets Italian apostrophes as typographic ones (’), as in every lesson.
	await expect(page.getByRole('listitem').filter({ hasText: 'tastiera' }).first()).toContainText(
		'l’elemento attivo è sempre ben visibile',
	);

	await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy e dati nel browser' }).click();
	await expect(page).toHaveURL(/\/informativa-privacy\/$/u);
	await expect(page.getByRole('heading', { level: 2, name: 'Cancellare i dati' })).toBeVisible();
	await expect(page.getByText('il pulsante «Cancella i miei dati» elimina tutto')).toBeVisible();
	// The publisher's facts come from content/course.yaml (publication): a missing one sends the reader
	// to the controller, never shows a blank to fill in.
	await expect(page.getByRole('link', { name: 'privacy@ente.example.it' }).first()).toHaveAttribute(
		'href',
		'mailto:privacy@ente.example.it',
	);
	await expect(page.getByRole('listitem').filter({ hasText: 'Chi ospita il sito' })).toHaveText(
		'Chi ospita il sito: non indicato, chiedilo al titolare',
	);
	await expect(page.locator('main')).not.toContainText('[');
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 with an Italian page and a way back', async ({ page }) => {
	const response = await page.goto('/non-esiste/affatto/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
	await page.getByRole('link', { name: 'Torna alla pagina iniziale del corso' }).click();
	await expect(page).toHaveURL(/\/$/u);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social customer care per la PA');
});

test('served from a sub-path, every link of the home page and a lesson resolves inside it', async ({ page }) => {
	const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
	const problems = watchPage(page, origin);
	await page.goto(`${origin}${SUBPATH_PREFIX}`);
	await page.getByRole('link', { name: /^Inizia dalla prima lezione/u }).click();
	await expect(page).toHaveURL(new RegExp(`^${origin}${SUBPATH_PREFIX}[a-z-]+/[a-z0-9-]+/$`, 'u'));
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) =>
			links.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith('http://127.0.0.1')),
		);
	expect(hrefs.length).toBeGreaterThan(10);
	for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
		expect(href.startsWith(`${origin}${SUBPATH_PREFIX}`), href).toBe(true);
		const res = await page.request.get(href);
		expect(res.status(), href).toBe(200);
	}
	expect(problems.failed).toEqual([]);
});
