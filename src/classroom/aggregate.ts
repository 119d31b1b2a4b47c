import { wholePercent } from '../i18n/format';
import { verificationCode } from '../progress/certificate';
import { evaluateCompletion, type Completion } from '../progress/completion';
import { planExercises, type CoursePlan } from '../course/plan';
import type { ExportFile, TipId } from '../progress/schema';
import { mergeTipStats, moduleScore, tipStats, weakestTip, type TipStat } from '../progress/summary';
import { summariseShifts, type ShiftsSummary } from '../progress/shifts';
import type { LoadedLearner } from './importFile';

/** One learner as the class report shows it and the CSV writes it. */
export interface LearnerRow {
	fileName: string;
	file: ExportFile;
	completion: Completion;
	/** Score per module in plan order; undefined where nothing was tried. */
	moduleScores: Array<number | undefined>;
	tips: TipStat[];
	/** Last change recorded in the learner's browser. */
	lastActivity: string;
	/** The certificate's verification code, for complete learners only. */
	code: string | undefined;
	/** Shifts of the course played to the end, and their best scores. */
	shifts: ShiftsSummary;
}

/** Figures for the whole (filtered) class. */
export interface ClassStats {
	learners: number;
	completed: number;
	/** completed / learners, 0 for an empty class. */
	completionRate: number;
	/** Final-assessment scores in SCORE_BINS, for learners who took the final quiz. */
	distribution: Array<{ from: number; to: number; count: number }>;
	/** Learners who have not taken the final quiz yet. */
	finalNotTaken: number;
	tips: TipStat[];
	weakest: TipId | undefined;
}

/** Score bands of the distribution chart, in percent: fifths, the last one closed so 100% counts. */
export const SCORE_BINS: ReadonlyArray<readonly [number, number]> = [
	[0, 19],
	[20, 39],
	[40, 59],
	[60, 79],
	[80, 100],
];

/** Computes a learner's row with the same rules the learner's own pages use. */
export async function learnerRow(learner: LoadedLearner, plan: CoursePlan): Promise<LearnerRow> {
	const { progress, course } = learner.file;
	const completion = evaluateCompletion(progress, plan);
	// Tips over the course's exercises only: a file listing thousands of made-up exercises must not outweigh the class.
	const reachable = new Set(planExercises(plan).map((e) => e.id));
	const exercises = Object.fromEntries(Object.entries(progress.exercises).filter(([id]) => reachable.has(id)));
	return {
		fileName: learner.fileName,
		file: learner.file,
		completion,
		moduleScores: plan.modules.map((m) => moduleScore(progress, m)),
		tips: tipStats({ ...progress, exercises }),
		lastActivity: progress.updatedAt,
		code: completion.complete ? await verificationCode(progress, progress.profile, course) : undefined,
		// Only the course's shifts: a file cannot inflate the count with made-up ids.
		shifts: summariseShifts(progress, new Set((plan.shifts ?? []).map((s) => s.id))),
	};
}

/** Class figures over some rows. */
export function classStats(rows: ReadonlyArray<LearnerRow>): ClassStats {
	const completed = rows.filter((r) => r.completion.complete).length;
	const taken = rows.filter((r) => r.completion.final.quizBest !== undefined);
	const distribution = SCORE_BINS.map(([from, to]) => ({
		from,
		to,
		count: taken.filter((r) => {
			const score = wholePercent(r.completion.final.score);
			return score >= from && score <= to;
		}).length,
	}));
	const tips = mergeTipStats(rows.map((r) => r.tips));
	return {
		learners: rows.length,
		completed,
		completionRate: rows.length === 0 ? 0 : completed / rows.length,
		distribution,
		finalNotTaken: rows.length - taken.length,
		tips,
		weakest: weakestTip(tips),
	};
}

/** Class codes present in the rows, sorted, for the filter. */
export function classCodes(rows: ReadonlyArray<LearnerRow>): string[] {
	return [...new Set(rows.map((r) => r.file.progress.profile.classe ?? ''))]
		.filter(Boolean)
		.sort((a, b) => a.localeCompare(b, 'it'));
}

/** Filter value for every learner. */
export const ALL_CLASSES = 'tutte';
/** Filter value for learners without a class code. */
export const NO_CLASS = 'nessuna';
const CLASS_PREFIX = 'classe:';
/** Filter value for one class code: prefixed, so no code typed by a learner can pass for the two values above. */
export const classFilter = (code: string): string => `${CLASS_PREFIX}${code}`;
/** The class code a filter value selects, if it selects one. */
export const filteredClass = (filter: string): string | undefined =>
	filter.startsWith(CLASS_PREFIX) ? filter.slice(CLASS_PREFIX.length) : undefined;

/** Rows matching a filter value, sorted by surname and name. */
export function filterRows(rows: ReadonlyArray<LearnerRow>, filter: string): LearnerRow[] {
	const selected = rows.filter((r) => {
		const own = r.file.progress.profile.classe ?? '';
		if (filter === ALL_CLASSES) return true;
		if (filter === NO_CLASS) return own === '';
		return classFilter(own) === filter;
	});
	return selected.sort((a, b) => {
		const [x, y] = [a.file.progress.profile, b.file.progress.profile];
		return x.cognome.localeCompare(y.cognome, 'it') || x.nome.localeCompare(y.nome, 'it');
	});
}
