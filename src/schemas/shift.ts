import { z } from 'astro/zod';
import { CONDUCT_KINDS } from '../grader/types';
import { keyFactSchema } from './exercise';

// Shift file format v2 (`exercises/shifts/<id>.yaml`), as agreed in the shared spec of issue 13.

/** A simulated time of day, "HH:MM" (24 hours). */
export const clockTimeSchema = z
	.string()
	.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, 'deve essere un orario HH:MM, per esempio "08:30"');

/** The platforms a shift can imitate (a neutral mock-up, never the brand). */
export const shiftPlatformSchema = z.enum(['facebook', 'instagram', 'x', 'whatsapp', 'messenger']);

/** The moderation decisions a learner can take on a comment, in the order they are shown. */
export const DECISIONS = [
	'reply-public',
	'move-private',
	'hide',
	'delete',
	'report-block',
	'forward',
	'no-reply',
] as const;
/** One moderation decision. */
export const decisionSchema = z.enum(DECISIONS);
/** Decisions that call for a written reply. */
export const REPLY_DECISIONS: readonly Decision[] = ['reply-public', 'move-private'];

/** A set of decisions: at least one, each once, "no-reply" never with a reply. */
const decisionSetSchema = z
	.array(decisionSchema)
	.min(1)
	.refine((set) => new Set(set).size === set.length, 'ogni decisione compare una volta sola')
	.refine(
		(set) => !(set.includes('no-reply') && set.some((d) => REPLY_DECISIONS.includes(d))),
		'"no-reply" non si combina con una risposta',
	);

/** What makes a comment appear only after an earlier one was handled a given way. */
export const showIfSchema = z.object({
	/** Id of an EARLIER comment of the same shift. */
	after: z.string().min(1),
	/** How that comment must have been handled for this one to arrive. */
	when: z.enum(['poor-reply', 'good-reply', 'decided-right', 'decided-wrong']),
});

/** A stated wrong handling of a comment, with the verdicts it must get (checked by the unit tests). */
export const wrongHandlingSchema = z.object({
	/** The decisions taken. */
	decisions: decisionSetSchema,
	/** The reply written, when the decisions call for one. */
	reply: z.string().min(1).optional(),
	/** Expected outcome: decisions right or not, and optionally the tips' verdicts and conduct gates failed. */
	expect: z.object({
		/** Whether the decisions match the right set (or one in `also`). */
		decisionsRight: z.boolean(),
		/** Expected "detailed" verdict (null = not applicable). */
		detailed: z.boolean().nullable().optional(),
		/** Expected "name" verdict. */
		name: z.boolean().nullable().optional(),
		/** Expected "thanks" verdict. */
		thanks: z.boolean().nullable().optional(),
		/** Conduct gates the reply must fail, exactly. */
		conduct: z.array(z.enum(CONDUCT_KINDS)).optional(),
	}),
});

/** One comment or private message arriving during a shift. */
export const shiftCommentSchema = z.object({
	/** Unique within the shift: lowercase letters, digits, dashes. */
	id: z.string().regex(/^[a-z0-9-]+$/u, 'solo lettere minuscole, cifre e trattini'),
	/** Display name of the citizen (invented). */
	author: z.string().min(1),
	/** Simulated arrival time, "HH:MM"; never earlier than the comment before. */
	at: clockTimeSchema,
	/** The comment or message, as the citizen wrote it. */
	text: z.string().min(1),
	/** Optional image, described in words (it becomes the text alternative). */
	image: z.string().min(5).optional(),
	/** What kind of comment it is. */
	kind: z.enum([
		'domanda',
		'reclamo',
		'segnalazione',
		'complimento',
		'offensivo',
		'minaccia',
		'dati-personali',
		'emergenza',
		'disinformazione',
		'spam',
		'stampa',
		'politico',
	]),
	/** Danger, threats, personal data or misinformation: it should be handled before the others. */
	urgent: z.boolean().default(false),
	/** The comment is offensive: thanking is not expected. */
	offensive: z.boolean().default(false),
	/** What the office knows AND what it does not know: the only source of facts for the reply. */
	factSheet: z.string().min(10),
	/** Facts a good reply contains (the grader's key facts). */
	keyFacts: z.array(keyFactSchema).default([]),
	/** The right moderation decisions, and why. */
	decisions: z.object({
		/** The right set. */
		right: decisionSetSchema,
		/** Other sets that are also right. */
		also: z.array(decisionSetSchema).default([]),
		/** Why this is the right set, in Italian, for the debrief. */
		why: z.string().min(10),
	}),
	/** The text to post or send; required when `right` contains a reply; invents nothing absent from the sheet. */
	modelAnswer: z.string().min(20).optional(),
	/** The comment arrives only if an earlier one was handled a given way. */
	showIf: showIfSchema.optional(),
	/** Stated wrong handlings and their verdicts, for the tests. */
	wrong: z.array(wrongHandlingSchema).default([]),
});

/** The page's post the comments answer. */
export const shiftPostSchema = z.object({
	/** Who posted it (the administration). */
	author: z.string().min(1),
	/** When, as the platform shows it ("ieri alle 18:30"). */
	time: z.string().min(1),
	/** Text of the post. */
	text: z.string().min(1),
	/** Optional image, described in words. */
	image: z.string().min(5).optional(),
});

/** True when a set of decisions calls for a written reply. */
export const needsReply = (set: readonly Decision[]): boolean => set.some((d) => REPLY_DECISIONS.includes(d));

/** A customer-care shift for the simulator: `exercises/shifts/<id>.yaml`. */
export const shiftSchema = z
	.object({
		/** Shift title. */
		title: z.string().min(3),
		/** The situation, 1-3 sentences. */
		intro: z.string().min(20),
		/** Platform imitated. */
		platform: shiftPlatformSchema,
		/** The administration's page or inbox. */
		page: z.string().min(3),
		/** The register the page uses, as its declared policy. */
		register: z.enum(['tu', 'lei']),
		/** How hard the shift is. */
		difficulty: z.enum(['base', 'intermedio', 'avanzato']),
		/** Expected duration for a learner, in minutes (also the default time limit). */
		minutes: z.number().int().min(5).max(180),
		/** Simulated time when the shift opens. */
		clock: z.object({
			/** "HH:MM". */
			start: clockTimeSchema,
		}),
		/** The page's post; absent for an inbox. */
		post: shiftPostSchema.optional(),
		/** 6-12 comments or messages, in order of arrival. */
		comments: z.array(shiftCommentSchema).min(6).max(12),
	})
	.superRefine((shift, ctx) => {
		const seen = new Set<string>();
		let previousAt = shift.clock.start;
		shift.comments.forEach((c, i) => {
			const path = (...rest: (string | number)[]) => ['comments', i, ...rest];
			if (seen.has(c.id))
				ctx.addIssue({
					code: 'custom',
					path: path('id'),
					message: `id "${c.id}" ripetuto: ogni commento ha un id diverso`,
				});
			if (c.at < previousAt) {
				ctx.addIssue({
					code: 'custom',
					path: path('at'),
					message: `${c.at} è prima di ${previousAt}: i commenti vanno in ordine di arrivo, dall'apertura del turno`,
				});
			}
			previousAt = c.at > previousAt ? c.at : previousAt;
			if (needsReply(c.decisions.right) && !c.modelAnswer) {
				ctx.addIssue({
					code: 'custom',
					path: path('modelAnswer'),
					message: 'manca: le decisioni giuste prevedono una risposta',
				});
			}
			if (c.showIf) {
				const earlier = shift.comments.slice(0, i).find((e) => e.id === c.showIf?.after);
				if (!earlier) {
					ctx.addIssue({
						code: 'custom',
						path: path('showIf', 'after'),
						message: `"${c.showIf.after}" non è l'id di un commento precedente`,
					});
				} else if (
					(c.showIf.when === 'poor-reply' || c.showIf.when === 'good-reply') &&
					!needsReply(earlier.decisions.right)
				) {
					ctx.addIssue({
						code: 'custom',
						path: path('showIf', 'when'),
						message: `"${c.showIf.when}": il commento "${earlier.id}" non prevede una risposta`,
					});
				}
			}
			seen.add(c.id);
		});
	});

export type Decision = z.infer<typeof decisionSchema>;
export type ShiftData = z.infer<typeof shiftSchema>;
export type ShiftInput = z.input<typeof shiftSchema>;
export type ShiftComment = z.infer<typeof shiftCommentSchema>;
export type ShiftPost = z.infer<typeof shiftPostSchema>;
export type ShowIf = z.infer<typeof showIfSchema>;
