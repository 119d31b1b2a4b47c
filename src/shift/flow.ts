import { needsReply, type Decision, type ShiftComment, type ShiftData } from '../schemas/shift';
import { EXTENSION_MINUTES, parseClock, simSpeed } from './clock';
import { judgeDecisions } from './decisions';
import { SESSION_VERSION, type Handling, type ShiftSession, type StoredGrade } from './session';

// The rules of a shift as pure functions on its session: arrivals on the simulated clock, the
// branches (showIf), the time limit. Each returns a new session; nothing here reads a clock.

/** A reply scoring under this, or failing a conduct gate, is a "poor reply" for the branches (spec). */
export const POOR_REPLY_BELOW = 0.6;

/** Options chosen before the shift starts. */
export interface StartOptions {
	/** Time limit on (default) or off (WCAG 2.2.1). */
	pressure: boolean;
}

const lastArrival = (shift: ShiftData): number => parseClock(shift.comments.at(-1)?.at ?? shift.clock.start);

/** The real time a shift starts at: a plain value handed to the pure functions below. */
export const startTime = (): Date => new Date();

/** A new session, with the comments due at the opening already in the queue. */
export function startSession(shift: ShiftData, shiftId: string, now: Date, options: StartOptions): ShiftSession {
	const session: ShiftSession = {
		version: SESSION_VERSION,
		shiftId,
		startedAt: now.toISOString(),
		sim: parseClock(shift.clock.start),
		elapsedMs: 0,
		limitMs: shift.minutes * 60_000,
		pressure: options.pressure,
		paused: false,
		arrivals: {},
		handled: [],
		finished: false,
		comments: shift.comments.map((c) => c.id),
	};
	return settle(session, shift);
}

/** True when a saved session belongs to this version of the shift file. */
export const sessionFits = (session: ShiftSession, shift: ShiftData): boolean =>
	session.comments.length === shift.comments.length && shift.comments.every((c, i) => session.comments[i] === c.id);

/** The learner's reply to a comment expecting one was poor: under POOR_REPLY_BELOW, a conduct failure, or none. */
export function poorReply(comment: ShiftComment, handling: Pick<Handling, 'grade'>): boolean {
	if (!needsReply(comment.decisions.right)) return false;
	const grade = handling.grade;
	return !grade || grade.score < POOR_REPLY_BELOW || grade.conduct.length > 0;
}

/** Whether a comment's showIf holds: yes, no, or not known yet (the earlier comment is not handled). */
export function condition(
	comment: ShiftComment,
	shift: ShiftData,
	handled: readonly Handling[],
): 'yes' | 'no' | 'unknown' {
	const rule = comment.showIf;
	if (!rule) return 'yes';
	const earlier = shift.comments.find((c) => c.id === rule.after);
	const handling = handled.find((h) => h.id === rule.after);
	if (!earlier || !handling) return 'unknown';
	const holds = {
		'poor-reply': () => poorReply(earlier, handling),
		'good-reply': () => !poorReply(earlier, handling),
		'decided-right': () => judgeDecisions(handling.decisions, earlier.decisions).right,
		'decided-wrong': () => !judgeDecisions(handling.decisions, earlier.decisions).right,
	}[rule.when]();
	return holds ? 'yes' : 'no';
}

/** Arrived comments not yet handled, in order of arrival: the learner picks from these. */
export function queue(session: ShiftSession, shift: ShiftData): ShiftComment[] {
	const done = new Set(session.handled.map((h) => h.id));
	return shift.comments
		.filter((c) => session.arrivals[c.id] && !done.has(c.id))
		.sort(
			(a, b) =>
				(session.arrivals[a.id]?.seq ?? 0) - (session.arrivals[b.id]?.seq ?? 0) ||
				(session.arrivals[a.id]?.at ?? 0) - (session.arrivals[b.id]?.at ?? 0),
		);
}

/** Comments still to come: not arrived, their condition true or not yet known. */
const upcoming = (session: ShiftSession, shift: ShiftData): ShiftComment[] =>
	shift.comments.filter((c) => !session.arrivals[c.id] && condition(c, shift, session.handled) !== 'no');

/**
 * Lets in every comment due by now whose condition holds; when the queue is empty, jumps the clock
 * to the next arrival (nobody waits for nothing); when nothing can come any more, ends the shift.
 */
export function settle(session: ShiftSession, shift: ShiftData): ShiftSession {
	if (session.finished) return session;
	const next = { ...session, arrivals: { ...session.arrivals } };
	const admit = () => {
		for (const c of shift.comments) {
			if (next.arrivals[c.id] || parseClock(c.at) > next.sim || condition(c, shift, next.handled) !== 'yes') continue;
			next.arrivals[c.id] = { at: next.sim, seq: next.handled.length };
		}
	};
	admit();
	if (queue(next, shift).length === 0) {
		const due = upcoming(next, shift).filter((c) => condition(c, shift, next.handled) === 'yes');
		const first = due[0];
		// A paused clock stays paused: the next comment waits for "Riprendi".
		if (first && !(next.paused && next.pressure)) {
			next.sim = Math.max(next.sim, parseClock(first.at));
			admit();
		} else if (!first && upcoming(next, shift).length === 0) next.finished = true;
	}
	return next;
}

/** Real time passing: moves the simulated clock unless paused or without time limit; ends the shift at the limit. */
export function advance(session: ShiftSession, shift: ShiftData, ms: number): ShiftSession {
	if (session.finished || session.paused || !session.pressure || ms <= 0) return session;
	const speed = simSpeed(parseClock(shift.clock.start), lastArrival(shift), shift.minutes);
	const elapsedMs = Math.min(session.limitMs, session.elapsedMs + ms);
	const moved = { ...session, elapsedMs, sim: session.sim + (elapsedMs - session.elapsedMs) * speed };
	if (elapsedMs >= session.limitMs) return { ...settle(moved, shift), finished: true };
	return settle(moved, shift);
}

/** Records how the learner handled a comment, then lets in what follows from it. */
export function handle(
	session: ShiftSession,
	shift: ShiftData,
	id: string,
	decisions: Decision[],
	reply: string,
	grade: StoredGrade | undefined,
): ShiftSession {
	if (session.finished || !session.arrivals[id] || session.handled.some((h) => h.id === id)) return session;
	const handling: Handling = { id, decisions, reply, at: session.sim, ...(grade ? { grade } : {}) };
	return settle({ ...session, handled: [...session.handled, handling] }, shift);
}

/** Pauses or resumes the clock (resuming lets in what was due). */
export const setPaused = (session: ShiftSession, shift: ShiftData, paused: boolean): ShiftSession =>
	settle({ ...session, paused }, shift);
/** Adds EXTENSION_MINUTES to the time limit. */
export const extend = (session: ShiftSession): ShiftSession => ({
	...session,
	limitMs: session.limitMs + EXTENSION_MINUTES * 60_000,
});
/** Turns the time limit off (or on again); without it the clock never waits on a pause. */
export const setPressure = (session: ShiftSession, shift: ShiftData, pressure: boolean): ShiftSession =>
	settle({ ...session, pressure }, shift);
/** Ends the shift now: what is left in the queue counts as not handled. */
export const finish = (session: ShiftSession): ShiftSession => ({ ...session, finished: true });
/** Real time left before the limit, in ms. */
export const remainingMs = (session: ShiftSession): number => Math.max(0, session.limitMs - session.elapsedMs);
