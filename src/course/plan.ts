/**
 * The course plan: the course as the progress rules, the certificate, the class report and the
 * LMS report see it. Plain data read at build time and passed to islands as props (functions and
 * classes would not survive serialisation). The same plan drives all of them, so all apply the
 * same rules.
 */

/** An exercise or a quiz, with the page where the learner does it. */
export interface PlanItem {
	id: string;
	title: string;
	/** Site-root path of the page that embeds it ("/tre-consigli/ringraziare/"). */
	href: string;
}

/** A lesson with its study time. */
export interface PlanLesson extends PlanItem {
	minutes: number;
}

/** A module: its lessons in order and the items embedded in them. */
export interface PlanModule {
	id: string;
	order: number;
	title: string;
	lessons: PlanLesson[];
	exercises: PlanItem[];
	quizzes: PlanItem[];
}

/** Everything the rules, the certificate and the report need about the course. */
export interface CoursePlan {
	course: { id: string; version: string; title: string; competenceArea: string; publisher: string };
	/** Which requirements count (content/course.yaml `completion`). */
	rules: { allLessons: boolean; allExercises: boolean; finalAssessmentPassed: boolean };
	/** Pass marks, 0..1. */
	passMarks: { finalAssessment: number; quiz: number };
	modules: PlanModule[];
	/** The final assessment: one quiz and the reply exercises on its page. */
	final: { href: string; quiz: PlanItem; exercises: PlanItem[] };
	/** Study time of the whole course: the hours on the certificate. */
	totalMinutes: number;
	/** The shifts of "Turno al Comune", sorted by id: practice, outside the completion rules. */
	shifts?: PlanItem[];
}

/** Every lesson in reading order. */
export const planLessons = (plan: CoursePlan): PlanLesson[] => plan.modules.flatMap((m) => m.lessons);

/**
 * Every exercise a learner can reach: those embedded in lessons, then the final ones, each once.
 * An exercise on no page cannot be attempted, so it cannot be required.
 */
export function planExercises(plan: CoursePlan): PlanItem[] {
	const seen = new Set<string>();
	const all: PlanItem[] = [];
	for (const item of [...plan.modules.flatMap((m) => m.exercises), ...plan.final.exercises]) {
		if (seen.has(item.id)) continue;
		seen.add(item.id);
		all.push(item);
	}
	return all;
}
