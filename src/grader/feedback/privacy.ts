// Personal data in the citizen's comment: when the reply does nothing about it, advise how to
// handle it. Showing or asking for data in the reply itself is a conduct failure (reply/conduct.ts),
// not advice. Hiding a comment is not enough on Facebook (its author and their friends still see
// it): the advice asks to have it removed, or to delete it after keeping a copy.
import type { Advice, ReplyChannel } from '../types';
import type { Analysed } from '../text/normalize';
import { ADVICE_TEXT } from './texts';
import { ALWAYS_PRIVATE, CONTACTS, DATA, HEALTH, PERSONAL } from '../lexicon/personalData';

// Signs that the reply already handles a comment with personal data: it removes the comment, in any
// person or tense ("lo cancello subito", "lo cancelleremo"), or (in a public reply) moves the
// conversation to a private channel.
const REMOVED =
	/\b(?:rimoss\p{L}*|rimuov\p{L}*|cancell(?:o|a|i|iamo|ate|ano|ato|ata|ati|ar\p{L}*|ero|erai|era|eremo|erete|eranno)|elimin\p{L}*|togli\p{L}*|tolgo|tolgono|tolt[oaie])\b/u;
const MOVED = /\b(?:privat[oa]|in direct|dm|messenger)\b/u;

/**
 * Privacy advice for a reply, knowing the comment it answers; in a private message the learner is
 * already off the thread, so the advice is only about the public comment.
 */
export function privacyAdvice(reply: Analysed, comment: Analysed, channel: ReplyChannel = 'public'): Advice[] {
	const kinds: string[] = [];
	for (const [what, re] of [...ALWAYS_PRIVATE, ...CONTACTS]) {
		if (what === 'email' || what === DATA.plate) continue;
		if (new RegExp(re.source, 'u').test(comment.folded)) kinds.push(what);
	}
	if (HEALTH.test(comment.folded) && PERSONAL.test(comment.folded)) kinds.push(DATA.health);
	if (!kinds.length || REMOVED.test(reply.folded) || (channel === 'public' && MOVED.test(reply.folded))) return [];
	const what = [...new Set(kinds)].join(', ');
	const message = channel === 'private' ? ADVICE_TEXT.commentExposesPrivately(what) : ADVICE_TEXT.commentExposes(what);
	return [{ kind: 'privacy', message, evidence: [] }];
}
