import { z } from 'astro/zod';

/** One answer option with the explanation shown after answering. */
export const quizOptionSchema = z.object({
	/** Text of the option. */
	text: z.string().min(1),
	/** Whether this option is correct. */
	correct: z.boolean().default(false),
	/** Why the option is right or wrong: shown after answering. Required. */
	explanation: z.string().min(10, 'ogni opzione deve avere una spiegazione'),
});

/** A question: single choice (exactly one correct option) or multiple choice (one or more). */
export const quizQuestionSchema = z
	.object({
		/** The question. */
		prompt: z.string().min(5),
		/** `single`: radio buttons; `multiple`: checkboxes. */
		kind: z.enum(['single', 'multiple']),
		/** Between 2 and 6 options. */
		options: z.array(quizOptionSchema).min(2).max(6),
	})
	.refine((q) => q.kind === 'multiple' || q.options.filter((o) => o.correct).length === 1, {
		message: 'una domanda a scelta singola deve avere esattamente una risposta corretta',
		path: ['options'],
	})
	.refine((q) => q.options.some((o) => o.correct), {
		message: 'serve almeno una risposta corretta',
		path: ['options'],
	});

/** A quiz: `exercises/quizzes/<id>.yaml`. */
export const quizSchema = z.object({
	/** Quiz title. */
	title: z.string().min(3),
	/** Module the quiz belongs to (id in content/modules.yaml). */
	module: z.string().min(1),
	/** Questions, in order. */
	questions: z.array(quizQuestionSchema).min(3),
});

export type QuizData = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
