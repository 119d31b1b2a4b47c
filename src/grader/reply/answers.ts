// Direct answers to yes/no questions: "Sì, il sabato siamo aperti" or "domani le scuole sono
// aperte" answer "Il sabato è aperto?" even without a time, a place or a number.
import type { Analysed } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import type { Fact } from './facts';
import type { CommentProfile } from './relevance';
import { overlaps, sentenceTopics } from './relevance';
import { OPEN_QUESTION } from '../lexicon/topics';
import type { GenericHit } from './boilerplate';

const YES_NO = new Set(['si', 'no', 'certo', 'certamente', 'esatto', 'assolutamente']);
// Words that state the answer to a yes/no question about a service: "domani le scuole sono aperte".
const STATES = new Set(
	(
		'aperto aperta aperti aperte chiuso chiusa chiusi chiuse attivo attiva attivi attive sospeso sospesa sospesi ' +
		'sospese garantito garantita garantiti garantite gratuito gratuita gratuiti gratuite gratis confermato confermata ' +
		'annullato annullata rinviato rinviata previsto prevista valido valida obbligatorio ' +
		'obbligatoria necessario necessaria funziona funzionano'
	).split(' '),
);

/** A claim called true or false: "non è vero", "è falso", "è una truffa", "sì, è vero". */
const TRUE_OR_FALSE =
	/\b(?:non e (?:affatto |assolutamente )?vero|e (?:tutto |proprio |davvero )?vero|e falso|e (?:una )?(?:truffa|bufala|fake(?: news)?|notizia falsa)|non esiste)\b/gu;

/**
 * "Sì, il sabato siamo aperti" answers "Il sabato è aperto?": a yes or no that opens a sentence
 * restating the comment's subject is a concrete answer. A bare "No, ci dispiace" to a rhetorical
 * question is not, because it restates nothing; nor is "Sì, è possibile: trovi le informazioni sul
 * sito", whose only words on the subject belong to a generic pointer (`generic`), not to the answer.
 */
export function yesNoAnswers(
	reply: Analysed,
	comment: Analysed,
	c: CommentProfile,
	generic: GenericHit[] = [],
): Fact[] {
	if (!comment.folded.includes('?') || OPEN_QUESTION.test(comment.folded) || c.vague) return [];
	const spans = sentences(reply);
	const pointer = new Uint8Array(reply.folded.length + 1);
	for (const g of generic) pointer.fill(1, g.fStart, g.fEnd);
	const topics = sentenceTopics(reply, spans, (at) => pointer[at] === 1);
	const out: Fact[] = [];
	// "È vero?" answered with true or false ("non è vero, è una truffa"): the word the comment asks
	// about is the answer (family N, N019).
	if (/\be vero\b/u.test(comment.folded)) {
		for (const m of reply.folded.matchAll(TRUE_OR_FALSE))
			out.push({ kind: 'answer', fStart: m.index, fEnd: m.index + m[0].length, text: m[0] });
	}
	reply.tokens.forEach((t, i) => {
		if (STATES.has(t.key) && !comment.folded.includes(t.key)) {
			const topic = topics[sentenceAt(spans, t.fStart)];
			if (topic && overlaps(c, topic)) out.push({ kind: 'answer', fStart: t.fStart, fEnd: t.fEnd, text: t.key });
			return;
		}
		if (!YES_NO.has(t.key)) return;
		const raw = reply.original.slice(t.start, t.end);
		const after = reply.folded.slice(t.fEnd, t.fEnd + 2);
		// Reflexive "si" ("si prenota online") is not a yes: require an accent or punctuation after it.
		if (!/^\s*[,!.:;]/u.test(after) && !(t.key === 'si' && /[\u00ec\u00cc]/u.test(raw)) && t.key !== 'certo') return;
		const before = i === 0 ? '.' : reply.folded.slice(reply.tokens[i - 1]?.fEnd ?? 0, t.fStart);
		if (!/[.!?,;:\n]/u.test(before) && i > 0) return;
		const s = sentenceAt(spans, t.fStart);
		const topic = topics[s];
		if (topic && overlaps(c, topic)) out.push({ kind: 'answer', fStart: t.fStart, fEnd: t.fEnd, text: t.key });
	});
	return out;
}

// People, groups and organisations that answer "chi...?": a group word, optionally with its name.
const WHO =
	/\b(?:(?:i |gli |le |dai |dagli |dalle |ai |agli |alle )?(?:volontari[oe]?|volontarie|associazion[ei]|ditta|ditte|impresa|cooperativa|tecnici|operai|operatori|squadr[ae]|gestore|azienda|protezione civile|polizia locale|vigili(?: del fuoco)?|alpini|scout|studenti|ragazzi|cittadini|residenti|comitato|pro loco|parrocchia)\b(?: (?:di|del|della|dell'|dei|delle) ?[\p{L}']+)?)/gu;

/** Who did it, for a "chi...?" question: the groups or organisations the reply names. */
export function whoAnswers(reply: Analysed, c: CommentProfile): Fact[] {
	if (!c.wants.has('who')) return [];
	return [...reply.folded.matchAll(WHO)].map((m) => ({
		kind: 'who' as const,
		fStart: m.index,
		fEnd: m.index + m[0].length,
		text: m[0],
	}));
}
