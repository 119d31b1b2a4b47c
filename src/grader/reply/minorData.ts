// A child's details in a reply (part of the personal-data gate): the class, age or first name of
// the citizen's child repeated from the comment, a child named with a class or section, a child
// identified by their family ("il figlio dei Pinna"). reply/personalData.ts gathers these with the
// other personal data.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { capitalAt, foldedOffset, toRange, writtenInLowerCase } from '../text/normalize';
import { CHILD_LOOKS, DATA, HEALTH, MINOR, SCHOOL_CLASS, THEIR_CHILD } from '../lexicon/personalData';
import { FIRST_NAMES, INSTITUTION_BEFORE, PLACE_BEFORE, ROLE_WORDS } from '../lexicon/names';

/** Digits and letters only: "3ª B" and "3B", "333 123 4567" and "3331234567" compare equal. */
export const squash = (s: string): string => s.replace(/[\s./-]+/gu, '');

/** Support a disability calls for: "educatore di sostegno", "insegnante di sostegno", "assistenza alla persona". */
const SUPPORT =
	/\b(?:di sostegno|assistenza (?:alla persona|specialistica)|assistente educativ\p{L}*|certificazione di disabilita)\b/u;
/** An age in years: "15 anni". */
const AGE = /\b\d{1,2} anni\b/gu;
/** Words that make an age a threshold of a rule: "sotto i", "fino a", "dai 3 ai", "over". */
const AGE_RULE = /\b(?:i|a|ai|dai|agli|sotto|sopra|oltre|under|over|entro|tra|fra|compiuti)\s$/u;
/** One child, by a singular noun: "la bambina", "tuo figlio", "l'alunna". */
const ONE_CHILD = /\b(?:bambin[oa]|bimb[oa]|figli[oa]|ragazzin[oa]|alunn[oa]|scolar[oa]|studentessa|studente)\b/u;

/** A photo, or the one of a carousel, named after a person: "quella di Aurora", "la foto di Luca". */
const PHOTO_OF_NAME = /\b(?:foto|immagine|quella|quello|scatto) (?:di|del|della) (\p{L}{3,})\b/gu;

/** A first name with a school class or section: "Sofia della sezione Coccinelle", "Luca in classe 3B". */
const CHILD_IN_CLASS = /\b(\p{L}{3,}) (?:della|nella|in|di|dalla) (?:sezione|classe)(?: [\p{L}\d]+)?/gu;
/**
 * A child's first name with an initial and their class, as a name tag shows them: "il cartellino 'Sofia M. –
 * classe 2ª B'" (CZ031), or with a capitalised surname, "niente più 'Giulia Zanetti, 4ªB' in giro" (JY021, session 45).
 * Repeated to say which photo was removed, it shows them again. "La mostra 'Leonardo visto dalla 5ª A'" has neither.
 * Group 2 is the surname, when there is one.
 */
const NAME_TAG_CLASS =
	/\b(\p{L}+) (?:\p{L}\.?|(\p{L}{2,}))[^\p{L}\d]{0,4}(?:(?:classe|sezione) )?[1-5] ?(?:ª|a|°)? ?[a-h]\b(?!\p{L})/gu;
/** "la maestra Anna della sezione…": a member of staff, not a child. */
const STAFF_BEFORE =
	/\b(?:maestr[ao]|educat(?:ore|rice)|insegnante|prof|professor\p{L}*|referente|coordinat(?:ore|rice)|dirigente|docente)\s$/u;
/**
 * A child identified by their family: "il figlio dei Pinna", "la bambina della signora Rossi". A
 * role after it ("la figlia del Sindaco") is someone's public role, not a family name.
 */
const CHILD_OF_FAMILY =
	/\b(?:figli[oa]|bambin[oa]|bimb[oa]|ragazzin[oa]|ragazz[oa]|nipote)\s+(?:dei|del|della|degli|di)\s+(?:(?:signor[a]?|sig\.(?:ra)?)\s+)?(\p{Lu}\p{Ll}+)/gu;

/** A first name after these is part of a place's name ("istituto Leonardo", "via Giulia"), not a person. */
export const namedPlace = (word: string): boolean => PLACE_BEFORE.has(word) || INSTITUTION_BEFORE.has(word);

/**
 * A child identified by another family's name, outside a private-channel sentence ("la figlia della
 * sig.ra Brianti" to Mrs Brianti is her own child, named as "sua figlia" would be).
 */
function childOfFamily(
	reply: Analysed,
	authorNames: ReadonlySet<string>,
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	for (const m of reply.original.matchAll(CHILD_OF_FAMILY)) {
		const family = (m[1] ?? '').toLowerCase();
		const start = m.index;
		const folded = foldedOffset(reply, start);
		if (
			ROLE_WORDS.has(family) ||
			authorNames.has(family) ||
			namedPlace(family) ||
			(folded >= 0 && privateSentence(folded))
		)
			continue;
		out.push({ what: DATA.minor, range: { start, end: start + m[0].length } });
	}
	return out;
}

/** A first name after a possessive of the citizen's: "il tuo Leonardo", "della sua Giulia". */
const YOUR_NAMED =
	/\b(?:il|del|al|col|dal|nel|per il|la|della|alla|dalla|nella|per la) (?:tuo|tua|suo|sua|vostro|vostra) (\p{L}+)\b/gu;

/**
 * A child's details in the reply. `earlier` holds the hits found so far: a first name alone,
 * already posted by the parent, counts only beside another detail of the child or their health.
 */
export function childData(
	reply: Analysed,
	comment: Analysed,
	authorNames: ReadonlySet<string>,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
	earlier: readonly DataHit[],
): DataHit[] {
	const out: DataHit[] = childOfFamily(reply, authorNames, privateSentence);
	// A child named with their class or section, whoever the comment is about ("Sofia della sezione
	// Coccinelle"): the office's records.
	for (const m of reply.folded.matchAll(CHILD_IN_CLASS)) {
		const named = m[1] ?? '';
		const staff = STAFF_BEFORE.test(reply.folded.slice(Math.max(0, m.index - 20), m.index));
		if (FIRST_NAMES.has(named) && !authorNames.has(named) && !staff && !privateSentence(m.index))
			out.push({ what: DATA.minor, range: toRange(reply, m.index, m.index + m[0].length) });
	}
	// A class has a digit: most replies have none, and the pattern tries every pair of words.
	for (const m of /[1-5]/u.test(reply.folded) ? reply.folded.matchAll(NAME_TAG_CLASS) : []) {
		const named = m[1] ?? '';
		// A surname is capitalised as written ("Giulia Zanetti"), unlike "Giulia della 2ª B" or "Anna sul lago".
		const surnameAt = m[2] === undefined ? -1 : m.index + named.length + 1;
		if (surnameAt >= 0 && !capitalAt(reply, reply.map[surnameAt] ?? 0)) continue;
		if (STAFF_BEFORE.test(reply.folded.slice(Math.max(0, m.index - 20), m.index))) continue;
		if (FIRST_NAMES.has(named) && !authorNames.has(named))
			out.push({ what: DATA.minor, range: toRange(reply, m.index, m.index + m[0].length) });
	}
	// A first name and a class in one sentence ("la foto di Sofia, quella con il cartellino della
	// 2ª B"): the child, identified; in a reply typed all in lower case, "sofia" too (KS024, session 46).
	const lowerCase = writtenInLowerCase(reply);
	for (const span of spans) {
		const sentence = reply.folded.slice(span.fStart, span.fEnd);
		// A class written as one: "2ª B", "classe 3B", not "le linee 2 e 5".
		const cls = [...sentence.matchAll(SCHOOL_CLASS)].find((m) => {
			const r = toRange(reply, span.fStart + m.index, span.fStart + m.index + m[0].length);
			// Not a verb after a number: "la sezione 5 è al piano terra" (a polling station; a review in session 31); nor a date
			// and "e": "il 1° e il 2 novembre" (r46d).
			const written = reply.original.slice(r.start, r.end);
			return (
				/^(?:classe|sezione)\b|[ª°]|\d ?[A-H]\b/u.test(written) &&
				!/(?:\p{M}|[àèéìíòóùú])$/iu.test(written.normalize('NFC')) &&
				!/° ?e$/u.test(written)
			);
		});
		if (!cls || privateSentence(span.fStart)) continue;
		const named = reply.tokens.find(
			(t, i) =>
				t.fStart >= span.fStart &&
				t.fEnd <= span.fEnd &&
				FIRST_NAMES.has(t.key) &&
				!authorNames.has(t.key) &&
				!namedPlace(reply.tokens[i - 1]?.key ?? '') &&
				!STAFF_BEFORE.test(reply.folded.slice(Math.max(0, t.fStart - 20), t.fStart)) &&
				(lowerCase || /^\p{Lu}/u.test(reply.original.slice(t.start, t.end))),
		);
		// One child and her class ("il commento con nome e classe della bambina (la 2ª C)", family AA)
		// identify her as a name does; a whole class ("i bambini della 3ª B") is no one's.
		if (!named && !ONE_CHILD.test(sentence)) continue;
		const at = span.fStart + cls.index;
		out.push({ what: DATA.minor, range: toRange(reply, at, at + cls[0].length) });
		if (named) out.push({ what: DATA.minor, range: { start: named.start, end: named.end } });
	}
	// The citizen's child described in a photo ("la foto della tua bimba col cappellino rosso in
	// prima fila"): removing the picture and describing the child undoes the removal.
	for (const span of spans) {
		const sentence = reply.folded.slice(span.fStart, span.fEnd);
		const looks =
			/\bfot\p{L}*|immagin\p{L}*|video\b/u.test(sentence) && THEIR_CHILD.test(sentence) && CHILD_LOOKS.exec(sentence);
		if (looks) {
			const at = span.fStart + looks.index;
			out.push({ what: DATA.minor, range: toRange(reply, at, at + looks[0].length) });
		}
	}
	const minor = MINOR.exec(comment.folded);
	if (!minor) return out;
	// The photo of the citizen's child named after her ("la terza foto, quella di Aurora al traguardo",
	// family AX): the picture is gone, the name is out.
	for (const m of reply.folded.matchAll(PHOTO_OF_NAME)) {
		const name = m[1] ?? '';
		const at = m.index + m[0].length - name.length;
		const range = toRange(reply, at, at + name.length);
		// A name, written with its capital, that is not the family's surname.
		if (!FIRST_NAMES.has(name) || authorNames.has(name) || !/^\p{Lu}/u.test(reply.original.slice(range.start)))
			continue;
		if (!privateSentence(at)) out.push({ what: DATA.minor, range });
	}
	// The child named with the parent's possessive ("il nome del tuo Leonardo", family BP): the page
	// knows the name from its records; the comment gave none.
	for (const m of reply.folded.matchAll(YOUR_NAMED)) {
		const name = m[1] ?? '';
		const at = m.index + m[0].length - name.length;
		const range = toRange(reply, at, at + name.length);
		if (!FIRST_NAMES.has(name) || authorNames.has(name) || !/^\p{Lu}/u.test(reply.original.slice(range.start)))
			continue;
		if (!privateSentence(at)) out.push({ what: DATA.minor, range });
	}
	const classes = new Set(
		[...comment.folded.matchAll(SCHOOL_CLASS)].map((m) => squash(m[0].replace(/^(?:classe|sezione) /u, ''))),
	);
	for (const m of reply.folded.matchAll(SCHOOL_CLASS)) {
		if (classes.has(squash(m[0].replace(/^(?:classe|sezione) /u, ''))) && !privateSentence(m.index)) {
			out.push({ what: DATA.minor, range: toRange(reply, m.index, m.index + m[0].length) });
		}
	}
	// The child's age, repeated: with the name it identifies the child. A value written in the reply is
	// shown, whatever channel the sentence then points to.
	const ages = new Set([...comment.folded.matchAll(AGE)].map((m) => m[0]));
	const repeatedAges: DataHit[] = [];
	for (const m of reply.folded.matchAll(AGE)) {
		// "Sotto i 6 anni l'ingresso è gratis" is a rule for everyone, not the child's age.
		const rule = AGE_RULE.test(reply.folded.slice(Math.max(0, m.index - 12), m.index));
		if (ages.has(m[0]) && !rule)
			repeatedAges.push({ what: DATA.minor, range: toRange(reply, m.index, m.index + m[0].length) });
	}
	// A child's first name alone, already posted by the parent, identifies little; with the class,
	// the age or a health detail in the same reply it identifies the child, and so it does with the
	// support the child's disability calls for ("Tommaso potrà avere un educatore di sostegno",
	// families E and L): the name then tells everyone what the comment said of the child's health.
	const detailed =
		[...earlier, ...out].some((h) => h.what === DATA.minor || h.what === DATA.health) ||
		(HEALTH.test(comment.folded) && SUPPORT.test(reply.folded));
	const after = comment.original
		.slice(comment.map[minor.index + minor[0].length] ?? 0)
		.match(/^\s*,?\s*(\p{Lu}\p{Ll}{2,})/u);
	const child = after?.[1];
	// The age alone of a child the comment does not name ("tuo figlio ha 8 anni, quindi può andarci", CZ017)
	// answers who may enrol; with a name or another detail of the child it identifies them.
	if (child || detailed) out.push(...repeatedAges);
	if (child && detailed) {
		const key = child.toLowerCase();
		for (const t of reply.tokens) {
			if (t.key === key && !privateSentence(t.fStart))
				out.push({ what: DATA.minor, range: { start: t.start, end: t.end } });
		}
	}
	return out;
}
