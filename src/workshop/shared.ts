// zod/mini: the learner's page validates links with it, and stays light.
import * as z from 'zod/mini';
import { VALUE_KINDS } from '../grader/types';

/**
 * An exercise as a link carries it: what the learner's page needs (no counter-examples, module or
 * topic), every field capped, since anyone can craft a link. The field names and rules are those of
 * src/schemas/exercise.ts, so a shared exercise is a valid course exercise once module and topic
 * are added (a unit test checks it).
 */
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** The platforms a mock-up can imitate (as in src/schemas/exercise.ts). */
export const PLATFORMS = ['facebook', 'x', 'instagram', 'whatsapp', 'telegram', 'youtube', 'linkedin'] as const;
/** Kinds of value a key fact can be (the grader's own list). */
export { VALUE_KINDS };

/** Caps on a shared exercise: generous for a real exercise, small enough for any phone. */
export const LIMITS = { messages: 8, keyFacts: 15, variants: 20, modelAnswers: 5, hints: 10, long: 3000 } as const;

/** One message of the thread. */
export const sharedMessageSchema = z.object({
	author: text(1, 80),
	time: text(1, 40),
	text: text(1, LIMITS.long),
	image: z.optional(text(5, 500)),
	fromPage: z._default(z.boolean(), false),
});

/** One key fact with its accepted wordings. */
export const sharedKeyFactSchema = z.object({
	label: text(3, 120),
	variants: z.array(text(1, 120)).check(z.minLength(1), z.maxLength(LIMITS.variants)),
	kind: z.optional(z.enum(VALUE_KINDS)),
});

/** The exercise in a link. */
export const sharedExerciseSchema = z.object({
	title: text(3, 120),
	instructions: text(10, LIMITS.long),
	platform: z.enum(PLATFORMS),
	page: text(3, 120),
	thread: z.array(sharedMessageSchema).check(z.minLength(1), z.maxLength(LIMITS.messages)),
	offensive: z._default(z.boolean(), false),
	keyFacts: z._default(z.array(sharedKeyFactSchema).check(z.maxLength(LIMITS.keyFacts)), []),
	modelAnswers: z.array(text(20, LIMITS.long)).check(z.minLength(1), z.maxLength(LIMITS.modelAnswers)),
	hints: z._default(z.array(text(5, 500)).check(z.maxLength(LIMITS.hints)), []),
});

export type SharedExercise = z.infer<typeof sharedExerciseSchema>;
export type SharedExerciseInput = z.input<typeof sharedExerciseSchema>;
