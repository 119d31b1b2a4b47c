// What the comment asked, said to the learner for the detailed tip's feedback (rubric.md's table):
// "Lucia chiede «…»: rispondi sì o no, con la condizione o il motivo."
import type { Addressee } from '../comment/addressee';
import { subjectOf } from '../comment/addressee';
import { list, quote } from './texts';

/** What the comment does, for feedback: its kind, the question as written, the information or choice asked. */
export interface IntentInfo {
	kind: 'yes-no' | 'info' | 'report' | 'complaint' | 'praise' | 'opinion' | 'offensive' | 'spam' | 'other';
	question: string;
	asked: readonly ('when' | 'where' | 'howMuch' | 'documents' | 'who' | 'how' | 'why')[];
	/** The two choices of a question "X o Y?", [] otherwise. */
	alternatives: readonly string[];
}

// What each piece of information asked for is, in the words of the feedback.
const ASKED_WORDS: Record<IntentInfo['asked'][number], string> = {
	when: 'quando',
	where: 'dove',
	howMuch: 'quanto costa',
	documents: 'quali documenti servono',
	who: 'a chi rivolgersi',
	how: 'come fare',
	why: 'perché',
};

/**
 * A long question quoted from the clause that asks: «… a fine mese devo partire x lavoro, come
 * faccio??» rather than its opening cut before the question.
 */
function questionQuote(question: string, max = 80): string {
	const q = question.replace(/\s+/gu, ' ').trim();
	if (q.length <= max) return quote(q, max);
	for (const m of q.matchAll(/[,;:]\s|\p{Extended_Pictographic}\s|\s(?=(?:ma|e|però|quindi|allora) )/gu)) {
		const tail = q.slice(m.index + m[0].length).trim();
		// Only a question marked as such ends with its asking clause; one in words starts with it.
		if (tail.length <= max - 2 && tail.length >= 12 && /\?$/u.test(tail)) return `«…${tail}»`;
	}
	return quote(q, max);
}

/**
 * What the comment calls for, said to the learner (rubric.md's table): "Lucia chiede «…»: rispondi
 * sì o no, con la condizione o il motivo." Empty when the comment's intent gives nothing specific.
 */
export function whatWasAsked(i: IntentInfo, addressee: Addressee, apology = false): string {
	const who = subjectOf(addressee);
	const asks = i.question ? `${capitalise(who)} chiede ${questionQuote(i.question)}` : '';
	switch (i.kind) {
		case 'yes-no':
			if (!asks) return '';
			return i.alternatives.length
				? `${asks}: di' quale delle due vale, con la condizione o il motivo.`
				: `${asks}: rispondi sì o no, con la condizione o il motivo.`;
		case 'info': {
			const what = list(i.asked.map((a) => ASKED_WORDS[a]));
			return asks ? `${asks}: dai l'informazione concreta (${what}) o il punto preciso dove trovarla.` : '';
		}
		case 'report':
			return `${capitalise(who)} segnala un problema: di' cosa succede ora, chi interviene e quando, o il numero della segnalazione.`;
		case 'complaint':
			// "Le scuse da sole" only to a reply that apologises: it would read as a reproach for words not written.
			return `${capitalise(who)} si lamenta di un servizio: spiega il motivo o la regola e che cosa può fare.${apology ? ' Le scuse da sole non bastano.' : ''}`;
		case 'opinion':
			return `${capitalise(who)} esprime un'opinione: di' che cosa l'amministrazione può e non può fare, e dove si decide la questione.`;
		default:
			return '';
	}
}

const capitalise = (s: string): string => (s ? `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}` : s);
