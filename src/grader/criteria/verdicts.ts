// Verdicts for the name and thanks tips, from what address.ts and thanks.ts found.
import type { CriterionResult } from '../types';
import type { AddressFindings } from '../reply/address';
import type { ParsedName } from '../comment/names';
import type { ThanksHit } from '../reply/thanks';
import { nameFeedback, thanksFeedback } from '../feedback/texts';
import type { Addressee } from '../comment/addressee';
import type { IntentKind } from '../comment/intent';
import { titledAddressee, titleOf } from '../comment/addressee';
import type { Analysed } from '../text/normalize';
import { foldText } from '../text/normalize';
import { TITLES, TITLE_TAILS } from '../lexicon/names';

const keysOf = (text: string): string[] =>
	foldText(text)
		.split(/[^\p{L}]+/u)
		.filter((k) => k.length > 1);

/** The other name is someone the comment itself mentions ("mia figlia Sofia"), not a pasted reply. */
function mentionedIn(said: ReadonlySet<string>, text: string): boolean {
	return keysOf(text).some((k) => !TITLES.has(k) && !TITLE_TAILS.has(k) && said.has(k));
}

// First names ending in -a that are masculine: the ending alone would give the wrong gender.
const MASCULINE_IN_A = new Set('andrea luca nicola mattia elia enea battista gianluca nicolo tobia'.split(' '));

/** The gender a first name shows by its ending (-a feminine, -o masculine), or null when it does not. */
function genderOf(first: string): boolean | null {
	if (/a$/u.test(first) && !MASCULINE_IN_A.has(first)) return true;
	return /o$/u.test(first) || MASCULINE_IN_A.has(first) ? false : null;
}

/**
 * "Gentile signora Rossi" for Luisa Caruso: the owner is named the same way, "della signora Caruso".
 * Only when the author's first name agrees with the title's gender: a surname says nothing about it,
 * so Stefano Rossetti stays "Stefano", never "la dottoressa Rossetti".
 */
function ownerLike(text: string, name: ParsedName): Addressee {
	const title = titleOf(keysOf(text));
	const surname = name.surnames[0]?.raw;
	if (!title || !surname || name.addressee.titled) return name.addressee;
	if (genderOf(name.first[0]?.keys[0] ?? '') !== title.feminine) return name.addressee;
	return titledAddressee(title, surname);
}

/** "signora Zanetti" for Monica Zanetti, "signor Rossi" for Marco Rossi; undefined when the name does not tell. */
function titledName(name: ParsedName): string | undefined {
	const surname = name.surnames[0]?.raw;
	const feminine = genderOf(name.first[0]?.keys[0] ?? '');
	// A single-word display name ("Ilaria") is listed as both forms: it has no surname to use.
	const sameWord = surname?.toLowerCase() === name.first[0]?.raw.toLowerCase();
	if (name.kind !== 'person' || name.addressee.titled || !surname || sameWord || feminine === null) return undefined;
	return `${feminine ? 'signora' : 'signor'} ${surname}`;
}

/** Name tip: met when the reply addresses the author and no template placeholder is left. */
export function judgeName(
	found: AddressFindings,
	name: ParsedName,
	comment?: Analysed,
	formal = false,
): CriterionResult {
	const display = name.kind === 'person' ? name.display : name.display || 'chi ha scritto';
	const organisation = name.kind === 'org';
	const addressee = name.addressee;
	// What every feedback sentence needs to name the author and suggest a greeting.
	const info = { display, organisation, addressee, formal, formalName: formal ? titledName(name) : undefined };
	const placeholder = found.placeholder[0];
	const author = found.author[0];
	if (placeholder) {
		return {
			met: false,
			score: 0,
			evidence: found.placeholder.map((h) => h.range),
			feedback: nameFeedback({ ...info, kind: 'placeholder', found: placeholder.text }),
		};
	}
	if (author) {
		return {
			met: true,
			score: 1,
			evidence: found.author.map((h) => h.range),
			feedback: nameFeedback({ ...info, kind: 'author', found: author.text }),
		};
	}
	if (name.kind === 'none') {
		return {
			met: null,
			score: 1,
			evidence: [],
			feedback: nameFeedback({ ...info, kind: 'unknown', found: '' }),
		};
	}
	// A pasted name says more about the reply than a name the citizen wrote: report that one first.
	const said = new Set(comment?.tokens.map((t) => t.key));
	const pasted = found.other.find((h) => !mentionedIn(said, h.text));
	const other = pasted ?? found.other[0];
	if (other) {
		const kind = pasted ? 'other' : 'mentioned';
		const owner = kind === 'other' ? ownerLike(other.text, name) : addressee;
		return {
			met: false,
			score: 0,
			evidence: found.other.map((h) => h.range),
			feedback: nameFeedback({ ...info, kind, found: other.text, addressee: owner }),
		};
	}
	const generic = found.generic[0];
	return {
		met: false,
		score: 0,
		evidence: found.generic.map((h) => h.range),
		feedback: nameFeedback({ ...info, kind: generic ? 'generic' : 'none', found: generic?.text ?? '' }),
	};
}

/** Thanks tip: met when a thanking expression is addressed to the author; null for offensive comments. */
export function judgeThanks(
	hits: ThanksHit[],
	offensive: boolean,
	addressee: Addressee,
	context: { formal?: boolean; intent?: IntentKind } = {},
): CriterionResult {
	const toAuthor = hits.filter((h) => h.to === 'author');
	const first = toAuthor[0] ?? hits[0];
	const kind = first?.to ?? 'none';
	if (offensive) {
		return {
			met: null,
			score: 1,
			evidence: toAuthor.map((h) => h.range),
			feedback: thanksFeedback({ met: null, kind, found: first?.text ?? '', addressee }),
		};
	}
	const met = toAuthor.length > 0;
	return {
		met,
		score: met ? 1 : 0,
		evidence: (met ? toAuthor : hits).map((h) => h.range),
		feedback: thanksFeedback({ met, kind, found: first?.text ?? '', addressee, ...context }),
	};
}
