// Health said of a person (part of the personal-data gate): a health word said of someone, or
// repeated from the comment, outside a sentence that moves the talk to a private channel; a named
// person's or a relative's health stated whatever channel the sentence names.
// reply/personalData.ts gathers these with the other personal data; reply/clinical.ts reads a
// patient's clinical details.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { analyse, toRange } from '../text/normalize';
import { DATA, HEALTH, PERSONAL, SERVICE_BEFORE, TOPIC_BEFORE } from '../lexicon/personalData';
import { FIRST_NAMES } from '../lexicon/names';
import { HYPOTHESIS } from '../lexicon/intent';

/** "Se sua madre ha una disabilità…", "se non hai pagato…": a hypothesis states no fact about anyone. */
export const hypothetical = (text: string, at: number): boolean => HYPOTHESIS.test(text.slice(0, at));
/** Every health word of a sentence, in order (HEALTH finds the first only). */
const HEALTH_ALL = new RegExp(HEALTH.source, 'gu');
/** How far after the verb a named person's health word may come. */
const PREDICATE_CHARS = 45;

/** A category of people with a condition, as a rule names them: "i bambini con certificazione di". */
const CATEGORY_BEFORE =
	/\b(?:i|gli|le|tutti i|tutte le|ai|agli|alle|per i|per gli|per le) (?:bambin|ragazz|alunn|student|person|cittadin|famigli|utent|minor|anzian|genitor|lavorator)\p{L}* (?:con|che hanno|affett\p{L}* da)\b[^.!?\n]{0,30}$/u;

/** Someone's relative, with whose it is: "di tua figlia", "suo marito". */
const RELATIVE_OF = String.raw`(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre) (?:figli[oaie]|bambin[oaie]|bimb[oaie]|ragazz[oaie]|marito|moglie|madre|padre|mamma|papa|nonn[oaie]|fratell[oi]|sorell[ae])\b`;
const OWN_RELATIVE = new RegExp(String.raw`\b${RELATIVE_OF}`, 'u');
/** Right after a health word: whose it is ("celiaca di tua figlia"). */
const OWNER_AFTER = new RegExp(String.raw`^\s*(?:di|del|della|dei|delle)\s+${RELATIVE_OF}`, 'u');
/**
 * A sentence whose subject is a named person ("la responsabile, Paola Neri, è in malattia"): what
 * it says of their health is their data, whatever their role.
 */
function namedSubject(sentence: string): boolean {
	for (const m of sentence.matchAll(
		/(\p{Lu}\p{Ll}+) (?:\p{Lu}\p{Ll}{2,}|\p{Lu}\.),?\s+(?:[^\s,.!?]+\s+){0,3}?(?:è|ha|sta|era|aveva|resta|rimane|rientrat[oa]|tornat[oa]|reduce)(?=[\s,.!?]|$)/gu,
	)) {
		// The health word comes right after the verb, in the same clause: "è in malattia", "appena
		// rientrata da un lungo periodo di malattia", not "è in ambulatorio: segue le allergie".
		const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + PREDICATE_CHARS);
		const predicate = analyse(after.split(/[:;]| e | ma /u)[0] ?? '').folded;
		if (FIRST_NAMES.has(analyse(m[1] ?? '').folded) && HEALTH.test(predicate)) return true;
	}
	return false;
}

/** Health words said of a person in the reply's sentences (`privateSentence` as in shownData). */
export function healthData(
	reply: Analysed,
	comment: Analysed,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		// The first health word that is not a service's name ("il servizio di dialisi").
		// A service's name unless a relative's follows ("la dieta da celiaca di tua figlia").
		const health = [...text.matchAll(HEALTH_ALL)].find(
			(m) =>
				!SERVICE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
				OWNER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
		);
		if (!health) continue;
		const original = reply.original.slice(reply.map[s.fStart] ?? 0, reply.map[s.fEnd] ?? reply.original.length);
		// A named person's health stated is shown, whatever channel the sentence also mentions ("la
		// collega che ha trovato allo sportello, Patrizia M., ha problemi di salute").
		const named = namedSubject(original);
		// ...and so is a relative's, said with whose it is ("la dieta da celiaca di tua figlia che ci
		// avevi scritto, ti rispondiamo in privato", family AJ): the promise of a private reply comes
		// after the data is out.
		const theirs = OWN_RELATIVE.test(text.slice(Math.max(0, health.index - 30), health.index + health[0].length + 30));
		if (privateSentence(s.fStart) && !named && !theirs) continue;
		// Repeated as written, or in another form said of one person: "un bambino celiaco" for the
		// comment's "celiachia"; not a rule for everyone ("le allergie si comunicano dopo l'ammissione").
		const root = health[0].length >= 6 ? health[0].slice(0, 5) : health[0];
		// ...nor the topic of a question or a call ("per informazioni sul ricovero chiami il reparto").
		const before = text.slice(0, health.index);
		// A rule for a whole category is nobody's data: "i bambini con certificazione di disabilità
		// possono frequentare il centro estivo" (family AQ).
		if (CATEGORY_BEFORE.test(before) && !named && !theirs) continue;
		const generic = /\b(?:le|gli|i|delle|degli|dei|alle|agli|ai|per|tra|fra)\s$/u.test(before);
		const repeated =
			!TOPIC_BEFORE.test(before) &&
			(comment.folded.includes(health[0]) || (!generic && new RegExp(`\\b${root}`, 'u').test(comment.folded)));
		if (repeated || ((PERSONAL.test(text) || named) && !hypothetical(text, health.index))) {
			out.push({
				what: DATA.health,
				range: toRange(reply, s.fStart + health.index, s.fStart + health.index + health[0].length),
			});
		}
	}
	return out;
}
