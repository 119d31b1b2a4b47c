// Homes in the personal-data gate: where someone lives, as the comment says it, as the office knows
// it, said with a verb of dwelling, or next to a person's name or initial. reply/homes.ts reads them.
// Patterns run on folded text, except those that need capitals (a name, an initial), on the original.

/** The citizen says where they live: "abito in via Roma 12", "casa mia in via Verdi 3". */
export const HOME =
	/\b(?:abito|abitiamo|vivo|viviamo|risiedo|abita|abitano|vive|vivono|risiede|risiedono|residente|residenti|casa mia|casa nostra|la mia casa|il mio appartamento|domicilio|residenza)\b[^.!?\n]{0,25}?\b((?:via|viale|piazza|corso|vicolo|largo|strada|localita|frazione) [\p{L}' ]{2,40}?,? ?\d{1,4}(?:[a-z]|\/\d+|\/[a-z])?)\b/gu;

/** A street and number, a house number or "al 27" that is no date, amount or share: the home itself. */
const HOME_PLACE = String.raw`(?:via|viale|piazza|corso|vicolo|largo|strada) [\p{L}' ]{2,40}?,? ?\d{1,4}|(?:numero )?civico \d{1,4}|al (?:n\.? ?|numero )?\d{1,3}\b(?! ?(?:%|€)| (?:di |del )?(?:mese|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|per cento|euro)\b)`;
const HOME_AT = String.raw`(${HOME_PLACE})\b`;

/**
 * The citizen's home as the office knows it: "davanti a casa sua in via dei Mille 14", "il tuo avviso è
 * partito il 4 luglio per via Cavour 18" (family W), "l'avviso risulta spedito a inizio mese in via Carducci 7", "l'avviso ti è stato spedito in via Carducci 18" (CU042)
 * (family AA), "la vostra fermata è quella sotto casa, in via dei Castagni 7" (family AF), "il permesso
 * intestato a te per via Cavour 18", "davanti a casa tua al civico 27" (families AH, AI), "davanti a
 * casa tua al 27" (family AL), "il tuo cambio di residenza in via dei Pini 7" (DE012), "dopo il trasloco di marzo in
 * via Cagliari 27 sei iscritto alla sezione 6" (DG047), "col trasferimento in via Sassari 9 ti hanno assegnato la sezione 4"
 * (DW002), "dopo il cambio di marzo risulti in via dei Ciliegi 9" (DX023), "il tuo avviso è tornato indietro perché in
 * via Garibaldi 18 sul campanello non c'è il tuo nome" (ED007, session 38); in the Lei register and from a record,
 * "un certificato di stato di famiglia con residenza in via Garibaldi 18" (ET017), "Lei risulta residente in via…", "a te
 * risulta un avviso da 214,50 euro spedito a inizio mese in via Garibaldi 18" (EU047, session 39), "risulta intestatario
 * TARI per l'abitazione di via Leopardi 9" (EW019), "dalla sua posizione TARI (utenza n. 004417, via dei Castagni 21)"
 * (FO016), "in anagrafe ti abbiamo registrato a marzo in via dei Castagni 21" (HR036, session 41), not
 * "ti abbiamo iscritta al corso che si tiene in via Roma 12" (r41g): that form is RECORDED_AT below.
 */
export const THEIR_HOME = new RegExp(
	String.raw`\b(?:casa (?:sua|tua|vostra)|casa (?:di|del|della|dei|delle) (?:tu|su|vostr)\p{L}* (?:nonn|madr|mamm|padr|papa|zi|figl|fratell|sorell|suocer|genitor|cugin)\p{L}*|(?:quella |quello |proprio |giusto )?sotto casa|(?:permesso|contrassegno|utenza|contratto|abbonamento|pass|tessera|avviso) intestat\p{L}* a (?:te|lei|voi|(?:tuo|suo|vostro) nome)|(?:sua|tua|vostra) (?:abitazione|casa|residenza)|(?:la )?nuova residenza|(?:(?:tuo|suo|vostro) )?cambio (?:di residenza|(?:di |d')indirizzo)|(?:tuo|suo|vostro) trasloco|(?:dopo il|con il|col|per il) (?:trasloco|trasferimento|cambio(?: di \p{L}+)?)(?=[^.!?\n]{0,60}\b(?:sei|siete|risulti|risultate|(?:ti|vi) (?:hanno|abbiamo|e stat[oa]) assegnat\p{L}*)\b)|\brisult(?:i|ate) (?:ancora |gia |ora )?(?:resident[ei] |domiciliat\p{L}* |iscritt\p{L}* )?|(?:(?:lei|le|a lei) )?risulta (?:ancora |gia |ora )?(?:resident[ei]|domiciliat\p{L}*|iscritt\p{L}*)|(?:risult\p{L}*|intestat\p{L}*|a (?:tuo|suo|vostro) nome)\b[^.!?\n]{0,40}?\b(?:per |dell'|nell'|l')(?:abitazione|appartamento|immobile|alloggio) (?:di|in)|(?:sua|tua|vostra) (?:posizione|utenza)\b(?:[^.!?\n]|\bn\.){0,20}?|(?=residenza)(?<!\b(?:della|sulla|la|di|per la|cambio di|nuova) )residenza|(?:a te|a lei|a voi|ti|le|vi) risult\p{L}* (?:un|una|l'|il|la) ?(?:avviso|bollettino|verbale|plico|pacco|lettera|cartella|raccomandata|bolletta|multa)\b[^.!?\n]{0,50}?\b(?:spedit|inviat|recapitat|notificat|tornat|consegnat)\p{L}*\b[^.!?\n]{0,30}?\b(?:a|per|in|all'indirizzo(?: di)?|presso)|(?:suo|tuo|vostro) (?:domicilio|appartamento)|(?:(?:suo|tuo|vostro) (?:avviso|bollettino|verbale|plico|pacco|certificato|permesso|contrassegno)|(?:sua|tua|vostra) (?:lettera|cartella|raccomandata|tessera|bolletta|multa|etichetta))\b(?:[^.!?\n]|\bn\.){0,50}?\b(?:spedit|inviat|partit|recapitat|notificat|tornat|rientrat|respint)\p{L}*\b[^.!?\n]{0,30}?\b(?:a|per|in|all'indirizzo(?: di)?|presso)|(?:l'|il |la )(?:avviso|bollettino|verbale|plico|pacco|lettera|cartella|raccomandata|bolletta|multa)\b[^.!?\n]{0,20}?\brisult\p{L}* (?:gia )?(?:spedit|inviat|partit|recapitat|notificat|consegnat)\p{L}*\b[^.!?\n]{0,30}?\b(?:a|per|in|all'indirizzo(?: di)?|presso)|(?:l'|il |la )(?:avviso|bollettino|verbale|plico|pacco|lettera|cartella|raccomandata|bolletta|multa) (?:ti|le|vi|gli) (?:e|sono) (?:gia )?stat[oaie] (?:spedit|inviat|recapitat|notificat|consegnat)\p{L}*\b[^.!?\n]{0,30}?\b(?:a|per|in|all'indirizzo(?: di)?|presso))\b[^.!?\n]{0,25}?\b${HOME_AT}`,
	'gu',
);

/** A street and number, captured: the address the evidence shows. */
const STREET_AT = String.raw`((?:via|viale|piazza|corso|vicolo|largo) \p{L}[\p{L}' ]{1,40}?,? ?\d{1,4})\b`;

/**
 * The citizen's home as the office recorded it, "in anagrafe ti abbiamo registrato a marzo in via dei Castagni 21" (HR036,
 * session 41; part of THEIR_HOME until session 43, where it showed no words as evidence), not "ti abbiamo iscritta al
 * corso che si tiene in via Roma 12" (r41g); a bill and its amount for an address, "l'avviso per via Carducci 18 è di
 * 212,40 euro" (JB025, session 43), not an example "di fantasia" (r43b). The bill's words are looked for before the
 * look-behind, which would otherwise run at every position of every reply.
 */
export const RECORDED_AT = new RegExp(
	String.raw`\b(?:ti|la|lo|vi) (?:abbiamo|ho|hanno) (?:gia )?(?:registrat|iscritt|trasferit|censit)\p{L}*\b(?:(?!\b(?:che|dove|presso|al|alla|nel|nella)\b)[^.!?\n]){0,30}?\bin ${STREET_AT}` +
		String.raw`|\b(?=(?:l'avviso|la bolletta|la cartella|la fattura|l'utenza|la tari|l'imu) )(?<!\b(?:esempio|fantasia|ipotesi|ipotetic\p{L}*|simulazion\p{L}*)\b[^.!?\n]{0,60})(?:l'avviso|la bolletta|la cartella|la fattura|l'utenza|la tari|l'imu) (?:per|di|in) ${STREET_AT}(?=[^.!?\n]{0,30}?\b(?:e di|risulta|ammonta a) \d)`,
	'gu',
);

/**
 * The home phone's address, from the office's call log: "ci avevi chiamato dal fisso di casa, al 41 di
 * via dei Mille" (family BM). A street is needed: "dal fisso di casa chiamaci al 200 000 999" is the
 * office's number.
 */
export const HOME_PHONE_AT =
	/\b(?:fisso|telefono|citofono) di casa,? ((?:al (?:civico |n\.? ?|numero )?\d{1,4} (?:di|in) (?:via|viale|piazza|corso|vicolo|largo|strada) \p{L}[\p{L}' ]{1,40}?)|in (?:via|viale|piazza|corso|vicolo|largo|strada) \p{L}[\p{L}' ]{1,40}?,? ?\d{1,4})\b/gu;

/**
 * Where someone lives, said with the verb: "lo so che abiti proprio in fondo a via dei Mille, al 48"
 * (family BA), "il signore vive in via Roma 12", "tu che stai in via dell'Argine 18" (family BP). A street and number right after a verb of dwelling
 * is a home, whoever's it is; not a rule or a condition ("chi abita al 47", "se abiti in centro…", "i
 * residenti in via Roma dal 1 al 40").
 */
export const DWELLS_AT = new RegExp(
	String.raw`(?<!\b(?:chi|se|qualora|quando|dove) )\b(?:abit(?:i|a|ate)|viv(?:i|e|ete)|risied(?:i|e|ete)|(?:e|sei|siete) (?:residente|domiciliat[oa])|(?<=\b(?:tu|lei|voi) che )(?:stai|sta|state))\b(?: (?:proprio|giusto|ancora|sempre))?(?: (?:in fondo|all'inizio|alla fine|in cima) (?:a|di))? (?:in |a |al |all'|nel |nella )?((?:via|viale|piazza|corso|vicolo|largo|strada) [\p{L}' ]{2,40}?,? (?:al |n\.? ?|numero |civico )?\d{1,4})\b(?! al \d)`,
	'gu',
);

/** An address (street and house number) in a comment, next to a person's full name: someone's home. */
export const NAMED_ADDRESS =
	/(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)[^.!?\n]{0,12}?\b((?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Vv]icolo|[Ll]argo) [\p{L}' ]{2,40}?,? ?\d{1,4})\b/gu;

/**
 * A private person pointed at by a surname or an initial and where they live: "il signor F. del
 * secondo piano al 22 di via Roma", "la signora Bianchi del civico 42", "la villetta dell'avvocato
 * Gualtieri, al civico 27" (family X). The initial hides the name, not the person.
 */
export const INITIAL_AT_HOME =
	/\b(?:[Ss]ignor[ae]?|[Ss]ig\.(?:ra)?|il vicino|la vicina|[Aa]vvocat[oa]|[Aa]vv\.|[Dd]ottor(?:e|essa)?|[Dd]ott\.(?:ssa)?|[Ii]ngegner[e]?|[Ii]ng\.|[Gg]eometra|[Gg]eom\.|[Pp]rofessor(?:e|essa)?|[Pp]rof\.(?:ssa)?)\s+(?:\p{Lu}\.(?:\s*\p{Lu}\.)?[^.!?\n]{0,40}?\b(?:(?:primo|secondo|terzo|quarto|quinto|ultimo) piano|interno \d+|scala [A-Za-z]|al (?:civico )?\d{1,4} di (?:via|viale|piazza|corso|vicolo|largo)\b)|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,? (?:(?:che abita|che vive|residente|abitante) )?(?:(?:del|al|dal) (?:civico|numero) \d{1,4}\b|(?:del|al|dal) (?:primo|secondo|terzo|quarto|quinto|ultimo) piano\b))(?![^.!?\n]{0,25}\b(?:stanza|ufficio|uffici|sportello|municipio|sala|aula|studio|ingresso|ambulatorio)\b)/gu;
