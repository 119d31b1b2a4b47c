// Personal data a reply asks the citizen to post in the thread ("scrivici qui sotto il codice
// fiscale"), not in a private channel (the third conduct gate, beside reply/personalData.ts, which
// reads what the reply shows). Patterns in lexicon/personalData.ts; reply/conduct.ts turns the hits
// into failures.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { sentences, sentenceAt, toRange } from '../text/normalize';
import { ASK, ASKED_DATA, IN_THE_THREAD, PRIVATE_CHANNEL } from '../lexicon/personalData';

/**
 * Whether an ask in this sentence moves the data to a private channel. The channel can sit anywhere
 * in the sentence, unless the ask's own clause (between semicolons, brackets set aside) names the
 * thread and no channel.
 * The sentence is read once and each clause once, however many asking verbs it holds.
 */
function privateAsks(sentence: string): (at: number) => boolean {
	const anywhere = PRIVATE_CHANNEL.test(sentence);
	const clauses = new Map<string, boolean>();
	return (at) => {
		if (!anywhere) return false;
		const from = sentence.lastIndexOf(';', at) + 1;
		// The bracket the ask sits in, if any: its own words stay in its clause.
		const open = sentence.lastIndexOf('(', at);
		const aside = open >= from && sentence.lastIndexOf(')', at) < open ? open : -1;
		const key = `${from}/${aside}`;
		let known = clauses.get(key);
		if (known === undefined) {
			const to = sentence.indexOf(';', at);
			// Another aside in brackets is not the ask's clause ("scrivi qui sotto il codice fiscale e
			// verifichiamo con l'Ufficio tributi (che risponde anche a tributi@…)", family BJ).
			const clause = sentence
				.slice(from, to < 0 ? sentence.length : to)
				.replace(/\([^()]*\)?/gu, (words, start: number) => (from + start === aside ? words : ' '));
			known = !(IN_THE_THREAD.test(clause) && !PRIVATE_CHANNEL.test(clause));
			clauses.set(key, known);
		}
		return known;
	};
}

/** Personal data the reply asks for in the thread (not in a private channel). */
export function askedData(reply: Analysed): DataHit[] {
	const spans = sentences(reply);
	const out: DataHit[] = [];
	// The first data word at or after a point of a sentence, kept for the next asking verb of the
	// same sentence: it is the same one while it lies ahead, so a long sentence full of verbs is read
	// once, not once per verb.
	let last: { span: Span; from: number; start: number; end: number } | undefined;
	let privateIn: { span: Span; at: (at: number) => boolean } | undefined;
	for (const m of reply.folded.matchAll(ASK)) {
		const s = spans[sentenceAt(spans, m.index)];
		if (!s) continue;
		// "come si chiamano e in che via abitano, mandacelo qui", "se sai come si chiamano scrivilo
		// nel gruppo": a verb with "-celo" or "-lo" points back.
		const from = /(?:celo|cela|celi|cele|[ie]lo|[ie]li|ila|alo|ali|telo|teli)$/u.test(m[0]) ? s.fStart : m.index;
		if (!(last?.span === s && from >= last.from && (last.start < 0 || last.start >= from))) {
			const asked = ASKED_DATA.exec(reply.folded.slice(from, s.fEnd));
			last = asked
				? { span: s, from, start: from + asked.index, end: from + asked.index + asked[0].length }
				: { span: s, from, start: -1, end: -1 };
		}
		if (last.start < 0) continue;
		if (privateIn?.span !== s) privateIn = { span: s, at: privateAsks(reply.folded.slice(s.fStart, s.fEnd)) };
		if (privateIn.at(m.index - s.fStart)) continue;
		// The learner's own words ("carta d'identità", "ISEE"), not the folded form.
		const [dataStart, dataEnd] = [last.start, last.end];
		const at = toRange(reply, dataStart, dataEnd);
		// The evidence runs from the asking verb to the data asked ("scriveteci qui sotto nome e via"),
		// either way round.
		const range = toRange(reply, Math.min(m.index, dataStart), Math.max(m.index + m[0].length, dataEnd));
		out.push({ what: reply.original.slice(at.start, at.end), range });
		break;
	}
	return out;
}
