// Shared by the conduct gate's tests: under one comment, replies that must fail the gate with a
// failure of their kind, and look-alikes that must pass it.
import { expect, it } from 'vitest';
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
