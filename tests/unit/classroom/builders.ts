// Hand-made learner files for the hostile-input tests: a genuine export, changed, then (optionally) re-checksummed.
import type { FileLike } from '../../../src/classroom/importFile';
import { buildExport, exportChecksum, serialiseExport } from '../../../src/progress/exportFile';
import type { Profile, Progress } from '../../../src/progress/schema';
import { plan as testPlan } from '../progress/fixtures';

/** The test plan under the course id the files carry; module one also embeds the fixtures' exercise. */
export const plan = {
	...testPlan,
	course: { ...testPlan.course, id: 'social-customer-care-pa' },
	modules: testPlan.modules.map((m, i) =>
		i === 0
			? { ...m, exercises: [...m.exercises, { id: 'rifiuti-umido-festivo', title: 'Rifiuti', href: '/uno/a/' }] }
			: m,
	),
};
/** The course id every file here is made for. */
export const COURSE = plan.course.id;
/** The instructor's clock in these tests: a month after the files were made. */
export const NOW = new Date('2026-12-01T12:00:00.000Z');
/** A learner. */
export const MARIA: Profile = { nome: 'Maria', cognome: 'Rossi', ente: 'Comune di Valverde' };

/** One attempt with all three tips as given. */
const attempt = (at: string, name: boolean) => ({
	at,
	verdicts: { detailed: true, name, thanks: true },
	scores: { detailed: 1, name: name ? 1 : 0, thanks: 1 },
	score: name ? 1 : 0.67,
});

/** A small genuine record: one lesson finished, one exercise, one quiz. */
export function progressOf(profile: Profile, day = 2): Progress {
	const at = (h: number) => new Date(Date.UTC(2026, 10, day, h)).toISOString();
	return {
		schemaVersion: 2,
		courseId: COURSE,
		lessons: { 'uno/a': { openedAt: at(9), finishedAt: at(10) } },
		exercises: { 'es-a': { attempts: [attempt(at(10), true)], lastReply: '', revealedModel: false } },
		quizzes: { 'quiz-uno': { at: at(11), score: 0.8, best: 0.8, history: [{ at: at(11), score: 0.8 }] } },
		profile,
		updatedAt: at(11),
	};
}

/** A JSON-shaped export, as loose data a test may break anywhere. */
// `any` on purpose: a test must be able to put a wrong type anywhere.
export type Loose = Record<string, any>;

/**
 * A genuine export of `profile`, passed through `change`, then given a correct checksum again
 * (as a careless or hostile tool would) unless `resign` is false.
 */
export async function exportOf(
	profile: Profile = MARIA,
	change: (file: Loose) => void = () => {},
	options: { day?: number; resign?: boolean } = {},
): Promise<Loose> {
	const day = options.day ?? 2;
	const file = JSON.parse(
		serialiseExport(
			await buildExport(
				progressOf(profile, day),
				profile,
				{ id: COURSE, version: '1.0.0' },
				new Date(Date.UTC(2026, 10, day, 12)),
			),
		),
	) as Loose;
	const { checksum, ...body } = file;
	change(body);
	if (options.resign === false) return { ...body, checksum };
	return { ...body, checksum: { algorithm: 'SHA-256', value: await exportChecksum(body) } };
}

/** A file as the browser would hand it over: `size` counts UTF-8 bytes. */
export const fileOf = (name: string, text: string): FileLike => ({
	name,
	size: new TextEncoder().encode(text).length,
	text: () => Promise.resolve(text),
});
/** A file made of raw bytes, read as the browser's File.text() does (UTF-8, bad bytes become U+FFFD). */
export const bytesFile = (name: string, bytes: Uint8Array): FileLike => ({
	name,
	size: bytes.length,
	text: () => Promise.resolve(new TextDecoder().decode(bytes)),
});
/** An export as a file. */
export const jsonFile = (name: string, value: unknown): FileLike => fileOf(name, JSON.stringify(value, null, 2));
