import { defineConfig } from '@playwright/test';

/** Debian's Chromium (see scripts/ensure-chromium.mjs); CHROMIUM_PATH overrides it. */
const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** First of the three ports the tests serve on; E2E_PORT_BASE moves them (two runs on one machine). */
const PORT_BASE = Number(process.env['E2E_PORT_BASE'] ?? 4321);
/** Port of the site served at the root, and of the same build served under a sub-path. */
export const ROOT_PORT = PORT_BASE;
export const SUBPATH_PORT = PORT_BASE + 1;
export const SUBPATH_PREFIX = '/formazione/corso-social/';
/** Port of the test LMS: scorm-again's player page and the unpacked SCORM build (npm run package:scorm). */
export const LMS_PORT = PORT_BASE + 2;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env['CI'] ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${ROOT_PORT}`,
		browserName: 'chromium',
		locale: 'it-IT',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	// The tests run against the production build (npm run test:e2e builds first).
	webServer: [
		{
			command: `node scripts/static-server.mjs dist ${ROOT_PORT} /`,
			port: ROOT_PORT,
			reuseExistingServer: false,
		},
		{
			command: `node scripts/static-server.mjs dist ${SUBPATH_PORT} ${SUBPATH_PREFIX}`,
			port: SUBPATH_PORT,
			reuseExistingServer: false,
		},
		{
			command: `node tests/fixtures/lms/server.mjs ${LMS_PORT}`,
			port: LMS_PORT,
			reuseExistingServer: false,
		},
	],
});
