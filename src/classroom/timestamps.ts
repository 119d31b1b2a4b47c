import type { ExportFile } from '../progress/schema';

/** Earliest time a genuine file can carry: the course did not exist before 2020. */
export const EARLIEST_TIME = Date.parse('2020-01-01T00:00:00.000Z');
/**
 * How far ahead of the instructor's clock an export may be: a day, so a learner's computer a few
 * hours off (wrong time zone, no network time) is not refused.
 */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** Why a file's times cannot be true. */
export type TimeProblem = { code: 'dateFormat' | 'datePast' | 'dateFuture'; detail: string };

/** Every time in a file, with where it is: the export, then the progress, in file order. */
export function fileTimes(file: ExportFile): Array<[path: string, time: string]> {
	const { progress } = file;
	const times: Array<[string, string]> = [
		['exportedAt', file.exportedAt],
		['progress.updatedAt', progress.updatedAt],
	];
	for (const [id, lesson] of Object.entries(progress.lessons)) {
		if (lesson.openedAt !== undefined) times.push([`progress.lessons.${id}.openedAt`, lesson.openedAt]);
		if (lesson.finishedAt !== undefined) times.push([`progress.lessons.${id}.finishedAt`, lesson.finishedAt]);
	}
	for (const [id, exercise] of Object.entries(progress.exercises)) {
		exercise.attempts.forEach((a, i) => times.push([`progress.exercises.${id}.attempts.${i}.at`, a.at]));
	}
	for (const [id, quiz] of Object.entries(progress.quizzes)) {
		times.push([`progress.quizzes.${id}.at`, quiz.at]);
		quiz.history.forEach((c, i) => times.push([`progress.quizzes.${id}.history.${i}.at`, c.at]));
	}
	return times;
}

/**
 * Checks that every time is written as the course writes it (`Date.toISOString()`, so times compare
 * correctly as text: dedupe and completion dates rely on it) and is not before the course existed,
 * and that the export is not after `now`: a file "from the future" would otherwise always win as
 * the newest one. Activity times are not bounded above: the export time is what picks a file.
 */
export function timeProblem(file: ExportFile, now: Date): TimeProblem | undefined {
	for (const [path, time] of fileTimes(file)) {
		const ms = Date.parse(time);
		const detail = `${path} = ${time}`;
		if (Number.isNaN(ms) || new Date(ms).toISOString() !== time) return { code: 'dateFormat', detail };
		if (ms < EARLIEST_TIME) return { code: 'datePast', detail };
	}
	if (Date.parse(file.exportedAt) > now.getTime() + CLOCK_SLACK_MS)
		return { code: 'dateFuture', detail: `exportedAt = ${file.exportedAt}` };
	return undefined;
}
