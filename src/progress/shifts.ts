import type { Progress, ShiftPlay } from './schema';

/** A learner's shifts at a glance: how many were played, the best play of each, the mean of the bests. */
export interface ShiftsSummary {
	/** Distinct shifts played to the end. */
	played: number;
	/** Best play per shift id (highest score; the earliest on ties). */
	best: Record<string, ShiftPlay>;
	/** Mean best score over the shifts played; undefined when none. */
	meanBest: number | undefined;
}

/** Sums up the shifts in a progress record; `only` keeps the ids of the course (a file may name others). */
export function summariseShifts(progress: Pick<Progress, 'shifts'>, only?: ReadonlySet<string>): ShiftsSummary {
	const best: Record<string, ShiftPlay> = {};
	for (const [id, shift] of Object.entries(progress.shifts ?? {})) {
		if (only && !only.has(id)) continue;
		const top = shift.plays.reduce<ShiftPlay | undefined>((b, p) => (!b || p.score > b.score ? p : b), undefined);
		if (top) best[id] = top;
	}
	const scores = Object.values(best).map((p) => p.score);
	return {
		played: scores.length,
		best,
		meanBest: scores.length === 0 ? undefined : scores.reduce((a, b) => a + b, 0) / scores.length,
	};
}
