// A named member of staff blamed in public: "il post l'ha scritto il collega Fabio Riva, che come al
// solito non ha controllato niente", "la signora Gatti non si è nemmeno presa la briga di avvisare le
// famiglie" (families BZ to CG), "la Marisa del centralino, che come al solito non l'ha registrata"
// (DD044), "doveva accorgersene Roberta Mancini … purtroppo non l'ha fatto" (DG041). The office answers for
// its work; a colleague's name next to their negligence is not for the public. Unnamed staff ("un collega")
// are read by the tone cues.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { capitalAt, gapBetween, isCapitalised, toRange, writtenInLowerCase } from '../text/normalize';
import { sentenceAt, sentences } from '../text/sentences';
import { sentenceOf } from './spoken';
import { NAME_OF_OFFICE, NEGLIGENCE, STAFF_BEFORE_NAME, STAFF_WORD, WRONG_FROM_NAMED } from '../lexicon/staff';
import { FIRST_NAMES } from '../lexicon/names';

/** The letter at a folded offset is a capital in the reply as written. */
const capital = (reply: Analysed, at: number): boolean => capitalAt(reply, reply.map[at] ?? 0);

/** Words that set a sentence in the office: a name in it may be a member of staff. */
const OFFICE_WORD =
	/\b(?:uffic\p{L}*|sportell\p{L}*|turno|redazione|centralino|colleg(?:a|o|hi|he)|nostr[oaie]|servizio|pagina|post)\b/u;

/** Words that greet or address the reader, before their name. */
const GREETING =
	/^(?:ciao|gentile|gentilissim[oa]|gent|car[oaie]|buongiorno|buonasera|salve|egregi[oa]|spettabile|grazie|ehi|benvenut[oa])$/u;

/** A denial of the fault, before the name in its sentence. */
const DENIED_FAULT = /\b(?:non e (?:vero|giusto dire) che|e falso che|non e colpa (?:di|del|della|dello|dei|delle))\b/u;

/** A role or a body, capitalised before an office: "la Responsabile dell'Ufficio", "il Dirigente del servizio". */
const ROLE =
	/^(?:responsabil[ei]|dirigent[ei]|dirett(?:ore|rice)|referent[ei]|coordinat(?:ore|rice)|segreteria|sede|direzione|sezione|commissione|giunta|funzionari[oa]|capo|capa)$/u;

/** How far after the name the negligence is read, within the sentence. */
const REACH = 160;

/** From `start` to the negligence told in the clause after the folded offset `at`, if any. */
function faultAfter(reply: Analysed, start: number, at: number): Range | undefined {
	// An initial's full stop does not end the clause ("la signora Donatella P., che…", DB027).
	const clause = /^(?:[^.!?\n]|(?<=(?:^|\s)\p{L})\.)*/u.exec(reply.folded.slice(at, at + REACH))?.[0] ?? '';
	const fault = NEGLIGENCE.exec(clause);
	return fault ? toRange(reply, start, at + fault.index + fault[0].length) : undefined;
}

/**
 * The words from a named member of staff to their negligence, as evidence, where `keep` accepts the
 * folded start (the conduct gate sets aside quoted words only).
 */
export function staffBlame(reply: Analysed, keep: (fStart: number) => boolean): Range[] {
	const out: Range[] = [];
	const spans = sentences(reply);
	const lowerCase = writtenInLowerCase(reply);
	for (const m of reply.folded.matchAll(STAFF_BEFORE_NAME)) {
		if (!keep(m.index)) continue;
		const name = m[1] ?? '';
		const at = m.index + m[0].length - name.length;
		// A name is capitalised: "la collega dell'Ufficio scuola" names no one (the word after is "dell"); in a reply typed all
		// in lower case, the word after a title is read as a name ("c'era la sig.ra rinaldi, che purtroppo è fatta così", KS029).
		if (!capital(reply, at) && !lowerCase) continue;
		// The page denies the fault before the name: "non è vero che la maestra Rossi non ci ha mai inoltrato la comunicazione"
		// (r43c, session 43).
		const span = spans[sentenceAt(spans, m.index)];
		if (DENIED_FAULT.test(reply.folded.slice(span?.fStart ?? 0, m.index))) continue;
		const fault = faultAfter(reply, m.index, at);
		if (fault) out.push(fault);
	}
	// A first name and a surname, or a first name alone, before an office ("Giulia Mastrangelo dell'Ufficio tributi
	// e nessuno l'aveva ricontrollato", "la Marisa del centralino, che come al solito non l'ha registrata"): the
	// negligence read after the office, in the sentence.
	for (const m of reply.folded.matchAll(NAME_OF_OFFICE)) {
		const [phrase, first, last] = [m[1] ?? '', m[2] ?? '', m[3]];
		if (!keep(m.index) || !capital(reply, m.index)) continue;
		// Two words are a first name and a surname, both capitalised; one word alone must be a first name, or a surname
		// after an article ("la Giuffrida dell'Ufficio scuola, che dorme in piedi", KN030, session 46), not a role.
		const surname = /\b(?:la|il) $/u.test(reply.folded.slice(Math.max(0, m.index - 3), m.index)) && !ROLE.test(first);
		if (last === undefined ? !FIRST_NAMES.has(first) && !surname : !capital(reply, m.index + first.length + 1))
			continue;
		const fault = faultAfter(reply, m.index, m.index + phrase.length);
		if (fault) out.push(fault);
	}
	// A first name from the list and a capitalised surname, in a sentence about the office ("in ufficio doveva
	// accorgersene Roberta Mancini, che segue le linee: purtroppo non l'ha fatto", DG041; not the teacher Alberto
	// Manzi who "non si è preso la briga di seguire il libro di testo", r33b-003); not at the head of a sentence
	// before a comma, where the reply calls the citizen.
	const tokens = reply.tokens;
	for (let i = 0; i + 1 < tokens.length; i++) {
		const [first, last] = [tokens[i], tokens[i + 1]];
		if (!first || !last || !FIRST_NAMES.has(first.key) || !keep(first.fStart)) continue;
		if (!isCapitalised(reply, first) || !isCapitalised(reply, last) || !/^ $/u.test(gapBetween(reply, i, i + 1)))
			continue;
		const opens = /(?:^|[.!?\n]\s*)$/u.test(reply.folded.slice(Math.max(0, first.fStart - 3), first.fStart));
		if (opens && /^\s*,/u.test(reply.folded.slice(last.fEnd, last.fEnd + 2))) continue;
		// After a greeting the name is the citizen's: "Buongiorno Mario Rossi, il nostro ufficio ha sbagliato".
		if (GREETING.test(tokens[i - 1]?.key ?? '')) continue;
		const sentence = sentenceOf(reply, first.fStart);
		if (!OFFICE_WORD.test(sentence) && !STAFF_WORD.test(sentence)) continue;
		const fault = faultAfter(reply, first.fStart, last.fEnd);
		if (fault) out.push(fault);
	}
	for (const m of reply.folded.matchAll(WRONG_FROM_NAMED)) {
		if (!keep(m.index)) continue;
		const surname = m[2] ?? '';
		const end = m.index + m[0].length;
		// Two capitalised words: a first name and a surname ("Luca Marchi"), not "il Comune".
		if (capital(reply, end - surname.length) && capital(reply, end - surname.length - 1 - (m[1] ?? '').length))
			out.push(toRange(reply, m.index, end));
	}
	return out;
}
