import type { GradeResult } from '../grader/types';
import { loadGrader } from '../grading/load';
import { progressStore } from '../progress/client';
import { browserStorage, type KeyValueStorage, type StorageProblem } from '../progress/storage';
import { needsReply, type Decision, type ShiftData } from '../schemas/shift';
import { buildDebrief } from './debrief';
import { normaliseDecisions } from './decisions';
import { advance, extend, finish, handle, setPaused, setPressure, startSession, startTime } from './flow';
import { gradeInput } from './grading';
import { replyChannel } from './view';
import { storedGrade, type ShiftSession } from './session';
import { clearSession, loadSession, saveSession } from './storage';

/**
 * The simulator's state for the islands: the pure session (flow.ts) in a rune, saved after every
 * change, and recorded in the learner's progress once the shift ends. Browser only.
 */
export class ShiftController {
	/** The shift in play; undefined before the start. */
	session: ShiftSession | undefined = $state.raw();
	/** Why the shift cannot be saved, if it cannot: the page says so. */
	problem: StorageProblem | undefined = $state.raw();
	/** Why a saved shift could not be resumed, if it could not. */
	issue: string | undefined = $state.raw();
	/** The shift was resumed from storage at load. */
	readonly resumed: boolean;
	readonly #storage: KeyValueStorage | undefined;

	constructor(
		readonly shift: ShiftData,
		readonly id: string,
		storage: KeyValueStorage | undefined = browserStorage(),
	) {
		this.#storage = storage;
		const read = loadSession(storage, id, shift);
		this.session = read.session;
		this.issue = read.issue;
		this.resumed = read.session !== undefined;
		if (!storage) this.problem = 'unavailable';
	}

	/** Starts a new shift, with or without the time limit. */
	start(pressure: boolean): void {
		this.#commit(startSession(this.shift, this.id, startTime(), { pressure }));
	}

	/** Real time passed while the page was open and the clock running. */
	tick(ms: number): void {
		if (this.session) this.#commit(advance(this.session, this.shift, ms));
	}

	pause(paused: boolean): void {
		if (this.session) this.#commit(setPaused(this.session, this.shift, paused));
	}

	extend(): void {
		if (this.session) this.#commit(extend(this.session));
	}

	turnOff(): void {
		if (this.session) this.#commit(setPressure(this.session, this.shift, false));
	}

	end(): void {
		if (this.session) this.#commit(finish(this.session));
	}

	/** Grades the learner's handling of a comment and records it; returns the grader's full result, if a reply was graded. */
	async submit(commentId: string, chosen: Decision[], reply: string): Promise<GradeResult | undefined> {
		const session = this.session;
		const comment = this.shift.comments.find((c) => c.id === commentId);
		if (!session || !comment) return undefined;
		const decisions = normaliseDecisions(chosen);
		let result: GradeResult | undefined;
		if (needsReply(decisions) && reply.trim()) {
			const { gradeSafely } = await loadGrader();
			const previous = session.handled.map((h) => h.reply).filter(Boolean);
			const channel = replyChannel(this.shift.platform);
			result = gradeSafely(gradeInput(comment, this.shift.post, reply, previous, channel));
		}
		// The session may have moved on (the clock) while the grader loaded: apply to the latest.
		this.#commit(
			handle(
				this.session ?? session,
				this.shift,
				commentId,
				decisions,
				needsReply(decisions) ? reply : '',
				result ? storedGrade(result) : undefined,
			),
		);
		return result;
	}

	/** Forgets the shift in play: the start screen again. */
	restart(): void {
		clearSession(this.#storage, this.id);
		this.session = undefined;
	}

	#commit(next: ShiftSession): void {
		if (next === this.session) return;
		let session = next;
		if (session.finished && !session.recorded) {
			const d = buildDebrief(session, this.shift);
			progressStore().recordShift(this.id, {
				score: d.score,
				replies: d.replies,
				decisions: d.decisions,
				...(d.urgentFirst === undefined ? {} : { urgentFirst: d.urgentFirst }),
				handled: d.handled,
				total: d.total,
			});
			session = { ...session, recorded: true };
		}
		this.session = session;
		this.problem = saveSession(this.#storage, session) ?? progressStore().problem;
	}
}
