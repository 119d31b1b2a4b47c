// What a failed conduct gate does to the overall score.

/**
 * The overall score of a reply that fails a conduct gate never exceeds this: low enough that no
 * reply a PA could not publish looks like a pass (the course's pass marks start at 60-70%), high
 * enough that the three tips' own verdicts still show on the score.
 */
export const CONDUCT_CAP = 0.3;

/** The overall score, capped when any gate failed. */
export function gatedScore(score: number, failures: number): number {
	return failures > 0 ? Math.min(score, CONDUCT_CAP) : score;
}
