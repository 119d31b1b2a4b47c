// Personal data a reply asks the citizen to post in the thread ("scrivici qui sotto il codice
// fiscale"), not in a private channel (the third conduct gate, beside reply/personalData.ts, which
// reads what the reply shows). Patterns in lexicon/personalData.ts; reply/conduct.ts turns the hits
// into failures.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { toRange } from '../text/normalize';
import { sentences, sentenceAt } from '../text/sentences';
import {
	ASK,
	ASKED_DATA,
	FILE_NUMBER,
	FORM_DESTINATION,
	IN_THE_THREAD,
	PRIVATE_CHANNEL,
} from '../lexicon/personalData';

/**
 * An aside in brackets that hangs on another noun, a relative or an explanation ("(che risponde
 * anche a tributi@…)", family BJ), or an office's contacts after its name ("lo giro all'Ufficio
 * tributi (tributi@…, 200 000 321)", family BR): not the ask's clause. A bracket right after the ask
 * ("mandacelo (in privato, su Messenger)") is the ask's own channel and stays.
 */
const ASIDE =
	/\((?:che|dove|il cui|la cui|i cui|le cui|cioe|ossia|ovvero)\b[^()]*\)|(?<=\b(?:uffici?o|sportello|urp|servizio|servizi|comando|segreteria|settore|area)\b[^()]{0,30})\((?=[\w.+-]+@|\+?\d)[^()]*\)/gu;

/** An asking verb followed at once by the thread, then what is asked: "scriva qui sotto il suo…". */
const ASKED_HERE =
	/^\p{L}+\s+(?:pure\s+|anche\s+|subito\s+)?(?:qui sotto|qua sotto|qui nei commenti|nei commenti|in un commento)\s+(?:\p{L}+\s+){0,3}?\p{L}*$/u;

/**
 * Whether an ask in this sentence moves the data to a private channel. The channel can sit anywhere
 * in the sentence, unless the ask's own clause (between semicolons, other asides set aside) names the
 * thread and no channel. The sentence is read once and each clause once, however many asking verbs
 * it holds; an ask inside an aside reads the clause and its own aside.
 */
function privateAsks(sentence: string): (at: number, dataAt: number) => boolean {
	const anywhere = PRIVATE_CHANNEL.test(sentence);
	const clauses = new Map<number, { thread: boolean; channel: boolean; asides: { from: number; to: number }[] }>();
	return (at, dataAt) => {
		if (!anywhere) return false;
		if (publicAfterColon(sentence, at, dataAt)) return false;
		// The ask names the thread right after its verb, with the data next: "mi scriva qui sotto il suo codice fiscale,
		// l'indirizzo …, che domani in ufficio glielo faccio calcolare io" (LC025, session 46) asks in public, whatever office
		// the sentence names after it.
		if (
			ASKED_HERE.test(sentence.slice(at, dataAt + 1)) &&
			!sentence.slice(at, dataAt).includes(':') &&
			!/\bnon\s+(?:\p{L}+\s+)?$/u.test(sentence.slice(Math.max(0, at - 15), at))
		)
			return false;
		const [from, to] = clauseAround(sentence, at);
		// The data sits in another clause: this ask is not for it ("scrivici qui sotto se hai dubbi, oppure mandaci
		// in privato il numero della carta").
		if (dataAt < from || dataAt >= to) return true;
		let clause = clauses.get(from);
		if (clause === undefined) {
			const words = sentence.slice(from, to);
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

/**
 * Where the ask's clause starts and ends: at a semicolon, or at an alternative action ("oppure", "altrimenti"
 * before a verb), so that "scrivici qui nei commenti il numero della carta, oppure scrivi ad anagrafe@…"
 * (DI048) asks in the thread whatever the alternative offers. An alternative between two things asked ("il
 * nome oppure il codice fiscale") does not break the clause. A second action after ", e intanto", ", inoltre" starts
 * a clause of its own: "lasciaci qui nei commenti il numero della tua carta d'identità …, e intanto scrivi ad
 * anagrafe@…" (II028, session 42) asks in the thread.
 */
const CLAUSE_BREAK =
	/;|,\s*(?:e\s+)?(?:intanto|nel frattempo|inoltre)\b|\b(?:oppure|altrimenti)\b(?!\s*,?\s*(?:il|lo|la|i|gli|le|l'|un|una|uno|un'|tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|del|dello|della|dei|degli|delle|dell'|anche|solo|almeno)\b)/gu;
function clauseAround(sentence: string, at: number): [number, number] {
	let from = 0;
	for (const m of sentence.matchAll(CLAUSE_BREAK)) {
		if (m.index >= at) return [from, m.index];
		from = m.index + m[0].length;
	}
	return [from, sentence.length];
}

/**
 * A colon opens a clause of its own: "il CV non serve mandarlo in privato: ci scriva piuttosto qui
 * sotto il suo codice fiscale" (family CA) asks in the thread, whatever the clause before says. Only
 * when the ask, the thread and the data asked all sit in the part after the colon, with no channel
 * there; "scrivici qui sotto: ti chiediamo in privato il codice fiscale" keeps its channel.
 */
function publicAfterColon(sentence: string, at: number, dataAt: number): boolean {
	const from = sentence.lastIndexOf(':', at) + 1;
	if (from === 0 || dataAt < from) return false;
	const stop = sentence.slice(at).search(/[:;]/u);
	const to = stop < 0 ? sentence.length : at + stop;
	if (dataAt >= to) return false;
	const part = sentence.slice(Math.max(from, sentence.lastIndexOf(';', at) + 1), to);
	return IN_THE_THREAD.test(part) && !PRIVATE_CHANNEL.test(part);
}

/** The thread named near an ask: "qui sotto", "nei commenti", "qui", "a questo commento". */
const THREAD_NEAR = new RegExp(`${IN_THE_THREAD.source}|\\b(?:qui|qua)\\b|\\ba questo (?:commento|post|tweet)\\b`, 'u');
/** How far either side of an ask its clause is read: a clause, not an endless sentence. */
const CLAUSE_REACH = 120;

/**
 * Whether the clause of the ask at `at` (to the nearest punctuation, within reach) names the thread:
 * by `pattern`, "qui" included by default; a private message's own "qui" is the chat, so there only
 * the comments count (IN_THE_THREAD).
 */
function threadNear(folded: string, at: number, s: Span, pattern: RegExp = THREAD_NEAR): boolean {
	const from = Math.max(s.fStart, at - CLAUSE_REACH);
	const window = folded.slice(from, Math.min(s.fEnd, at + CLAUSE_REACH));
	const rel = at - from;
	const start = Math.max(...[',', ';', ':', '(', ')'].map((c) => window.lastIndexOf(c, rel))) + 1;
	const after = window.slice(rel).search(/[,;:()]/u);
	return pattern.test(window.slice(start, after < 0 ? window.length : rel + after));
}

/** ASKED_DATA for matchAll, compiled once. */
const ASKED_DATA_ALL = new RegExp(ASKED_DATA.source, 'gu');

/** The first data asked after `from` in the sentence that is not a file or customer number. */
function nextOtherData(folded: string, from: number, to: number): readonly [number, number] | null {
	const rest = folded.slice(from, to);
	for (const m of rest.matchAll(ASKED_DATA_ALL)) {
		if (!FILE_NUMBER.test(m[0])) return [from + m.index, from + m.index + m[0].length];
	}
	return null;
}

/**
 * The data go into a form or a portal named right after them, and the ask names no thread: "scrivi
 * nome e cognome del bambino sul modulo", "inserisci nome, cognome ed ente nel modulo online". Not
 * "scrivici qui sotto nome e cognome, così compiliamo noi il modulo" (the thread), nor "scrivici il
 * codice fiscale, le istruzioni sono sul sito" (the form is another clause's).
 */
function intoForm(folded: string, from: number, dataEnd: number): boolean {
	const after = /^[^.;:!?\n,]{0,40}/u.exec(folded.slice(dataEnd))?.[0] ?? '';
	return FORM_DESTINATION.test(after) && !IN_THE_THREAD.test(folded.slice(from, dataEnd + after.length));
}

/**
 * How far apart two data of one list may stand ("nome e cognome di tua figlia, la classe"); a
 * negation ends the list ("il codice fiscale, non il numero di telefono").
 */
const LIST_GAP = /^(?!.*\b(?:non|senza|tranne|eccetto|ma)\b)[^.;:!?\n]{0,30}$/u;

/** The data that follow one asked, in the same list: each within a short gap of the one before. */
function listedAfter(folded: string, from: number, to: number): (readonly [number, number])[] {
	const out: (readonly [number, number])[] = [];
	let end = from;
	const rest = folded.slice(from, to);
	for (const m of rest.matchAll(ASKED_DATA_ALL)) {
		const start = from + m.index;
		if (!LIST_GAP.test(folded.slice(end, start))) break;
		end = start + m[0].length;
		out.push([start, end]);
	}
	return out;
}

/**
 * Personal data the reply asks for in the thread (not in a private channel). `inThreadOnly` for a
 * private message: there asking is right, unless the ask sends the citizen back to the public
 * comments ("riscrivi qui sotto nei commenti anche cellulare e data di nascita", families F and J).
 */
export function askedData(reply: Analysed, inThreadOnly = false): DataHit[] {
	const spans = sentences(reply);
	const out: DataHit[] = [];
	// The first data word at or after a point of a sentence, kept for the next asking verb of the
	// same sentence: it is the same one while it lies ahead, so a long sentence full of verbs is read
	// once, not once per verb.
	let last:
		| { span: Span; from: number; limit: number; start: number; end: number; next?: readonly [number, number] | null }
		| undefined;
	let privateIn: { span: Span; at: (at: number, dataAt: number) => boolean } | undefined;
	for (const m of reply.folded.matchAll(ASK)) {
		const s = spans[sentenceAt(spans, m.index)];
		if (!s) continue;
		// "come si chiamano e in che via abitano, mandacelo qui", "se sai come si chiamano scrivilo
		// nel gruppo", "ci servono nome e classe della bambina: può scriverli qui sotto?" (GX035): a verb with
		// "-celo" or "-lo" points back.
		const from = /(?:celo|cela|celi|cele|[ie]lo|[ie]li|ila|alo|ali|telo|teli|rl[oaie])$/u.test(m[0])
			? s.fStart
			: m.index;
		if (!(last?.span === s && from >= last.from && from < last.limit && (last.start < 0 || last.start >= from))) {
			// A semicolon closes the ask's clause: "nella causale scrivi la data dell'evento; l'IBAN della tesoreria è…"
			// gives the office's IBAN, it asks for none (reviewers' look-alikes r38b). An ask after the semicolon reads its
			// own clause.
			const rest = reply.folded.slice(from, s.fEnd);
			const semicolon = rest.indexOf(';');
			const limit = semicolon >= 0 ? from + semicolon : s.fEnd;
			const asked = ASKED_DATA.exec(semicolon >= 0 ? rest.slice(0, semicolon) : rest);
			last = asked
				? { span: s, from, limit, start: from + asked.index, end: from + asked.index + asked[0].length }
				: { span: s, from, limit, start: -1, end: -1 };
		}
		if (last.start < 0) continue;
		// A file or customer number is asked in public only where the ask's clause names the thread
		// ("scrivici qui sotto il numero di protocollo"); "nella richiesta indica il numero di
		// protocollo" is a form. Then the data after it is the ask's ("il protocollo e il codice fiscale").
		let [dataStart, dataEnd] = [last.start, last.end];
		if (FILE_NUMBER.test(reply.folded.slice(dataStart, dataEnd)) && !threadNear(reply.folded, m.index, s)) {
			if (last.next === undefined) last.next = nextOtherData(reply.folded, last.end, s.fEnd);
			if (!last.next) continue;
			[dataStart, dataEnd] = last.next;
		}
		// In a private message only an ask whose own clause names the comments ("riscrivi qui sotto nei
		// commenti…"), not one beside a reason ("nei commenti li vedono tutti: mandamelo qui").
		if (inThreadOnly && !threadNear(reply.folded, m.index, s, IN_THE_THREAD)) continue;
		if (privateIn?.span !== s) privateIn = { span: s, at: privateAsks(reply.folded.slice(s.fStart, s.fEnd)) };
		if (privateIn.at(m.index - s.fStart, dataStart - s.fStart)) continue;
		// The data listed after the first ("nome e cognome di tua figlia, la classe e il tuo codice
		// fiscale") are asked too: the message names them all.
		const listed = [[dataStart, dataEnd] as const, ...listedAfter(reply.folded, dataEnd, s.fEnd)];
		const lastEnd = listed[listed.length - 1]?.[1] ?? dataEnd;
		if (intoForm(reply.folded, Math.min(m.index, dataStart), lastEnd)) continue;
		// The learner's own words ("carta d'identità", "ISEE"), not the folded form.
		const what = listed
			.map(([a, b]) => {
				const at = toRange(reply, a, b);
				return reply.original.slice(at.start, at.end);
			})
			.join(', ');
		// The evidence runs from the asking verb to the data asked ("scriveteci qui sotto nome e via"),
		// either way round.
		const range = toRange(reply, Math.min(m.index, dataStart), Math.max(m.index + m[0].length, lastEnd));
		out.push({ what, range });
		break;
	}
	return out;
}
