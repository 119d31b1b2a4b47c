import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './support';

async function fill(page: Page, author: string, comment: string, reply: string, offensive = false) {
	await page.getByLabel("Nome dell'autore").fill(author);
	await page.getByLabel('Commento del cittadino').fill(comment);
	if (offensive) await page.getByLabel('Commento offensivo').check();
	await page.getByLabel('La tua risposta').fill(reply);
	await page.getByRole('button', { name: 'Valuta la risposta' }).click();
	return page.getByRole('region', { name: 'Valutazione' });
}

const tip = (region: ReturnType<Page['getByRole']>, criterion: string) =>
	region.locator(`[data-criterion="${criterion}"]`);

test.beforeEach(async ({ page }) => {
	await page.goto('/palestra/');
	// The island hydrates on load; wait until Svelte has taken over the form.
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/u);
});

test('a good reply meets all three tips', async ({ page }) => {
	const region = await fill(
		page,
		'Giulia Ferri',
		"Ma il sabato l'anagrafe è aperta? Devo rinnovare la carta d'identità.",
		"Ciao Giulia, grazie della domanda! Il sabato l'anagrafe è aperta dalle 9 alle 12, solo su appuntamento: puoi prenotarlo su agenda.comune.valverde.example.it o allo 200 000 123. Porta la vecchia carta e una foto recente.",
	);
	for (const c of ['detailed', 'name', 'thanks']) {
		await expect(tip(region, c)).toHaveAttribute('data-status', 'met');
		await expect(tip(region, c)).toContainText('Rispettato');
	}
	await expect(tip(region, 'detailed')).toContainText('Risposta dettagliata');
	await expect(tip(region, 'name')).toContainText('Chiamare per nome');
	await expect(tip(region, 'thanks')).toContainText('Ringraziare');
	await expectNoAxeViolations(page);
});

test('boilerplate is not a detailed answer, and the feedback says why', async ({ page }) => {
	const region = await fill(
		page,
		'Marco Rossi',
		'Il lampione di via Verdi è spento da una settimana, quando lo aggiustate?',
		'Gentile Marco, grazie per la segnalazione, la inoltreremo agli uffici competenti. Cordiali saluti.',
	);
	const detailed = tip(region, 'detailed');
	await expect(detailed).toHaveAttribute('data-status', 'not_met');
	await expect(detailed).toContainText('Risposta dettagliata: Non rispettato');
	expect(((await detailed.textContent()) ?? '').length).toBeGreaterThan(60);
	await expect(tip(region, 'thanks')).toHaveAttribute('data-status', 'met');
	await expectNoAxeViolations(page);
});

test("someone else's name fails the name tip", async ({ page }) => {
	const region = await fill(
		page,
		'Giulia Ferri',
		'A che ora apre la biblioteca domenica?',
		'Ciao Francesca, grazie della domanda! La biblioteca domenica è aperta dalle 10 alle 13 in piazza Dante 4.',
	);
	await expect(tip(region, 'name')).toHaveAttribute('data-status', 'not_met');
	await expect(tip(region, 'name')).toContainText('Non rispettato');
});

test('an offensive comment makes thanking not applicable', async ({ page }) => {
	const region = await fill(
		page,
		'Mario Fontana',
		'Siete degli incapaci e dei ladri, vergognatevi.',
		"Mario, su questa pagina chiediamo di discutere senza insulti, come prevede la nostra social media policy. Se vuoi segnalare un problema sul servizio scrivici in privato o chiama l'URP allo 200 000 123.",
		true,
	);
	await expect(tip(region, 'thanks')).toHaveAttribute('data-status', 'not_applicable');
	await expect(tip(region, 'thanks')).toContainText('Non applicabile');
	await expectNoAxeViolations(page);
});

test('markup in a reply is shown as text and runs nothing', async ({ page }) => {
	const problems = watchPage(page, 'http://127.0.0.1:4321');
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	const region = await fill(page, '<b>Ada</b>', hostile, hostile);
	await expect(region).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toBe(0);
	expect(problems.consoleErrors).toEqual([]);
});

test('missing fields are listed and focus goes to the error summary', async ({ page }) => {
	await page.getByRole('button', { name: 'Valuta la risposta' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText("Compila il campo «Nome dell'autore»");
	await summary.getByRole('link').first().click();
	await expect(page.getByLabel("Nome dell'autore")).toBeFocused();
	await expectNoAxeViolations(page);
});

test('the whole flow works with the keyboard alone', async ({ page }) => {
	await page.getByLabel("Nome dell'autore").focus();
	await page.keyboard.type('Luca Bianchi');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Quando passa il camion della carta in via Roma?');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Commento offensivo')).toBeChecked();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Messaggio privato')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.type(
		'Ciao Luca, grazie della domanda! In via Roma la carta si raccoglie ogni martedì mattina: esponi il contenitore entro le 6.',
	);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Valuta la risposta' })).toBeFocused();
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { name: 'Valutazione' });
	await expect(heading).toBeFocused();
	await expect(page.locator('[data-criterion="name"]')).toHaveAttribute('data-status', 'met');
});

test('an insult back cannot pass: the verdict says so first, with the words, and caps the score', async ({ page }) => {
	const region = await fill(
		page,
		'gianni_74',
		'Il sindaco è un buffone. Quando riapre la piscina, pagliacci??',
		'Gianni, il pagliaccio sei tu. La piscina è chiusa per i lavori al riscaldamento e riapre lunedì 3 novembre.',
		true,
	);
	const gate = region.locator('[data-conduct="failed"]');
	await expect(gate).toContainText('Non pubblicabile');
	await expect(region.locator('[data-conduct="checked"]')).toHaveCount(0);
	await expect(gate).toContainText('La risposta offende, deride o rimprovera');
	await expect(gate.locator('mark')).toContainText(['il pagliaccio sei tu']);
	await expect(region).toContainText('Punteggio complessivo: 30%');
	// The three tips keep their own verdicts.
	await expect(tip(region, 'name')).toHaveAttribute('data-status', 'met');
	await expectNoAxeViolations(page);
});

test('a private message may ask for the data the office needs; the same words in public cannot pass', async ({
	page,
}) => {
	const comment = 'Ho pagato due volte la TARI, quando mi rimborsate?';
	const reply =
		'Ciao Luca, grazie! Mandaci il tuo codice fiscale e l’IBAN per il rimborso: lo disponiamo entro 30 giorni.';
	await page.getByLabel('Messaggio privato').check();
	await expect(page.getByLabel('La tua risposta')).toHaveAccessibleDescription(/Scrivi il messaggio privato/u);
	const region = await fill(page, 'Luca Neri', comment, reply);
	await expect(region.locator('[data-conduct="failed"]')).toHaveCount(0);
	// A pass is no promise: the learner is asked to reread for what the check cannot see.
	await expect(region.locator('[data-conduct="checked"]')).toContainText('Prima di inviare rileggi il messaggio');
	await page.getByLabel('Messaggio privato').uncheck();
	await page.getByRole('button', { name: 'Valuta la risposta' }).click();
	await expect(region.locator('[data-conduct="failed"]')).toContainText('chiede in pubblico dati personali');
	await expectNoAxeViolations(page);
});

test('personal data repeated in public cannot pass', async ({ page }) => {
	const region = await fill(
		page,
		'Luca Neri',
		'Ho pagato due volte la TARI, il mio IBAN è IT60X0542811101000000123456, quando mi rimborsate?',
		'Ciao Luca, grazie! Il rimborso arriva sull’IBAN IT60X0542811101000000123456 entro 30 giorni.',
	);
	const gate = region.locator('[data-conduct="failed"]');
	await expect(gate).toContainText('mostra in pubblico dati personali (IBAN)');
	await expect(gate.locator('mark')).toContainText(['IT60X0542811101000000123456']);
});
