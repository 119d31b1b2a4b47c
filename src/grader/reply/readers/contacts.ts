// Where to write, go or look: emails, links, reference numbers and codes ("pratica n. 2317",
// "VV-2026-0318"), street addresses with their house number ("via Roma 12").
import type { Reader, Text } from './reader';
import { EMAIL } from '../../lexicon/facts';
import { MONTHS_RE } from '../../lexicon/time';
import { NOT_IN_STREET_NAME, URBAN_STREET_RE, VILLAGE_RE } from '../../lexicon/places';

/** Lowercase words a street name may hold ("via della Libertà"); its other words are capitalised. */
const NAME_LINK = /^(?:di|de|del|della|dello|dell'\S*|dei|degli|delle|d'\S*|da|dal|dalla|dalle|sul|sulla)$/u;

/** Whether the original words of a street name look like one: capitalised, but for the linking words. */
function namesAStreet(m: RegExpMatchArray, text: Text): boolean {
	const at = m.indices?.[2];
	if (!at) return false;
	const words = text.original.slice(text.map[at[0]] ?? 0, text.map[at[1]] ?? 0).split(/\s+/u);
	if (words.some((w) => /^[\p{Lu}\d]/u.test(w))) return words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_LINK.test(w));
	// All in lower case, as typed on a phone: "via roma 14", "piazza dei mille 3". Only after an
	// unambiguous street word and with one word of name ("corso" and "largo" are also words).
	return LOWER_CASE_STREET.test(m[1] ?? '') && words.filter((w) => !NAME_LINK.test(w)).length === 1;
}

const LOWER_CASE_STREET = /^(?:via|viale|piazza|piazzale|vicolo)$/u;

/** The readers of emails and links. */
export const CONTACT_READERS: readonly Reader[] = [
	{
		kind: 'email',
		re: EMAIL,
		key: (m) => m[0],
	},
	{
		kind: 'link',
		re: /(?<![a-z0-9./-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:it|eu|com|org|gov|net|info)(?:\/[^\s,;)"]*)?)/gu,
		key: (m) => (m[1] ?? '').replace(/[/.:!?]+$/u, ''),
	},
];

/** The readers of reference numbers and street addresses. */
export const REFERENCE_READERS: readonly Reader[] = [
	{
		// "pratica n. 2317", "segnalazione numero 48", "ticket #123", "protocollo 5521", "ha il numero 1187".
		kind: 'reference',
		re: /\b(?:(?:pratica|segnalazione|ticket|protocollo|richiesta|domanda|verbale)(?:\s*:\s*|\s)(?:n\.?\s?|n°\s?|nr\.?\s?|numero\s|#\s?)?|numero\s|n\.\s?|n°\s?|(?:numero|n\.) (?:della|del|di) (?:sua |tua |vostra )?(?:segnalazione|pratica|richiesta|domanda|protocollo|ticket)(?: e|:)? )(\d{3,7})\b(?![\s./-]?\d)/gu,
		key: (m) => m[1] ?? null,
	},
	{
		// A ticket or file code: "VV-2026-0318", "PL-318".
		kind: 'reference',
		re: /\b([a-z]{2,4}-\d{2,}(?:-\d+)*)\b(?![./-]?\d)/gu,
		key: (m) => m[1] ?? null,
	},
	{
		// A street address with its house number: "via Roma 12", "piazza della Libertà, 3/a".
		kind: 'address',
		re: new RegExp(
			`\\b(${URBAN_STREET_RE}|${VILLAGE_RE}) ((?:(?!${NOT_IN_STREET_NAME}\\b)[\\p{L}']+ ){0,3}(?!${NOT_IN_STREET_NAME}\\b)[\\p{L}']+),? (?:n\\.\\s?|n°\\s?)?(\\d{1,4})(?:\\s?\\/\\s?[a-z]\\b|[a-z]\\b)?(?![.,:/-]?\\d|\\s?(?:euro|€|%|minuti|ore|giorni|metri|km)|°|\\s?(?:${MONTHS_RE}))`,
			'dgu',
		),
		// Only a name written as one: "piazza della Repubblica trova 40 posti" is no address.
		key: (m, text) => (namesAStreet(m, text) ? `${m[1]} ${m[2]} ${m[3]}` : null),
	},
];
