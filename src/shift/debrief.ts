import type { CriterionId } from '../grader/types';
import { DECISIONS, needsReply, type Decision, type ShiftComment, type ShiftData } from '../schemas/shift';
import { judgeDecisions, type DecisionVerdict } from './decisions';
import { poorReply } from './flow';
import type { Handling, ShiftSession } from './session';

// "Resoconto del turno": everything the debrief shows, computed from the session and the file.

/** The three tips, in the rubric's order. */
const TIPS: readonly CriterionId[] = ['detailed', 'name', 'thanks'];

/** One comment that arrived, as the debrief shows it. */
export interface CommentReport {
	comment: ShiftComment;
	/** How the learner handled it; undefined when the shift ended first. */
	handling: Handling | undefined;
	/** Decisions against the file (undefined when not handled). */
	verdict: DecisionVerdict | undefined;
	/** A reply was expected and was missing, weak or unpublishable. */
	poorReply: boolean;
	/** Simulated minute it arrived. */
	arrivedAt: number;
	/** For urgent comments: handled before any non-urgent comment that came after its arrival. */
	urgentFirst: boolean | undefined;
}

/** One tip across the shift's replies. */
export interface TipTally {
	tip: CriterionId;
	applicable: number;
	met: number;
	/** Mean score over the applicable replies, 0 when none. */
	mean: number;
}

/** One decision across the shift. */
export interface DecisionTally {
	decision: Decision;
	/** Taken where it was right. */
	right: number;
	/** Not taken where the right set had it (comments left in the queue included). */
	missed: number;
	/** Taken where it was not right. */
	extra: number;
}

/** Everything the debrief shows. */
export interface Debrief {
	/** Arrived comments: handled ones in the order handled, then the ones left in the queue. */
	comments: CommentReport[];
	tips: TipTally[];
	/** Each decision that came up, in display order. */
	decisionTallies: DecisionTally[];
	/** Tip with the lowest mean under 100%, if any. */
	weakest: CriterionId | undefined;
	/** Mean reply score over the arrived comments that expected a reply (0 for a missing reply). */
	replies: number;
	/** Share of arrived comments handled with the right decisions. */
	decisions: number;
	/** The shift's score: mean of replies and decisions (decisions alone when no reply was expected). */
	score: number;
	/** Every urgent comment was handled first; undefined when none arrived. */
	urgentFirst: boolean | undefined;
	/** Ids of the comments that arrived, in order of arrival. */
	path: string[];
	/** Ids of the comments that would have arrived with every reply good and every decision right. */
	betterPath: string[];
	/** Comments that arrived only because an earlier one was handled poorly or wrongly. */
	branchExtra: string[];
	/** Comments of the better path that did not arrive because of how an earlier one was handled. */
	branchMissed: string[];
	/** Handled / arrived. */
	handled: number;
	total: number;
}

/** Whether an urgent comment came before the non-urgent ones handled after it arrived. */
function urgentFirst(comment: ShiftComment, session: ShiftSession, shift: ShiftData): boolean | undefined {
	if (!comment.urgent) return undefined;
	const index = session.handled.findIndex((h) => h.id === comment.id);
	const from = session.arrivals[comment.id]?.seq ?? 0;
	const to = index < 0 ? session.handled.length : index;
	const urgent = new Set(shift.comments.filter((c) => c.urgent).map((c) => c.id));
	return index >= 0 && session.handled.slice(from, to).every((h) => urgent.has(h.id));
}

/** The comments that arrive when every reply is good and every decision right. */
export function betterPath(shift: ShiftData): string[] {
	const shown = new Set<string>();
	for (const c of shift.comments) {
		const rule = c.showIf;
		if (!rule || (shown.has(rule.after) && (rule.when === 'good-reply' || rule.when === 'decided-right')))
			shown.add(c.id);
	}
	return shift.comments.filter((c) => shown.has(c.id)).map((c) => c.id);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The debrief of a session (finished or not). */
export function buildDebrief(session: ShiftSession, shift: ShiftData): Debrief {
	const byId = new Map(shift.comments.map((c) => [c.id, c]));
	const handledIds = session.handled.map((h) => h.id);
	const leftIds = shift.comments.filter((c) => session.arrivals[c.id] && !handledIds.includes(c.id)).map((c) => c.id);
	const comments = [...handledIds, ...leftIds].flatMap((id): CommentReport[] => {
		const comment = byId.get(id);
		if (!comment) return [];
		const handling = session.handled.find((h) => h.id === id);
		return [
			{
				comment,
				handling,
				verdict: handling ? judgeDecisions(handling.decisions, comment.decisions) : undefined,
				poorReply: poorReply(comment, handling ?? {}),
				arrivedAt: session.arrivals[id]?.at ?? 0,
				urgentFirst: urgentFirst(comment, session, shift),
			},
		];
	});
	const grades = comments.flatMap((r) => (r.handling?.grade ? [r.handling.grade] : []));
	const tips = TIPS.map((tip) => {
		const applicable = grades.map((g) => g.criteria[tip]).filter((c) => c.met !== null);
		return {
			tip,
			applicable: applicable.length,
			met: applicable.filter((c) => c.met).length,
			mean: mean(applicable.map((c) => c.score)),
		};
	});
	const weakest = tips.filter((t) => t.applicable > 0 && t.mean < 1).sort((a, b) => a.mean - b.mean)[0]?.tip;
	const expecting = comments.filter((r) => needsReply(r.comment.decisions.right));
	const replies = mean(expecting.map((r) => r.handling?.grade?.score ?? 0));
	const decisions = mean(comments.map((r) => (r.verdict?.right ? 1 : 0)));
	const urgent = comments.filter((r) => r.urgentFirst !== undefined);
	const decisionTallies = DECISIONS.map((decision) => {
		const tally = { decision, right: 0, missed: 0, extra: 0 };
		for (const r of comments) {
			const chosen = r.handling?.decisions ?? [];
			if (r.verdict?.right) tally.right += chosen.includes(decision) ? 1 : 0;
			else if (r.verdict?.extra.includes(decision)) tally.extra += 1;
			else if (r.comment.decisions.right.includes(decision)) tally[chosen.includes(decision) ? 'right' : 'missed'] += 1;
		}
		return tally;
	}).filter((t) => t.right + t.missed + t.extra > 0);
	const better = betterPath(shift);
	const handled = new Set(handledIds);
	return {
		comments,
		tips,
		decisionTallies,
		weakest,
		replies,
		decisions,
		score: expecting.length === 0 ? decisions : (replies + decisions) / 2,
		urgentFirst: urgent.length === 0 ? undefined : urgent.every((r) => r.urgentFirst),
		path: shift.comments
			.filter((c) => session.arrivals[c.id])
			.sort((a, b) => (session.arrivals[a.id]?.seq ?? 0) - (session.arrivals[b.id]?.seq ?? 0))
			.map((c) => c.id),
		betterPath: better,
		branchExtra: shift.comments.filter((c) => session.arrivals[c.id] && !better.includes(c.id)).map((c) => c.id),
		// Only comments whose condition was decided: one left out because the shift ended first is not a branch.
		branchMissed: shift.comments
			.filter((c) => c.showIf && better.includes(c.id) && !session.arrivals[c.id] && handled.has(c.showIf.after))
			.map((c) => c.id),
		handled: session.handled.length,
		total: comments.length,
	};
}
