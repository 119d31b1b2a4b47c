// A patient's clinical details in a reply (part of the personal-data gate): what a health body
// says in public of one person's care to answer their complaint ("il paziente si è presentato per
// un dolore al piede… registrato come codice verde", "è stata operata entro 48 ore"). The Garante
// fined a hospital for such a note (real reply u-002); the family's own story in the comment does
// not make it the office's to tell. reply/personalData.ts gathers these with the other personal data.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { toRange } from '../text/normalize';
import { DATA, HEALTH, TOPIC_BEFORE } from '../lexicon/personalData';
import { CARE, CLINICAL, PATIENT, RELATIVE, SYMPTOM } from '../lexicon/clinical';

/** Words before a finding that make it a rule for everyone or a case that may not be: "i pazienti", "se", "in caso di". */
const GENERAL =
	/\b(?:i pazienti|ai pazienti|dei pazienti|gli utenti|agli utenti|degli utenti|tutti|ogni|chi|se|in caso di|qualora)\b/u;
/** "pur senza entrare nel dettaglio del percorso clinico": the office declines to tell. */
const DECLINES = /\bsenza entrare nel (?:dettaglio|merito)\b/u;

/**
 * Clinical details of one person the reply gives, outside a sentence that moves the talk to a
 * private channel: a health word, a finding or a symptom in a sentence that names the patient; a
 * finding in answer to a comment that tells of the writer's or a relative's illness.
 */
export function clinicalData(
	reply: Analysed,
	comment: Analysed,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const relativesCare = RELATIVE.test(comment.folded) && CARE.test(comment.folded);
	const out: DataHit[] = [];
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const named = PATIENT.test(text);
		const found =
			(named ? (CLINICAL.exec(text) ?? HEALTH.exec(text) ?? SYMPTOM.exec(text)) : null) ??
			(relativesCare ? CLINICAL.exec(text) : null);
		if (!found || DECLINES.test(text) || privateSentence(s.fStart)) continue;
		const before = text.slice(0, found.index);
		if (GENERAL.test(before) || TOPIC_BEFORE.test(before)) continue;
		out.push({
			what: DATA.health,
			range: toRange(reply, s.fStart + found.index, s.fStart + found.index + found[0].length),
		});
	}
	return out;
}
