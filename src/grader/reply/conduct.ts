// The conduct gates, judged before the three tips: a reply that insults, mocks or intimidates the
// citizen, or that shows or asks for personal data in public, cannot be published by a public
// administration, however detailed, personal and grateful it is. Each failure carries the words
// that cause it (evidence) and an Italian message for the learner.
import type { ConductFailure, Range } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, sentences, sentenceAt, toRange } from '../text/normalize';
import { findOffensive } from '../comment/offensive';
import {
	ALWAYS_PRIVATE,
	ASK,
	ASKED_DATA,
	BLOCK_THREAT,
	CONTACTS,
	ECONOMIC,
	INCOME_AMOUNT,
	IRONIC_EMOJI,
	THEIR_CHILD,
	THEIR_HOME,
	THRESHOLD,
	HEALTH,
	HOME,
	INTIMIDATION,
	LAUGHING_EMOJI,
	NAMED_ADDRESS,
	LEGAL_THREAT,
	MINOR,
	MOCKERY,
	MOCKING_SIGNS,
	PERSONAL,
	PRIVATE_CHANNEL,
	REPORTED_SPEECH,
	SCHOOL_CLASS,
} from '../lexicon/conduct';
import { CONDUCT_TEXT } from '../feedback/conduct';
import { uniqueRanges } from '../text/ranges';
import type { IntentKind } from '../comment/intent';

/** Folded offsets that sit inside quotation marks: the reply quotes the citizen there. */
function quotedMask(a: Analysed): Uint8Array {
	const mask = new Uint8Array(a.folded.length + 1);
	for (const m of a.folded.matchAll(/"[^"\n]{1,200}"/gu)) mask.fill(1, m.index, m.index + m[0].length);
	return mask;
}

/** An insult the reply reports ("non si può dare del «buffone»") rather than says. */
function reported(a: Analysed, fStart: number, mask: Uint8Array): boolean {
	if (mask[fStart] === 1) return true;
	const before = a.folded.slice(Math.max(0, fStart - 40), fStart);
	return REPORTED_SPEECH.test(before);
}

function matchAll(a: Analysed, re: RegExp, keep: (fStart: number) => boolean = () => true): Range[] {
	const out: Range[] = [];
	for (const m of a.folded.matchAll(re)) if (keep(m.index)) out.push(toRange(a, m.index, m.index + m[0].length));
	return out;
}

/** Insults and mockery aimed at the citizen; laughing emoji count unless the comment is praise or a joke. */
function disrespect(reply: Analysed, serious: boolean, aggrieved: boolean): Range[] {
	const mask = quotedMask(reply);
	const keep = (at: number): boolean => !reported(reply, at, mask);
	const insults = findOffensive(reply)
		.filter((h) => h.kind === 'insult')
		.map((h) => h.range)
		.filter((r) => {
			const f = reply.map.indexOf(r.start);
			return f < 0 || keep(f);
		});
	return [
		...insults,
		...matchAll(reply, MOCKERY, keep),
		...matchAll(reply, MOCKING_SIGNS, keep),
		...(serious ? matchAll(reply, LAUGHING_EMOJI) : []),
		...(aggrieved ? matchAll(reply, IRONIC_EMOJI) : []),
	];
}

/**
 * Intimidation; a legal threat counts unless the comment itself threatens someone, a threat to
 * block unless the comment offends.
 */
function intimidation(reply: Analysed, comment: Analysed, offensive: boolean): Range[] {
	const commentThreatens = findOffensive(comment).some((h) => h.kind === 'threat');
	const threats = findOffensive(reply)
		.filter((h) => h.kind === 'threat')
		.map((h) => h.range);
	return [
		...threats,
		...matchAll(reply, INTIMIDATION),
		...(commentThreatens ? [] : matchAll(reply, LEGAL_THREAT)),
		...(offensive ? [] : matchAll(reply, BLOCK_THREAT)),
	];
}

interface DataHit {
	what: string;
	range: Range;
}

const squash = (s: string): string => s.replace(/[\s./-]+/gu, '');
/** A sentence about the office's own bank account. */
const OFFICE_IBAN =
	/\b(?:del comune|dell'ente|della scuola|della tesoreria|tesoreria|intestat[oa] al comune|dell'azienda|dell'ufficio|per (?:i|il) pagament\p{L}*)\b/u;
/** An age in years: "15 anni". */
const AGE = /\b\d{1,2} anni\b/gu;
/** Words that make an age a threshold of a rule: "sotto i", "fino a", "dai 3 ai", "over". */
const AGE_RULE = /\b(?:i|a|ai|dai|agli|sotto|sopra|oltre|under|over|entro|tra|fra|compiuti)\s$/u;

/** Personal data the reply shows: identifying numbers, the citizen's own contacts, health, a child's details, a home address. */
function shownData(reply: Analysed, comment: Analysed, surnames: ReadonlySet<string>): DataHit[] {
	const out: DataHit[] = [];
	const spans = sentences(reply);
	const privateSentence = (at: number): boolean => {
		const s = spans[sentenceAt(spans, at)];
		return s !== undefined && PRIVATE_CHANNEL.test(reply.folded.slice(s.fStart, s.fEnd));
	};
	for (const [what, re] of ALWAYS_PRIVATE) {
		for (const m of reply.folded.matchAll(re)) {
			// The office's own IBAN, for paying it, is public ("l'IBAN del Comune per la mensa è…").
			const s = spans[sentenceAt(spans, m.index)];
			const sentence = s ? reply.folded.slice(s.fStart, s.fEnd) : '';
			if (what === 'IBAN' && OFFICE_IBAN.test(sentence) && !comment.folded.includes(m[0])) continue;
			out.push({ what, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	// What the office knows of the citizen, said in the thread: their home, their child's class, an income.
	for (const m of reply.folded.matchAll(THEIR_HOME)) {
		const address = m[1] ?? '';
		const at = m.index + m[0].length - address.length;
		if (!privateSentence(at)) out.push({ what: 'indirizzo di casa', range: toRange(reply, at, at + address.length) });
	}
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		if (THEIR_CHILD.test(text)) {
			for (const m of text.matchAll(SCHOOL_CLASS))
				out.push({
					what: 'dati di un minore',
					range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length),
				});
		}
		const income = INCOME_AMOUNT.exec(text);
		if (income && PERSONAL.test(text) && !THRESHOLD.test(text) && !/\bse\b/u.test(text.slice(0, income.index)))
			out.push({
				what: 'situazione economica',
				range: toRange(reply, s.fStart + income.index, s.fStart + income.index + income[0].length),
			});
	}
	for (const [what, re] of CONTACTS) {
		const theirs = new Set([...comment.folded.matchAll(re)].map((m) => squash(m[0])));
		for (const m of reply.folded.matchAll(re)) {
			if (theirs.has(squash(m[0]))) out.push({ what, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	// Health: a health word said of a person, or repeated from the comment, outside a private-channel sentence.
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const health = HEALTH.exec(text);
		if (!health || PRIVATE_CHANNEL.test(text)) continue;
		// "Se sua madre ha una disabilità, può chiedere…" states no fact about anyone: a hypothesis.
		const repeated = comment.folded.includes(health[0]);
		const hypothetical = /\bse\b/u.test(text.slice(0, health.index));
		if (repeated || (PERSONAL.test(text) && !hypothetical)) {
			out.push({
				what: 'dati sulla salute',
				range: toRange(reply, s.fStart + health.index, s.fStart + health.index + health[0].length),
			});
		}
	}
	// An economic or tax situation asserted of a person (not a hypothesis, not in a private-channel sentence).
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const economic = ECONOMIC.exec(text);
		if (!economic || PRIVATE_CHANNEL.test(text) || /\bse\b/u.test(text.slice(0, economic.index))) continue;
		out.push({
			what: 'situazione economica',
			range: toRange(reply, s.fStart + economic.index, s.fStart + economic.index + economic[0].length),
		});
	}
	// A child's class or first name, when the comment is about the citizen's child.
	const minor = MINOR.exec(comment.folded);
	if (minor) {
		const classes = new Set(
			[...comment.folded.matchAll(SCHOOL_CLASS)].map((m) => squash(m[0].replace(/^(?:classe|sezione) /u, ''))),
		);
		for (const m of reply.folded.matchAll(SCHOOL_CLASS)) {
			if (classes.has(squash(m[0].replace(/^(?:classe|sezione) /u, ''))) && !privateSentence(m.index)) {
				out.push({ what: 'dati di un minore', range: toRange(reply, m.index, m.index + m[0].length) });
			}
		}
		// The child's age, repeated: with the name it identifies the child. A value written in the reply is
		// shown, whatever channel the sentence then points to.
		const ages = new Set([...comment.folded.matchAll(AGE)].map((m) => m[0]));
		for (const m of reply.folded.matchAll(AGE)) {
			// "Sotto i 6 anni l'ingresso è gratis" is a rule for everyone, not the child's age.
			const rule = AGE_RULE.test(reply.folded.slice(Math.max(0, m.index - 12), m.index));
			if (ages.has(m[0]) && !rule)
				out.push({ what: 'dati di un minore', range: toRange(reply, m.index, m.index + m[0].length) });
		}
		// A child's first name alone, already posted by the parent, identifies little; with the class,
		// the age or a health detail in the same reply it identifies the child.
		const detailed = out.some((h) => h.what === 'dati di un minore' || h.what === 'dati sulla salute');
		const after = comment.original
			.slice(comment.map[minor.index + minor[0].length] ?? 0)
			.match(/^\s*,?\s*(\p{Lu}\p{Ll}{2,})/u);
		const child = after?.[1];
		if (child && detailed) {
			const key = child.toLowerCase();
			for (const t of reply.tokens) {
				if (t.key === key && !privateSentence(t.fStart))
					out.push({ what: 'dati di un minore', range: { start: t.start, end: t.end } });
			}
		}
	}
	// The citizen's home address, or the address of a person the comment names, repeated.
	const homes = [
		...[...comment.folded.matchAll(HOME)].map((m) => m[1]),
		...[...comment.original.matchAll(NAMED_ADDRESS)].map((m) => analyse(m[2] ?? '').folded),
	];
	// The author's own name next to a street and number in the reply: their address, from the office's records.
	for (const m of reply.original.matchAll(NAMED_ADDRESS)) {
		const surname = (m[1] ?? '').split(' ').pop()?.toLowerCase() ?? '';
		const address = m[2] ?? '';
		if (!surnames.has(surname) || address === '') continue;
		const start = m.index + m[0].length - address.length;
		out.push({ what: 'indirizzo di casa', range: { start, end: start + address.length } });
	}
	for (const address of homes) {
		if (!address) continue;
		const at = reply.folded.indexOf(address.trim());
		if (at >= 0 && !privateSentence(at))
			out.push({ what: 'indirizzo di casa', range: toRange(reply, at, at + address.trim().length) });
	}
	return out;
}

/** Personal data the reply asks for in the thread (not in a private channel). */
function askedData(reply: Analysed): DataHit[] {
	const spans = sentences(reply);
	const out: DataHit[] = [];
	for (const m of reply.folded.matchAll(ASK)) {
		const s = spans[sentenceAt(spans, m.index)];
		if (!s) continue;
		const text = reply.folded.slice(m.index, s.fEnd);
		const asked = ASKED_DATA.exec(text);
		if (!asked || PRIVATE_CHANNEL.test(reply.folded.slice(s.fStart, s.fEnd))) continue;
		out.push({ what: asked[0], range: toRange(reply, s.fStart, s.fEnd) });
		break;
	}
	return out;
}

const quoteOf = (reply: Analysed, ranges: Range[]): string[] =>
	ranges.map((r) => reply.original.slice(r.start, r.end).trim()).filter((q) => q.length > 0);

/**
 * The conduct failures of a reply, in the order a trainer would name them; empty when the reply
 * could be published.
 */
export function judgeConduct(
	reply: Analysed,
	comment: Analysed,
	intent: IntentKind,
	surnames: ReadonlySet<string> = new Set(),
): ConductFailure[] {
	const out: ConductFailure[] = [];
	// Laughing along with a citizen who laughs first is not mockery (it may still be unwise).
	const serious =
		intent !== 'praise' &&
		intent !== 'other' &&
		intent !== 'spam' &&
		!new RegExp(LAUGHING_EMOJI.source, 'u').test(comment.original);
	// Irony under a grievance: a wink or a clap answers a complaint with a smirk.
	const aggrieved =
		(intent === 'complaint' || intent === 'report' || intent === 'opinion' || intent === 'offensive') &&
		!new RegExp(IRONIC_EMOJI.source, 'u').test(comment.original);
	const insult = uniqueRanges(disrespect(reply, serious, aggrieved));
	if (insult.length)
		out.push({ kind: 'insult', message: CONDUCT_TEXT.insult(quoteOf(reply, insult)), evidence: insult });
	const threat = uniqueRanges(intimidation(reply, comment, intent === 'offensive'));
	if (threat.length)
		out.push({ kind: 'threat', message: CONDUCT_TEXT.threat(quoteOf(reply, threat)), evidence: threat });
	const shown = shownData(reply, comment, surnames);
	if (shown.length) {
		const kinds = [...new Set(shown.map((h) => h.what))];
		out.push({
			kind: 'personal-data',
			message: CONDUCT_TEXT.shown(kinds),
			evidence: uniqueRanges(shown.map((h) => h.range)),
		});
	}
	const asked = askedData(reply);
	if (asked.length) {
		out.push({
			kind: 'personal-data',
			message: CONDUCT_TEXT.asked(asked.map((h) => h.what)),
			evidence: asked.map((h) => h.range),
		});
	}
	return out;
}
