// "Turno al Comune" in the browser: one shift played by keyboard only with a branch taken, axe in
// every state; the paused clock stays paused; a reload resumes the shift. The shift is read from
// the course's own files, so the test follows the content.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { needsReply, shiftSchema, type Decision, type ShiftComment, type ShiftData } from '../../src/schemas/shift';
import { judgeDecisions } from '../../src/shift/decisions';
import { expectNoAxeViolations } from './support';

const LABELS: Record<Decision, string> = {
	'reply-public': 'Rispondi in pubblico',
	'move-private': 'Sposta in privato',
	hide: 'Nascondi',
	delete: 'Elimina',
	'report-block': 'Segnala o blocca',
	forward: 'Inoltra a un ufficio',
	'no-reply': 'Non rispondere',
};

const shifts = readdirSync('exercises/shifts')
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.sort()
	.map((f) => ({
		id: f.replace(/\.yaml$/u, ''),
		data: shiftSchema.parse(parse(readFileSync(`exercises/shifts/${f}`, 'utf8'))),
	}));

/** The first shift with a branch opened by a poor handling (else any branch), and the branching comment. */
function shiftWithBranch(): { id: string; data: ShiftData; branch: ShiftComment } {
	const poor = (c: ShiftComment) => c.showIf?.when === 'poor-reply' || c.showIf?.when === 'decided-wrong';
	for (const pick of [poor, (c: ShiftComment) => c.showIf !== undefined]) {
		for (const s of shifts) {
			const branch = s.data.comments.find(pick);
			if (branch) return { ...s, branch };
		}
	}
	throw new Error('nessun turno con un ramo (showIf)');
}

/** Presses Tab until `target` has focus: the test never clicks. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`non raggiungibile con Tab: ${target.toString()}`);
}

/** A set of decisions that is not right for the comment. */
const wrongSet = (c: ShiftComment): Decision[] =>
	([['no-reply'], ['delete'], ['hide'], ['report-block']] as Decision[][]).find(
		(set) => !judgeDecisions(set, c.decisions).right,
	) ?? ['forward'];

const saved = (page: Page, id: string) =>
	page.evaluate(
		(key) =>
			JSON.parse(localStorage.getItem(key) ?? 'null') as {
				elapsedMs: number;
				paused: boolean;
				handled: unknown[];
			} | null,
		`palestra-social-pa:turno:${id}`,
	);

test('a shift played by keyboard only, with a branch taken, ends in a debrief that shows both paths; axe in every state', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const { id, data, branch } = shiftWithBranch();
	const trigger = branch.showIf!;
	await page.goto(`/turno/${id}/`);
	const start = page.getByRole('button', { name: 'Inizia il turno' });
	await expect(start).toBeVisible();
	await tabTo(page, page.getByLabel('Gioca senza limite di tempo'));
	await page.keyboard.press('Space');
	await tabTo(page, start);
	await page.keyboard.press('Enter');

	const queueHeading = page.getByRole('heading', { name: 'Commenti in attesa' });
	let checkedStates = false;
	for (let guard = 0; guard < 20; guard++) {
		if (await page.getByRole('heading', { name: 'Resoconto del turno' }).isVisible()) break;
		await expect(queueHeading).toBeVisible();
		if (guard === 0) await expectNoAxeViolations(page); // queue
		const item = page.locator('[data-comment]').first();
		const itemId = await item.getAttribute('data-comment');
		const comment = data.comments.find((c) => c.id === itemId);
		expect(comment).toBeDefined();
		if (!comment) return;
		await tabTo(page, item.getByRole('button'));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: `Commento di ${comment.author}` })).toBeFocused();

		const takeBranch = comment.id === trigger.after;
		const decisions = takeBranch && trigger.when === 'decided-wrong' ? wrongSet(comment) : comment.decisions.right;
		const reply =
			takeBranch && trigger.when === 'poor-reply' ? 'Ok.' : (comment.modelAnswer ?? 'Grazie del messaggio.');
		for (const d of decisions) {
			await tabTo(page, page.getByRole('checkbox', { name: LABELS[d], exact: true }));
			await page.keyboard.press('Space');
		}
		if (needsReply(decisions)) {
			const box = page.getByRole('textbox');
			await tabTo(page, box);
			await page.keyboard.insertText(reply);
			if (!checkedStates) await expectNoAxeViolations(page); // decision + reply
		} else if (!checkedStates) await expectNoAxeViolations(page); // decision
		await tabTo(page, page.getByRole('button', { name: 'Conferma e valuta' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: `Com’è andata con ${comment.author}` })).toBeFocused();
		if (!checkedStates && needsReply(decisions)) {
			await expectNoAxeViolations(page); // graded reply
			checkedStates = true;
		}
		await page.keyboard.press('Tab');
		const next = page.getByRole('button', { name: /Torna alla coda|Vedi il resoconto del turno/u });
		await tabTo(page, next);
		await page.keyboard.press('Enter');
	}
	const debrief = page.getByRole('heading', { name: 'Resoconto del turno' });
	await expect(debrief).toBeFocused();
	await expect(page.locator(`article[data-comment="${branch.id}"]`), 'the branch was taken').toBeVisible();
	await expect(page.locator('[data-better-path]')).toBeVisible();
	await expectNoAxeViolations(page); // debrief

	await page.goto('/progressi/');
	await expect(page.locator(`[data-shift="${id}"]`)).toContainText(data.title);
});

test('the paused clock stays paused, and a reload resumes the shift where it was', async ({ page }) => {
	const { id, data } = shifts[0]!;
	await page.goto(`/turno/${id}/`);
	await page.getByRole('button', { name: 'Inizia il turno' }).click();
	const first = page.locator('[data-comment]').first();
	const firstId = await first.getAttribute('data-comment');
	const comment = data.comments.find((c) => c.id === firstId)!;
	await first.getByRole('button').click();
	await page.getByRole('checkbox', { name: 'Non rispondere', exact: true }).check();
	await page.getByRole('button', { name: 'Conferma e valuta' }).click();
	await page.getByRole('button', { name: 'Torna alla coda' }).click();

	await expect.poll(async () => (await saved(page, id))?.elapsedMs ?? 0, { timeout: 5_000 }).toBeGreaterThan(1_000);
	await page.getByRole('button', { name: 'Metti in pausa' }).click();
	await expect(page.getByRole('button', { name: 'Riprendi' })).toBeVisible();
	const clock = await page.locator('[data-clock]').textContent();
	const pausedAt = (await saved(page, id))?.elapsedMs;
	await page.waitForTimeout(2_500);
	expect((await saved(page, id))?.elapsedMs).toBe(pausedAt);
	await expect(page.locator('[data-clock]')).toHaveText(clock ?? '');

	await page.reload();
	await expect(page.getByRole('button', { name: 'Riprendi' }), 'still paused after a reload').toBeVisible();
	await expect(page.locator('[data-clock]')).toHaveText(clock ?? '');
	await expect(page.getByText('Hai gestito 1 commento.')).toBeVisible();
	await expect(page.locator(`[data-comment="${comment.id}"]`)).toHaveCount(0);
	await page.waitForTimeout(1_500);
	expect((await saved(page, id))?.elapsedMs).toBe(pausedAt);
	expect((await saved(page, id))?.paused).toBe(true);
});
