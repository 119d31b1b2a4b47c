// A named member of staff blamed in public: "il post l'ha scritto il collega Fabio Riva, che come al
// solito non ha controllato niente", "la signora Gatti non si è nemmeno presa la briga di avvisare le
// famiglie" (families BZ to CG). The office answers for its work; a colleague's name next to their
// negligence is not for the public. Unnamed staff ("un collega") are read by the tone cues.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';
import { toRange } from '../text/normalize';
import { NEGLIGENCE, STAFF_BEFORE_NAME, WRONG_FROM_NAMED } from '../lexicon/staff';

/** How far after the name the negligence is read, within the sentence. */
const REACH = 160;

/**
 * The words from a named member of staff to their negligence, as evidence, where `keep` accepts the
 * folded start (the conduct gate sets aside quoted and reported words).
 */
export function staffBlame(reply: Analysed, keep: (fStart: number) => boolean): Range[] {
	const out: Range[] = [];
	for (const m of reply.folded.matchAll(STAFF_BEFORE_NAME)) {
		if (!keep(m.index)) continue;
		const name = m[1] ?? '';
		const at = m.index + m[0].length - name.length;
		const first = reply.original[reply.map[at] ?? 0] ?? '';
		// A name is capitalised: "la collega dell'Ufficio scuola" names no one (the word after is "dell").
		if (first === first.toLowerCase()) continue;
		const after = reply.folded.slice(at, at + REACH);
		const clause = /^[^.!?\n]*/u.exec(after)?.[0] ?? '';
		const fault = NEGLIGENCE.exec(clause);
		if (fault) out.push(toRange(reply, m.index, at + fault.index + fault[0].length));
	}
	for (const m of reply.folded.matchAll(WRONG_FROM_NAMED)) {
		if (!keep(m.index)) continue;
		const surname = m[2] ?? '';
		const end = m.index + m[0].length;
		const capital = (at: number): boolean => {
			const c = reply.original[reply.map[at] ?? 0] ?? '';
			return c !== c.toLowerCase();
		};
		// Two capitalised words: a first name and a surname ("Luca Marchi"), not "il Comune".
		if (capital(end - surname.length) && capital(end - surname.length - 1 - (m[1] ?? '').length))
			out.push(toRange(reply, m.index, end));
	}
	return out;
}
