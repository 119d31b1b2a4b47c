// The SCORM packages in a real SCORM runtime: scorm-again on a same-origin parent page acts as the LMS
// (tests/fixtures/lms/). Needs `npm run package:scorm` first (build/scorm-site/ and the two zips).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { LMS_PORT } from '../../playwright.config';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lms/codec';
import { evaluateCompletion } from '../../src/progress/completion';
import { finishLessonAndExercise, lessonWithExercise } from '../fixtures/learners/e2e';
import {
	courseFrame,
	lmsEvents,
	readCmi,
	relaunchData,
	SCORM_SITE,
	siteConfig,
	wholeCourse,
	type Edition,
} from '../fixtures/lms/helpers';
import { watchPage } from './support';

const LMS = `http://127.0.0.1:${LMS_PORT}`;
const COURSE = `${LMS}/corsi/palestra-social-pa/`;
const STORAGE_KEY = 'palestra-social-pa';

test.beforeAll(() => {
	if (!existsSync(join(SCORM_SITE, 'index.html')))
		throw new Error('Manca build/scorm-site/: esegui prima npm run package:scorm');
});

/** Opens the test LMS for an edition (optionally with cmi data from a previous launch) and waits for the course to initialise. */
async function launch(page: Page, edition: Edition, preload?: Record<string, unknown>): Promise<void> {
	if (preload) {
		await page.addInitScript((data) => {
			if (location.pathname.startsWith('/lms/')) (window as unknown as { LMS_PRELOAD: unknown }).LMS_PRELOAD = data;
		}, preload);
	}
	await page.goto(`${LMS}/lms/index.html?v=${edition}`);
	await expect.poll(async () => (await lmsEvents(page)).map((e) => e.kind)).toContain('initialize');
}

/** The last cmi values the course committed or finished with. */
async function lastReport(page: Page, edition: Edition) {
	const events = (await lmsEvents(page)).filter((e) => e.kind !== 'initialize');
	const last = events.at(-1);
	return last ? { kind: last.kind, ...readCmi(edition, last.cmi) } : undefined;
}

for (const edition of ['1.2', '2004'] as const) {
	test(`SCORM ${edition}: one session across pages reports a lesson and an exercise, and a relaunch restores them`, async ({
		page,
		browser,
	}) => {
		const problems = watchPage(page, LMS);
		const config = siteConfig();
		const lesson = lessonWithExercise(SCORM_SITE);
		await launch(page, edition);
		expect(courseFrame(page).url()).toBe(`${COURSE}index.html`);

		// A link click, then a navigation started by script: both keep the session open.
		await courseFrame(page).locator('a.start').click();
		await expect.poll(() => courseFrame(page).url()).not.toBe(`${COURSE}index.html`);
		await courseFrame(page).evaluate((href) => location.assign(href), `${COURSE}${lesson.slice(1)}index.html`);
		await expect.poll(() => courseFrame(page).url()).toBe(`${COURSE}${lesson.slice(1)}index.html`);
		await finishLessonAndExercise(courseFrame(page));

		await expect.poll(async () => (await lastReport(page, edition))?.suspendData.length ?? 0).toBeGreaterThan(0);
		let report = await lastReport(page, edition);
		expect(report?.status).toBe(edition === '1.2' ? 'incomplete' : 'incomplete/unknown');
		expect(report?.location).toBe(lesson);
		const decoded = decodeSuspendData(report?.suspendData, config.catalogue);
		if (!decoded.ok) throw new Error(decoded.reason);
		expect(Object.values(decoded.progress.lessons).filter((l) => l.finishedAt).length).toBe(1);
		expect(Object.values(decoded.progress.exercises).filter((e) => e.attempts.length > 0).length).toBe(1);

		// The next lesson by its link: the page joins the session instead of opening another.
		await courseFrame(page).locator('a[rel="next"]').click();
		await expect.poll(() => courseFrame(page).url()).not.toContain(lesson);
		await expect(courseFrame(page).locator('lesson-tracker [data-state="todo"]')).toBeVisible();
		// Leaving the LMS page unloads the course: the session is finished, suspended for next time.
		await page.evaluate(() => document.getElementById('sco')?.remove());
		await expect.poll(async () => (await lastReport(page, edition))?.kind).toBe('finish');
		const kinds = (await lmsEvents(page)).map((e) => e.kind);
		expect(kinds.filter((k) => k === 'initialize')).toHaveLength(1);
		expect(kinds.filter((k) => k === 'finish')).toHaveLength(1);
		report = await lastReport(page, edition);
		expect(report?.exit).toBe('suspend');
		expect(report?.sessionTime).toMatch(
			edition === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/u : /^PT(\d+H)?(\d+M)?([\d.]+S)?$/u,
		);
		expect(problems.failed).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);

		// Relaunch in a fresh browser (empty localStorage): the LMS's data brings the learner back.
		const context = await browser.newContext();
		const again = await context.newPage();
		await launch(again, edition, relaunchData(edition, report?.suspendData ?? '', report?.location ?? ''));
		// Back to the bookmark: the last lesson shown, the one after the finished lesson.
		expect(report?.location).not.toBe(lesson);
		await expect.poll(() => courseFrame(again).url()).toBe(`${COURSE}${report?.location.slice(1)}index.html`);
		await expect(courseFrame(again).locator('lesson-tracker [data-state="todo"]')).toBeVisible();
		await courseFrame(again).evaluate((href) => location.assign(href), `${COURSE}progressi/index.html`);
		const lessons = courseFrame(again)
			.getByText(/^Lezioni completate: 1 su \d+$/u)
			.first();
		await expect(lessons).toBeVisible();
		await expect(courseFrame(again).getByText(/^Esercizi svolti almeno una volta: 1 su \d+$/u)).toBeVisible();
		await context.close();
	});
}

test('the whole course done: passed, scored, and the suspend data fits SCORM 1.2', async ({ page, browser }) => {
	const config = siteConfig();
	const record = wholeCourse(config);
	const expected = evaluateCompletion(record, config.plan);
	expect(expected.complete).toBe(true);
	await page.goto(`${LMS}/lms/`);
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		STORAGE_KEY,
		JSON.stringify(record),
	] as const);
	for (const edition of ['1.2', '2004'] as const) {
		await launch(page, edition);
		await expect
			.poll(async () => (await lastReport(page, edition))?.status)
			.toBe(edition === '1.2' ? 'passed' : 'completed/passed');
		const report = await lastReport(page, edition);
		expect(Number(report?.raw)).toBeCloseTo(expected.final.score * 100, 0);
		expect(report?.suspendData.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(report?.suspendData).toBe(encodeSuspendData(record, config.catalogue));
		console.log(`suspend data, corso completo (SCORM ${edition}): ${report?.suspendData.length} caratteri`);
	}

	// Relaunched in a fresh browser from that suspend data alone, the course is complete there too.
	const context = await browser.newContext();
	const again = await context.newPage();
	await launch(again, '1.2', relaunchData('1.2', encodeSuspendData(record, config.catalogue) ?? '', ''));
	await courseFrame(again).evaluate((href) => location.assign(href), `${COURSE}progressi/index.html`);
	const total = config.catalogue.lessons.length;
	await expect(courseFrame(again).getByText(`Lezioni completate: ${total} su ${total}`).first()).toBeVisible();
	await expect.poll(async () => (await lastReport(again, '1.2'))?.status).toBe('passed');
	await context.close();
});

test('outside an LMS the SCORM site works as before; the site itself ships no LMS code', async ({ page }) => {
	const problems = watchPage(page, LMS);
	await page.goto(`${COURSE}${lessonWithExercise(SCORM_SITE).slice(1)}index.html`);
	await finishLessonAndExercise(page.mainFrame());
	expect(problems.consoleErrors).toEqual([]);

	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
		);
	const lmsCode = /LMSInitialize|API_1484_11|palestra-lms/u;
	expect(files('dist').filter((f) => lmsCode.test(readFileSync(f, 'utf8')))).toEqual([]);
	expect(
		files(SCORM_SITE).filter((f) => /\.(html|js)$/u.test(f) && lmsCode.test(readFileSync(f, 'utf8'))).length,
	).toBeGreaterThan(0);

	for (const name of ['palestra-social-pa-scorm12.zip', 'palestra-social-pa-scorm2004.zip']) {
		const zip = unzipSync(readFileSync(join('build', name)));
		const manifest = strFromU8(zip['imsmanifest.xml'] ?? new Uint8Array());
		expect(manifest).toContain(
			name.includes('2004') ? '<schemaversion>2004 4th Edition</schemaversion>' : '<schemaversion>1.2</schemaversion>',
		);
		expect(Object.keys(zip)).toContain('index.html');
		// scorm-again is the LMS's runtime, for tests only: never inside a course package.
		expect(Object.entries(zip).filter(([, bytes]) => strFromU8(bytes, true).includes('Scorm12API'))).toEqual([]);
	}
});
