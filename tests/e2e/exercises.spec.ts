import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_PORT, SUBPATH_PREFIX } from '../../playwright.config';
import { expectNoAxeViolations, watchPage } from './support';
import { builtPages } from './support';
import { readFileSync } from 'node:fs';

/** The first lesson page that embeds a reply exercise, found in the build. */
function lessonWithExercise(): string {
	const page = builtPages().find((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('data-exercise='));
	if (!page) throw new Error('nessuna lezione con esercizio nella build');
	return page;
}

async function hydratedExercise(page: Page) {
	const exercise = page.locator('[data-exercise]').first();
	await exercise.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has([data-exercise])').first()).not.toHaveAttribute('ssr', /.*/u);
	return exercise;
}

test('a lesson exercise grades, keeps the reply across a reload and reveals the model answer', async ({ page }) => {
	await page.goto(lessonWithExercise());
	let exercise = await hydratedExercise(page);
	const box = exercise.getByRole('textbox');
	await box.fill("Gentile utente, per informazioni contattare l'URP.");
	await exercise.getByRole('button', { name: 'Valuta la risposta' }).click();
	const region = exercise.getByRole('region', { name: 'Valutazione' });
	await expect(region.locator('[data-criterion="name"]')).toHaveAttribute('data-status', 'not_met');
	await expect(region.locator('[data-criterion="detailed"]')).toHaveAttribute('data-status', 'not_met');
	await expectNoAxeViolations(page);

	await exercise.getByRole('button', { name: 'Mostra la risposta modello' }).click();
	await expect(exercise.getByRole('heading', { name: 'Risposta modello' })).toBeVisible();

	await page.reload();
	exercise = await hydratedExercise(page);
	await expect(exercise.getByRole('textbox')).toHaveValue("Gentile utente, per informazioni contattare l'URP.");
	await expect(exercise).toContainText('Hai fatto 1 tentativo.');
	await expect(exercise.getByRole('heading', { name: 'Risposta modello' })).toBeVisible();
});

test('a wrong value for a key fact is named, and the reply is not detailed', async ({ page }) => {
	await page.goto('/tre-consigli/ringraziare/');
	const exercise = page.locator('[data-exercise="insulto-strada-chiusa"]');
	await exercise.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has([data-exercise="insulto-strada-chiusa"])')).not.toHaveAttribute(
		'ssr',
		/.*/u,
	);
	await exercise
		.getByRole('textbox')
		.fill(
			'Enzo, gli insulti vanno contro la netiquette. Via Roma resta chiusa fino a lunedì: la deviazione passa da viale Europa.',
		);
	await exercise.getByRole('button', { name: 'Valuta la risposta' }).click();
	const region = exercise.getByRole('region', { name: 'Valutazione' });
	await expect(region.locator('[data-criterion="detailed"]')).toHaveAttribute('data-status', 'not_met');
	await expect(region.locator('[data-criterion="detailed"]')).toContainText('«lunedì» non è giusto');
	await expect(region.locator('[data-wrong="true"]')).toContainText('sbagliata');
	await expectNoAxeViolations(page);
});

test('a quiz explains every option after checking and keeps the score', async ({ page }) => {
	const quizPage = builtPages().find((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('data-quiz='));
	expect(quizPage, 'a lesson embeds a quiz').toBeTruthy();
	await page.goto(quizPage!);
	const quiz = page.locator('[data-quiz]').first();
	await quiz.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has([data-quiz])').first()).not.toHaveAttribute('ssr', /.*/u);
	await quiz.getByRole('button', { name: 'Verifica le risposte' }).click();
	await expect(quiz.getByRole('alert')).toContainText(/Mancan?o? l[ae] rispost[ae]/u);
	const groups = quiz.getByRole('group');
	const count = await groups.count();
	for (let i = 0; i < count; i++) await groups.nth(i).locator('input').first().check();
	await quiz.getByRole('button', { name: 'Verifica le risposte' }).click();
	await expect(quiz.getByRole('status')).toContainText(/Risposte corrette: \d+ su \d+/u);
	await expect(quiz.locator('.explanation').first()).toBeVisible();
	await expectNoAxeViolations(page);
});

test('served from a sub-path, the grader loads on demand with no failed request', async ({ page }) => {
	const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
	const problems = watchPage(page, origin);
	await page.goto(`${origin}${SUBPATH_PREFIX}palestra/`);
	await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/u);
	await page.getByLabel("Nome dell'autore").fill('Anna Russo');
	await page.getByLabel('Commento del cittadino').fill('Quando apre la piscina comunale?');
	await page
		.getByLabel('La tua risposta')
		.fill('Ciao Anna, grazie! La piscina comunale riapre lunedì 2 giugno alle 9, in via dello Sport 3.');
	await page.getByRole('button', { name: 'Valuta la risposta' }).click();
	await expect(page.getByRole('region', { name: 'Valutazione' }).locator('[data-criterion="name"]')).toHaveAttribute(
		'data-status',
		'met',
	);
	expect(problems.failed).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test('a private-message exercise says so, and a gate on it reads "Da non inviare"', async ({ page }) => {
	await page.goto('/privacy/autodenunce-e-dati-di-terzi/');
	const exercise = page.locator('[data-exercise="privacy-dati-vicino"]');
	await exercise.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has([data-exercise="privacy-dati-vicino"])')).not.toHaveAttribute(
		'ssr',
		/.*/u,
	);
	const box = exercise.getByRole('textbox', { name: 'Messaggio privato per Gianni Bortolotti' });
	await expect(box).toHaveAccessibleDescription(/Scrivi il messaggio privato/u);
	await box.fill(
		'Ciao Gianni, grazie! Giriamo la segnalazione su Aldo Ferretti ai vigili, che passano in via Roma 22.',
	);
	await exercise.getByRole('button', { name: 'Valuta la risposta' }).click();
	const gate = exercise.getByRole('region', { name: 'Valutazione' }).locator('[data-conduct="failed"]');
	await expect(gate).toContainText('Da non inviare');
	await expect(gate).toContainText('La risposta ripete dati personali che non servono');
	await expect(gate).not.toContainText('in pubblico');
	await expect(gate.locator('mark')).toContainText(['Ferretti', 'via Roma 22']);
	await expectNoAxeViolations(page);
});
