// What was asked: the comment's intent (a yes/no question, a question for information and which
// piece, a report of a problem, a complaint, praise, an opinion, an insult, spam) and the sentence
// that carries it, so that "detailed" judges the reply against what the citizen wanted.
import type { Analysed } from '../text/normalize';
import { sentences } from '../text/normalize';
import type { Asked } from '../lexicon/intent';
import {
	ASKED,
	COMPLAINT,
	INDIRECT_YES_NO,
	OPINION,
	RELATIVE_CHI,
	RHETORICAL,
	REPORT,
	SPAM,
	YES_NO_OPENERS,
} from '../lexicon/intent';
import { PRAISE } from '../lexicon/topics';

/** What a comment does. */
export type IntentKind =
	'yes-no' | 'info' | 'report' | 'complaint' | 'praise' | 'opinion' | 'offensive' | 'spam' | 'other';

/** The comment's intent, the information asked (for "info") and the question as the citizen wrote it. */
export interface Intent {
	kind: IntentKind;
	asked: Asked[];
	/** The sentence that asks (original text), for feedback; '' when the comment asks nothing. */
	question: string;
	/** The two choices of a question "X o Y?" ("sono occupato o disoccupato?"), folded; [] otherwise. */
	alternatives: string[];
}

/** "…è gratis o si paga?", "sono occupato o disoccupato?": the last two words joined by "o". */
const ALTERNATIVE =
	/\b(\p{L}{3,})\s+(?:o|oppure)\s+(?:(?:il|la|lo|i|gli|le|un|una|si|e|ci|ne)\s+)?(\p{L}{3,})\s*[?!]*\s*$/u;

/** Read the comment's intent. */
export function readIntent(comment: Analysed, offensive: boolean): Intent {
	const spans = sentences(comment);
	const asking = spans.filter((s) => /\?/u.test(comment.folded.slice(s.fStart, s.fEnd + 1)));
	const questionSpan = asking[asking.length - 1];
	// Without a question mark, "chiediamo se…" still asks yes or no.
	const indirect = questionSpan ? null : INDIRECT_YES_NO.exec(comment.folded);
	const qStart = questionSpan?.fStart ?? indirect?.index;
	const qEnd = questionSpan?.fEnd ?? (indirect ? indirect.index + indirect[0].length : undefined);
	const question =
		qStart !== undefined && qEnd !== undefined
			? comment.original.slice(comment.map[qStart] ?? 0, comment.map[qEnd] ?? comment.original.length).trim()
			: '';
	const qText = qStart !== undefined && qEnd !== undefined ? comment.folded.slice(qStart, qEnd + 1) : '';
	const relative = RELATIVE_CHI.test(qText);
	// "E dove sta la tolleranza?": a grievance, however it ends; it asks for nothing.
	const rhetorical = RHETORICAL.test(qText);
	const asked =
		qText && !rhetorical
			? ASKED.filter(([re, a]) => re.test(qText) && !(a === 'who' && relative)).map(([, a]) => a)
			: [];
	const choice = qText && !rhetorical ? ALTERNATIVE.exec(qText.replace(/\?+\s*$/u, '?')) : null;
	const alternatives = choice?.[1] && choice[2] && choice[1] !== choice[2] ? [choice[1], choice[2]] : [];
	const base = { asked, question, alternatives };
	if (offensive) return { ...base, kind: 'offensive' };
	if (SPAM.test(comment.folded) && /https?:|www\.|\.com\b/u.test(comment.folded)) return { ...base, kind: 'spam' };
	if (qText && !rhetorical) {
		if (asked.length && !YES_NO_OPENERS.test(qText)) return { ...base, kind: 'info' };
		return { ...base, kind: asked.length && !/^\W*(?:posso|si puo|e possibile)/u.test(qText) ? 'info' : 'yes-no' };
	}
	if (REPORT.test(comment.folded)) return { ...base, kind: 'report' };
	if (COMPLAINT.test(comment.folded)) return { ...base, kind: 'complaint' };
	if (PRAISE.test(comment.folded)) return { ...base, kind: 'praise' };
	if (OPINION.test(comment.folded)) return { ...base, kind: 'opinion' };
	return { ...base, kind: rhetorical ? 'complaint' : 'other' };
}
