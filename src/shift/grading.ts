import type { GradeInput, ReplyChannel } from '../grader/types';
import type { ShiftComment, ShiftPost } from '../schemas/shift';

/**
 * What the grader gets for a reply in a shift: the comment, the office's fact sheet (with the page's
 * post: what the page already said is known too), the key facts, whether the comment is offensive,
 * and the learner's earlier replies of the shift, so a reply copied across comments is caught; on
 * an inbox (WhatsApp, Messenger) the reply is a private message.
 */
export function gradeInput(
	comment: ShiftComment,
	post: ShiftPost | undefined,
	reply: string,
	previousReplies: readonly string[],
	channel: ReplyChannel = 'public',
): GradeInput {
	return {
		channel,
		comment: comment.text,
		author: comment.author,
		reply,
		offensive: comment.offensive,
		keyFacts: comment.keyFacts,
		factSheet: [comment.factSheet, post?.text ?? ''].join('\n').trim(),
		previousReplies: [...previousReplies],
	};
}
