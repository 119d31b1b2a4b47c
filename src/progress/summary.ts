import { bestScore, type Completion } from './completion';
import type { CoursePlan, PlanItem, PlanLesson, PlanModule } from '../course/plan';
import { TIP_IDS, type TipId } from './constants';
import type { Progress } from './schema';

/** Where a learner is with one lesson. */
export type LessonState = 'finished' | 'opened' | 'new';

/** One module as the progress page shows it. */
export interface ModuleSummary {
	id: string;
	order: number;
	title: string;
	lessons: Array<PlanLesson & { state: LessonState }>;
	lessonsDone: number;
	exercisesDone: number;
	exercisesTotal: number;
	/** Mean best score of the module's attempted exercises and quizzes; undefined when none was tried. */
	score: number | undefined;
}

/** Tally of one tip over a set of attempts. */
export interface TipStat {
	tip: TipId;
	/** Attempts where the tip applied. */
	applicable: number;
	/** Attempts where it was met. */
	met: number;
	/** Sum of the tip's scores over the applicable attempts (mean = scoreSum / applicable). */
	scoreSum: number;
}

/** What the learner should do next. */
export type NextStep =
	{ kind: 'lesson' | 'exercise'; item: PlanItem } | { kind: 'final'; href: string } | { kind: 'certificate' };

/** Mean best score of the module's attempted items. */
export function moduleScore(progress: Progress, module: PlanModule): number | undefined {
	const scores = [
		...module.exercises.map((e) => bestScore(progress.exercises[e.id])),
		...module.quizzes.map((q) => progress.quizzes[q.id]?.best),
	].filter((s): s is number => s !== undefined);
	return scores.length === 0 ? undefined : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Lesson by lesson, module by module. */
export function summariseModules(progress: Progress, plan: CoursePlan): ModuleSummary[] {
	return plan.modules.map((module) => {
		const lessons = module.lessons.map((lesson) => {
			const stored = progress.lessons[lesson.id];
			const state: LessonState = stored?.finishedAt ? 'finished' : stored?.openedAt ? 'opened' : 'new';
			return { ...lesson, state };
		});
		const ids = new Set(module.exercises.map((e) => e.id));
		return {
			id: module.id,
			order: module.order,
			title: module.title,
			lessons,
			lessonsDone: lessons.filter((l) => l.state === 'finished').length,
			exercisesDone: [...ids].filter((id) => bestScore(progress.exercises[id]) !== undefined).length,
			exercisesTotal: ids.size,
			score: moduleScore(progress, module),
		};
	});
}

/**
 * The tips over the LATEST attempt of every exercise tried: it shows how the learner writes now,
 * not how they wrote on day one.
 */
export function tipStats(progress: Progress): TipStat[] {
	const stats = TIP_IDS.map((tip) => ({ tip, applicable: 0, met: 0, scoreSum: 0 }));
	for (const exercise of Object.values(progress.exercises)) {
		const last = exercise.attempts.at(-1);
		if (!last) continue;
		for (const stat of stats) {
			const verdict = last.verdicts[stat.tip];
			if (verdict === null) continue;
			stat.applicable += 1;
			stat.scoreSum += last.scores[stat.tip];
			if (verdict) stat.met += 1;
		}
	}
	return stats;
}

/** Adds up tallies (one learner's exercises, or a class's learners). */
export function mergeTipStats(groups: ReadonlyArray<ReadonlyArray<TipStat>>): TipStat[] {
	return TIP_IDS.map((tip) => {
		const own = groups.flatMap((g) => g.filter((s) => s.tip === tip));
		return {
			tip,
			applicable: own.reduce((sum, s) => sum + s.applicable, 0),
			met: own.reduce((sum, s) => sum + s.met, 0),
			scoreSum: own.reduce((sum, s) => sum + s.scoreSum, 0),
		};
	});
}

/** Share of applicable attempts where the tip was met; undefined when it never applied. */
export const tipRate = (stat: TipStat): number | undefined =>
	stat.applicable === 0 ? undefined : stat.met / stat.applicable;

/** The tip met least often (ties: the lower mean score); undefined when every applicable tip is always met. */
export function weakestTip(stats: ReadonlyArray<TipStat>): TipId | undefined {
	const ranked = stats
		.filter((s) => s.applicable > 0 && s.met < s.applicable)
		.sort(
			(a, b) => a.met / a.applicable - b.met / b.applicable || a.scoreSum / a.applicable - b.scoreSum / b.applicable,
		);
	return ranked[0]?.tip;
}

/** The next step in reading order: a lesson to finish, an exercise in a finished lesson, the final assessment, the certificate. */
export function nextStep(progress: Progress, plan: CoursePlan, completion: Completion): NextStep {
	const missingExercises = new Set(completion.exercises.missing.map((e) => e.id));
	for (const module of plan.modules) {
		for (const lesson of module.lessons) {
			if (!progress.lessons[lesson.id]?.finishedAt) return { kind: 'lesson', item: lesson };
			const exercise = module.exercises.find((e) => e.href === lesson.href && missingExercises.has(e.id));
			if (exercise) return { kind: 'exercise', item: exercise };
		}
	}
	if (!completion.final.passed) return { kind: 'final', href: plan.final.href };
	const left = completion.exercises.missing[0];
	if (left) return { kind: 'exercise', item: left };
	return { kind: 'certificate' };
}
