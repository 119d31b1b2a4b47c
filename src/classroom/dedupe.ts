import type { Profile } from '../progress/schema';
import type { LoadedLearner } from './importFile';

/** A duplicate resolved: which file was kept and which was set aside. */
export interface DuplicateNote {
	/** "Nome Cognome" as written in the kept file. */
	learner: string;
	kept: string;
	dropped: string;
	/** When the kept file was exported. */
	keptExportedAt: string;
}

/** Case, accents as typed, and spacing do not make two people. */
const norm = (text: string | undefined): string => (text ?? '').normalize('NFC').toLocaleLowerCase('it-IT').replace(/\s+/gu, ' ').trim();

/**
 * Who a file belongs to: name, surname and administration, plus the staff number when given (two
 * Mario Rossi in one Comune are told apart by it). Email and class code are left out on purpose:
 * a learner who adds them between two exports is still the same person.
 */
export function learnerKey(profile: Profile): string {
	return [profile.nome, profile.cognome, profile.ente, profile.matricola].map(norm).join('|');
}

/** Newer export first; the same instant falls back to the later change, then to the file name, so the outcome is stable. */
function newer(a: LoadedLearner, b: LoadedLearner): boolean {
	const [x, y] = [a.file, b.file];
	if (x.exportedAt !== y.exportedAt) return x.exportedAt > y.exportedAt;
	if (x.progress.updatedAt !== y.progress.updatedAt) return x.progress.updatedAt > y.progress.updatedAt;
	return a.fileName > b.fileName;
}

/** Merges learners (already loaded first, then new ones), keeping the newest file per learner, with a note for each file set aside. */
export function dedupeLearners(learners: ReadonlyArray<LoadedLearner>): { learners: LoadedLearner[]; notes: DuplicateNote[] } {
	const byKey = new Map<string, LoadedLearner>();
	const notes: DuplicateNote[] = [];
	for (const learner of learners) {
		const key = learnerKey(learner.file.progress.profile);
		const current = byKey.get(key);
		if (!current) {
			byKey.set(key, learner);
			continue;
		}
		const [kept, dropped] = newer(learner, current) ? [learner, current] : [current, learner];
		byKey.set(key, kept);
		const { nome, cognome } = kept.file.progress.profile;
		notes.push({ learner: `${nome} ${cognome}`, kept: kept.fileName, dropped: dropped.fileName, keptExportedAt: kept.file.exportedAt });
	}
	return { learners: [...byKey.values()], notes };
}
