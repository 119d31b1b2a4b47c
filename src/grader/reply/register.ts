// The register of the reply, Lei or tu, so that the greeting and the thanks the feedback suggests
// follow the page's own.
import type { Analysed } from '../text/normalize';
import { BOUNDARY, gapBefore, greetingBefore } from './addressContext';
import { COURTESY_TITLES, LEI_FORMS, PAGE_GIVES_LEI, TU_FORMS } from '../lexicon/register';

/**
 * Courtesy titles with which the reply addresses its reader ("Gentile signora", "Sig. Castelli,"):
 * at the start, after a greeting or after punctuation; not a reference ("contatti il dott. Neri").
 */
function courtesyTitles(a: Analysed): number {
	return a.tokens.filter(
		(t, i) => COURTESY_TITLES.has(t.key) && (i === 0 || greetingBefore(a, i) || BOUNDARY.test(gapBefore(a, i))),
	).length;
}

/**
 * Whether the page gives the "Lei", so that the greeting and the thanks the feedback suggests do too:
 * the reply gives the Lei more than the "tu" ("La ringraziamo", "ci scusi", a courtesy title for
 * the reader), or the exercise states that its page does ("La pagina del Comune dà del Lei").
 */
export function formalRegister(reply: Analysed, page?: Analysed): boolean {
	const lei = (reply.folded.match(LEI_FORMS)?.length ?? 0) + courtesyTitles(reply);
	if (lei > (reply.folded.match(TU_FORMS)?.length ?? 0)) return true;
	return page !== undefined && PAGE_GIVES_LEI.test(page.folded);
}
