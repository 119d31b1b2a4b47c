// Verdicts for the name and thanks tips, from what address.ts and thanks.ts found.
import type { CriterionResult } from '../types';
import type { AddressFindings } from '../reply/address';
import type { ParsedName } from '../comment/names';
import type { ThanksHit } from '../reply/thanks';
import { nameFeedback, thanksFeedback } from '../feedback/texts';
import type { Addressee } from '../comment/addressee';
import type { IntentKind } from '../comment/intent';
import { capitalise, titledAddressee, titleOf } from '../comment/addressee';
import type { Analysed } from '../text/normalize';
import { foldText } from '../text/normalize';
import { FEMININE_NAMES, MASCULINE_NAMES, NICKNAMES, TITLES, TITLE_TAILS } from '../lexicon/names';

const keysOf = (text: string): string[] =>
	foldText(text)
		.split(/[^\p{L}]+/u)
		.filter((k) => k.length > 1);

/** The other name is someone the comment itself mentions ("mia figlia Sofia"), not a pasted reply. */
function mentionedIn(said: ReadonlySet<string>, text: string): boolean {
	return keysOf(text).some((k) => !TITLES.has(k) && !TITLE_TAILS.has(k) && said.has(k));
}

/**
 * The gender of a first name the lexicon knows (a nickname through the names it shortens, when they
 * agree: "Gianni" is masculine, "Vale" tells nothing); null for a name it does not know, never a guess
 * from the ending ("Vanja", "Kim").
 */
function genderOf(first: string): boolean | null {
	if (FEMININE_NAMES.has(first)) return true;
	if (MASCULINE_NAMES.has(first)) return false;
	const genders = new Set(NICKNAMES.filter(([short]) => short === first).map(([, long]) => FEMININE_NAMES.has(long)));
	return genders.size === 1 ? ([...genders][0] ?? null) : null;
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

/**
 * The author named formally: "signora Zanetti" for Monica Zanetti, "signor Castelli" for Bruno
 * Castelli, with the gender a known first name tells, or else a title the reply gives ("Gentile
 * signora,"); otherwise the whole name ("Kim Castelli"), never a guessed gender. Undefined when there is no surname.
 */
function titledName(name: ParsedName, replyTitle: { feminine: boolean } | null): string | undefined {
	const surname = name.surnames[0]?.raw;
	const first = name.first[0];
	// A single-word display name ("Ilaria") is listed as both forms: it has no surname to use.
	const sameWord = surname?.toLowerCase() === first?.raw.toLowerCase();
	if (name.kind !== 'person' || name.addressee.titled || !surname || !first || sameWord) return undefined;
	const feminine = genderOf(first.keys[0] ?? '') ?? replyTitle?.feminine ?? null;
	if (feminine === null) return `${name.addressee.name || capitalise(first.raw)} ${capitalise(surname)}`;
	return `${feminine ? 'signora' : 'signor'} ${capitalise(surname)}`;
}

/** The gender of the courtesy title the reply gives its reader ("Gentile signora,"), if it gives one. */
function replyTitle(found: AddressFindings): { feminine: boolean } | null {
	for (const h of found.generic) {
		const title = titleOf(keysOf(h.text));
		if (title && !title.plural) return title;
	}
	return null;
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
	const info = {
		display,
		organisation,
		addressee,
		formal,
		formalName: formal ? titledName(name, replyTitle(found)) : undefined,
	};
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
	context: { formal?: boolean; intent?: IntentKind; besides?: 'report' | 'complaint' | null } = {},
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
