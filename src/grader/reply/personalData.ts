// Personal data in a reply (the third conduct gate): what the reply shows in public (identifying
// numbers, the citizen's own contacts, health (reply/health.ts), a child's details
// (reply/minorData.ts), a home (reply/homes.ts), an economic situation, also when the citizen posted
// them first or the office knows them from its records) and what it asks the citizen to post in the
// thread. Patterns in lexicon/personalData.ts; reply/conduct.ts turns the hits into failures.
import type { DataHit } from '../types';
import type { Analysed, Span } from '../text/normalize';
import { analyse, sentences, sentenceAt, toRange } from '../text/normalize';
import {
	ACCUSATION,
	ALWAYS_PRIVATE,
	ASK,
	ASKED_DATA,
	CALLED_BEFORE,
	CONTACTS,
	DATA,
	ECONOMIC,
	INCOME_AMOUNT,
	PERSONAL,
	IN_THE_THREAD,
	PRIVATE_CHANNEL,
	ROLE_BEFORE_NAME,
	SCHOOL_CLASS,
	THEIR_CHILD,
	THRESHOLD,
	UNDECLARED_WORK,
} from '../lexicon/personalData';
import { FIRST_NAMES } from '../lexicon/names';
import { childData, squash } from './minorData';
import { addressData } from './homes';
import { clinicalData } from './clinical';
import { healthData, hypothetical } from './health';
import { inPassingData } from './inPassing';

/** A sentence about the office's own bank account. */
const OFFICE_IBAN =
	/\b(?:del comune|dell'ente|della scuola|della tesoreria|tesoreria|intestat[oa] al comune|dell'azienda|dell'ufficio|per (?:i|il) pagament\p{L}*)\b/u;
/** The folded span [from, to) is written in capitals, or follows the word "targa" ("targato"). */
function plateLike(reply: Analysed, from: number, to: number): boolean {
	const raw = reply.original.slice(reply.map[from] ?? 0, reply.map[to] ?? reply.original.length);
	return (
		!/\p{Ll}/u.test(raw) ||
		/\btarga\p{L}*\s*(?:n\.?\s*|numero\s*|:\s*)?$/u.test(reply.folded.slice(Math.max(0, from - 24), from))
	);
}

/**
 * What the citizen once sent in private, told in the thread ("il garage di via dei Pini 7 che ci ha
 * indicato in privato", family AP): it moves nothing to a private channel, it shows what came from one.
 */
const SENT_IN_PRIVATE =
	/\b(?:che )?(?:ci|mi) (?:ha|hai|avete|aveva|avevi|avevate) (?:gia )?(?:indicat|scritt|mandat|inviat|comunicat|dett|segnalat)\p{L}* in privato\b/gu;

/** The text with its email addresses blanked, word by word: linear, however long a word without spaces. */
const withoutEmails = (text: string): string =>
	text.includes('@') ? text.replace(/\S+/gu, (w) => (/\S@\S/u.test(w) ? ' ' : w)) : text;

/** Personal data the reply shows: identifying numbers, the citizen's own contacts, health, a child's details, a home address. */
export function shownData(reply: Analysed, comment: Analysed, surnames: ReadonlySet<string>): DataHit[] {
	const out: DataHit[] = [];
	const spans = sentences(reply);
	// A sentence that moves the data to a private channel; an email address alone in it ("scrivi a
	// polizialocale@…") does not un-show what the sentence states.
	// Remembered by sentence: the readers ask about the same long sentence once per word they find.
	const privateSpans = new Map<Span, boolean>();
	const privateSentence = (at: number): boolean => {
		const s = spans[sentenceAt(spans, at)];
		if (s === undefined) return false;
		let known = privateSpans.get(s);
		if (known === undefined) {
			known = PRIVATE_CHANNEL.test(withoutEmails(reply.folded.slice(s.fStart, s.fEnd)).replace(SENT_IN_PRIVATE, ' '));
			privateSpans.set(s, known);
		}
		return known;
	};
	for (const [what, re] of ALWAYS_PRIVATE) {
		for (const m of reply.folded.matchAll(re)) {
			// The office's own IBAN, for paying it, is public ("l'IBAN del Comune per la mensa è…").
			const s = spans[sentenceAt(spans, m.index)];
			const sentence = s ? reply.folded.slice(s.fStart, s.fEnd) : '';
			if (what === 'IBAN' && OFFICE_IBAN.test(sentence) && !comment.folded.includes(m[0])) continue;
			// "i Vigili del Fuoco al 115 se c'è pericolo" has the shape of a plate: a plate is written in
			// capitals ("FG 482 KL") or named as one ("targa fg482kl").
			if (what === DATA.plate && !plateLike(reply, m.index, m.index + m[0].length)) continue;
			out.push({ what, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	// What the office knows of the citizen, said in the thread: their child's class, an income.
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		if (THEIR_CHILD.test(text)) {
			for (const m of text.matchAll(SCHOOL_CLASS))
				out.push({
					what: DATA.minor,
					range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length),
				});
		}
		const income = INCOME_AMOUNT.exec(text);
		if (income && PERSONAL.test(text) && !THRESHOLD.test(text) && !hypothetical(text, income.index))
			out.push({
				what: 'situazione economica',
				range: toRange(reply, s.fStart + income.index, s.fStart + income.index + income[0].length),
			});
	}
	for (const [what, re] of CONTACTS) {
		// The citizen's own contacts, not a number of the office they say they tried to call.
		const theirs = new Set(
			[...comment.folded.matchAll(re)]
				.filter((m) => {
					if (what !== 'numero di telefono') return true;
					const before = comment.folded.slice(Math.max(0, m.index - 40), m.index);
					const after = comment.folded.slice(m.index + m[0].length, m.index + m[0].length + 25);
					const mine = /\b(?:mio|mia|miei|mie)\b|mi\s*$/u.test(before) || /\b\p{L}+(?:temi|atemi)\b/u.test(after);
					return mine || !CALLED_BEFORE.test(before);
				})
				.map((m) => squash(m[0])),
		);
		for (const m of reply.folded.matchAll(re)) {
			if (theirs.has(squash(m[0]))) out.push({ what, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	out.push(...healthData(reply, comment, spans, privateSentence));
	out.push(...clinicalData(reply, comment, spans, privateSentence));
	out.push(...inPassingData(reply, spans, privateSentence));
	// An economic or tax situation asserted of a person (not a hypothesis, not in a private-channel sentence).
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const economic = ECONOMIC.exec(text);
		if (!economic || PRIVATE_CHANNEL.test(text) || hypothetical(text, economic.index)) continue;
		out.push({
			what: 'situazione economica',
			range: toRange(reply, s.fStart + economic.index, s.fStart + economic.index + economic[0].length),
		});
	}
	// Undeclared work the citizen confessed, said back to them ("lavorare in nero … non si può").
	if (/\bin nero\b/u.test(comment.folded)) {
		for (const s of spans) {
			const text = reply.folded.slice(s.fStart, s.fEnd);
			const m = UNDECLARED_WORK.exec(text);
			if (!m || PRIVATE_CHANNEL.test(text)) continue;
			out.push({
				what: 'situazione economica',
				range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length),
			});
		}
	}
	out.push(...childData(reply, comment, surnames, spans, privateSentence, out));
	out.push(...accusedNamed(reply, comment, surnames, privateSentence));
	out.push(...addressData(reply, comment, surnames, privateSentence));
	return out;
}

/**
 * A private person the comment accuses by name ("Ve lo dico io chi è: Aldo Ferretti… MULTATELO"),
 * named again by the reply: a public page does not repeat an accusation against someone who cannot
 * answer. People named in a public role ("il geometra Bellini") and the author are not concerned.
 */
function accusedNamed(
	reply: Analysed,
	comment: Analysed,
	surnames: ReadonlySet<string>,
	privateSentence: (at: number) => boolean,
): DataHit[] {
	if (!ACCUSATION.test(comment.folded)) return [];
	const accused = new Set<string>();
	for (const m of comment.original.matchAll(/(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})\b/gu)) {
		const [first, last] = [(m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase()];
		const before = analyse(comment.original.slice(Math.max(0, m.index - 25), m.index)).folded;
		if (FIRST_NAMES.has(first) && !surnames.has(last) && !ROLE_BEFORE_NAME.test(before)) accused.add(last);
	}
	if (accused.size === 0) return [];
	const caseless = !/\p{Lu}/u.test(reply.original);
	return (
		reply.tokens
			// Capitalised, as a name is written; any case in a reply typed all in lower case ("il ferretti del
			// secondo piano"), where letter case tells nothing.
			.filter(
				(t) =>
					accused.has(t.key) &&
					(caseless || /^\p{Lu}/u.test(reply.original.slice(t.start))) &&
					!privateSentence(t.fStart),
			)
			.map((t) => ({ what: DATA.accused, range: { start: t.start, end: t.end } }))
	);
}

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
