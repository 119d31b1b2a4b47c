import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueFingerprint } from '../../../src/lms/catalogue';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/lms/codec';
import { bestScore, evaluateCompletion } from '../../../src/progress/completion';
import { progressSchema, type Progress } from '../../../src/progress/schema';
import { plan } from '../progress/fixtures';
import { courseSizedCatalogue, wholeCourse } from './fixtures';

const catalogue = courseSizedCatalogue();

/** Decodes or fails the test with the reason. */
function decode(text: string | undefined, c = catalogue): Progress {
	const read = decodeSuspendData(text, c);
	if (!read.ok) throw new Error(read.reason);
	return read.progress;
}

const floorSecond = (iso: string | undefined) =>
	iso === undefined ? undefined : new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();

describe('suspend data with the whole course done', () => {
	const full = wholeCourse(catalogue);
	const text = encodeSuspendData(full, catalogue);

	it('fits SCORM 1.2’s 4,096 characters, in characters every LMS keeps', () => {
		expect(text).toBeDefined();
		expect(text?.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(text).toMatch(/^[0-9a-z~,.!]+$/u);
		console.info(`suspend data, corso completo: ${text?.length} caratteri`);
	});

	it('decodes to a valid record with the same completion, best scores and key dates', () => {
		const back = decode(text);
		expect(progressSchema.safeParse(back).success).toBe(true);
		for (const [id, lesson] of Object.entries(full.lessons)) {
			expect(back.lessons[id]).toEqual({
				openedAt: floorSecond(lesson.openedAt),
				finishedAt: floorSecond(lesson.finishedAt),
			});
		}
		for (const [id, exercise] of Object.entries(full.exercises)) {
			const restored = back.exercises[id];
			expect(bestScore(restored)).toBeCloseTo(bestScore(exercise) ?? -1, 2);
			expect(bestScore(restored)).toBeLessThanOrEqual(bestScore(exercise) ?? -1);
			expect(restored?.attempts[0]?.at).toBe(floorSecond(exercise.attempts[0]?.at));
			expect(restored?.attempts.at(-1)?.verdicts).toEqual(exercise.attempts.at(-1)?.verdicts);
			expect(restored?.revealedModel).toBe(exercise.revealedModel);
			expect(restored?.lastReply).toBe('');
		}
		for (const [id, quiz] of Object.entries(full.quizzes)) {
			const restored = back.quizzes[id];
			expect(restored?.best).toBeCloseTo(quiz.best, 2);
			expect(restored?.history[0]?.at).toBe(floorSecond(quiz.history[0]?.at));
			expect(restored?.at).toBe(floorSecond(quiz.at));
			const firstPass = (q: typeof quiz | undefined) => q?.history.find((h) => h.score >= 0.7)?.at;
			expect(firstPass(restored)).toBe(floorSecond(firstPass(quiz)));
		}
	});

	it('falls back to the lean form, then to nothing, rather than exceed the limit', () => {
		const big = courseSizedCatalogue(2);
		const fullText = encodeSuspendData(wholeCourse(big), big, Number.MAX_SAFE_INTEGER) ?? '';
		const lean = encodeSuspendData(wholeCourse(big), big, fullText.length - 1);
		expect(lean?.length).toBeLessThan(fullText.length);
		expect(decode(lean, big).exercises[big.exercises[0] ?? '']?.attempts.length).toBeLessThanOrEqual(2);
		expect(encodeSuspendData(wholeCourse(big), big, 100)).toBeUndefined();
	});
});

describe('round trip', () => {
	it('keeps an empty record empty and a small one exact to the second', () => {
		const empty: Progress = {
			schemaVersion: 2,
			courseId: catalogue.courseId,
			lessons: {},
			exercises: {},
			quizzes: {},
			updatedAt: '2026-11-02T09:00:00.000Z',
		};
		const text = encodeSuspendData(empty, catalogue);
		expect(text).toBe(`1~${catalogueFingerprint(catalogue)}~0~~~`);
		expect(decode(text)).toMatchObject({ lessons: {}, exercises: {}, quizzes: {} });
		const lessonId = catalogue.lessons[3] ?? '';
		const small: Progress = { ...empty, lessons: { [lessonId]: { openedAt: '2026-11-02T09:00:00.000Z' } } };
		expect(decode(encodeSuspendData(small, catalogue)).lessons).toEqual(small.lessons);
	});

	it('rounds scores down, so a quantised score never passes a mark the real one missed', () => {
		const c = { ...catalogue, quizzes: ['finale'] };
		const quiz = {
			at: '2026-11-02T09:00:00.000Z',
			score: 0.6999,
			best: 0.6999,
			history: [{ at: '2026-11-02T09:00:00.000Z', score: 0.6999 }],
		};
		const p: Progress = {
			schemaVersion: 2,
			courseId: c.courseId,
			lessons: {},
			exercises: {},
			quizzes: { finale: quiz },
			updatedAt: quiz.at,
		};
		expect(decode(encodeSuspendData(p, c), c).quizzes['finale']?.best).toBe(0.699);
		const exact = { ...quiz, score: 0.7, best: 0.7, history: [{ at: quiz.at, score: 0.7 }] };
		expect(decode(encodeSuspendData({ ...p, quizzes: { finale: exact } }, c), c).quizzes['finale']?.best).toBe(0.7);
	});

	it('gives the same completion as the browser for a course plan', () => {
		const c = {
			courseId: plan.course.id,
			lessons: ['uno/a', 'uno/b', 'due/c'],
			exercises: ['es-a', 'es-c', 'fin-1', 'fin-2'],
			quizzes: ['finale', 'quiz-uno'],
			passMarks: [0.6, 0.7],
		};
		const p = wholeCourse(c);
		expect(evaluateCompletion(decode(encodeSuspendData(p, c), c), plan).complete).toBe(
			evaluateCompletion(p, plan).complete,
		);
	});
});

describe('decoding junk never throws and is never used', () => {
	const fingerprint = catalogueFingerprint(catalogue);
	it.each([
		['nulla', ''],
		['non una stringa', 42],
		['JSON di un altro corso', '{"lessons":{}}'],
		['versione futura', `2~${fingerprint}~0~~~`],
		['altra edizione', '1~zzzz~0~~~'],
		['campi mancanti', `1~${fingerprint}~0`],
		['tempo non valido', `1~${fingerprint}~0~ZZ~~`],
		['troppe lezioni', `1~${fingerprint}~0~${'1,'.repeat(30)}~~`],
		['tentativo corto', `1~${fingerprint}~0~~1a~`],
		['verdetto impossibile', `1~${fingerprint}~0~~1z00000000~`],
		['punteggio oltre 1', `1~${fingerprint}~0~~10zz000000~`],
		['quiz senza prove', `1~${fingerprint}~0~~~rs`],
		['tempo enorme', `1~${fingerprint}~zzzzzzzzzz~1~~`],
		['troppo lungo', 'x'.repeat(70_000)],
	])('%s', (_label, junk) => {
		expect(decodeSuspendData(junk, catalogue).ok).toBe(false);
	});

	it('for any text at all', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const read = decodeSuspendData(`1~${fingerprint}~${text}`, catalogue);
				if (read.ok) expect(progressSchema.safeParse(read.progress).success).toBe(true);
			}),
		);
	});
});
