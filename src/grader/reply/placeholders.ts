// Template placeholders left in a reply: "[NOME]", "{nome}", "<nome>", "Gentile XXX".
import type { Analysed } from '../text/normalize';
import type { AddressHit } from '../types';

// Template slots in brackets or with markers: "[NOME]", "{nome}", "<nome>", "%nome%", "[...]".
const PLACEHOLDER =
	/[[{<(%$#]{1,2}\s*(?:nome|name|cognome|nominativo|utente|user|destinatario|first\s*name|x{2,}|\.{3}|\u2026|_+)[^\]}>)%#\n]{0,24}[\]}>)%#]{0,2}/giu;
// Where a name stands: the start of a sentence, or one or two words after it ("Gentile", "Ciao",
// "Gentile sig.").
const NAME_SLOT_BEFORE = /(?:^|[.!?\n])\s*(?:[\p{L}.']+[\s,]*){0,2}$/u;
// Stand-ins typed in capitals or as x's after a greeting: "Gentile XXX", "Ciao NOME".
const CAPS_PLACEHOLDER = /^(?:x{2,}|n{2}|nome|name|cognome|\.{3})$/u;

/** Placeholders left from a template: "[NOME]", "{nome}", "Gentile XXX" (after a greeting or title, per `introduced`). */
export function placeholderHits(a: Analysed, introduced: (i: number) => boolean): AddressHit[] {
	const hits: AddressHit[] = [];
	for (const m of a.original.matchAll(PLACEHOLDER)) {
		// Round brackets are prose too: "i dati di un'altra persona (nome, indirizzo, targa)" lists
		// kinds of data (family AK). There a slot counts only where a name stands: at the start, after
		// a greeting or a title ("Gentile (nome),"), as NAME_SLOT_BEFORE reads it.
		if (m[0].startsWith('(') && !NAME_SLOT_BEFORE.test(a.original.slice(Math.max(0, m.index - 60), m.index))) continue;
		hits.push({ range: { start: m.index, end: m.index + m[0].length }, text: m[0] });
	}
	a.tokens.forEach((t, i) => {
		const raw = a.original.slice(t.start, t.end);
		if (CAPS_PLACEHOLDER.test(t.key) && (raw === raw.toUpperCase() || /^x+$/u.test(t.key)) && introduced(i)) {
			hits.push({ range: { start: t.start, end: t.end }, text: raw });
		}
	});
	return hits;
}
