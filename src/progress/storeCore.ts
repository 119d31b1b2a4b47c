// The progress store without its validation code: the record reader is passed in. store.ts passes
// the zod one; pages that may never read a stored record (progress, certificate) load it only when
// one is there (lazyClient.ts), so they start without zod.
import type { GradeResult } from '../grader/types';
import { emptyProgress, type RecordReader } from './emptyRecord';
import { addQuizCheck, addShiftPlay, attemptFrom, capped, patchExercise } from './changes';
import { MAX_ATTEMPTS } from './constants';
import type { Attempt, ExerciseProgress, InstructorExerciseProgress, Profile, Progress, ShiftPlay } from './schema';
import { patchInstructor, type InstructorMeta } from './instructor';
import { isQuotaError, MemoryStorage, removeKeys, type KeyValueStorage, type StorageProblem } from './storage';

/** The one localStorage key of the site: every learner datum lives under it. */
export const STORAGE_KEY = 'palestra-social-pa';
/** Prefix of keys where unreadable records are kept aside, never silently wiped. */
export const QUARANTINE_PREFIX = `${STORAGE_KEY}:corrotto:`;
export { MAX_ATTEMPTS };

/** Options of a progress store. */
export interface StoreOptions {
	courseId: string;
	/** Where to persist; undefined means storage is disabled (the store then works in memory). */
	storage: KeyValueStorage | undefined;
	/** Clock, injected for tests. */
	now?: () => Date;
	/** Parses, migrates and validates a stored record (record.ts `readRecord`: zod). */
	readRecord: RecordReader;
}

type Listener = (progress: Progress) => void;

/** Reasons a stored record could not be used. */
export interface LoadIssue {
	/** The key where the unreadable record was kept aside. */
	quarantineKey: string;
	/** What was wrong, for the notice. */
	reason: string;
}

/**
 * The learner's progress: loaded and validated from storage, changed only through its methods, saved
 * after every change. Failures to save are reported through `problem`, and the session goes on in memory.
 */
export class ProgressStore {
	readonly #courseId: string;
	readonly #now: () => Date;
	readonly #readRecord: RecordReader;
	readonly #storage: KeyValueStorage;
	#state: Progress;
	/** The raw value last read or written: a different value in storage means another tab saved. */
	#lastRaw: string | null = null;
	#problem: StorageProblem | undefined;
	#loadIssue: LoadIssue | undefined;
	/** Set when an unreadable record could not be kept aside: saving would destroy it. */
	#frozen = false;
	readonly #listeners = new Set<Listener>();

	constructor(options: StoreOptions) {
		this.#courseId = options.courseId;
		this.#now = options.now ?? (() => new Date());
		this.#readRecord = options.readRecord;
		this.#storage = options.storage ?? new MemoryStorage();
		if (!options.storage) this.#problem = 'unavailable';
		this.#state = this.#read();
	}

	/** The current progress (treat as read-only). */
	get state(): Progress {
		return this.#state;
	}

	/** Set when progress cannot be saved: the page must say so. */
	get problem(): StorageProblem | undefined {
		return this.#problem;
	}

	/** Set when the stored record was unreadable and was kept aside. */
	get loadIssue(): LoadIssue | undefined {
		return this.#loadIssue;
	}

	/** Calls `listener` now and after every change; returns the function that stops it. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		listener(this.#state);
		return () => this.#listeners.delete(listener);
	}

	/** Re-reads storage: another tab changed it. */
	reload(): void {
		this.#state = this.#read();
		this.#emit();
	}

	/** The learner's work on an exercise, if any. */
	exercise(id: string): ExerciseProgress | undefined {
		return this.#state.exercises[id];
	}

	/** Keeps the reply being written, so a reload does not lose it. */
	saveDraft(exerciseId: string, reply: string): void {
		this.#update((p) => patchExercise(p, exerciseId, () => ({ lastReply: reply })));
	}

	/** Records a graded attempt and the reply it graded. */
	recordAttempt(exerciseId: string, reply: string, result: GradeResult): Attempt {
		const attempt = attemptFrom(result, this.#now().toISOString());
		this.#update((p) =>
			patchExercise(p, exerciseId, (e) => ({
				lastReply: reply,
				gradedReply: reply,
				attempts: capped([...e.attempts, attempt]),
			})),
		);
		return attempt;
	}

	/** Notes that the learner looked at the model answer. */
	revealModel(exerciseId: string): void {
		this.#update((p) => patchExercise(p, exerciseId, () => ({ revealedModel: true })));
	}

	/** Records a quiz score (0..1), keeping the best and a short history. */
	recordQuiz(quizId: string, score: number): void {
		this.#update((p) => addQuizCheck(p, quizId, this.#now().toISOString(), score));
	}

	/** Records a shift played to its end (the time is the store's clock). */
	recordShift(shiftId: string, play: Omit<ShiftPlay, 'at'>): void {
		this.#update((p) => addShiftPlay(p, shiftId, { ...play, at: this.#now().toISOString() }));
	}

	/** Marks a lesson as opened (first time only). */
	openLesson(lessonId: string): void {
		if (this.#state.lessons[lessonId]?.openedAt) return;
		this.#update((p) => {
			p.lessons[lessonId] = { ...p.lessons[lessonId], openedAt: this.#now().toISOString() };
		});
	}

	/** Marks a lesson as finished (the first time counts: the completion date must not move). */
	finishLesson(lessonId: string): void {
		if (this.#state.lessons[lessonId]?.finishedAt) return;
		this.#update((p) => {
			const at = this.#now().toISOString();
			p.lessons[lessonId] = { openedAt: p.lessons[lessonId]?.openedAt ?? at, finishedAt: at };
		});
	}

	/** Saves the learner's profile. */
	setProfile(profile: Profile): void {
		this.#update((p) => {
			p.profile = profile;
		});
	}

	/** The learner's work on an instructor exercise (shared as a link), if any. */
	instructorExercise(id: string): InstructorExerciseProgress | undefined {
		return this.#state.instructor?.[id];
	}

	/** Keeps the reply being written to an instructor exercise. */
	saveInstructorDraft(id: string, meta: InstructorMeta, reply: string): void {
		this.#update((p) => patchInstructor(p, id, meta, () => ({ lastReply: reply })));
	}

	/** Records a graded attempt at an instructor exercise: stored apart, it never counts toward completion. */
	recordInstructorAttempt(id: string, meta: InstructorMeta, reply: string, result: GradeResult): Attempt {
		const attempt = attemptFrom(result, this.#now().toISOString());
		this.#update((p) =>
			patchInstructor(p, id, meta, (e) => ({
				lastReply: reply,
				gradedReply: reply,
				attempts: capped([...e.attempts, attempt]),
			})),
		);
		return attempt;
	}

	/** Notes that the learner looked at an instructor exercise's model answer. */
	revealInstructorModel(id: string, meta: InstructorMeta): void {
		this.#update((p) => patchInstructor(p, id, meta, () => ({ revealedModel: true })));
	}

	/** Erases every datum of the learner, records kept aside included. */
	clear(): void {
		// If storage refuses, the in-memory state is reset all the same, and the notice already says storage is off.
		// Every key under the site's prefix goes: records kept aside, shifts in play.
		removeKeys(this.#storage, (key) => key === STORAGE_KEY || key.startsWith(`${STORAGE_KEY}:`));
		this.#lastRaw = null;
		this.#loadIssue = undefined;
		this.#state = emptyProgress(this.#courseId, this.#now());
		this.#emit();
	}

	#getRaw(): string | null | undefined {
		try {
			return this.#storage.getItem(STORAGE_KEY);
		} catch {
			this.#problem = 'unavailable';
			return undefined;
		}
	}

	#read(): Progress {
		const raw = this.#getRaw();
		this.#lastRaw = raw ?? null;
		if (raw === undefined || raw === null) return emptyProgress(this.#courseId, this.#now());
		const read = this.#readRecord(raw, this.#courseId);
		if (read.ok) return read.progress;
		this.#quarantine(raw, read.reason);
		return emptyProgress(this.#courseId, this.#now());
	}

	#quarantine(raw: string, reason: string): void {
		const quarantineKey = `${QUARANTINE_PREFIX}${this.#now().toISOString()}`;
		try {
			this.#storage.setItem(quarantineKey, raw);
			this.#storage.removeItem(STORAGE_KEY);
			this.#lastRaw = null;
		} catch (error) {
			// It could not be copied aside: never write over it, go on in memory only.
			this.#problem = isQuotaError(error) ? 'full' : 'unavailable';
			this.#frozen = true;
		}
		this.#loadIssue = { quarantineKey, reason };
	}

	/** Read-modify-write: starts from what another tab may have saved since, so no tab overwrites another with stale data. */
	#update(change: (draft: Progress) => void): void {
		const raw = this.#getRaw();
		let base = this.#state;
		if (raw === null && this.#lastRaw !== null) base = emptyProgress(this.#courseId, this.#now());
		else if (typeof raw === 'string' && raw !== this.#lastRaw) {
			const read = this.#readRecord(raw, this.#courseId);
			if (read.ok) base = read.progress;
		}
		const draft = structuredClone(base);
		change(draft);
		draft.updatedAt = this.#now().toISOString();
		this.#state = draft;
		this.#save();
		this.#emit();
	}

	#save(): void {
		if (this.#frozen) return;
		const raw = JSON.stringify(this.#state);
		try {
			this.#storage.setItem(STORAGE_KEY, raw);
			this.#lastRaw = raw;
			if (this.#problem === 'full') this.#problem = undefined;
		} catch (error) {
			// Keep working in memory; the notice tells the learner to export before closing.
			this.#problem = isQuotaError(error) ? 'full' : 'unavailable';
		}
	}

	#emit(): void {
		for (const listener of this.#listeners) listener(this.#state);
	}
}
