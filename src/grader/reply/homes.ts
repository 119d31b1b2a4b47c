// Home addresses in a reply (part of the personal-data gate): the citizen's home as the office
// knows it ("presso la sua abitazione di via…"), the author's name next to a street and number, a
// person identified by an initial and a home ("la signora R. del civico 12"), and an address of the
// comment repeated, as written or reworded. reply/personalData.ts gathers these with the other
// personal data.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import { analyse, toRange } from '../text/normalize';
import { DATA } from '../lexicon/personalData';
import {
	DWELLS_AT,
	HOME,
	HOME_PHONE_AT,
	INITIAL_AT_HOME,
	NAMED_ADDRESS,
	RECORDED_AT,
	THEIR_HOME,
} from '../lexicon/homes';

const HOME_ADDRESS = 'indirizzo di casa';

/** The surname of "Nome Cognome", lower case: how `surnames` (the author's) holds it. */
const surnameOf = (name: string): string => name.split(' ').pop()?.toLowerCase() ?? '';

/**
 * Addresses of people the reply shows. `privateSentence` tells whether a position is in a sentence
 * that moves the talk to a private channel ("scriveteci in privato il civico"): a repeated address
 * there is asked for, not shown.
 */
export function addressData(
	reply: Analysed,
	comment: Analysed,
	surnames: ReadonlySet<string>,
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	// The citizen's home as the office knows it, said in the thread; anyone's, said with where they live.
	for (const m of [
		...reply.folded.matchAll(THEIR_HOME),
		...reply.folded.matchAll(RECORDED_AT),
		...reply.folded.matchAll(DWELLS_AT),
		...reply.folded.matchAll(HOME_PHONE_AT),
	]) {
		const address = m[1] ?? '';
		const at = m.index + m[0].length - address.length;
		if (!privateSentence(at)) out.push({ what: HOME_ADDRESS, range: toRange(reply, at, at + address.length) });
	}
	// The author's own name next to a street and number in the reply: their address, from the office's records.
	for (const m of reply.original.matchAll(NAMED_ADDRESS)) {
		const address = m[2] ?? '';
		if (!surnames.has(surnameOf(m[1] ?? '')) || address === '') continue;
		const start = m.index + m[0].length - address.length;
		out.push({ what: HOME_ADDRESS, range: { start, end: start + address.length } });
	}
	// Stated, not asked: a channel named in the same sentence does not undo it.
	for (const m of reply.original.matchAll(INITIAL_AT_HOME))
		out.push({ what: DATA.personAddress, range: { start: m.index, end: m.index + m[0].length } });
	// The citizen's home address, or the address of a person the comment names, repeated.
	// Someone else's when the name is not the author's ("Ve lo dico io chi è: Aldo Ferretti, via Roma 22").
	const homes = [
		...[...comment.folded.matchAll(HOME)].map((m) => ({ address: m[1], what: HOME_ADDRESS })),
		...[...comment.original.matchAll(NAMED_ADDRESS)].map((m) => ({
			address: analyse(m[2] ?? '').folded,
			what: surnames.has(surnameOf(m[1] ?? '')) ? HOME_ADDRESS : DATA.personAddress,
		})),
	];
	for (const { address, what } of homes) {
		if (!address) continue;
		const found = reworded(reply.folded, address.trim());
		if (found && !privateSentence(found.start)) out.push({ what, range: toRange(reply, found.start, found.end) });
	}
	return out;
}

/**
 * An address of the comment in the reply, as written or reworded: "via Roma 22" also as "via Roma,
 * 22", "via Roma n. 22" or "al civico 22 di via Roma".
 */
function reworded(folded: string, address: string): { start: number; end: number } | undefined {
	const at = folded.indexOf(address);
	if (at >= 0) return { start: at, end: at + address.length };
	const parts = /^(.*\D)\s*,?\s*(\d{1,4})$/u.exec(address);
	const street = parts?.[1]?.trim();
	const number = parts?.[2];
	if (!street || !number) return undefined;
	const name = street.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const m = new RegExp(
		`\\b${name}\\s*,?\\s*(?:n\\.?\\s?|numero |civico )?${number}\\b|\\b(?:civico|numero|n\\.)\\s?${number}\\s(?:di|in) ${name}\\b`,
		'u',
	).exec(folded);
	return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
