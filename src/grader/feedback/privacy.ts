// Personal data in the citizen's comment: when the reply does nothing about it, advise how to
// handle it. Showing or asking for data in the reply itself is a conduct failure (reply/conduct.ts),
// not advice. Hiding a comment is not enough on Facebook (its author and their friends still see
// it): the advice asks to have it removed, or to delete it after keeping a copy.
import type { Advice } from '../types';
import type { Analysed } from '../text/normalize';
import { ADVICE_TEXT } from './texts';
import { ALWAYS_PRIVATE, CONTACTS, HEALTH, PERSONAL } from '../lexicon/conduct';

// Signs that the reply already handles a comment with personal data.
const HANDLED =
	/\b(?:privat[oa]|rimoss[oa]|rimuover\p{L}*|rimuovi|rimuova|cancellat[oa]|cancellar\p{L}*|cancella|eliminat[oa]|eliminar\p{L}*|elimina|togli\p{L}*|tolt[oa]|in direct|dm|messenger)\b/u;

/** Privacy advice for a reply, knowing the comment it answers. */
export function privacyAdvice(reply: Analysed, comment: Analysed): Advice[] {
	const kinds: string[] = [];
	for (const [what, re] of [...ALWAYS_PRIVATE, ...CONTACTS]) {
		if (what === 'email' || what === 'targa') continue;
		if (new RegExp(re.source, 'u').test(comment.folded)) kinds.push(what);
	}
	if (HEALTH.test(comment.folded) && PERSONAL.test(comment.folded)) kinds.push('dati sulla salute');
	if (!kinds.length || HANDLED.test(reply.folded)) return [];
	return [{ kind: 'privacy', message: ADVICE_TEXT.commentExposes([...new Set(kinds)].join(', ')), evidence: [] }];
}
