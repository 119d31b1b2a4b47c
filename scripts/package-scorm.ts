// npm run package:scorm: builds the site for LMS players and zips it as a SCORM 1.2 and a SCORM 2004
// (4th edition) package. The unpacked site stays in build/scorm-site/ for the end-to-end tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { buildManifest } from '../src/lms/manifest';
import type { ScormVersion } from '../src/lms/discovery';

const BUILD = resolve('build');
const SITE = join(BUILD, 'scorm-site');
/** Zip names per edition. */
const PACKAGES: Record<ScormVersion, string> = {
	'1.2': 'palestra-social-pa-scorm12.zip',
	'2004': 'palestra-social-pa-scorm2004.zip',
};
/** A fixed date for every zip entry: the same sources give the same bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');
/** Already compressed: storing them saves time and nothing else. */
const STORED = /\.(woff2?|png|jpe?g|webp|gz|zip)$/iu;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(full) : [relative(SITE, full).split('\\').join('/')];
	});
}

/** Anything a page would fetch from another origin: a package must work offline, inside any LMS. */
function externalFetches(files: string[]): string[] {
	const pattern =
		/(?:\ssrc=["']?(?:https?:)?\/\/|<link[^>]+rel=["']?(?:stylesheet|preload|modulepreload|icon)[^>]+href=["']?(?:https?:)?\/\/|url\(["']?(?:https?:)?\/\/|@import\s+["']?(?:https?:)?\/\/)/iu;
	return files.filter((f) => /\.(html|css)$/u.test(f) && pattern.test(readFileSync(join(SITE, f), 'utf8')));
}

function build(): void {
	rmSync(SITE, { recursive: true, force: true });
	mkdirSync(BUILD, { recursive: true });
	// PALESTRA_SCORM=1 adds the LMS adapter to every page; PALESTRA_EXPLICIT_INDEX=1 makes folder links
	// point at index.html, which LMS players serve as plain files.
	execFileSync('npx', ['astro', 'build', '--outDir', SITE], {
		stdio: 'inherit',
		env: { ...process.env, PALESTRA_SCORM: '1', PALESTRA_EXPLICIT_INDEX: '1', ASTRO_TELEMETRY_DISABLED: '1' },
	});
}

function main(): void {
	build();
	const course = parse(readFileSync('content/course.yaml', 'utf8')) as {
		id: string;
		version: string;
		title: string;
		description: string;
	};
	const files = filesUnder(SITE).sort();
	const fetches = externalFetches(files);
	if (fetches.length > 0) throw new Error(`Risorse esterne in: ${fetches.join(', ')}`);
	if (!files.includes('index.html')) throw new Error('build/scorm-site/index.html manca');
	const contents: Zippable = {};
	for (const file of files) {
		contents[file] = [readFileSync(join(SITE, file)), { level: STORED.test(file) ? 0 : 9, mtime: MTIME }];
	}
	for (const version of ['1.2', '2004'] as const) {
		const manifest = buildManifest({
			version,
			courseId: course.id,
			courseVersion: course.version,
			title: course.title,
			description: course.description.trim(),
			launch: 'index.html',
			files,
		});
		const zip = zipSync({
			...contents,
			'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 9, mtime: MTIME }],
		});
		const out = join(BUILD, PACKAGES[version]);
		writeFileSync(out, zip);
		console.log(
			`SCORM ${version}: ${relative(process.cwd(), out)} (${files.length + 1} file, ${(statSync(out).size / 1024).toFixed(0)} KB)`,
		);
	}
}

main();
