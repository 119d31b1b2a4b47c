import { z } from 'astro/zod';
import { competenceMapSchema } from './competences';

/** Rules a learner must meet for the course to count as completed. */
export const completionSchema = z.object({
	/** Every lesson must be marked as finished. */
	allLessons: z.boolean().default(true),
	/** Every reply exercise must have at least one graded attempt. */
	allExercises: z.boolean().default(true),
	/** The final assessment must be passed. */
	finalAssessmentPassed: z.boolean().default(true),
});

/**
 * What only the publisher knows, for the privacy notice and the accessibility statement
 * (`content/pages/`). Optional facts that are missing make the pages send the reader to the contact.
 */
export const publicationSchema = z.object({
	/** Contact of the data controller (titolare del trattamento): an email address. */
	privacyContact: z.email(),
	/** Contact of the data protection officer (DPO), when the publisher has one. */
	dpoContact: z.email().optional(),
	/** Who hosts the site: the provider's name. */
	host: z.string().min(2).optional(),
	/** Days the server keeps its access logs. */
	logRetentionDays: z.number().int().positive().optional(),
	/** Legal basis of the server logs, in the controller's words. */
	legalBasis: z.string().min(5).optional(),
	/** Transfers outside the EU: "nessuno", or where and with which safeguards. */
	transfers: z.string().min(2).optional(),
	/** The accessibility evaluation (AgID model), once done. */
	accessibility: z
		.object({
			status: z.enum(['conforme', 'parzialmente conforme', 'non conforme']),
			/** How it was evaluated: "autovalutazione", a third party. */
			method: z.string().min(3),
			evaluatedOn: z.iso.date(),
			/** Content that is not accessible, or "nessuno noto". */
			nonAccessible: z.string().min(2),
		})
		.optional(),
});

/** The course as a whole: `content/course.yaml`. */
export const courseSchema = z.object({
	/** Stable identifier, written into exports and SCORM packages. */
	id: z.string().regex(/^[a-z0-9-]+$/u),
	/** Content version (semver): exports record it so HR knows which edition was taken. */
	version: z.string().regex(/^\d+\.\d+\.\d+$/u, 'deve essere nella forma 1.2.3'),
	/** Course title shown on the home page and the certificate. */
	title: z.string().min(5),
	/** One-sentence description for the home page and metadata. */
	description: z.string().min(20),
	/** Who the course is for. */
	audience: z.array(z.string()).min(1),
	/** Competence area shown on the certificate. */
	competenceArea: z.string().min(5),
	/** Organisation publishing the course. */
	publisher: z.string().min(2),
	/** Contact for accessibility feedback (email address). */
	accessibilityContact: z.email(),
	/** Facts about the published site for the privacy notice and the accessibility statement. */
	publication: publicationSchema,
	/** Completion rules. */
	completion: completionSchema,
	/** The final assessment: one quiz and the reply exercises it includes. */
	finalAssessment: z.object({
		/** Quiz id (file name in exercises/quizzes/). */
		quiz: z.string().min(1),
		/** Reply exercise ids (file names in exercises/). */
		exercises: z.array(z.string().min(1)).min(1),
		/** Syllabus areas and DigComp 2.2 competences it assesses (ids in src/course/competences.ts). */
		competences: competenceMapSchema,
	}),
	/** Pass marks, as fractions from 0 to 1. */
	passMarks: z.object({
		/** Minimum score in the final assessment. */
		finalAssessment: z.number().min(0).max(1),
		/** Minimum score for a quiz to count as passed. */
		quiz: z.number().min(0).max(1),
	}),
});

export type Course = z.infer<typeof courseSchema>;
