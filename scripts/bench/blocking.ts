// A Lighthouse-comparable proxy for Total Blocking Time, for `npm run bench`: each page is opened in
// Chromium as on a first visit (empty storage), with the CPU slowed four times as Lighthouse's mobile
// profile does, and the long tasks the page runs until it is quiet are summed as Lighthouse sums
// them (each task's time beyond 50 ms, from the first contentful paint on). Lighthouse *simulates*
// the slow-down from an unthrottled trace; this *applies* it, which gives larger figures: compare
// pages with each other and with earlier runs, not with Lighthouse's number. Needs the build in
// dist/ and the Chromium the tests use (scripts/ensure-chromium.mjs).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from '@playwright/test';

/** Lighthouse's mobile CPU slow-down. */
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input (Lighthouse's definition). */
const LONG_TASK_MS = 50;
/** Time left to the page after `load`, for islands that mount when idle or visible. */
const SETTLE_MS = 2500;
/** Runs per page: the median is reported. */
const RUNS = 3;

/** One page's figure: the median blocking time and longest task after the first contentful paint, in ms. */
export interface Blocking {
	blockingMs: number;
	longestMs: number;
}

/** Collects long tasks and the first contentful paint from the very start of the page. */
const OBSERVE = `
	window.__blocking = { tasks: [], fcp: undefined };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__blocking.tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__blocking.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
`;

async function once(browser: Browser, url: string): Promise<Blocking> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.addInitScript(OBSERVE);
		await page.goto(url, { waitUntil: 'load' });
		await sleep(SETTLE_MS);
		const { tasks, fcp } = await page.evaluate(
			() => (window as unknown as { __blocking: { tasks: [number, number][]; fcp?: number } }).__blocking,
		);
		const after = tasks.filter(([start]) => fcp === undefined || start >= fcp);
		return {
			blockingMs: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - LONG_TASK_MS), 0),
			longestMs: Math.max(0, ...after.map(([, duration]) => duration)),
		};
	} finally {
		await context.close();
	}
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Blocking time of each page (`path` as under the site root, query included), served from `dist`
 * on `port`. Returns nothing when Chromium is not installed.
 */
export async function measureBlocking(
	dist: string,
	paths: readonly string[],
	port = 4391,
): Promise<Map<string, Blocking> | undefined> {
	const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
	const server = spawn(process.execPath, ['scripts/static-server.mjs', dist, String(port), '/'], { stdio: 'ignore' });
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
		await sleep(300); // the server's first listen
		const out = new Map<string, Blocking>();
		for (const path of paths) {
			const runs: Blocking[] = [];
			for (let r = 0; r < RUNS; r++) runs.push(await once(browser, `http://127.0.0.1:${port}${path}`));
			out.set(path, {
				blockingMs: median(runs.map((x) => x.blockingMs)),
				longestMs: median(runs.map((x) => x.longestMs)),
			});
		}
		return out;
	} catch (error) {
		console.warn(`Blocking time not measured: ${error instanceof Error ? error.message : String(error)}`);
		return undefined;
	} finally {
		await browser?.close();
		server.kill();
	}
}
