import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_PORT, SUBPATH_PREFIX } from '../../playwright.config';
import { completeRecord, finishLessonAndExercise, lessonWithExercise } from '../fixtures/learners/e2e';
import { expectNoAxeViolations, watchPage } from './support';

const STORAGE_KEY = 'palestra-social-pa';

/** /progressi/ once its client:only island has mounted. */
async function openProgress(page: Page, url = '/progressi/') {
	await page.goto(url);
	await expect(page.getByRole('heading', { name: 'Completamento del corso' })).toBeVisible();
}

/** The course-wide count of finished lessons on /progressi/. */
const lessonsDone = (page: Page, done: number) =>
	page
		.getByRole('region', { name: 'Completamento del corso' })
		.getByText(new RegExp(`^Lezioni completate: ${done} su \\d+$`, 'u'));

test('a finished lesson and exercise show on /progressi/, and "Cancella i miei dati" asks first', async ({
	page,
	baseURL,
}) => {
	const problems = watchPage(page, baseURL!);
	const lesson = lessonWithExercise();
	await page.goto(lesson);
	await finishLessonAndExercise(page);
	await expectNoAxeViolations(page);

	await openProgress(page);
	await expect(lessonsDone(page, 1)).toBeVisible();
	await expect(page.getByText(/^Esercizi svolti almeno una volta: 1 su \d+$/u)).toBeVisible();
	const lessonItem = page.locator(`li:has(a[href$="${lesson}"])`);
	await expect(lessonItem).toContainText('completata');
	await expect(page.getByRole('list', { name: 'I tre consigli' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Il prossimo passo' })).toBeVisible();
	await expectNoAxeViolations(page);

	const clear = page.getByRole('button', { name: 'Cancella i miei dati' });
	await clear.click();
	const dialog = page.getByRole('dialog', { name: 'Vuoi cancellare tutti i tuoi dati?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Annulla' })).toBeFocused();
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(clear).toBeFocused();
	await expect(lessonsDone(page, 1)).toBeVisible();

	await clear.press('Enter');
	await dialog.getByRole('button', { name: 'Sì, cancella i miei dati' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'I tuoi dati sono stati cancellati' })).toBeFocused();
	await expect(lessonsDone(page, 0)).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
	expect(problems.consoleErrors).toEqual([]);
});

test('the export asks for the profile only then, validates it in Italian and downloads a checked file', async ({
	page,
}) => {
	await page.goto(lessonWithExercise());
	await finishLessonAndExercise(page);
	await openProgress(page);
	await page.getByRole('button', { name: 'Esporta i miei risultati' }).click();
	await expect(page.getByRole('heading', { name: 'I tuoi dati', exact: true })).toBeFocused();
	await page.getByRole('button', { name: 'Salva ed esporta' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Controlla questi campi' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Scrivi il tuo nome.');
	await expect(page.getByLabel(/^Cognome/u)).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	await page.getByLabel(/^Nome/u).fill('Giulia');
	await page.getByLabel(/^Cognome/u).fill('Neri');
	await page.getByLabel(/^Ente/u).fill('Comune di Valverde');
	await page.getByLabel(/^Email/u).fill('giulia.neri');
	await page.getByRole('button', { name: 'Salva ed esporta' }).click();
	await expect(summary).toContainText("L'indirizzo email non sembra corretto");
	await page.getByLabel(/^Email/u).fill('giulia.neri@comune.valverde.it');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Salva ed esporta' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/^risultati-neri-giulia-\d{4}-\d{2}-\d{2}\.json$/u);
	const file = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8')) as Record<
		string,
		never
	>;
	expect(file).toMatchObject({
		format: 'palestra-social-pa/risultati',
		schemaVersion: 2,
		course: { id: 'social-customer-care-pa' },
	});
	expect(file['checksum']).toMatchObject({
		algorithm: 'SHA-256',
		value: expect.stringMatching(/^[0-9a-f]{64}$/u),
	});
	await expect(page.getByRole('status').filter({ hasText: 'File pronto' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Esporta i miei risultati' })).toBeFocused();
});

test('with storage disabled the pages say so and the session goes on in memory', async ({ page, baseURL }) => {
	const problems = watchPage(page, baseURL!);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Accesso negato', 'SecurityError');
			},
		});
	});
	await page.goto(lessonWithExercise());
	await expect(page.locator('lesson-tracker').getByText('Il browser non permette di salvare i dati')).toBeVisible();
	await finishLessonAndExercise(page);
	await openProgress(page);
	await expect(page.getByRole('alert')).toContainText('Il browser non permette di salvare i dati');
	await expectNoAxeViolations(page);
	expect(problems.consoleErrors).toEqual([]);
});

test('a corrupt stored record is kept aside and reported', async ({ page }) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"schemaVersion": 2, "courseId": ');
			sessionStorage.setItem('seeded', '1');
		}
	}, STORAGE_KEY);
	await openProgress(page);
	await expect(page.getByRole('alert')).toContainText('Alcuni dati salvati erano illeggibili');
	const kept = await page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('palestra-social-pa:corrotto:')),
	);
	expect(kept).toHaveLength(1);
});

test("two open tabs stay consistent; a first visit is the page's HTML until something is stored", async ({
	context,
}) => {
	const progress = await context.newPage();
	const scripts: string[] = [];
	progress.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await openProgress(progress);
	await expect(lessonsDone(progress, 0)).toBeVisible();
	// Nothing stored: nothing to export or erase yet, and the island's code has not loaded.
	await expect(progress.getByText(/^In questo browser non ci sono ancora risultati\./u)).toBeVisible();
	await expect(progress.getByRole('button', { name: 'Esporta i miei risultati' })).toHaveCount(0);
	expect(scripts.filter((path) => path.includes('mountProgress'))).toEqual([]);
	const lesson = await context.newPage();
	await lesson.goto(lessonWithExercise());
	await lesson.getByRole('button', { name: 'Segna la lezione come completata' }).click();
	await expect(lessonsDone(progress, 1)).toBeVisible();
	await expect(progress.getByRole('button', { name: 'Esporta i miei risultati' })).toBeVisible();
	expect(scripts.some((path) => path.includes('mountProgress'))).toBe(true);
});

test('a certificate page opened on a first visit starts when another tab stores the course', async ({ context }) => {
	const certificate = await context.newPage();
	await certificate.goto('/attestato/');
	await expect(certificate.getByRole('heading', { name: "Cosa manca per l'attestato" })).toBeVisible();
	const other = await context.newPage();
	await other.goto('/');
	await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, completeRecord()]);
	await expect(certificate.getByRole('heading', { name: 'I tuoi dati', exact: true })).toBeVisible();
	await expect(certificate.getByRole('heading', { name: "Cosa manca per l'attestato" })).toBeHidden();
});

test('the certificate lists what is missing, then asks the name and prints', async ({ page }) => {
	await page.goto('/attestato/');
	await expect(page.getByRole('heading', { name: "Cosa manca per l'attestato" })).toBeVisible();
	await expect(page.getByRole('heading', { name: /lezioni da segnare come completate/u })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'La verifica finale' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, completeRecord()]);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'I tuoi dati', exact: true })).toBeVisible();
	await page.getByLabel(/^Nome/u).fill('Giulia');
	await page.getByLabel(/^Cognome/u).fill('Neri');
	await page.getByLabel(/^Ente/u).fill('Comune di Valverde');
	await page.getByRole('button', { name: "Mostra l'attestato" }).click();
	const certificate = page.getByRole('article', { name: 'Attestato di completamento' });
	await expect(certificate).toBeFocused();
	await expect(certificate).toContainText('Giulia Neri');
	await expect(certificate).toContainText('Comunicazione digitale e relazione con il cittadino');
	await expect(certificate).toContainText('3 novembre 2026');
	await expect(certificate.locator('.code')).toHaveText(/^[0-9A-F]{5}-[0-9A-F]{5}$/u);
	const competences = certificate.getByRole('region', { name: 'Competenze sviluppate' });
	await expect(competences.getByRole('listitem').filter({ hasText: 'Area 2' })).toContainText(
		'Comunicazione e condivisione',
	);
	await expect(competences.getByRole('listitem').filter({ hasText: '2.5' })).toContainText('Netiquette');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ media: 'print' });
	await expect(certificate).toBeVisible();
	await expect(competences).toBeVisible();
	await expect(page.getByRole('button', { name: 'Stampa o salva in PDF' })).toBeHidden();
	await expect(page.locator('header.site-header')).toBeHidden();
});

test('links stay inside a sub-path deployment, in the first-visit HTML and made at run time', async ({ page }) => {
	const root = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_PREFIX}`;
	const insideSubPath = new RegExp(`^http://127\\.0\\.0\\.1:${SUBPATH_PORT}${SUBPATH_PREFIX}`, 'u');
	// First visit: the page's HTML, whose links the build made relative.
	await openProgress(page, `${root}progressi/`);
	const next = page.getByRole('link', { name: /^Continua con la lezione/u });
	expect(await next.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(insideSubPath);
	await next.click();
	await expect(page.getByRole('heading', { name: 'Obiettivi della lezione' })).toBeVisible();
	// With a lesson finished, the island draws the page and makes its links at run time.
	await page.getByRole('button', { name: 'Segna la lezione come completata' }).click();
	await expect(page.locator('lesson-tracker [data-state="done"]')).toBeFocused();
	await openProgress(page, `${root}progressi/`);
	await expect(lessonsDone(page, 1)).toBeVisible();
	const again = page
		.getByRole('region', { name: 'Il prossimo passo' })
		.getByRole('link', { name: /^(?:Continua con la lezione|Svolgi l'esercizio)/u });
	await expect(again).toHaveAttribute('href', insideSubPath);
	await again.click();
	await expect(page).toHaveURL(insideSubPath);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/non trovata/iu);
});
