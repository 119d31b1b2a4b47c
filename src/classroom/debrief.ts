import type { PlanItem } from '../course/plan';
import type { Attempt, ExportFile } from '../progress/schema';
import { MAX_INSTRUCTOR_EXERCISES } from '../progress/instructor';

/**
 * The classroom debrief: the replies learners chose to share (export option "includi le mie
 * risposte"), grouped by exercise, side by side with their verdicts. Learners are "Corsista 1,
 * 2…" unless the instructor reveals names: the numbering follows each file's checksum, so it
 * says nothing about the alphabet or the order files were chosen in, and stays the same for a
 * learner across exercises.
 */

/** One shared reply. `who` is the only field that names a learner, and only when revealed. */
export interface DebriefReply {
	who: string;
	reply: string;
	verdicts: Attempt['verdicts'];
	score: number;
	at: string;
}

/** One exercise with the class's replies. */
export interface DebriefExercise {
	id: string;
	/** Written by the instructor (shared as a link), not by the course authors. */
	instructor: boolean;
	title: string;
	replies: DebriefReply[];
}

/** How the replies of an exercise are ordered. */
export const SORT_ORDERS = ['learner', 'lowest', 'highest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The learner's files, as the debrief reads them. */
export interface DebriefSource {
	file: Pick<ExportFile, 'progress' | 'replies' | 'checksum'>;
}

const tipsMet = (r: DebriefReply): number => Object.values(r.verdicts).filter((v) => v === true).length;

/** Replies in the chosen order: by learner number, or by score (then tips met) lowest or highest first. */
export function sortReplies(replies: readonly DebriefReply[], order: SortOrder): DebriefReply[] {
	const list = [...replies];
	if (order === 'learner') return list;
	const sign = order === 'lowest' ? 1 : -1;
	return list.sort((a, b) => sign * (a.score - b.score || tipsMet(a) - tipsMet(b)));
}

/**
 * The exercises with shared replies, course exercises first in plan order, then the instructor's
 * by title. `anonymousLabel(n)` words "Corsista n"; names appear only when `reveal` is true.
 */
export function debriefExercises(
	learners: readonly DebriefSource[],
	courseExercises: readonly PlanItem[],
	options: { reveal: boolean; anonymousLabel: (n: number) => string },
): DebriefExercise[] {
	const ordered = [...learners].sort((a, b) =>
		a.file.checksum.value < b.file.checksum.value ? -1 : a.file.checksum.value > b.file.checksum.value ? 1 : 0,
	);
	const course = new Map(courseExercises.map((e, i) => [e.id, { title: e.title, order: i }]));
	const groups = new Map<string, DebriefExercise>();
	ordered.forEach(({ file }, i) => {
		const { profile } = file.progress;
		const who = options.reveal ? `${profile.nome} ${profile.cognome}` : options.anonymousLabel(i + 1);
		let instructorCount = 0;
		for (const [id, reply] of Object.entries(file.replies ?? {})) {
			const known = course.get(id);
			const own = known ? undefined : file.progress.instructor?.[id];
			// Only exercises this course has, or instructor exercises the file itself describes; a few per file.
			if (!known && (!own || ++instructorCount > MAX_INSTRUCTOR_EXERCISES)) continue;
			const last = (known ? file.progress.exercises[id] : own)?.attempts.at(-1);
			if (!last || !reply.trim()) continue;
			const group = groups.get(id) ?? { id, instructor: !known, title: known?.title ?? own?.title ?? id, replies: [] };
			group.replies.push({ who, reply, verdicts: last.verdicts, score: last.score, at: last.at });
			groups.set(id, group);
		}
	});
	const rank = (g: DebriefExercise): number => course.get(g.id)?.order ?? Number.MAX_SAFE_INTEGER;
	return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'it'));
}
