import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { finishLessonAndExercise, lessonWithExercise } from '../fixtures/learners/e2e';
import { expectNoAxeViolations, watchPage } from './support';

const FIXTURES = 'tests/fixtures/learners';

/** /docente/registro/ once its island has mounted; any dialog (alert, confirm) fails the test. */
async function openRegister(page: Page) {
	page.on('dialog', (dialog) => {
		throw new Error(`è comparsa una finestra di dialogo: ${dialog.message()}`);
	});
	await page.goto('/docente/registro/');
	await expect(page.getByLabel('File dei risultati dei corsisti (JSON)')).toBeVisible();
}

test('an exported file loads in the class report beside a corrupt and a hostile one; the CSV is safe', async ({
	page,
	baseURL,
}) => {
	const problems = watchPage(page, baseURL!);
	await page.goto(lessonWithExercise());
	await finishLessonAndExercise(page);
	await page.goto('/progressi/');
	await page.getByRole('button', { name: 'Esporta i miei risultati' }).click();
	await page.getByLabel(/^Nome/u).fill('Giulia');
	await page.getByLabel(/^Cognome/u).fill('Neri');
	await page.getByLabel(/^Ente/u).fill('Comune di Valverde');
	await page.getByLabel(/^Codice classe/u).fill('PA-2026-A');
	const [exported] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Salva ed esporta' }).click(),
	]);
	const exportedPath = `${test.info().outputPath()}/${exported.suggestedFilename()}`;
	await exported.saveAs(exportedPath);

	await openRegister(page);
	await page
		.getByLabel('File dei risultati dei corsisti (JSON)')
		.setInputFiles([exportedPath, `${FIXTURES}/corrotto-troncato.json`, `${FIXTURES}/ostile-markup-formula.json`]);
	const status = page.getByRole('status').filter({ hasText: 'File letti: 3' });
	await expect(status).toHaveText('File letti: 3. Caricati: 2. Non caricati: 1.');
	await expect(status).toBeFocused();
	const refused = page.getByRole('region', { name: '1 file non caricato' });
	await expect(refused).toContainText('corrotto-troncato.json: il file non è in formato JSON');

	const table = page.getByRole('table');
	await expect(table.getByRole('rowheader', { name: /Giulia Neri/u })).toBeVisible();
	// Markup from the file is shown as text and never becomes an element.
	await expect(table.getByRole('rowheader', { name: /<img src=x onerror="alert\(1\)">/u })).toBeVisible();
	await expect(table.locator('img, script')).toHaveCount(0);
	await expect(
		page.getByText(/^(Il consiglio che la classe rispetta meno: .+|La classe rispetta ogni consiglio applicabile)\.$/u),
	).toBeVisible();
	await expectNoAxeViolations(page);

	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: "Scarica il CSV per l'ufficio del personale" }).click(),
	]);
	const bytes = await readFile(await csvDownload.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines).toHaveLength(4);
	expect(lines[0]).toMatch(/^Cognome;Nome;Ente;/u);
	expect(lines.find((l) => l.startsWith('Neri;Giulia;Comune di Valverde;'))).toBeDefined();
	for (const line of lines)
		for (const cell of line.split(';')) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);
	expect(lines.join('\n')).toContain(`"'=HYPERLINK(`);
	expect(problems.consoleErrors).toEqual([]);
});

test('the import code (validation, zod) loads only when the first files arrive', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await openRegister(page);
	await expect(page.locator('astro-island:has(input[type="file"])')).not.toHaveAttribute('ssr', /.*/u);
	const importCode = (list: string[]) => list.filter((p) => /\/_astro\/(?:register|schema)\.[\w-]+\.js$/u.test(p));
	expect(importCode(scripts)).toEqual([]);
	await page.getByLabel('File dei risultati dei corsisti (JSON)').setInputFiles(`${FIXTURES}/corrotto-troncato.json`);
	await expect(page.getByRole('status').filter({ hasText: 'File letti: 1' })).toBeVisible();
	expect(importCode(scripts).length).toBeGreaterThan(0);
});

test('files dropped on the page load too; the same learner twice keeps the newest; the class filter and size cap work', async ({
	page,
}) => {
	await openRegister(page);
	const names = [
		'valida-bianchi-luca-vecchia.json',
		'valida-bianchi-luca.json',
		'valida-v1-verdi-anna.json',
		'ostile-proto.json',
	];
	const files = await Promise.all(
		names.map(async (name) => ({ name, text: await readFile(`${FIXTURES}/${name}`, 'utf8') })),
	);
	const dataTransfer = await page.evaluateHandle((list) => {
		const transfer = new DataTransfer();
		for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
		return transfer;
	}, files);
	await page.locator('[data-dropzone]').dispatchEvent('drop', { dataTransfer });
	await expect(page.getByRole('status').filter({ hasText: 'File letti: 4' })).toHaveText(
		'File letti: 4. Caricati: 3. Non caricati: 1.',
	);
	await expect(page.getByText(/Luca Bianchi: c'erano più file\. Tenuto «valida-bianchi-luca\.json»/u)).toBeVisible();
	await expect(page.getByText('ostile-proto.json: il file contiene nomi di campo non ammessi')).toBeVisible();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);

	await page.getByLabel('Classe', { exact: true }).selectOption({ label: 'PA-2026-B' });
	await expect(page.getByRole('table').getByRole('rowheader')).toHaveText([/Anna Verdi/u]);
	await expect(page.getByText(/^1 corsista\./u)).toBeVisible();

	await page.getByLabel('File dei risultati dei corsisti (JSON)').setInputFiles({
		name: 'enorme.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(1_100_000, 0x20),
	});
	await expect(page.getByText('enorme.json: il file supera 1 MB')).toBeVisible();
	await expectNoAxeViolations(page);
});
