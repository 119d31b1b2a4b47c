// The rules of the simulator, without a browser: clock, pause, time limit, branches, order, saving.
import { describe, expect, it } from 'vitest';
import {
	advance,
	extend,
	finish,
	handle,
	queue,
	remainingMs,
	sessionFits,
	setPaused,
	setPressure,
	startSession,
} from '../../../src/shift/flow';
import { formatClock, parseClock } from '../../../src/shift/clock';
import { judgeDecisions } from '../../../src/shift/decisions';
import { gradeInput } from '../../../src/shift/grading';
import { buildDebrief } from '../../../src/shift/debrief';
import { sessionSchema } from '../../../src/shift/session';
import { loadSession, saveSession, sessionKey, clearSession } from '../../../src/shift/storage';
import { MemoryStorage } from '../../../src/progress/storage';
import { loadShift, play, rightHandling, type Strategy } from './play';

const shift = loadShift('tests/fixtures/shifts/ramo.yaml');
const start = () => startSession(shift, 'ramo', new Date('2026-12-01T09:00:00Z'), { pressure: true });
const ids = (s: ReturnType<typeof start>) => queue(s, shift).map((c) => c.id);

describe('clock', () => {
	it('reads and writes HH:MM', () => {
		expect(parseClock('08:30')).toBe(510);
		expect(formatClock(510.9)).toBe('08:30');
	});
	it('lets comments in as the simulated time passes, and not before', () => {
		let s = start();
		expect(ids(s)).toEqual(['a1']);
		// 10 minutes, arrivals over the first half: 30 simulated minutes in 5 real minutes.
		s = advance(s, shift, 60_000);
		expect(formatClock(s.sim)).toBe('08:06');
		expect(ids(s)).toEqual(['a1', 'a2']);
	});
	it('stays still while paused, however long the pause', () => {
		let s = setPaused(start(), shift, true);
		const before = { sim: s.sim, elapsed: s.elapsedMs };
		s = advance(s, shift, 3_600_000);
		expect({ sim: s.sim, elapsed: s.elapsedMs }).toEqual(before);
		expect(s.finished).toBe(false);
	});
	it('does not jump to the next arrival while paused; resuming lets it in', () => {
		let s = setPaused(start(), shift, true);
		s = handle(s, shift, 'a1', ['reply-public'], 'x', undefined);
		expect(formatClock(s.sim)).toBe('08:00');
		expect(ids(s)).toEqual([]);
		expect(s.finished).toBe(false);
		s = setPaused(s, shift, false);
		expect(ids(s)).toEqual(['a2']);
	});
	it('ends the shift at the time limit; an extension and turning the limit off keep it going', () => {
		let s = advance(start(), shift, 9 * 60_000);
		expect(remainingMs(s)).toBe(60_000);
		s = extend(s);
		expect(remainingMs(s)).toBe(11 * 60_000);
		s = setPressure(s, shift, false);
		s = advance(s, shift, 3_600_000);
		expect(s.finished).toBe(false);
		s = advance(setPressure(s, shift, true), shift, 11 * 60_000);
		expect(s.finished).toBe(true);
	});
	it('without a time limit, jumps to the next arrival when the queue is empty', () => {
		let s = startSession(shift, 'ramo', new Date(), { pressure: false });
		s = handle(s, shift, 'a1', ['reply-public'], 'x', {
			criteria: {
				detailed: { met: true, score: 1, feedback: '' },
				name: { met: true, score: 1, feedback: '' },
				thanks: { met: true, score: 1, feedback: '' },
			},
			score: 1,
			conduct: [],
		});
		expect(formatClock(s.sim)).toBe('08:05');
		expect(ids(s)).toEqual(['a2']);
	});
});

describe('grader input', () => {
	it('carries the fact sheet with the post, the key facts, offensive, and the earlier replies (copy-paste check)', () => {
		const c = shift.comments[0]!;
		const input = gradeInput(c, { author: 'Comune', time: 'ieri', text: 'Il post.' }, 'Risposta', ['Prima']);
		expect(input).toMatchObject({
			comment: c.text,
			author: c.author,
			offensive: false,
			keyFacts: c.keyFacts,
			previousReplies: ['Prima'],
		});
		expect(input.factSheet).toContain(c.factSheet);
		expect(input.channel).toBe('public');
		expect(gradeInput(c, undefined, 'Risposta', [], 'private').channel).toBe('private');
		expect(input.factSheet).toContain('Il post.');
	});
});

describe('decisions', () => {
	const c = shift.comments[1]!.decisions;
	it('are right when they match the right set or one of the others, in any order', () => {
		expect(judgeDecisions(['no-reply'], c).right).toBe(true);
		expect(judgeDecisions(['hide'], c).right).toBe(true);
	});
	it('name what is missing and what is extra', () => {
		expect(judgeDecisions(['reply-public', 'hide'], c)).toEqual({
			right: false,
			missing: ['no-reply'],
			extra: ['reply-public', 'hide'],
		});
	});
});

describe('branches and the debrief', () => {
	const poorOnA1: Strategy = (comment) =>
		comment.id === 'a1' ? { decisions: ['reply-public'], reply: 'Ok.' } : rightHandling(comment);
	it('a poor first reply brings the follow-up, and the debrief shows both paths', () => {
		const { session } = play(shift, poorOnA1, 'ramo');
		const debrief = buildDebrief(session, shift);
		expect(debrief.path).toContain('a3');
		expect(debrief.betterPath).not.toContain('a3');
		expect(debrief.betterPath).toContain('a6');
		expect(debrief.branchExtra).toEqual(['a3']);
		expect(debrief.branchMissed).toEqual([]);
		expect(
			debrief.decisionTallies.every((d) => d.extra === 0 && d.missed === 0),
			'only the reply was poor',
		).toBe(true);
		expect(debrief.comments.find((r) => r.comment.id === 'a1')?.poorReply).toBe(true);
		expect(debrief.score).toBeLessThan(1);
	});
	it('a wrong decision on the threat brings a worried citizen; a right one on the spam brings a thank-you', () => {
		const wrongThreat: Strategy = (comment) =>
			comment.id === 'a4' ? { decisions: ['no-reply'], reply: '' } : rightHandling(comment);
		const { session } = play(shift, wrongThreat, 'ramo');
		expect(session.arrivals['a5']).toBeDefined();
		expect(session.arrivals['a6']).toBeDefined();
		expect(buildDebrief(session, shift).decisions).toBeLessThan(1);
		expect(buildDebrief(session, shift).decisionTallies.find((d) => d.decision === 'no-reply')).toMatchObject({
			extra: 1,
		});
		const wrongSpam: Strategy = (comment) =>
			comment.id === 'a2' ? { decisions: ['reply-public'], reply: 'Ciao Luca, grazie.' } : rightHandling(comment);
		expect(buildDebrief(play(shift, wrongSpam, 'ramo').session, shift).branchMissed).toEqual(['a6']);
	});
	it('the right handling reaches the better path with full marks', () => {
		const debrief = buildDebrief(play(shift, rightHandling, 'ramo').session, shift);
		expect(debrief.path).toEqual(debrief.betterPath);
		expect(debrief.decisions).toBe(1);
		expect(debrief.urgentFirst).toBe(true);
	});
	it('an urgent comment handled after a later routine one was not handled first', () => {
		let s = startSession(shift, 'ramo', new Date(), { pressure: true });
		s = advance(s, shift, 5 * 60_000); // every non-branch comment has arrived
		expect(ids(s)).toEqual(['a1', 'a2', 'a4', 'a7']);
		s = handle(s, shift, 'a7', ['reply-public'], '', undefined);
		s = handle(s, shift, 'a4', ['report-block', 'forward'], '', undefined);
		const report = buildDebrief(finish(s), shift);
		expect(report.urgentFirst).toBe(false);
		expect(report.total).toBe(4);
		expect(report.handled).toBe(2);
		expect(report.branchMissed, 'comments left out by the early end are not a branch').toEqual([]);
		// a7 expected a reply that is missing: its decisions were right, the reply was not written.
		expect(report.decisionTallies.find((d) => d.decision === 'report-block')).toEqual({
			decision: 'report-block',
			right: 1,
			missed: 0,
			extra: 0,
		});
		expect(report.decisionTallies.find((d) => d.decision === 'no-reply')).toEqual({
			decision: 'no-reply',
			right: 0,
			missed: 1,
			extra: 0,
		});
	});
});

describe('saving a session', () => {
	it('round-trips through storage, and a paused clock comes back paused', () => {
		const storage = new MemoryStorage();
		const s = setPaused(advance(start(), shift, 30_000), shift, true);
		expect(saveSession(storage, s)).toBeUndefined();
		const read = loadSession(storage, 'ramo', shift);
		expect(read.session).toEqual(s);
		expect(read.session?.paused).toBe(true);
		expect(sessionSchema.safeParse(read.session).success).toBe(true);
		clearSession(storage, 'ramo');
		expect(storage.getItem(sessionKey('ramo'))).toBeNull();
	});
	it('reports an unreadable or outdated session instead of resuming it', () => {
		const storage = new MemoryStorage();
		storage.setItem(sessionKey('ramo'), '{"version":1');
		expect(loadSession(storage, 'ramo', shift)).toMatchObject({
			session: undefined,
			issue: expect.any(String) as unknown,
		});
		storage.setItem(sessionKey('ramo'), JSON.stringify({ ...start(), comments: ['a1'] }));
		expect(sessionFits({ ...start(), comments: ['a1'] }, shift)).toBe(false);
		expect(loadSession(storage, 'ramo', shift).session).toBeUndefined();
	});
	it('reports a full or disabled storage', () => {
		const full = new MemoryStorage();
		full.setItem = () => {
			throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		};
		expect(saveSession(full, start())).toBe('full');
		expect(saveSession(undefined, start())).toBe('unavailable');
	});
});
