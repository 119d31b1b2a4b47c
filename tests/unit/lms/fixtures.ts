import type { SuspendCatalogue } from '../../../src/lms/catalogue';
import type { Progress } from '../../../src/progress/schema';

/** A catalogue the size of the real course: 24 lessons, 36 exercises, 9 quizzes. */
export function courseSizedCatalogue(scale = 1): SuspendCatalogue {
	const ids = (prefix: string, n: number) =>
		Array.from({ length: n * scale }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
	return {
		courseId: 'social-customer-care-pa',
		lessons: ids('modulo/lezione', 24),
		exercises: ids('esercizio', 36),
		quizzes: ids('quiz', 9),
		passMarks: [0.6, 0.7],
	};
}

/** A share that varies with i and j, like real grader scores (thousandths and beyond). */
const share = (i: number, j: number) => ((i * 7919 + j * 104_729) % 10_007) / 10_007;
const verdict = (n: number) => [true, false, null][n % 3] ?? null;

/**
 * Everything in the catalogue done, with full histories (20 attempts and checks) spread over a
 * year, so time offsets are as long as they get: the worst realistic case for the suspend data.
 */
export function wholeCourse(catalogue: SuspendCatalogue, start = Date.parse('2026-01-05T08:00:00.000Z')): Progress {
	let tick = 0;
	const at = () => new Date(start + (tick += 9_973) * 1000 + 457).toISOString();
	const p: Progress = {
		schemaVersion: 2,
		courseId: catalogue.courseId,
		lessons: {},
		exercises: {},
		quizzes: {},
		updatedAt: '',
	};
	for (const id of catalogue.lessons) p.lessons[id] = { openedAt: at(), finishedAt: at() };
	catalogue.exercises.forEach((id, i) => {
		const attempts = Array.from({ length: 20 }, (_, j) => ({
			at: at(),
			verdicts: { detailed: verdict(i + j), name: verdict(i * 2 + j), thanks: verdict(j * 5) },
			scores: { detailed: share(i, j), name: share(j, i), thanks: share(i + 3, j) },
			score: share(i + 1, j + 1),
		}));
		p.exercises[id] = {
			attempts,
			lastReply: 'Una risposta lunga che non deve mai finire nei dati SCORM.',
			revealedModel: i % 3 === 0,
		};
	});
	catalogue.quizzes.forEach((id, i) => {
		const history = Array.from({ length: 20 }, (_, j) => ({ at: at(), score: share(i, j) }));
		const last = history.at(-1) ?? { at: at(), score: 0 };
		p.quizzes[id] = { at: last.at, score: last.score, best: Math.max(...history.map((h) => h.score)), history };
	});
	p.updatedAt = at();
	return p;
}
