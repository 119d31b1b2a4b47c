import { z } from 'astro/zod';
import { CONDUCT_KINDS, REPLY_CHANNELS, VALUE_KINDS } from '../grader/types';

/** The social platforms an exercise can imitate (as a neutral mock-up, never a copy of the brand). */
export const platformSchema = z.enum(['facebook', 'x', 'instagram', 'whatsapp', 'telegram', 'youtube', 'linkedin']);

/** One message of the thread shown above the reply box. */
export const threadMessageSchema = z.object({
	/** Display name as the platform shows it (invented for citizens). */
	author: z.string().min(1),
	/** Relative time as the platform shows it, e.g. "2 h", "ieri alle 18:40". */
	time: z.string().min(1),
	/** Text of the message. */
	text: z.string().min(1),
	/** Optional image, described in words (it becomes the text alternative). */
	image: z.string().min(5).optional(),
	/** True when the message is the page's own (the administration's) post. */
	fromPage: z.boolean().default(false),
});

/** Expected verdicts for a sample reply: true = met, false = not met, null = not applicable. */
export const verdictsSchema = z
	.object({
		detailed: z.boolean().nullable().optional(),
		name: z.boolean().nullable().optional(),
		thanks: z.boolean().nullable().optional(),
		/**
		 * Conduct gates the reply must fail, exactly (an insult back, a threat, a political side taken,
		 * a prejudice approved, personal data shown or asked in public).
		 */
		conduct: z.array(z.enum(CONDUCT_KINDS)).min(1).optional(),
	})
	.refine((v) => Object.keys(v).length > 0, 'indicare almeno un criterio');

/** A key fact a good answer contains, with the wordings accepted for it. */
export const keyFactSchema = z.object({
	/** How the fact is named in feedback ("l'orario di apertura"). */
	label: z.string().min(3),
	/** Accepted wordings: any one of them counts (inflections are matched by stem). */
	variants: z.array(z.string().min(1)).min(1),
	/**
	 * The kind of value the fact is, when the variants alone do not say it (inferred otherwise): a
	 * reply stating another value of this kind gets the fact wrong.
	 */
	kind: z.enum(VALUE_KINDS).optional(),
});

/** A reply exercise: `exercises/<id>.yaml`. The file name is the id. */
export const exerciseSchema = z.object({
	/** Exercise title, shown as its heading. */
	title: z.string().min(3),
	/** Module the exercise belongs to (id in content/modules.yaml). */
	module: z.string().min(1),
	/** Topic in a few words ("raccolta rifiuti", "anagrafe"). */
	topic: z.string().min(3),
	/** What the learner must do, in one or two sentences. */
	instructions: z.string().min(10),
	/** Platform imitated by the mock-up. */
	platform: platformSchema,
	/** Name of the administration's page, e.g. "Comune di Valverde". */
	page: z.string().min(3),
	/** The conversation: the page's post (optional) and the citizen comments. The last one is the comment to answer. */
	thread: z.array(threadMessageSchema).min(1),
	/**
	 * Where the learner's reply goes: 'public' (the default), under the comment, or 'private', a
	 * private message to its author (Messenger, a direct message). The reply box and the conduct
	 * gates follow it: asking for data is right in private, repeating data the answer does not need
	 * is not.
	 */
	channel: z.enum(REPLY_CHANNELS).default('public'),
	/** The comment to answer is offensive: thanking is not expected. */
	offensive: z.boolean().default(false),
	/** Facts a good reply contains. */
	keyFacts: z.array(keyFactSchema).default([]),
	/** One or more model answers; each must meet every applicable tip. */
	modelAnswers: z.array(z.string().min(20)).min(1),
	/** Hints shown on request. */
	hints: z.array(z.string().min(5)).default([]),
	/** Sample bad replies with the verdicts the grader must give them. */
	counterExamples: z
		.array(
			z.object({
				reply: z.string().min(1),
				expect: verdictsSchema,
				/** Why this reply falls short (for authors and instructors). */
				why: z.string().min(5),
			}),
		)
		.default([]),
});

export type ExerciseData = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;
export type Verdicts = z.infer<typeof verdictsSchema>;
