// Class report figures for `npm run bench`: time to load 500 learner files (read, JSON, checksum,
// migration, schema, dedupe, per-learner rows with verification codes, class figures, HR CSV).
// The plan has the size of the real course (8 modules, 24 lessons, 36 exercises, 9 quizzes).
import { classStats, filterRows, ALL_CLASSES } from '../src/classroom/aggregate';
import { hrCsv } from '../src/classroom/hrCsv';
import type { FileLike } from '../src/classroom/importFile';
import { addFiles, emptyRegister } from '../src/classroom/register';
import { buildExport, serialiseExport } from '../src/progress/exportFile';
import type { CoursePlan } from '../src/course/plan';
import type { Progress } from '../src/progress/schema';

const LEARNERS = 500;
const TARGET_MS = 2000;

function samplePlan(): CoursePlan {
	const modules = Array.from({ length: 8 }, (_, m) => ({
		id: `modulo-${m + 1}`,
		order: m + 1,
		title: `Modulo ${m + 1}`,
		lessons: Array.from({ length: 3 }, (_, l) => ({
			id: `modulo-${m + 1}/lezione-${l + 1}`,
			title: `Lezione ${l + 1}`,
			minutes: 20,
			href: `/m${m}/l${l}/`,
		})),
		exercises: Array.from({ length: 4 }, (_, e) => ({
			id: `es-${m + 1}-${e + 1}`,
			title: `Esercizio ${e + 1}`,
			href: `/m${m}/`,
		})),
		quizzes: [{ id: `quiz-${m + 1}`, title: `Quiz ${m + 1}`, href: `/m${m}/` }],
	}));
	const final = Array.from({ length: 5 }, (_, e) => ({
		id: `finale-${e + 1}`,
		title: `Finale ${e + 1}`,
		href: '/verifica-finale/',
	}));
	return {
		course: {
			id: 'social-customer-care-pa',
			version: '1.0.0',
			title: 'Corso',
			competenceArea: 'Area',
			publisher: 'Ente',
		},
		rules: { allLessons: true, allExercises: true, finalAssessmentPassed: true },
		passMarks: { finalAssessment: 0.7, quiz: 0.6 },
		modules,
		final: {
			href: '/verifica-finale/',
			quiz: { id: 'verifica-finale', title: 'Quiz finale', href: '/verifica-finale/' },
			exercises: final,
		},
		totalMinutes: 480,
	};
}

/** A learner who did a share of the course, with three attempts per exercise. */
function learnerProgress(plan: CoursePlan, i: number): Progress {
	const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 8) + (i * 97 + n) * 60_000).toISOString();
	const share = (i % 10) / 9;
	const lessons = plan.modules.flatMap((m) => m.lessons);
	const exercises = [...plan.modules.flatMap((m) => m.exercises), ...plan.final.exercises];
	const attempt = (n: number) => ({
		at: at(n),
		verdicts: { detailed: n % 2 === 0, name: n % 3 !== 0, thanks: n % 5 === 0 ? null : true },
		scores: { detailed: n % 2 === 0 ? 1 : 0, name: n % 3 !== 0 ? 1 : 0, thanks: n % 5 === 0 ? 0 : 1 },
		score: ((n * 37) % 100) / 100,
	});
	return {
		schemaVersion: 2,
		courseId: plan.course.id,
		lessons: Object.fromEntries(
			lessons
				.slice(0, Math.round(share * lessons.length))
				.map((l, n) => [l.id, { openedAt: at(n), finishedAt: at(n + 1) }]),
		),
		exercises: Object.fromEntries(
			exercises
				.slice(0, Math.round(share * exercises.length))
				.map((e, n) => [
					e.id,
					{ attempts: [attempt(n), attempt(n + 1), attempt(n + 2)], lastReply: '', revealedModel: false },
				]),
		),
		quizzes:
			share > 0.5
				? { 'verifica-finale': { at: at(900), score: share, best: share, history: [{ at: at(900), score: share }] } }
				: {},
		updatedAt: at(999),
	};
}

/** Benchmarks the class report on LEARNERS generated files. */
export async function benchClassroom(): Promise<Array<{ label: string; value: string }>> {
	const plan = samplePlan();
	const files: FileLike[] = [];
	for (let i = 0; i < LEARNERS; i++) {
		const profile = { nome: `Nome${i}`, cognome: `Cognome${i}`, ente: `Comune ${i % 40}`, classe: `PA-${i % 5}` };
		const text = serialiseExport(
			await buildExport(learnerProgress(plan, i), profile, plan.course, new Date(Date.UTC(2026, 10, 20))),
		);
		files.push({ name: `risultati-${i}.json`, size: text.length, text: () => Promise.resolve(text) });
	}
	const bytes = files.reduce((sum, f) => sum + f.size, 0);
	const start = performance.now();
	const { register, summary } = await addFiles(emptyRegister(), files, plan);
	const loaded = performance.now();
	const rows = filterRows(register.rows, ALL_CLASSES);
	classStats(rows);
	const csv = hrCsv(rows, plan);
	const end = performance.now();
	if (summary.loaded !== LEARNERS) throw new Error(`caricati ${summary.loaded} file su ${LEARNERS}`);
	return [
		{ label: `${LEARNERS} learner files`, value: `${(bytes / 1024 / 1024).toFixed(1)} MB` },
		{ label: 'import + validate + dedupe + rows', value: `${(loaded - start).toFixed(0)} ms` },
		{
			label: 'class figures + HR CSV',
			value: `${(end - loaded).toFixed(0)} ms (${(csv.length / 1024).toFixed(0)} KB)`,
		},
		{ label: `total (target < ${TARGET_MS} ms)`, value: `${(end - start).toFixed(0)} ms` },
	];
}
