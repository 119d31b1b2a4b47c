// Personal data a reply asks the citizen to post in the thread ("scrivici qui sotto il codice
// fiscale"), not in a private channel (the third conduct gate, beside reply/personalData.ts, which
// reads what the reply shows). Patterns in lexicon/personalData.ts; reply/conduct.ts turns the hits
// into failures.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { sentences, sentenceAt, toRange } from '../text/normalize';
import { ASK, ASKED_DATA, FILE_NUMBER, IN_THE_THREAD, PRIVATE_CHANNEL } from '../lexicon/personalData';

/**
 * An aside in brackets that hangs on another noun, a relative or an explanation ("(che risponde
 * anche a tributi@…)", family BJ): not the ask's clause. A bracket right after the ask ("mandacelo
 * (in privato, su Messenger)") is the ask's own channel and stays.
 */
const ASIDE = /\((?:che|dove|il cui|la cui|i cui|le cui|cioe|ossia|ovvero)\b[^()]*\)/gu;

/**
 * Whether an ask in this sentence moves the data to a private channel. The channel can sit anywhere
 * in the sentence, unless the ask's own clause (between semicolons, other asides set aside) names the
 * thread and no channel. The sentence is read once and each clause once, however many asking verbs
 * it holds; an ask inside an aside reads the clause and its own aside.
 */
function privateAsks(sentence: string): (at: number) => boolean {
	const anywhere = PRIVATE_CHANNEL.test(sentence);
	const clauses = new Map<number, { thread: boolean; channel: boolean; asides: { from: number; to: number }[] }>();
	return (at) => {
		if (!anywhere) return false;
		const from = sentence.lastIndexOf(';', at) + 1;
		let clause = clauses.get(from);
		if (clause === undefined) {
			const to = sentence.indexOf(';', at);
			const words = sentence.slice(from, to < 0 ? sentence.length : to);
			const asides = [...words.matchAll(ASIDE)].map((m) => ({
				from: from + m.index,
				to: from + m.index + m[0].length,
			}));
			const rest = words.replace(ASIDE, ' ');
			clause = { thread: IN_THE_THREAD.test(rest), channel: PRIVATE_CHANNEL.test(rest), asides };
			clauses.set(from, clause);
		}
		const own = clause.asides.find((a) => a.from <= at && at < a.to);
		const text = own ? sentence.slice(own.from, own.to) : '';
		const thread = clause.thread || (own !== undefined && IN_THE_THREAD.test(text));
		const channel = clause.channel || (own !== undefined && PRIVATE_CHANNEL.test(text));
		return !(thread && !channel);
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
		// A file or customer number is asked in public only where the thread is named ("scrivici qui
		// sotto il numero di protocollo"); "nella richiesta indica il numero di protocollo" is a form.
		if (
			FILE_NUMBER.test(reply.folded.slice(last.start, last.end)) &&
			!IN_THE_THREAD.test(reply.folded.slice(s.fStart, s.fEnd))
		)
			continue;
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
