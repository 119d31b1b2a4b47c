import { exerciseSchema, type ExerciseInput } from '../schemas/exercise';
import type { Draft } from './draft';
import { fieldOf, issueKind, type FieldRef, type SchemaIssue } from './issues';
import { sharedExerciseSchema } from './shared';
import { sharedFrom } from './draft';

/** One problem of the form, before it is worded: the field and the kind of problem. */
export interface DraftProblem {
	field: FieldRef;
	kind: ReturnType<typeof issueKind>;
}

/**
 * What stops the exercise from being shared: the course schema (so the YAML is valid) and the
 * caps of a link (so learners can open it), one problem per field, in the form's order.
 */
export function draftProblems(exercise: ExerciseInput, draft: Draft): DraftProblem[] {
	const issues: SchemaIssue[] = [
		...(exerciseSchema.safeParse(exercise).error?.issues ?? []),
		...(sharedExerciseSchema.safeParse(sharedFrom(exercise)).error?.issues ?? []),
	];
	const seen = new Set<string>();
	const problems: DraftProblem[] = [];
	for (const issue of issues) {
		const field = fieldOf(issue.path, draft);
		if (seen.has(field.id)) continue;
		seen.add(field.id);
		problems.push({ field, kind: issueKind(issue) });
	}
	return problems;
}
