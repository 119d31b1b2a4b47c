// npm run bench: build time, page weight per page type, and the figures each feature adds.
// Targets are printed next to the figures; nothing here fails a test (speed is not a timed test).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureBlocking } from './bench/blocking';
import { measurePage, type Weight } from './bench/pageWeight';
import { graderChunkKb } from './bench-grader';

const DIST = 'dist';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** A stock Starlight docs page, gzip KB, as measured on this machine kind: the reference to stay under. */
const STARLIGHT = { total: 57, js: 32 } as const;
/** The aim for all the JS of a lesson with one exercise, grader included (gzip KB). */
const LESSON_JS_AIM = 30;
const w = (x: Weight) => `${kb(x.raw)} / ${kb(x.gzip)}`;

function buildSeconds(): number {
	const start = performance.now();
	execSync('npx astro build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return (performance.now() - start) / 1000;
}

function pagesIn(dir: string, prefix = ''): string[] {
	const out: string[] = [];
	for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
		const rel = prefix ? `${prefix}/${e.name}` : e.name;
		if (e.isDirectory()) out.push(...pagesIn(dir, rel));
		else if (e.name === 'index.html') out.push(rel);
	}
	return out;
}

/** Page types that are one page each. */
const FIXED_PAGES: ReadonlyArray<[string, string]> = [
	['glossary', 'glossario/index.html'],
	['free practice', 'palestra/index.html'],
	['class report', 'docente/registro/index.html'],
	['workshop (instructor)', 'docente/crea/index.html'],
	['shared exercise (learner)', 'esercizio/index.html'],
	['final assessment', 'verifica-finale/index.html'],
	['progress', 'progressi/index.html'],
	['certificate', 'attestato/index.html'],
	['search results', 'cerca/index.html'],
];

/** One representative page per type, found in the build. */
function pageTypes(): Array<[string, string]> {
	const pages = pagesIn(DIST);
	const html = (p: string) => readFileSync(join(DIST, p), 'utf8');
	const lessons = pages.filter(
		(p) => p.split('/').length === 3 && !/^(casi|docente|turno|cerca|progressi|attestato|palestra)\//u.test(p),
	);
	const pick = (label: string, p: string | undefined): Array<[string, string]> => (p ? [[label, p]] : []);
	return [
		...pick('home', 'index.html'),
		...pick(
			'module',
			pages.find((p) => p.split('/').length === 2 && lessons.some((l) => l.startsWith(p.split('/')[0]! + '/'))),
		),
		...pick(
			'lesson, no exercise',
			lessons.find((p) => !html(p).includes('<astro-island')),
		),
		...pick(
			'lesson, one exercise',
			lessons.find((p) => (html(p).match(/data-exercise=/gu) ?? []).length === 1),
		),
		...pick(
			'case study',
			pages.find((p) => p.startsWith('casi/') && p !== 'casi/index.html'),
		),
		...pick(
			'shift simulator',
			pages.find((p) => p.startsWith('turno/') && p !== 'turno/index.html'),
		),
		...FIXED_PAGES.flatMap(([label, page]) => pick(label, pages.includes(page) ? page : undefined)),
	];
}

async function optional(file: string, fn: string): Promise<Array<{ label: string; value: string }>> {
	if (!existsSync(file)) return [];
	const mod = (await import(`./${file.replace(/^scripts\//u, '')}`)) as Record<
		string,
		() => Array<{ label: string; value: string }> | Promise<Array<{ label: string; value: string }>>
	>;
	return (await mod[fn]?.()) ?? [];
}

const seconds = buildSeconds();
console.log(`\nBuild: ${seconds.toFixed(1)} s, ${pagesIn(DIST).length} pages\n`);
console.log('Page weight (raw / gzip): HTML, CSS and JS loaded up front, then JS loaded on first use (the grader');
console.log('on the first grading, search on the first focus of the box). Targets: no JS beyond the search opener');
console.log(
	`on pages without exercises; every page type at most ${STARLIGHT.total} KB gzip up front, the weight of a stock`,
);
console.log(`Starlight docs page (${STARLIGHT.js} KB of it JS), measured with the same method on this machine kind.`);
console.log(
	`Aim for a lesson with one exercise: at most ${LESSON_JS_AIM} KB of JS gzip, grader and search included (column`,
);
const graderKb = graderChunkKb();
console.log(
	`'all JS, gzip'). Not met: the Svelte runtime alone is about 19 KB and the grader ${graderKb === undefined ? 'was not found in the build' : `${graderKb.toFixed(0)} KB`}, its stemmer apart.\n`,
);
const types = pageTypes();
/** The URL each page type is opened at for the blocking time: the search page with a query. */
const urlOf = (page: string) =>
	`/${page.replace(/index\.html$/u, '')}${page.startsWith('cerca/') ? '?q=ringraziare' : ''}`;
const blocking = await measureBlocking(
	DIST,
	types.map(([, page]) => urlOf(page)),
);
const rows = types.map(([label, page]) => {
	const m = measurePage(DIST, join(DIST, page));
	const upFront = (m.html.gzip + m.css.gzip + m.js.gzip) / 1024;
	const verdict = upFront <= STARLIGHT.total ? 'ok' : 'OVER';
	const b = blocking?.get(urlOf(page));
	return {
		'page type': label,
		page: urlOf(page),
		HTML: w(m.html),
		CSS: w(m.css),
		JS: w(m.js),
		'up front, gzip': `${upFront.toFixed(1)} KB ${verdict}`,
		'JS on first use': w(m.lazyJs),
		'all JS, gzip': kb(m.js.gzip + m.lazyJs.gzip),
		'blocking, CPU ×4': b ? `${Math.round(b.blockingMs)} ms (longest task ${Math.round(b.longestMs)})` : 'not measured',
	};
});
console.table(rows);
console.log(
	"'blocking, CPU ×4': a first visit with the CPU slowed 4× (Lighthouse's mobile profile), long tasks summed as Lighthouse's",
);
console.log(
	'Total Blocking Time sums them (time beyond 50 ms each), median of 3 runs. Applied, not simulated as Lighthouse does: larger',
);
console.log('figures, to compare pages and runs with each other. Aim: Lighthouse mobile 100 on every page.\n');

for (const [file, fn, title] of [
	['scripts/bench-grader.ts', 'benchGrader', 'Grader'],
	['scripts/bench-search.ts', 'benchSearch', 'Search'],
	['scripts/bench-classroom.ts', 'benchClassroom', 'Class report'],
	['scripts/bench-workshop.ts', 'benchWorkshop', 'Workshop links'],
] as const) {
	const figures = await optional(file, fn);
	if (figures.length > 0) {
		console.log(`\n${title}`);
		console.table(Object.fromEntries(figures.map((f) => [f.label, f.value])));
	}
}
