// The clinical words of a health body's replies (read by reply/clinical.ts): one patient, a clinical finding, a symptom, a
// relative's illness told in the comment, a place or event of care. Moved out of lexicon/personalData.ts unchanged in session
// 46, when that file passed 250 lines.

/**
 * One patient, named by role, title or sex: "il paziente", "la signora Rossi", "l'utente", "l'uomo".
 * What a health body says of them in public is their health (reply/clinical.ts).
 */
export const PATIENT =
	/\b(?:(?:il|la|lo|del|della|dello|al|alla|dal|dalla|nel|nella|sul|sulla)\s+(?:paziente|degente|assistit[oa]|ricoverat[oa]|malat[oa]|signor[ae]?\s+\p{L}+|sig(?:ra)?\.?\s*\p{L}+|uomo|donna|anzian[oa]|utente)|l'(?:utente|uomo|anzian[oa]|assistit[oa])|(?:lo stesso|la stessa) paziente)\b/u;

/**
 * A clinical finding or event of one person's care: their clinical picture, triage code, vital
 * signs, intensive care, an operation. Said of a patient, or in answer to a family's story of a
 * relative's illness, it is that person's health.
 */
export const CLINICAL =
	/\b(?:quadro clinico|condizioni (?:cliniche|terminali|critiche|di salute)|esito infausto|codice (?:verde|giallo|rosso|bianco|azzurro|arancione)|triagiat\p{L}*|saturimetria|saturazione|parametri vitali|funzione polmonare|arresto cardiaco|terapia intensiva|rianimazione|intubat[oa]|(?:e|e stat[oa]|veniva|viene|fu) operat[oa]|intervento chirurgico|preospedalizzazione|visita anestesiologica|decadimento cognitivo|referto|anamnesi|prognosi|dimess[oa] (?:dal|dalla|dall'|il|ieri|oggi|in giornata)|ricoverat[oa]|ricovero)\b/u;

/** A symptom or an injury: one patient's health when the sentence names the patient. */
export const SYMPTOM =
	/\b(?:febbre|dolor[ei] (?:al|alla|allo|ai|agli|alle|all')|dolori|frattur\p{L}*|trauma|traumi|ferit[ao] (?:al|alla|alle|ai)|contusion\p{L}*|tosse|dispnea|difficolta respiratori\p{L}*|svenut[oa]|femore)\b/u;

/**
 * A comment that tells of one person's illness or care, the writer's own or a relative's: "il
 * respiro di mio padre peggiora", "mia madre, 94 anni, con un femore rotto".
 */
export const RELATIVE =
	/\b(?:mi[oa]|nostr[oa]) (?:padre|madre|papa|mamma|figli[oa]|marito|moglie|nonn[oa]|fratello|sorella|compagn[oa]|suocer[oa]|zi[oa])\b/u;
export const CARE =
	/\b(?:pronto soccorso|ospedale|ricover\p{L}*|febbre|tampone|respiro|frattur\p{L}*|femore|operat[oa]|malat[oa]|morto|mort[ao]|decedut[oa]|barella|guardia medica|118)\b/u;
