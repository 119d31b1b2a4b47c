// What a reply to an offensive comment must do: recall the page's rules calmly and, when the insult
// hides a real request or complaint, answer it. The patterns run on folded comment and reply text.
import { NUMBERS_FROM_TWO_RE } from './numbers';

/** Recalling the page's rules: what a good reply to an offensive comment does. */
export const POLICY =
	/\b(?:social media policy|policy|netiquette|regole (?:della|di questa|della nostra) (?:pagina|community)|regolamento della pagina|linguaggio (?:rispettoso|civile|educato|offensivo)|toni? (?:civil[ei]|rispettos[oi])|insulti|offese|commenti offensivi|rispetto reciproco|condizioni d'uso)\b/u;
/** A question or a demand in the comment: it deserves an answer even inside an insult. */
export const REQUEST =
	/\?|\b(?:quando|dove|come|perche|chi|quanto|quanti|vorrei|voglio sapere|volevo sapere|spiegate|spiegatemi|ditemi|rispondete|fatemi sapere|mi dite|potete|sistemate|riparate|intervenite|mandate)\b/u;

/**
 * A complaint inside an insult: a concrete problem still there ("le buche in via Napoli sono ancora
 * lì", "da tre giorni", "non funziona"). It deserves an answer like a question does.
 */
export const COMPLAINT = new RegExp(
	`\\b(?:ancora|da (?:\\d+|${NUMBERS_FROM_TWO_RE}) (?:giorni|settimane|mesi|anni)|da (?:giorni|settimane|mesi|anni)|non funziona(?:no)?|rott[oaie]|guast[oaie]|sempre (?:in ritardo|spent[oaie]|chius[oaie]|pien[oaie]|sporc[oaie]))\\b`,
	'u',
);

// Asking to calm down without recalling the rules ("ti chiediamo di moderare i toni"): a start that
// feedback acknowledges, not yet the page's policy.
/** A request to moderate the tone, in the reply. */
export const TONE =
	/\b(?:moderare|moderate|modera|abbassare|abbassate|abbassa|mantenere|mantenete|usare|usate) (?:i |un )?toni?\b(?: (?:piu )?(?:pacat[io]|moderat[io]|civil[ei]|rispettos[io]))?/u;
