// Phrases that fit any comment: forwarding to "gli uffici competenti", "per informazioni contattare
// l'URP", vague promises and bureaucratic formulas. They are quoted in feedback and never count as
// facts; a reply made only of them is boilerplate.
import type { Range } from '../types';
import type { Analysed } from '../text/normalize';

/** A generic phrase found in the reply. */
export interface GenericHit {
	range: Range;
	text: string;
	/** Offsets in the folded text. */
	fStart: number;
	fEnd: number;
}

const GENERIC =
	/\b(?:(?:uffici?o?|settori?e?|servizi?o?|asl|ente|enti|sede|sedi|struttur[ae]) (?:competent[ei]|prepost[oi]|di competenza|di riferimento|territorialmente competent[ei])|per (?:ulteriori |maggiori |altre |tutte le |ogni )?informazion[ei]|(?:trovi|trova|trovate|troverai|troverete|trovera|sono|ci sono) (?:tutte )?(?:le )?(?:informazioni|info|dettagli) (?:sul|nel) (?:nostro )?(?:sito|portale)(?: (?:istituzionale|del comune|dell'ente))?|(?:contattare|rivolgersi a|rivolgersi al|contatta|contattate) l'urp|pres[ao] in carico|prenderemo in carico|stiamo (?:verificando|valutando|lavorando per)|faremo il possibile|(?:vi|ti|la|le) terremo aggiornat[aoi]|(?:vi|ti|le) faremo sapere|quanto prima|(?:il )?prima possibile|appena possibile|nel piu breve tempo possibile|nei prossimi giorni|a breve|prossimamente|sara nostra cura|(?:restiamo|rimaniamo|resto|siamo) a (?:sua |tua |vostra )?disposizione|(?:cordiali|distinti) saluti(?:, [^.!?\n]{1,40}$)?|ci scusiamo per (?:il|l'eventuale) (?:disagio|disservizio)|seguici per (?:aggiornamenti|restare aggiornat[oi])|(?:consultare|consulta|consulti|consultate|visita|visitare|visiti|visitate|guarda|guardi) il (?:sito|portale)(?: istituzionale| del comune| dell'ente| (?:dell'|della |del )(?:asl|ausl|ats|ulss|usl|inps|regione|provincia|azienda|gestore|ministero|agenzia delle entrate))?|sul sito (?:istituzionale|del comune|dell'ente)|canali ufficiali|normativa vigente|nei termini (?:previsti|di legge)|secondo quanto previsto|come gia (?:specificato|comunicato|indicato)|documentazione di rito|sedi opportune|(?:sara|verra) (?:valutat[ao]|esaminat[ao]|trasmess[ao]|inoltrat[ao])|(?:in|con) riferimento al?l?a? ?(?:sua|tua|vostra)|per (?:motivi|esigenze|ragioni) (?:tecnic[hi]e|organizzativ[ei]|di servizio)|si rappresenta|si comunica|si informa|si precisa|si fa presente|ai sensi d\w*|(?:la|lo|li|le)? ?inoltreremo|verificheremo|valuteremo|provvederemo|ci attiveremo|ci stiamo lavorando)\b/gu;

// Hits this close together in one sentence are one formula ("la inoltreremo agli uffici competenti").
const JOIN_GAP = 24;

/** Generic phrases in the reply, in order; neighbouring ones are merged into one formula. */
export function findGeneric(a: Analysed): GenericHit[] {
	const out: GenericHit[] = [];
	for (const m of a.folded.matchAll(GENERIC)) {
		const fStart = m.index;
		const fEnd = m.index + m[0].length;
		const last = out[out.length - 1];
		if (last && fStart - last.fEnd <= JOIN_GAP && !/[.!?\n]/u.test(a.folded.slice(last.fEnd, fStart))) {
			last.fEnd = fEnd;
		} else out.push({ range: { start: 0, end: 0 }, text: '', fStart, fEnd });
	}
	for (const g of out) {
		g.range = { start: a.map[g.fStart] ?? 0, end: a.map[g.fEnd] ?? a.original.length };
		g.text = a.original.slice(g.range.start, g.range.end);
	}
	return out;
}
