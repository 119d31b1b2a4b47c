// The instructor's workshop end to end: an exercise written by keyboard only, shared as a link,
// taken by a learner in another browser context, exported with replies and discussed in class.
import { deflateSync } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeExercise, LINK_PREFIX } from '../../src/workshop/link';
import { expectNoAxeViolations, watchPage, expectQuiet } from './support';

/** Presses Tab until the field with this label (or this element) has focus: the instructor never touches the mouse. */
async function tabTo(page: Page, label: string | Locator) {
	const target = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : label;
	for (let i = 0; i < 80; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`campo non raggiunto con Tab: ${String(label)}`);
}

async function typeInto(page: Page, label: string, text: string) {
	await tabTo(page, label);
	await page.keyboard.insertText(text);
}

const COMMENT = 'Quindi giovedì mio figlio resta senza pranzo? E lo paghiamo lo stesso? Io lavoro fino alle 17!';
const MODEL =
	'Ciao Paola, grazie per la domanda. Giovedì 12 marzo la mensa resta chiusa per lo sciopero: tuo figlio può portare il pranzo da casa, oppure uscire alle 12:30. Il pasto di giovedì non viene addebitato.';

// One story in three steps, run in order in one worker: each step has its own time limit, and a
// step that fails skips the ones after it. The link and the exported file pass from step to step.
test.describe
	.serial('an instructor writes an exercise, a learner takes it from the link, the class discusses it', () => {
	let link = '';
	let file = '';

	test('the instructor writes the exercise by keyboard and shares it', async ({ browser, baseURL }) => {
		const instructor = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await instructor.newPage();
		const problems = watchPage(page, baseURL!);
		await page.goto('/docente/crea/');
		await expect(page.getByLabel('Titolo', { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);

		await page
			.locator('main')
			.focus()
			.catch(() => undefined);
		await typeInto(page, 'Titolo', 'La mensa chiusa per lo sciopero');
		await typeInto(page, 'Argomento', 'mensa scolastica');
		await typeInto(
			page,
			'Consegna per i corsisti',
			'Rispondi a Paola come addetto ai social del Comune. La pagina del Comune di Valverde dà del tu.',
		);
		await typeInto(
			page,
			'Scheda dell’ufficio',
			'Giovedì 12 marzo la mensa resta chiusa per lo sciopero. I bambini possono portare il pranzo da casa oppure uscire alle 12:30. Il pasto non viene addebitato.',
		);
		await typeInto(page, 'Nome della pagina', 'Comune di Valverde');
		await typeInto(page, "Nome dell'autore", 'Paola Bruni');
		await typeInto(page, 'Commento del cittadino', COMMENT);
		await tabTo(page, page.getByRole('button', { name: 'Aggiungi un’informazione chiave' }));
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Nome dell’informazione')).toBeFocused();
		await page.keyboard.insertText('il pranzo da casa');
		await typeInto(page, 'Formulazioni accettate (una per riga)', 'pranzo da casa');
		await typeInto(page, 'Risposta modello', MODEL);
		await tabTo(page, page.getByRole('button', { name: 'Aggiungi un controesempio' }));
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Risposta da non dare')).toBeFocused();
		await page.keyboard.insertText('Gentile utente, si rimanda al comunicato pubblicato. Cordiali saluti.');
		await tabTo(page, 'Esito atteso: Chiamare per nome');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Esito atteso: Chiamare per nome')).toHaveValue('not_met');
		await typeInto(page, 'Perché non va', 'Risposta standard, senza nome.');

		// The live check: both samples grade as intended, with the verdicts in words.
		const check = page.getByRole('region', { name: 'Verifica in tempo reale' });
		await expect(check.getByRole('status')).toHaveText('Valutati come previsto: 2 su 2.');
		await expect(check.locator('[data-sample="model-1"]')).toContainText('Risposta modello 1: Come previsto');
		await expect(check.locator('[data-sample="counter-1"] [data-criterion="name"]')).toHaveText(
			'Chiamare per nome: Non rispettato',
		);

		const linkField = page.getByLabel('Link per i corsisti');
		await expect(linkField).toHaveValue(/\/esercizio\/#e1\./u);
		link = await linkField.inputValue();
		expect(link.length).toBeLessThan(2000);
		await tabTo(page, page.getByRole('button', { name: 'Copia il link' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copiato' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		const qr = page.getByRole('img', { name: 'Codice QR che apre l’esercizio' });
		await expect(qr).toBeVisible();
		// Drawn in the browser as an SVG image: no request leaves the page.
		await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;/u);
		await expect(page.getByLabel('Contenuto del file')).toHaveValue(
			/^title: La mensa chiusa per lo sciopero\nmodule: /u,
		);
		await expectNoAxeViolations(page);

		// The draft survives a reload.
		await page.reload();
		await expect(page.getByLabel('Titolo', { exact: true })).toHaveValue('La mensa chiusa per lo sciopero');
		await expect(page.getByLabel('Link per i corsisti')).toHaveValue(link);
		// On paper, only the sheet prints.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Link per i corsisti')).toBeHidden();
		await expect(page.getByRole('article', { name: 'La mensa chiusa per lo sciopero' })).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		expectQuiet(problems);
		await instructor.close();
	});

	test('a learner opens the link in a fresh browser, answers and exports with replies', async ({
		browser,
		baseURL,
	}) => {
		expect(link).not.toBe('');
		const learnerContext = await browser.newContext();
		const learner = await learnerContext.newPage();
		const learnerProblems = watchPage(learner, baseURL!);
		await learner.goto(link);
		await expect(
			learner.getByText('Questo esercizio è stato scritto dal tuo docente, non dagli autori del corso.', {
				exact: false,
			}),
		).toBeVisible();
		await expect(learner.getByRole('heading', { name: 'La mensa chiusa per lo sciopero' })).toBeVisible();
		await learner
			.getByRole('textbox', { name: 'Rispondi al commento di Paola Bruni' })
			.fill('Ciao Paola, grazie! Giovedì può portare il pranzo da casa.');
		await learner.getByRole('button', { name: 'Valuta la risposta' }).click();
		const verdict = learner.getByRole('region', { name: 'Valutazione' });
		await expect(verdict.locator('[data-criterion="name"]')).toHaveAttribute('data-status', 'met');
		await expectNoAxeViolations(learner);

		await learner.goto('/progressi/');
		const own = learner.getByRole('region', { name: 'Esercizi del docente' });
		await expect(own).toContainText('La mensa chiusa per lo sciopero — 1 tentativo');
		await learner.getByLabel('includi le mie risposte per la discussione in aula').check();
		await learner.getByRole('button', { name: 'Esporta i miei risultati' }).click();
		await learner.getByLabel(/^Nome/u).fill('Giulia');
		await learner.getByLabel(/^Cognome/u).fill('Neri');
		await learner.getByLabel(/^Ente/u).fill('Comune di Valverde');
		const [download] = await Promise.all([
			learner.waitForEvent('download'),
			learner.getByRole('button', { name: 'Salva ed esporta' }).click(),
		]);
		file = `${test.info().outputPath()}/${download.suggestedFilename()}`;
		await download.saveAs(file);
		await expectNoAxeViolations(learner);
		expectQuiet(learnerProblems);
		await learnerContext.close();
	});

	test('the class report shows the reply anonymised, names on request, and projects it by keyboard', async ({
		page,
		baseURL,
	}) => {
		expect(file).not.toBe('');
		const problems = watchPage(page, baseURL!);
		await page.goto('/docente/registro/');
		await page.getByLabel('File dei risultati dei corsisti (JSON)').setInputFiles(file);
		const debrief = page.getByRole('region', { name: 'Discussione in aula' });
		await expect(debrief.locator('[data-debrief-reply]')).toContainText('Corsista 1');
		await expect(debrief).toContainText('Giovedì può portare il pranzo da casa');
		await expect(debrief).not.toContainText('Giulia Neri');
		await expect(page.getByLabel('Esercizio', { exact: true })).toContainText(
			'La mensa chiusa per lo sciopero (esercizio del docente)',
		);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Proietta' }).focus();
		await page.keyboard.press('Enter');
		const projector = page.getByRole('dialog');
		await expect(projector).toContainText('Risposta 1 di 1');
		await expect(projector).toContainText('Giovedì può portare il pranzo da casa');
		await page.keyboard.press('ArrowRight');
		await expect(projector).toContainText('Risposta 1 di 1');
		await expectNoAxeViolations(page);
		await page.keyboard.press('Escape');
		await expect(projector).toBeHidden();
		await expect(page.getByRole('button', { name: 'Proietta' })).toBeFocused();
		await page.getByLabel('Mostra i nomi dei corsisti').check();
		await expect(debrief.locator('[data-debrief-reply]')).toContainText('Giulia Neri');

		expectQuiet(problems);
	});
});

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fragmentOf = (value: unknown) =>
	LINK_PREFIX + b64url(deflateSync(new TextEncoder().encode(JSON.stringify(value))));
const hostileExercise = {
	title: '<img src=x onerror="window.__pwned=1">',
	instructions: '<script>window.__pwned=1</script> Rispondi al commento.',
	platform: 'facebook' as const,
	page: 'Comune <b>di</b> Valverde',
	thread: [
		{
			author: '<svg onload="window.__pwned=1">',
			time: '1 h',
			text: '<a href="javascript:alert(1)">clic</a>',
			fromPage: false,
		},
	],
	offensive: false,
	keyFacts: [],
	modelAnswers: ['<iframe src="javascript:alert(1)"></iframe> Ciao, grazie della domanda.'],
	hints: [],
};

test('hostile links: markup stays text; a huge fragment and a wrong schema are refused in Italian', async ({
	page,
	baseURL,
}) => {
	const problems = watchPage(page, baseURL!);
	page.on('dialog', (dialog) => {
		throw new Error(`finestra di dialogo inattesa: ${dialog.message()}`);
	});
	await page.goto(`/esercizio/#${encodeExercise(hostileExercise)}`);
	await expect(page.getByRole('heading', { name: hostileExercise.title })).toBeVisible();
	const exercise = page.locator('[data-exercise]');
	await expect(exercise.locator('img, script, iframe, svg, a, b')).toHaveCount(0);
	await expect(exercise).toContainText(hostileExercise.thread[0]!.text);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expectNoAxeViolations(page);

	for (const [fragment, message] of [
		[`${LINK_PREFIX}${'A'.repeat(20_000)}`, 'Il link è troppo lungo'],
		[fragmentOf({ ...hostileExercise, platform: 'myspace' }), 'Il link contiene un esercizio non valido'],
		[`${LINK_PREFIX}<script>alert(1)</script>`, 'Il link è incompleto o è stato modificato'],
	] as const) {
		await page.goto(`/esercizio/#${fragment}`);
		await page.reload();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Non possiamo aprire questo esercizio');
		await expect(alert).toContainText(message);
		await expect(alert).toBeFocused();
		await expect(page.locator('[data-exercise]')).toHaveCount(0);
	}
	await expectNoAxeViolations(page);
	expect(problems.consoleErrors).toEqual([]);
});
