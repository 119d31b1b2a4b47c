// The reply's register, tu or Lei, as its words show it (reply/register.ts reads them), folded. Moved out of
// lexicon/names.ts in session 42, when that file passed 250 lines.

import { words } from './compile';

/** Forms of the "Lei" in a reply (folded): with them, the greeting to suggest is formal. */
export const LEI_FORMS =
	/\b(?:lei|la ringraziamo|le (?:scriviamo|rispondiamo|consigliamo|chiediamo|ricordiamo)|sua|suo|suoi|sue|(?<!\bchi )(?:puo|vuole|deve)|si rivolga|ci scriva|ci chiami|ci scusi|mi scusi|compili|trova)\b/gu;
/** An exercise that states its page's register ("La pagina del Comune dà del Lei"), folded. */
export const PAGE_GIVES_LEI = /\b(?:da|danno|diamo) del lei\b/u;
/** Courtesy titles that give the "Lei" to the reader they address ("Gentile signora", "Sig. Castelli"). */
export const COURTESY_TITLES = words(
	'COURTESY_TITLES',
	'sig signor signore signora sigra signorina signa egr egregio egregia dott dottor dottore dottoressa dottssa dr ' +
		'prof professor professore professoressa profssa avv avvocato avvocata ing ingegner ingegnere',
);
/** Forms of the "tu" in a reply (folded). */
export const TU_FORMS =
	/\b(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|vuoi|devi|hai|scrivici|chiamaci|compila|trovi|scrivi|allega|manda|invia|prenota|chiama|controlla|clicca|(?:aiut|contatt|ricontatt|chiam|aggiorn|inform|mand|invi|d|scriver|risponder|propor|dir)(?:ar|er|ir)?ti)\b/gu;
