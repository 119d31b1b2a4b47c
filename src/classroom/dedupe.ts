import { fullName } from '../progress/profileName';
import type { Profile } from '../progress/schema';
import type { LoadedLearner } from './importFile';

/**
 * Why a file was set aside: `older` (the kept one was exported later), `identical` (the same
 * content twice, e.g. the same file chosen again), `sameTime` (exported at the same instant but
 * different: the one with the later activity is kept, and the instructor should check).
 */
export type DuplicateReason = 'older' | 'identical' | 'sameTime';

/** A duplicate resolved: which file was kept and which was set aside. */
export interface DuplicateNote {
	/** "Nome Cognome" as written in the kept file. */
	learner: string;
	kept: string;
	dropped: string;
	/** When the kept file was exported. */
	keptExportedAt: string;
	reason: DuplicateReason;
}

/** Invisible characters (zero-width spaces and joiners, soft hyphens, bidi marks): they change the text, not the name. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Case, spacing, invisible characters and compatibility forms (fullwidth "Ｒｏｓｓｉ", ligatures)
 * do not make two people. Accents do: "Nicolò" and "Nicolo" stay apart, as HR would keep them.
 */
const norm = (text: string | undefined): string =>
	(text ?? '').normalize('NFKC').replace(INVISIBLE, '').toLocaleLowerCase('it-IT').replace(/\s+/gu, ' ').trim();

/**
 * Who a file belongs to: name, surname and administration, plus the staff number when given (two
 * Mario Rossi in one Comune are told apart by it). Email and class code are left out on purpose:
 * a learner who adds them between two exports is still the same person.
 */
export function learnerKey(profile: Profile): string {
	return [profile.nome, profile.cognome, profile.ente, profile.matricola].map(norm).join('|');
}

/** Compares two valid ISO times by instant, not as text. */
const compareTimes = (a: string, b: string): number => Date.parse(a) - Date.parse(b);

/** Newer export first; the same instant falls back to the later change, then to the file name, so the outcome is stable. */
function newer(a: LoadedLearner, b: LoadedLearner): boolean {
	const [x, y] = [a.file, b.file];
	const exported = compareTimes(x.exportedAt, y.exportedAt);
	if (exported !== 0) return exported > 0;
	const updated = compareTimes(x.progress.updatedAt, y.progress.updatedAt);
	if (updated !== 0) return updated > 0;
	return a.fileName > b.fileName;
}

function reason(kept: LoadedLearner, dropped: LoadedLearner): DuplicateReason {
	if (kept.file.checksum.value === dropped.file.checksum.value) return 'identical';
	return compareTimes(kept.file.exportedAt, dropped.file.exportedAt) === 0 ? 'sameTime' : 'older';
}

/** Merges learners (already loaded first, then new ones), keeping the newest file per learner, with a note for each file set aside. */
export function dedupeLearners(learners: ReadonlyArray<LoadedLearner>): {
	learners: LoadedLearner[];
	notes: DuplicateNote[];
} {
	const byKey = new Map<string, LoadedLearner>();
	const notes: DuplicateNote[] = [];
	for (const learner of learners) {
		const key = learnerKey(learner.file.progress.profile);
		const current = byKey.get(key);
		if (!current) {
			byKey.set(key, learner);
			continue;
		}
		// An identical file changes nothing: the one already there stays, whatever its name.
		const [kept, dropped] =
			learner.file.checksum.value !== current.file.checksum.value && newer(learner, current)
				? [learner, current]
				: [current, learner];
		byKey.set(key, kept);
		notes.push({
			learner: fullName(kept.file.progress.profile),
			kept: kept.fileName,
			dropped: dropped.fileName,
			keptExportedAt: kept.file.exportedAt,
			reason: reason(kept, dropped),
		});
	}
	return { learners: [...byKey.values()], notes };
}
