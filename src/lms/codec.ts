import { PROGRESS_SCHEMA_VERSION } from '../progress/constants';
import type { Attempt, ExerciseProgress, Progress, QuizProgress } from '../progress/schema';
import { catalogueFingerprint, type SuspendCatalogue } from './catalogue';
import {
	ATTEMPT_TAIL,
	attemptTail,
	epochSeconds,
	int36,
	isoAt,
	readAttemptTail,
	readInt36,
	readShare2,
	share2,
} from './compact';
import { PLAY_TAIL, playTail, readPlayTail } from './shiftTail';

/**
 * The learner's progress as SCORM suspend data: `1~fingerprint~base~lessons~exercises~quizzes`,
 * then `~shifts` when the learner has played a shift (older data, without it, still reads).
 * Items are positions in the catalogue, times are base-36 seconds after `base`, and of each history
 * only the entries that matter are kept: the first (completion dates), the best (scores), the last
 * (how the learner writes now) and the first to reach each pass mark. Replies are never included:
 * they are long, and personal. Only `[0-9a-z~,.!]` is used, which every LMS stores untouched.
 */

/** Version of the text format: bump it when the layout changes. */
export const SUSPEND_FORMAT_VERSION = '1';
/** The most SCORM 1.2 guarantees to store in cmi.suspend_data; the course keeps to it in both editions. */
export const SUSPEND_DATA_LIMIT = 4096;
/** Longer texts are not even looked at when decoding (SCORM 2004's own limit). */
const MAX_READ = 64_000;

/** How much of each history to keep: `full` (first, best, last), or `lean` (first, best) if full is too long. */
type Detail = 'full' | 'lean';

/** Positions of the entries worth keeping, in order, each once. */
function keyIndices(scores: number[], detail: Detail, marks: number[] = []): number[] {
	if (scores.length === 0) return [];
	const best = scores.indexOf(Math.max(...scores));
	const passes = marks.map((m) => scores.findIndex((s) => s >= m)).filter((i) => i >= 0);
	const picks = [0, best, ...passes, ...(detail === 'full' ? [scores.length - 1] : [])];
	return [...new Set(picks)].sort((a, b) => a - b);
}

/** Joins list entries, dropping the empty ones at the end. */
const list = (entries: string[]): string => {
	let end = entries.length;
	while (end > 0 && entries[end - 1] === '') end--;
	return entries.slice(0, end).join(',');
};

function encodeAt(progress: Progress, catalogue: SuspendCatalogue, detail: Detail): string {
	const lessons = catalogue.lessons.map((id) => progress.lessons[id]);
	const exercises = catalogue.exercises.map((id) => progress.exercises[id]);
	const quizzes = catalogue.quizzes.map((id) => progress.quizzes[id]);
	const shifts = (catalogue.shifts ?? []).map((id) => progress.shifts?.[id]);
	const times = [
		...shifts.flatMap((s) => s?.plays.map((p) => p.at) ?? []),
		...lessons.flatMap((l) => [l?.openedAt, l?.finishedAt]),
		...exercises.flatMap((e) => e?.attempts.map((a) => a.at) ?? []),
		...quizzes.flatMap((q) => q?.history.map((c) => c.at) ?? []),
	]
		.filter((t): t is string => t !== undefined)
		.map(epochSeconds)
		.filter(Number.isFinite);
	const base = times.length > 0 ? Math.min(...times) : 0;
	const off = (iso: string) => int36((Number.isFinite(epochSeconds(iso)) ? epochSeconds(iso) : base) - base);
	const lessonText = lessons.map((l) =>
		l ? `${l.openedAt ? off(l.openedAt) : ''}${l.finishedAt ? `.${off(l.finishedAt)}` : ''}` : '',
	);
	const exerciseText = exercises.map((e) => {
		if (!e || (e.attempts.length === 0 && !e.revealedModel)) return '';
		const picked = keyIndices(
			e.attempts.map((a) => a.score),
			detail,
		).map((i) => e.attempts[i] as Attempt);
		return `${e.revealedModel ? '!' : ''}${picked.map((a) => `${off(a.at)}${attemptTail(a)}`).join('.')}`;
	});
	const quizText = quizzes.map((q) => {
		if (!q) return '';
		const picked = keyIndices(
			q.history.map((c) => c.score),
			detail,
			catalogue.passMarks,
		).map((i) => q.history[i]);
		return [share2(q.best), ...picked.map((c) => (c ? `${off(c.at)}${share2(c.score)}` : ''))].join('.');
	});
	const shiftText = shifts.map((s) => {
		if (!s) return '';
		return keyIndices(
			s.plays.map((p) => p.score),
			detail,
		)
			.map((i) => (s.plays[i] ? `${off(s.plays[i].at)}${playTail(s.plays[i])}` : ''))
			.join('.');
	});
	const parts = [
		SUSPEND_FORMAT_VERSION,
		catalogueFingerprint(catalogue),
		int36(base),
		list(lessonText),
		list(exerciseText),
		list(quizText),
	];
	if (shiftText.some(Boolean)) parts.push(list(shiftText));
	return parts.join('~');
}

/**
 * The suspend data for `progress`, at most `limit` characters; undefined if even the lean form is
 * longer (the caller then leaves the LMS's previous value alone rather than send a truncated one).
 */
export function encodeSuspendData(
	progress: Progress,
	catalogue: SuspendCatalogue,
	limit = SUSPEND_DATA_LIMIT,
): string | undefined {
	for (const detail of ['full', 'lean'] as const) {
		const text = encodeAt(progress, catalogue, detail);
		if (text.length <= limit) return text;
	}
	return undefined;
}

/** The outcome of decoding: a progress record, or why the text was not used. */
export type SuspendRead = { ok: true; progress: Progress } | { ok: false; reason: string };

/** Thrown inside the decoder only; decodeSuspendData turns it into `{ ok: false }`. */
class Unreadable extends Error {}

function need<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Unreadable(what);
	return value;
}

/** Splits a list field, refusing more entries than the catalogue has. */
function entries(text: string, max: number, what: string): string[] {
	const items = text === '' ? [] : text.split(',');
	if (items.length > max) throw new Unreadable(`${what}: troppe voci`);
	return items;
}

function decodeAt(text: string, catalogue: SuspendCatalogue): Progress {
	const parts = text.split('~');
	if (parts.length !== 6 && parts.length !== 7) throw new Unreadable('formato non riconosciuto');
	const [version, fingerprint, baseText, lessonText, exerciseText, quizText, shiftText = ''] = parts as [
		string,
		string,
		string,
		string,
		string,
		string,
		string?,
	];
	if (version !== SUSPEND_FORMAT_VERSION) throw new Unreadable(`versione ${version.slice(0, 10)} non supportata`);
	if (fingerprint !== catalogueFingerprint(catalogue)) throw new Unreadable('dati di un’altra edizione del corso');
	const base = need(readInt36(baseText), 'base');
	let latest = base;
	const time = (offset: string): string => {
		const seconds = need(readInt36(offset), 'tempo');
		latest = Math.max(latest, base + seconds);
		return need(isoAt(base, seconds), 'tempo');
	};
	const progress: Progress = {
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		courseId: catalogue.courseId,
		lessons: {},
		exercises: {},
		quizzes: {},
		updatedAt: '',
	};
	entries(lessonText, catalogue.lessons.length, 'lezioni').forEach((entry, i) => {
		const match = /^([0-9a-z]*)(?:\.([0-9a-z]+))?$/u.exec(entry);
		if (!match) throw new Unreadable('lezione');
		const [, opened = '', finished] = match;
		if (opened === '' && finished === undefined) return;
		progress.lessons[catalogue.lessons[i] as string] = {
			...(opened !== '' ? { openedAt: time(opened) } : {}),
			...(finished !== undefined ? { finishedAt: time(finished) } : {}),
		};
	});
	entries(exerciseText, catalogue.exercises.length, 'esercizi').forEach((entry, i) => {
		if (entry === '') return;
		const revealedModel = entry.startsWith('!');
		const body = revealedModel ? entry.slice(1) : entry;
		const attempts = (body === '' ? [] : body.split('.')).map((a) =>
			need(
				a.length > ATTEMPT_TAIL ? readAttemptTail(a.slice(-ATTEMPT_TAIL), time(a.slice(0, -ATTEMPT_TAIL))) : undefined,
				'tentativo',
			),
		);
		const exercise: ExerciseProgress = {
			attempts: attempts.sort((a, b) => a.at.localeCompare(b.at)),
			lastReply: '',
			revealedModel,
		};
		progress.exercises[catalogue.exercises[i] as string] = exercise;
	});
	entries(quizText, catalogue.quizzes.length, 'quiz').forEach((entry, i) => {
		if (entry === '') return;
		const [bestText = '', ...checkTexts] = entry.split('.');
		const history = checkTexts.map((c) => ({
			at: time(c.slice(0, -2)),
			score: need(readShare2(c.slice(-2)), 'punteggio'),
		}));
		history.sort((a, b) => a.at.localeCompare(b.at));
		const last = need(history.at(-1), 'quiz senza prove');
		const best = Math.max(need(readShare2(bestText), 'migliore'), ...history.map((c) => c.score));
		const quiz: QuizProgress = { at: last.at, score: last.score, best, history };
		progress.quizzes[catalogue.quizzes[i] as string] = quiz;
	});
	entries(shiftText, catalogue.shifts?.length ?? 0, 'turni').forEach((entry, i) => {
		if (entry === '') return;
		const plays = entry
			.split('.')
			.map((p) =>
				need(
					p.length > PLAY_TAIL ? readPlayTail(p.slice(-PLAY_TAIL), time(p.slice(0, -PLAY_TAIL))) : undefined,
					'turno',
				),
			);
		progress.shifts = {
			...progress.shifts,
			[catalogue.shifts?.[i] as string]: { plays: plays.sort((a, b) => a.at.localeCompare(b.at)) },
		};
	});
	progress.updatedAt = need(isoAt(latest, 0), 'tempo');
	return progress;
}

/** Reads suspend data written by encodeSuspendData for the same catalogue; never throws. */
export function decodeSuspendData(text: unknown, catalogue: SuspendCatalogue): SuspendRead {
	if (typeof text !== 'string' || text === '') return { ok: false, reason: 'nessun dato' };
	if (text.length > MAX_READ) return { ok: false, reason: 'troppo lungo' };
	try {
		return { ok: true, progress: decodeAt(text, catalogue) };
	} catch (error) {
		return { ok: false, reason: error instanceof Unreadable ? error.message : 'illeggibile' };
	}
}
