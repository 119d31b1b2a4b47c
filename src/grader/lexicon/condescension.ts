// Condescension: the citizen talked down to, as a child or as someone who cannot read, a proverb or what any
// adult knows held up to them, better expected of them. Part of the put-downs (lexicon/putDowns.ts), kept apart
// by kind; the reader is reply/putDowns.ts, every pattern runs on folded text and is global.

/**
 * Talked to as a child or as hysterical: "aritmetica da elementari", "parole da scuola elementare", "te lo
 * rispiego come ai bambini", "strillare come un'isterica", "urlare in maiuscolo come una squilibrata" (CT023),
 * "te lo rispieghiamo come alle elementari" (DJ017), "in versione elementare" (DI022), "con le parole per
 * bambini" (DK005), "la versione per principianti", "se parole come «istanza» e «Pec» ti mettono in difficoltà"
 * (DS015), "se l'italiano ti crea problemi te la rifacciamo per bambini" (DT002), "aritmetica da seconda elementare" (HX029, session 42: any year of school; not "libri di aritmetica da seconda elementare in su", r42); not "urli come un pazzo" at a concert.
 */
export const LIKE_A_CHILD =
	/\b(?:(?=(?:aritmetica|matematica|logica|italiano|grammatica|roba|concetto|conti|livello|ragionamento|parole|spiegazione|domanda) da )(?<!\b(?:libr[oi]|quadern[oi]|eserciz[io]|sched[ae]|cors[oi]|lezion[ei]|manual[ei]|test) di )(?:aritmetica|matematica|logica|italiano|grammatica|roba|concetto|conti|livello|ragionamento|parole|spiegazione|domanda) da (?:scuola |(?:prima|seconda|terza|quarta|quinta) )?(?:elementar\p{L}*|asilo)(?!\s+(?:in su|in poi)\b)|(?:spieg|rispieg|ripet|dic|scriv)\p{L}* (?:\p{L}+ ){0,3}come (?:a|ai|per|si fa con) (?:un |una |dei |i )?(?:bambin|bimb|alunn)\p{L}*|come (?:un'|una |un |uno )(?:isteric|squilibrat|invasat|forsennat|esagitat|ossess)\p{L}*|(?:spieg|rispieg|ripet|dic|scriv|rifacc|rifa)\p{L}* (?:\p{L}+ ){0,3}come (?:alle (?:scuole )?elementari|in prima elementare|all'asilo)|\bin versione (?:elementare|per bambini)|\b(?:facciamo|faccio|ecco|(?:te|ve|glie) ?l[aoie] (?:facciamo|faccio|rifacciamo|rifaccio|scriviamo)) (?:la |una )?versione per (?:principianti|bambini|negati|tonti)\b|\bse l'italiano (?:ti|le|vi) (?:crea|da|fa|pone) (?:problemi|difficolta|fatica)\b[^.!?\n]{0,20}?\b(?:te|ve|glie) ?l[aoie] (?:rifacc|rifa|rispieg|spieg|riscriv|ripet)\p{L}*|\bse (?:parole|termini) come\b[^.!?\n]{0,60}?\b(?:ti|la|vi|le) (?:mettono|mette) in difficolta,? non e colpa\b|\bcon (?:le )?parole (?:per|da) bambin\p{L}*)/gu;

/**
 * A lesson in patience or manners as a proverb, or what any adult knows: "un po' di pazienza non ha mai fatto
 * male a nessuno" (CQ044), "sono cose che un adulto dovrebbe sapere" (CR030), "un genitore previdente avrebbe
 * già pensato a un piano B" (DJ050).
 */
export const ADULTS_KNOW =
	/\bun po'? (?:di |d')(?:pazienza|educazione|rispetto|calma|gentilezza|attenzione|umilta)\b[^.!?\n]{0,20}?\bnon (?:ha mai fatto|fa|fara) (?:mai )?male a nessuno\b|\b(?:cose|roba|cosa) che (?:un adulto|una persona adulta|un bambino|chiunque|tutti|ogni cittadino) (?:dovrebbe|dovrebbero|sa|sanno|sapeva|sapevano) (?:gia )?(?:sapere|conoscere)\b|\b(?:un|una|qualsiasi|ogni) (?:genitore|cittadin[oa]|automobilista|persona|adult[oa]|candidat[oa]|utente) (?:previdente|attent[oa]|responsabile|accort[oa]|normale|qualsiasi|assennat[oa]) (?:avrebbe|sa|saprebbe|dovrebbe)\b/gu;

/**
 * The citizen's reading mocked by the size of what they missed: "c'è scritto bello grande", "a caratteri
 * cubitali", "il post è lungo ben quattro righe, capiamo lo sforzo 😅" (CR030, CP039).
 */
export const WRITTEN_BIG =
	/\b(?:scritt[oa]|c'e scritto)\b[^.!?\n]{0,60}?\b(?:bello grande|bella grande|a (?:caratteri|lettere) cubitali|grande come una casa)\b|\bben (?:due|tre|quattro|cinque|sei) (?:righe|parole|frasi)\b|\bcapiamo lo sforzo(?=\s*(?:[.!\u{1F605}\u{1F602}\u{1F923}\u{1F609}\u{1F60F}\u{1F643}]|$))/gu;

/**
 * Families CU to DD, after they were read (session 35): "ci saremmo aspettati che un bando lo sapesse leggere da
 * sola", "il messaggio si capisce a stento", "per qualcuno anche un'iscrizione sia un'impresa, quindi andiamo
 * piano", "chiarissima per chiunque abbia un minimo di dimestichezza", "visto che non è il tuo caso", "l'hanno
 * capito quasi tutti", "la prossima volta prova a leggere con calma", "leggere un post di tre righe … sia
 * un'impresa", "che … non abbia nemmeno un indirizzo email dice molto" (DA to DD, DH045); "ci si aspetterebbe che i
 * candidati sapessero leggere un bando" (DI024), "la prima risposta era troppo difficile per te" (DK005).
 */
export const EXPECTED_BETTER =
	/\b(?:ci (?:saremmo|avremmo|si sarebbe) aspettat\p{L}*|ci si aspetterebbe|ci aspetteremmo|(?:uno )?si aspetterebbe) (?:che\b[^.!?\n]{0,40}?\b(?:sapesse|sapessi|sapeste|sapessero|capisse|capissi|capiste|capissero|leggesse|leggessi|leggeste|leggessero)\b|di meglio|un po'? di piu)/gu;
export const HARD_TO_READ =
	/\b(?:il (?:tuo |suo |vostro )?(?:messaggio|commento|testo)|quello che (?:hai|ha|avete) scritto)\b[^.!?\n]{0,20}?\b(?:si capisce a stento|si capisce a fatica|non si capisce (?:niente|nulla|granche)|e (?:quasi )?incomprensibile)\b/gu;
export const TALKED_DOWN =
	/\banche (?:un'|un |una |uno |il |la |lo |l')?\p{L}+ (?:sia|e|diventi|diventa) un'impresa\b|\b(?:quindi|allora|percio) andiamo piano\b|\bleggere (?:un|il|questo|quel) (?:post|avviso|messaggio|cartello) di (?:due|tre|quattro|cinque|poche) righe\b|\b(?:chiar\p{L}*|facil\p{L}*|semplic\p{L}*|evident\p{L}*) per chiunque (?:abbia|sappia|sia)\b|\bvisto che non e (?:il tuo|il suo|il vostro) caso\b|\b(?:l'|lo |la )?(?:hanno|ha) (?:capit[oa]|compres[oa]|lett[oa]) quasi tutti\b|\bla prossima volta (?:prova a |cerca di |provi a |cerchi di )?(?:legg|guard|controll)\p{L}* (?:con calma|meglio|con attenzione|fino in fondo|bene)\b|\bdice (?:molto|tutto)(?= *[.:;!]| *$)|\btroppo (?:difficile|complicat[oa]|compless[oa]) per (?:te|lei|voi)\b/gu;
