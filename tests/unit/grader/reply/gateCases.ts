// Shared by the conduct gate's tests: under one comment, replies that must fail the gate with a
// failure of their kind, and look-alikes that must pass it; and the grading those tables read.
import { expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import type { ConductKind } from '../../../../src/grader/types';

/**
 * A case table for a file's own grading (`kinds` grades a reply under a comment and lists its
 * failures): one test per reply.
 */
export function gateFor(kinds: (reply: string, comment: string) => ConductKind[]) {
	return (comment: string, fails: readonly (readonly [string, ConductKind])[], passes: readonly string[]): void => {
		it.each(fails)('fails %s', (reply, kind) => {
			expect(kinds(reply, comment)).toContain(kind);
		});
		it.each(passes)('passes %s', (reply) => {
			expect(kinds(reply, comment)).toEqual([]);
		});
	};
}

/** A reply's conduct failures under a comment, for one author: their kinds, and the words quoted as evidence. */
export function gradedFor(author: string): {
	kinds: (reply: string, comment: string) => ConductKind[];
	quoted: (reply: string, comment: string) => string[];
} {
	const conduct = (reply: string, comment: string) => gradeReply({ author, comment, reply }).conduct;
	return {
		kinds: (reply, comment) => conduct(reply, comment).map((f) => f.kind),
		quoted: (reply, comment) =>
			conduct(reply, comment).flatMap((f) => f.evidence.map((r) => reply.slice(r.start, r.end))),
	};
}
