// Plays a shift without a browser, with the same rules and grader input the simulator uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gradeReply } from '../../../src/grader/index';
import type { GradeResult } from '../../../src/grader/types';
import { needsReply, shiftSchema, type Decision, type ShiftComment, type ShiftData } from '../../../src/schemas/shift';
import { handle, queue, startSession } from '../../../src/shift/flow';
import { gradeInput } from '../../../src/shift/grading';
import { storedGrade, type ShiftSession } from '../../../src/shift/session';
import { replyChannel } from '../../../src/shift/view';

/** Every published shift file of the course and the engine's own fixtures. */
export function shiftFiles(): { path: string; id: string; raw: unknown }[] {
	const dirs = ['exercises/shifts', 'tests/fixtures/shifts'];
	return dirs.flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
			.sort()
			.map((f) => ({
				path: join(dir, f),
				id: f.replace(/\.yaml$/u, ''),
				raw: parse(readFileSync(join(dir, f), 'utf8')) as unknown,
			})),
	);
}

export const loadShift = (path: string): ShiftData => shiftSchema.parse(parse(readFileSync(path, 'utf8')));

/** How the player handles a comment. */
export type Strategy = (comment: ShiftComment) => { decisions: Decision[]; reply: string };

/** The file's own right handling: the right set, the model answer when a reply is expected. */
export const rightHandling: Strategy = (c) => ({
	decisions: c.decisions.right,
	reply: needsReply(c.decisions.right) ? (c.modelAnswer ?? '') : '',
});

/** Plays a whole shift, always taking the first comment of the queue; returns the session and every grader result. */
export function play(
	shift: ShiftData,
	strategy: Strategy,
	id = 'prova',
): { session: ShiftSession; results: Map<string, GradeResult> } {
	let session = startSession(shift, id, new Date('2026-12-01T09:00:00Z'), { pressure: false });
	const results = new Map<string, GradeResult>();
	for (let guard = 0; !session.finished && guard < 100; guard++) {
		const next = queue(session, shift)[0];
		if (!next) break;
		const { decisions, reply } = strategy(next);
		let grade;
		if (needsReply(decisions) && reply) {
			const result = gradeReply(
				gradeInput(
					next,
					shift.post,
					reply,
					session.handled.map((h) => h.reply).filter(Boolean),
					replyChannel(shift.platform),
				),
			);
			results.set(next.id, result);
			grade = storedGrade(result);
		}
		session = handle(session, shift, next.id, decisions, reply, grade);
	}
	return { session, results };
}
