import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exerciseFromDraft, sharedFrom } from '../../../src/workshop/draft';
import { decodeExercise, encodeExercise, LINK_PREFIX, MAX_FRAGMENT } from '../../../src/workshop/link';
import { sharedExerciseSchema } from '../../../src/workshop/shared';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { instructorExerciseId } from '../../../src/workshop/id';
import { LEAD, typicalDraft } from './fixtures';

const typical = sharedExerciseSchema.parse(sharedFrom(exerciseFromDraft(typicalDraft(), LEAD)));
const b64url = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/gu, '-')
		.replace(/\//gu, '_')
		.replace(/=+$/u, '');
const fragmentOf = (value: unknown) =>
	LINK_PREFIX + b64url(deflateSync(new TextEncoder().encode(JSON.stringify(value))));

describe('exercise links', () => {
	it('round-trips a typical exercise, and its link stays under 2,000 characters', () => {
		const fragment = encodeExercise(typical);
		expect(decodeExercise(fragment)).toEqual({ ok: true, exercise: typical });
		expect(decodeExercise(`#${fragment}`)).toEqual({ ok: true, exercise: typical });
		expect(`https://formazione.comune.example.it/palestra/esercizio/#${fragment}`.length).toBeLessThan(2000);
	});

	it('gives a shared exercise that is a valid course exercise once module and topic are added', () => {
		expect(exerciseSchema.safeParse({ ...typical, module: 'tre-consigli', topic: 'mensa' }).success).toBe(true);
	});

	it('round-trips any valid shared exercise', () => {
		const str = (min: number, max: number) =>
			fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }).filter((s) => s.length >= min && s.length <= max);
		const exercise = fc.record({
			title: str(3, 40),
			instructions: str(10, 80),
			platform: fc.constantFrom('facebook', 'x', 'instagram'),
			page: str(3, 30),
			thread: fc.array(fc.record({ author: str(1, 20), time: str(1, 5), text: str(1, 80), fromPage: fc.boolean() }), {
				minLength: 1,
				maxLength: 3,
			}),
			offensive: fc.boolean(),
			keyFacts: fc.array(
				fc.record({ label: str(3, 20), variants: fc.array(str(1, 10), { minLength: 1, maxLength: 3 }) }),
				{ maxLength: 3 },
			),
			modelAnswers: fc.array(str(20, 80), { minLength: 1, maxLength: 2 }),
			hints: fc.array(str(5, 30), { maxLength: 2 }),
		});
		fc.assert(
			fc.property(exercise, (e) => {
				const parsed = sharedExerciseSchema.parse(e);
				expect(decodeExercise(encodeExercise(parsed))).toEqual({ ok: true, exercise: parsed });
			}),
			{ numRuns: 150 },
		);
	});

	it('refuses fuzzed fragments without throwing', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => LINK_PREFIX + s),
					fc.uint8Array().map((b) => LINK_PREFIX + b64url(b)),
				),
				(fragment) => {
					const read = decodeExercise(fragment);
					expect(read.ok).toBe(false);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('refuses a damaged link of a real exercise without throwing', () => {
		const fragment = encodeExercise(typical);
		for (let i = LINK_PREFIX.length; i < fragment.length; i += 7) {
			const broken = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
			const read = decodeExercise(broken);
			if (read.ok) expect(sharedExerciseSchema.safeParse(read.exercise).success).toBe(true);
		}
		expect(decodeExercise(fragment.slice(0, fragment.length / 2)).ok).toBe(false);
	});

	it.each([
		['empty', '', 'empty'],
		['oversized', LINK_PREFIX + 'A'.repeat(MAX_FRAGMENT), 'tooLarge'],
		['a later format', 'e2.AAAA', 'newer'],
		['no prefix', 'hello', 'notLink'],
		['not base64', `${LINK_PREFIX}<script>`, 'notLink'],
		['not deflate', `${LINK_PREFIX}${b64url(new TextEncoder().encode('{"title":"x"}'))}`, 'corrupt'],
		['a zip bomb', fragmentOf({ title: 'a'.repeat(5_000_000) }), 'tooLarge'],
		['JSON that is not an exercise', fragmentOf({ title: 'x' }), 'invalid'],
		['a prototype key', fragmentOf(JSON.parse('{"__proto__":{"x":1}}')), 'corrupt'],
		['markup in a wrong schema', fragmentOf({ ...typical, platform: '<img src=x onerror=alert(1)>' }), 'invalid'],
		['an over-long field', fragmentOf({ ...typical, title: 'x'.repeat(500) }), 'invalid'],
	])('refuses %s', (_, fragment, code) => {
		expect(decodeExercise(fragment)).toEqual({ ok: false, code });
	});

	it('keeps markup as plain text: validation does not interpret it', () => {
		const hostile = { ...typical, title: '<script>alert(1)</script>' };
		expect(decodeExercise(fragmentOf(hostile))).toEqual({ ok: true, exercise: sharedExerciseSchema.parse(hostile) });
	});

	it('gives the same exercise the same id, and another exercise another id', async () => {
		const id = await instructorExerciseId(typical);
		expect(id).toMatch(/^docente-[0-9a-f]{16}$/u);
		expect(await instructorExerciseId(sharedExerciseSchema.parse(JSON.parse(JSON.stringify(typical))))).toBe(id);
		expect(await instructorExerciseId({ ...typical, title: 'Altro' })).not.toBe(id);
	});
});
