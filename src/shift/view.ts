import type { ReplyChannel } from '../grader/types';
import type { Decision, ShiftComment, ShiftData } from '../schemas/shift';

/** The key of a decision's label in the shift dictionary. */
export const decisionKey = (d: Decision) => `shift.decision.${d}` as const;

/** Decisions as an Italian list ("Rispondi in pubblico, Inoltra a un ufficio"), or `none` when empty. */
export function decisionList(decisions: readonly Decision[], label: (d: Decision) => string, none: string): string {
	return decisions.length === 0 ? none : decisions.map(label).join(', ');
}

/** The first words of a comment, for the queue. */
export function snippet(text: string, max = 90): string {
	const flat = text.replace(/\s+/gu, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Comments by id, as "Autore (ore)" for the path lists. */
export function commentNames(shift: ShiftData, ids: readonly string[]): string {
	const byId = new Map<string, ShiftComment>(shift.comments.map((c) => [c.id, c]));
	return ids
		.map((id) => {
			const c = byId.get(id);
			return c ? `${c.author} (${c.at})` : id;
		})
		.join(', ');
}

/** Inbox platforms show messages, not a post with comments. */
export const isInbox = (platform: ShiftData['platform']): boolean =>
	platform === 'whatsapp' || platform === 'messenger';

/** Where a shift's replies go: an inbox answers in private, a page under the comment. */
export const replyChannel = (platform: ShiftData['platform']): ReplyChannel =>
	isInbox(platform) ? 'private' : 'public';
