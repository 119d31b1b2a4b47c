// zod/mini: the same validation as zod, tree-shakable, so lesson pages stay light.
import * as z from 'zod/mini';

import {
	EXPORT_FORMAT,
	MAX_ATTEMPTS,
	MAX_FRAGMENT_CHARS,
	PROGRESS_SCHEMA_VERSION,
	TIP_IDS,
	type TipId,
} from './constants';

export { EXPORT_FORMAT, MAX_ATTEMPTS, PROGRESS_SCHEMA_VERSION, TIP_IDS, type TipId };

/** A timestamp as `Date.toISOString()` writes it. */
const timestamp = z.iso.datetime();
/** A content id (lesson `modulo/lezione`, exercise, quiz): lowercase kebab, so no `__proto__` and friends. */
const contentId = z.string().check(z.regex(/^[a-z0-9][a-z0-9/-]{0,119}$/u));
/** A verdict as stored: met, not met, or not applicable (null). */
const verdictSchema = z.nullable(z.boolean());
/** A share from 0 to 1. */
const share = z.number().check(z.gte(0), z.lte(1));

/** One graded attempt at a reply exercise. */
export const attemptSchema = z.object({
	/** When it was graded. */
	at: timestamp,
	/** Verdict per tip. */
	verdicts: z.object({ detailed: verdictSchema, name: verdictSchema, thanks: verdictSchema }),
	/** Score per tip, 0..1 (0 where not applicable). */
	scores: z.object({ detailed: share, name: share, thanks: share }),
	/** Overall score 0..1. */
	score: share,
});

/** A learner's work on one reply exercise. */
export const exerciseProgressSchema = z.object({
	/** Graded attempts, oldest first (capped at MAX_ATTEMPTS). */
	attempts: z.array(attemptSchema).check(z.maxLength(MAX_ATTEMPTS)),
	/** The last reply written, graded or not, so a reload keeps it. Never exported. */
	lastReply: z._default(z.string().check(z.maxLength(20_000)), ''),
	/** The learner revealed the model answer. */
	revealedModel: z._default(z.boolean(), false),
	/** The reply the last attempt graded: exported only when the learner shares replies for the debrief. */
	gradedReply: z.optional(z.string().check(z.maxLength(20_000))),
});

/** An instructor exercise's id: `docente-` and a hash of its content (src/workshop/id.ts). */
export const instructorIdSchema = z.string().check(z.regex(/^docente-[0-9a-f]{16}$/u));

/**
 * A learner's work on an exercise an instructor shared as a link: kept apart from the course's
 * exercises, so it never counts toward completion, the certificate or the LMS.
 */
export const instructorExerciseSchema = z.extend(exerciseProgressSchema, {
	/** The exercise's title as the link gave it (untrusted text, shown as text). */
	title: z.string().check(z.maxLength(200)),
	/** The link's fragment, to open the exercise again from /progressi/. Never exported. */
	fragment: z.optional(z.string().check(z.maxLength(MAX_FRAGMENT_CHARS))),
});

/** One check of a quiz. */
export const quizCheckSchema = z.object({
	/** When the answers were checked. */
	at: timestamp,
	/** Share of correct answers, 0..1. */
	score: share,
});

/** A quiz result. */
export const quizProgressSchema = z.object({
	/** Last check. */
	at: timestamp,
	/** Score of the last check, 0..1. */
	score: share,
	/** Best score so far. */
	best: share,
	/** Every check, oldest first (capped at MAX_ATTEMPTS): the completion date needs the first pass. */
	history: z.array(quizCheckSchema).check(z.minLength(1), z.maxLength(MAX_ATTEMPTS)),
});

/** One shift of "Turno al Comune" played to its end, with its scores (never the replies). */
export const shiftPlaySchema = z.object({
	/** When the shift ended. */
	at: timestamp,
	/** The shift's score, 0..1: mean of replies and decisions. */
	score: share,
	/** Mean reply score over the comments that expected a reply, 0..1. */
	replies: share,
	/** Share of comments handled with the right decisions, 0..1. */
	decisions: share,
	/** Urgent comments were handled first; absent when none arrived. */
	urgentFirst: z.optional(z.boolean()),
	/** Comments handled. */
	handled: z.int().check(z.gte(0), z.lte(50)),
	/** Comments that arrived. */
	total: z.int().check(z.gte(0), z.lte(50)),
});

/** A learner's plays of one shift. */
export const shiftProgressSchema = z.object({
	/** Plays, oldest first (capped at MAX_ATTEMPTS). */
	plays: z.array(shiftPlaySchema).check(z.minLength(1), z.maxLength(MAX_ATTEMPTS)),
});

/** Lesson state. */
export const lessonProgressSchema = z.object({
	/** First time the lesson page was shown. */
	openedAt: z.optional(timestamp),
	/** When the learner marked it as finished. */
	finishedAt: z.optional(timestamp),
});

/** Characters that never belong in a name: control characters and bidirectional overrides (spoofing). */
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** A short free text typed by the learner. */
const text = (max: number, min = 0) =>
	z.string().check(
		z.trim(),
		z.minLength(min),
		z.maxLength(max),
		z.refine((s) => !FORBIDDEN_CHARACTERS.test(s), 'caratteri non ammessi'),
	);

/** The learner's profile: asked only for the certificate and the export. */
export const profileSchema = z.object({
	/** Given name. */
	nome: text(100, 1),
	/** Family name. */
	cognome: text(100, 1),
	/** Administration the learner works for. */
	ente: text(200, 1),
	/** Staff number, optional: lets HR match the learner without ambiguity. */
	matricola: z.optional(text(50)),
	/** Work email, optional. */
	email: z.optional(z.email().check(z.maxLength(200))),
	/** Class code given by the instructor, optional. */
	classe: z.optional(text(50)),
});

/** Everything the browser stores about one learner (one localStorage key). */
export const progressSchema = z.object({
	/** Version of this shape. */
	schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
	/** Course the record belongs to (content/course.yaml `id`). */
	courseId: z.string().check(z.minLength(1), z.maxLength(100)),
	/** Lessons by id (`modulo/lezione`). */
	lessons: z._default(z.record(contentId, lessonProgressSchema), {}),
	/** Reply exercises by id. */
	exercises: z._default(z.record(contentId, exerciseProgressSchema), {}),
	/** Quizzes by id. */
	quizzes: z._default(z.record(contentId, quizProgressSchema), {}),
	/**
	 * Shifts played, by id. Optional, so every record written before shifts were recorded is still a
	 * valid record of this version, unchanged: no migration step is needed.
	 */
	shifts: z.optional(z.record(contentId, shiftProgressSchema)),
	/** Asked only when needed (certificate, export). */
	profile: z.optional(profileSchema),
	/** Exercises shared by an instructor as a link, by id (never counted toward completion). */
	instructor: z.optional(z.record(instructorIdSchema, instructorExerciseSchema)),
	/** Last change of any kind. */
	updatedAt: timestamp,
});

/** A learner's results as exported from /progressi/ and loaded in /docente/registro/. */
export const exportFileSchema = z.object({
	/** Always EXPORT_FORMAT. */
	format: z.literal(EXPORT_FORMAT),
	/** Same as `progress.schemaVersion`: read first, to migrate or refuse. */
	schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
	/** Course and edition the results belong to. */
	course: z.object({
		id: z.string().check(z.minLength(1), z.maxLength(100)),
		version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/u)),
	}),
	/** When the file was written. */
	exportedAt: timestamp,
	/** The stored progress, drafts removed; the profile is required here. */
	progress: z.extend(progressSchema, { profile: profileSchema }),
	/**
	 * Replies shared for the classroom debrief, by exercise id (course or instructor): present only
	 * when the learner ticked the box; each is the reply the exercise's last attempt graded.
	 */
	replies: z.optional(z.record(contentId, z.string().check(z.maxLength(20_000)))),
	/** SHA-256 of the canonical JSON of every other field: detects accidental damage, it is NOT a signature. */
	checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().check(z.regex(/^[0-9a-f]{64}$/u)) }),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;
export type InstructorExerciseProgress = z.infer<typeof instructorExerciseSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type ShiftPlay = z.infer<typeof shiftPlaySchema>;
export type ShiftProgress = z.infer<typeof shiftProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
/** An export file as written (drafts left out, defaults not yet applied). */
export type ExportFileInput = z.input<typeof exportFileSchema>;
