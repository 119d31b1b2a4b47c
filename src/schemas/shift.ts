import { z } from 'astro/zod';
import { keyFactSchema, platformSchema, threadMessageSchema } from './exercise';

/** One comment arriving during a shift, with what a good answer contains. */
export const shiftCommentSchema = z.object({
	/** Display name of the citizen (invented). */
	author: z.string().min(1),
	/** Relative time, e.g. "09:12". */
	time: z.string().min(1),
	/** The comment. */
	text: z.string().min(1),
	/** Optional image described in words. */
	image: z.string().min(5).optional(),
	/** The comment is offensive: thanking is not expected. */
	offensive: z.boolean().default(false),
	/** What kind of comment it is, for the instructor ("domanda", "reclamo", "complimento"...). */
	kind: z.enum(['domanda', 'reclamo', 'complimento', 'offensivo', 'dati-personali', 'segnalazione', 'emergenza']),
	/** Facts a good reply contains. */
	keyFacts: z.array(keyFactSchema).default([]),
	/** A model answer, shown in the final report. */
	modelAnswer: z.string().min(20),
});

/** A customer-care shift for the simulator: `exercises/shifts/<id>.yaml`. */
export const shiftSchema = z.object({
	/** Shift title. */
	title: z.string().min(3),
	/** Situation in one or two sentences. */
	intro: z.string().min(20),
	/** Platform imitated. */
	platform: platformSchema,
	/** The administration's page. */
	page: z.string().min(3),
	/** The page's post the comments answer. */
	post: threadMessageSchema,
	/** Comments in order of arrival. */
	comments: z.array(shiftCommentSchema).min(4),
});

export type ShiftData = z.infer<typeof shiftSchema>;
export type ShiftComment = z.infer<typeof shiftCommentSchema>;
