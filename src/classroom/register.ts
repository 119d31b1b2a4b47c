import type { CoursePlan } from '../course/plan';
import { learnerRow, type LearnerRow } from './aggregate';
import { dedupeLearners } from './dedupe';
import { importLearnerFile, type FileLike, type LoadedLearner } from './importFile';

export { emptyRegister, type BatchSummary, type EditionNote, type Refusal, type Register } from './registerState';
import type { BatchSummary, Refusal, Register } from './registerState';

/** Rows already computed, per loaded file: a new batch only computes its own. */
const rowCache = new WeakMap<LoadedLearner, LearnerRow>();

async function rowFor(learner: LoadedLearner, plan: CoursePlan): Promise<LearnerRow> {
	const cached = rowCache.get(learner);
	if (cached) return cached;
	const row = await learnerRow(learner, plan);
	rowCache.set(learner, row);
	return row;
}

/**
 * Adds files to the register: each is checked on its own, valid ones load even when others are
 * refused, and the same learner twice keeps the newest file. `now` is the instructor's clock: no
 * file may come from the future.
 */
export async function addFiles(
	register: Register,
	files: ReadonlyArray<FileLike>,
	plan: CoursePlan,
	now: Date = new Date(),
): Promise<{ register: Register; summary: BatchSummary }> {
	const outcomes = await Promise.all(files.map((file) => importLearnerFile(file, plan.course.id, now)));
	const loaded: LoadedLearner[] = [];
	const refused: Refusal[] = [];
	for (const outcome of outcomes) {
		if (outcome.ok) loaded.push(outcome.learner);
		else
			refused.push(
				outcome.detail === undefined
					? { fileName: outcome.fileName, code: outcome.code }
					: { fileName: outcome.fileName, code: outcome.code, detail: outcome.detail },
			);
	}
	const { learners, notes } = dedupeLearners([...register.learners, ...loaded]);
	const editions = loaded
		.filter((l) => l.file.course.version !== plan.course.version)
		.map((l) => ({
			fileName: l.fileName,
			learner: `${l.file.progress.profile.nome} ${l.file.progress.profile.cognome}`,
			version: l.file.course.version,
		}));
	return {
		register: {
			learners,
			rows: await Promise.all(learners.map((l) => rowFor(l, plan))),
			refused: [...register.refused, ...refused],
			duplicates: [...register.duplicates, ...notes],
			editions: [...register.editions, ...editions],
		},
		summary: { read: files.length, loaded: loaded.length, refused: refused.length },
	};
}
