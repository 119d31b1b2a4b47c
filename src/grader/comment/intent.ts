// What was asked: the comment's intent (a yes/no question, a question for information and which
// piece, a report of a problem, a complaint, praise, an opinion, an insult, spam) and the sentence
// that carries it, so that "detailed" judges the reply against what the citizen wanted.
import type { Analysed } from '../text/normalize';
import { sentences } from '../text/sentences';
import type { Asked } from '../lexicon/intent';
import {
	ASKED,
	COMPLAINT,
	INDIRECT_INFO,
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
	/**
	 * What the comment does besides its question, read outside it: it reports a problem or voices a
	 * grievance ("nessuno risponde!!! ma ci siete o no??"); null when it only asks.
	 */
	besides: 'report' | 'complaint' | null;
}

/** "…è gratis o si paga?", "sono occupato o disoccupato?": the last two words joined by "o". */
const ALTERNATIVE =
	/\b(\p{L}{3,}|\d{1,4})\s+(?:o|oppure)\s+(?:(?:il|la|lo|i|gli|le|un|una|si|e|ci|ne)\s+)?(\p{L}{3,}|\d{1,4})\s*[?!]*\s*$/u;

/** "E la palestra…?", "E in via dei Mille???": a question that points at a subject, asking nothing in itself. */
const POINTING = /^\W*e (?:il|lo|la|l'|i|gli|le|in|a|al|alla|ai|alle|per|noi|io|quell\p{L}*|quest\p{L}*)\b/u;

/**
 * A question asked in words: "chiedo se…" (yes or no) or "chiedo all'amministrazione quando…"
 * (information), the last one in the comment. A yes/no one only when no question mark is there.
 */
function indirectQuestion(folded: string, yesNoToo: boolean): RegExpExecArray | null {
	const found = [INDIRECT_INFO.exec(folded), yesNoToo ? INDIRECT_YES_NO.exec(folded) : null].filter(
		(m): m is RegExpExecArray => m !== null,
	);
	return found.sort((x, y) => y.index - x.index)[0] ?? null;
}

/**
 * A question mark that asks: at the end of a word, or anywhere but inside a web address
 * ("…/news/?refresh_ce", real reply d-007). The look-behind is bounded, so a long run of text
 * without spaces costs no more than its length.
 */
const ASKS = /\?(?=\s|$)|(?<!\/\S{0,300})\?/u;

/** Read the comment's intent. */
export function readIntent(comment: Analysed, offensive: boolean): Intent {
	const spans = sentences(comment);
	const asking = spans.filter((s) => ASKS.test(comment.folded.slice(s.fStart, s.fEnd + 1)));
	const marked = asking.at(-1);
	const markedText = marked ? comment.folded.slice(marked.fStart, marked.fEnd + 1) : '';
	// A question in words ("volevo sapere come si fa", "chiedo se…"), read when no question mark is
	// there, or when the last one only points at a subject ("E la palestra promessa da 3 anni???
	// Chiedo all'amministrazione QUANDO partono i lavori").
	const asksNothing = !marked || (POINTING.test(markedText) && !ASKED.some(([re]) => re.test(markedText)));
	const inWords = asksNothing ? indirectQuestion(comment.folded, !marked) : null;
	const questionSpan = inWords ? undefined : marked;
	const qStart = questionSpan?.fStart ?? inWords?.index;
	const qEnd = questionSpan?.fEnd ?? (inWords ? inWords.index + inWords[0].length : undefined);
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
	// The comment without its questions, marked or in words, but with its rhetorical ones ("MA VI
	// RENDETE CONTO?"): a report or a grievance said around what it asks.
	const said = spans
		.filter(
			(sp) =>
				!asking.includes(sp) || (sp !== questionSpan && RHETORICAL.test(comment.folded.slice(sp.fStart, sp.fEnd + 1))),
		)
		.map((sp) => comment.folded.slice(sp.fStart, sp.fEnd))
		.join(' ');
	const rest = inWords ? said.replace(inWords[0], ' ') : said;
	const besides: Intent['besides'] = REPORT.test(rest)
		? 'report'
		: COMPLAINT.test(rest) || RHETORICAL.test(rest)
			? 'complaint'
			: null;
	const base = { asked, question, alternatives, besides };
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
