import * as z from 'zod/mini';
import { DECISIONS } from '../schemas/shift';
import { CONDUCT_KINDS } from '../grader/types';

// The state of a shift being played, as plain data: the reducers in flow.ts change it, the island
// renders it, and it is saved after every change so a reload resumes the shift where it was.

/** Version of the saved shape: a session of another version is not resumed. */
export const SESSION_VERSION = 1;

const share = z.number().check(z.gte(0), z.lte(1));
const verdict = z.nullable(z.boolean());
const criterion = z.object({ met: verdict, score: share, feedback: z.string().check(z.maxLength(2_000)) });

/** What the debrief needs of a grader result: verdicts, scores, feedback, conduct failures. */
export const storedGradeSchema = z.object({
	criteria: z.object({ detailed: criterion, name: criterion, thanks: criterion }),
	score: share,
	conduct: z.array(z.object({ kind: z.enum(CONDUCT_KINDS), message: z.string().check(z.maxLength(2_000)) })),
});

/** One comment the learner handled. */
export const handlingSchema = z.object({
	/** Comment id. */
	id: z.string().check(z.regex(/^[a-z0-9-]+$/u)),
	/** Decisions taken, in display order. */
	decisions: z.array(z.enum(DECISIONS)),
	/** The reply written ('' when the decisions called for none). */
	reply: z.string().check(z.maxLength(20_000)),
	/** The grader's verdict on the reply, when one was written. */
	grade: z.optional(storedGradeSchema),
	/** Simulated minute (after midnight) when it was handled. */
	at: z.number().check(z.gte(0)),
});

/** When a comment entered the queue. */
export const arrivalSchema = z.object({
	/** Simulated minute of arrival. */
	at: z.number().check(z.gte(0)),
	/** How many comments had been handled when it arrived: urgent ones should be next. */
	seq: z.int().check(z.gte(0)),
});

/** A shift in play. */
export const sessionSchema = z.object({
	/** Always SESSION_VERSION. */
	version: z.literal(SESSION_VERSION),
	/** The shift's id (file name). */
	shiftId: z.string().check(z.regex(/^[a-z0-9-]+$/u)),
	/** When the learner started it (ISO). */
	startedAt: z.iso.datetime(),
	/** Simulated time now, minutes after midnight. */
	sim: z.number().check(z.gte(0)),
	/** Real time the clock has run, in ms (paused time not counted). */
	elapsedMs: z.number().check(z.gte(0)),
	/** Time limit in ms, extensions included. */
	limitMs: z.number().check(z.gt(0)),
	/** False when the learner turned the time limit off: the clock then moves only when the queue is empty. */
	pressure: z.boolean(),
	/** The clock is paused. */
	paused: z.boolean(),
	/** Comments that have arrived, by id. */
	arrivals: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/u)), arrivalSchema),
	/** Handled comments, in the order the learner handled them. */
	handled: z.array(handlingSchema),
	/** The shift is over: the debrief is shown. */
	finished: z.boolean(),
	/** The shift's comment ids when it started: a session of a changed file is not resumed. */
	comments: z.array(z.string()),
	/** The finished shift is already in the learner's progress (a reload must not record it twice). */
	recorded: z.optional(z.boolean()),
});

export type StoredGrade = z.infer<typeof storedGradeSchema>;
export type Handling = z.infer<typeof handlingSchema>;
export type Arrival = z.infer<typeof arrivalSchema>;
export type ShiftSession = z.infer<typeof sessionSchema>;

/** A grader result reduced to what the session keeps (evidence and advice are shown once, then dropped). */
export function storedGrade(result: StoredGrade): StoredGrade {
	const c = (k: 'detailed' | 'name' | 'thanks') => ({
		met: result.criteria[k].met,
		score: result.criteria[k].score,
		feedback: result.criteria[k].feedback,
	});
	return {
		criteria: { detailed: c('detailed'), name: c('name'), thanks: c('thanks') },
		score: result.score,
		conduct: result.conduct.map((f) => ({ kind: f.kind, message: f.message })),
	};
}
