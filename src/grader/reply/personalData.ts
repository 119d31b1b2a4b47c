// Personal data in a reply (the third conduct gate): what the reply shows in public (identifying
// numbers, the citizen's own contacts, health (reply/health.ts), a child's details
// (reply/minorData.ts), a home (reply/homes.ts), an economic situation, also when the citizen posted
// them first or the office knows them from its records); what it asks the citizen to post in the
// thread is read by reply/askedData.ts. Patterns in lexicon/personalData.ts; reply/conduct.ts turns
// the hits into failures.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { analyse, toRange } from '../text/normalize';
import { sentences, sentenceAt } from '../text/sentences';
import {
	ACCUSATION,
	ALWAYS_PRIVATE,
	CALLED_BEFORE,
	CONTACTS,
	DATA,
	ECONOMIC,
	INCOME_AMOUNT,
	PERSONAL,
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
import { recordsData } from './records';

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

/**
 * An email address that is the citizen's own, read from the office's records rather than the comment: its
 * name part holds their surname ("il codice ti è stato mandato a nicolo.galimberti78@mail.it", FU008, session
 * 40). A first name alone may be an officer's ("marco.bianchi@…" to Marco Rossi), an office's address
 * ("mensa@comune…") names a service, and an institution's domain is never a private inbox.
 */
function namesTheCitizen(email: string, names: ReadonlySet<string>): boolean {
	const [local = '', domain = ''] = email.split('@');
	if (/\b(?:comune|regione|provincia|gov|asl|ats|ausl|inps|scuola|istruzione|pec)\b/u.test(domain)) return false;
	return local.split(/[^\p{L}]+/u).some((part) => part.length >= 3 && names.has(part));
}

/** Personal data the reply shows: identifying numbers, the citizen's own contacts, health, a child's details, a home address. */
export function shownData(
	reply: Analysed,
	comment: Analysed,
	surnames: ReadonlySet<string>,
	firstNames: ReadonlySet<string> = new Set(),
): DataHit[] {
	// The author's own names are never a child's ("Ciao Elena, la classe 2ª B parte il 3 maggio").
	const authorNames = new Set([...surnames, ...firstNames]);
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
			if (theirs.has(squash(m[0])) || (what === 'email' && namesTheCitizen(m[0], surnames)))
				out.push({ what, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	out.push(...healthData(reply, comment, spans, privateSentence));
	out.push(...clinicalData(reply, comment, spans, privateSentence));
	out.push(...inPassingData(reply, spans, privateSentence));
	out.push(...recordsData(reply, comment, spans, privateSentence));
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
	out.push(...childData(reply, comment, authorNames, spans, privateSentence, out));
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
