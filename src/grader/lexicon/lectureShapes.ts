// Part of the lecture lexicon (lexicon/lectures.ts, where LECTURE_FORMS ends with these entries): the forms written
// in session 39 as shapes rather than phrases, after families ES to FT were measured and read, and later ones (the forms
// for JG to JR moved here from lectures.ts, in the same order, when that file passed 250 lines in session 46). Same rules as
// lectures.ts: each entry a whole expression on folded text, with a witness in
// tests/unit/grader/lexicon/mockery.test.ts in the same order.

/**
 * Writing, commenting or complaining, as a lecture reads it after "prima di": "scrivere" only where nothing names to
 * whom or what ("prima di scrivere all'ufficio", "prima di scrivere la domanda" are instructions) or why ("le legga
 * prima di scrivere, perché indicano i termini", r38c).
 */
const COMPLAINING = String.raw`(?:insegnar(?:ci|e (?:a noi|agli uffici|all'ufficio|al comune|ai colleghi|ai tecnici|a chi (?:ci )?lavora))(?: (?:come|cosa|a) \p{L}+)?|fare (?:i complimenti|gli applausi|l'applauso)(?: con (?:gli|le|i) \p{L}+)?|(?:dare|fare) (?:lezioni|la morale|la predica|le pulci)(?= *[,.;:!?]| *$| (?:a noi|agli uffici|al comune)\b)(?: (?:a noi|agli uffici|al comune))?|scrivere(?=\s*(?:[.!?;:\u2026"'«]|$)|,(?! (?:perche|poiche|cosi|in modo|per|dato che|visto che|in quanto)\b)|\s+(?:qui|qua|sotto|sui social|su facebook|in pubblico|sulla pagina|certe cose|cose|commenti|un commento|in maiuscolo|che)\b)|commentare|fare (?:polemic\p{L}*|la polemica|lo sceriff\p{L}*|la sceriff\p{L}*|il giustizier\p{L}*|il sarcastic\p{L}*|la sarcastic\p{L}*|lo spiritos\p{L}*|la spiritos\p{L}*|il simpatic\p{L}*|la simpatic\p{L}*)|polemizzare|lamentar\p{L}*|(?:vergognar|indignar|arrabbiar|scandalizzar|infuriar|offender)\p{L}*(?: (?:per|con|di) (?:noi|questo|questa|cosi|tutto))?|criticare|protestare|sparare \p{L}+|urlare|gridare|accusare|giudicare|applaudire|dire che)`;

/** Lecturing in session 39's shapes: reading before writing in either order, rebukes, mockery of the reader. */
export const LECTURE_SHAPES = [
	// Families JG to JR, after they were read (session 44): the citizen's Italian corrected, "'nun saccio' non è proprio
	// l'italiano che insegnavo io ai miei scolari 😅" (JM015), not a form "non è in italiano"; what everyone should have by
	// now, "lo SPID ormai dovrebbe averlo chiunque" (JJ017), not "ormai lo SPID lo usano tutti i servizi"; told to read
	// properly, "l'avviso va letto con attenzione, non tre volte di fretta" (JJ017), not "il modulo va letto con attenzione
	// prima di firmare"; a rumour still believed, asked as a reproach, "ancora a credere agli audio di WhatsApp?" (JP018),
	// not "c'è ancora chi crede agli audio"; what one should know "a una certa età" (JQ018), not a discount "a una certa
	// età"; "le pare il modo?" (JQ018), or "il modo di scrivere", not "le pare il modo più comodo?" (r44b).
	String.raw`\bnon e (?:proprio |esattamente |propriamente |certo |mica )?(?:l'|un )italiano (?:che|corretto|da manuale|della crusca|di dante|impeccabile)\b`,
	String.raw`\bormai (?:\p{L}+ ){0,2}?(?:dovrebbe|dovrebbero|dovresti|dovreste|dovrebbe ormai) (?:aver|saper|conoscer|usar)(?:lo|la|li|le) (?:chiunque|tutti|anche i bambini|pure i bambini)\b`,
	String.raw`\b(?:va|andava|vanno|andavano) lett[oaie] (?:con attenzione|bene|attentamente|tutt[oaie]|fino in fondo),? (?:e )?non (?:\p{L}+ ){0,3}?(?:di fretta|di corsa|a meta|in diagonale|a pezzi|a caso)\b`,
	String.raw`\bancora a credere (?:a|ai|agli|alle|alla|al|all')\b(?=[^.!?\n]*\?)`,
	String.raw`\ba (?:una certa|questa|quell'|la sua|la tua) eta\b[^.!?\n]{0,30}?\b(?:si dovrebbe|si dovrebbero|dovrebbe|dovresti|dovreste|bisognerebbe)\b`,
	String.raw`\b(?:ti|le|vi) (?:pare|sembra|paiono) (?:questo )?il modo(?=\s*[?!]| di (?:scrivere|parlare|rivolgersi|rivolgerti|esprimersi|esprimerti|commentare|comportarsi|fare)\b)`,
	// Families ES to EV, after they were read (session 39), written as general shapes rather than phrases. Reading or
	// informing oneself before writing, commenting or complaining, in either order ("La invitiamo a leggere con attenzione
	// le bollette prima di scrivere sotto un post" ES017, "basterebbe leggerli prima di scrivere «ma ci siete o no??»"
	// ET015, "Prima di fare polemica informati." ET041); not a message written to someone ("prima di scrivere all'ufficio"),
	// a form, the page's own checks ("verifichiamo i dati prima di commentare"), its policy recalled to everyone, or a
	// denial ("non basterebbe leggerlo tutto prima di commentare", r38b). Families KE to KH, after they were read (session 45):
	// the manner after the quoted comment, "prima di scrivere 'ma ci siete o no' con tre punti esclamativi leggiti la bio"
	// (KF016), not a place in a form ("prima di scrivere 'esente' nella casella 4, legga la nota 3", r32); a claim that the
	// office does nothing after "dire che", "prima di dire che non cambia mai niente, leggi" (KE019), not advice on sources.
	String.raw`(?=(?:ri)?legg|inform|document|consult|controll|verific|guard)(?<!\bnon (?:\p{L}+ )?)\b(?:(?:ri)?legg|inform|document|consult|controll|verific|guard)\p{L}*(?<!(?:iamo|emo)\b)\b(?![^.!?\n]{0,60}\b(?:policy|netiquette|regole|informativa|condizioni d'uso)\b)[^.!?\n]{0,60}?\bprima di ${COMPLAINING}`,
	String.raw`\bprima di (?:${COMPLAINING}(?:(?<=\b(?:lamentar\p{L}*|polemizzare|polemic\p{L}*|criticare|protestare)) (?:qui|qua|sui social|su facebook|in pubblico|sulla pagina|sotto (?:il|un|questo) post))?(?:\s*['"«][^'"»\n]{1,60}['"»](?: con [^.!?\n,'"«»]{1,30}?| in (?:maiuscolo|stampatello))?)?|dire che (?:non (?:cambia|funziona|fa|fate|serve|legge|leggete|risponde|rispondete)|nessuno (?:legge|risponde|fa)|(?:il comune|l'ufficio|voi) non)\b[^.!?\n,]{0,50}?),? (?:(?:magari|almeno|pure) )?(?:(?:ti |si |vi )?inform(?:ati|atevi|i|arsi|arti|arvi)\b|(?:ri)?legg(?:i|a|ete|ilo|ila|ili|ile|iti|etevi|ersi)\b|controll(?:a|i|ate)\b)`,
	// "Gli applausi ironici puoi risparmiarteli" (ET041), "il sarcasmo se lo risparmi", the wit kept for oneself.
	String.raw`\b(?:il (?:tuo |suo )?sarcasmo|l'ironia|(?:le |gli )?(?:tue |sue )?(?:battute|applausi(?: ironici)?|prediche|frecciatine)|i (?:tuoi |suoi )?commenti ironici)\b[^.!?\n]{0,15}?\b(?:(?:puoi|puo|potete|potevi|poteva) )?(?:risparmiar\p{L}*|risparmiatel\p{L}*|risparmial[ei]|se l[aoie] (?:risparmi|tenga)|tienitel\p{L}*|tienil\p{L}*)`,
	// The same, verb first: "risparmiati gli applausi da rompiscatole" (EW007).
	String.raw`\b(?:risparmiati|risparmiatevi|si risparmi|risparmiatel\p{L}*|tienit[ie]|tenetevi|se l[aoie] tenga) (?:pure |almeno )?(?:il (?:tuo |suo )?sarcasmo|l'ironia|(?:le |gli )?(?:tue |sue )?(?:battute|applausi|prediche|frecciatine)|i (?:tuoi |suoi )?commenti ironici)\b`,
	// "Non venire a lamentarti qui", "vedi di non ridurti all'ultimo giorno" (ET041), "vedi di non dimenticartene stavolta"
	// (FF050): orders, not advice ("vedi di seguito").
	String.raw`\bnon (?:venire|venite|venga|vieni) (?:poi |piu |pure |nemmeno |neanche )?(?:qui |qua )?a lamentar\p{L}*|(?=ved)(?<=(?:^|[.!?:;,]\s*|\b(?:e|poi|quindi|ora|adesso|intanto|ma)\s))(?:vedi|veda|vedete) di (?!seguito\b)(?:non )?\p{L}+(?:are|ere|ire|(?:ar|er|ir)(?:mi|ti|si|ci|vi|me|te|se|ce|ve|ne|lo|la|li|le|gli)\p{L}{0,4})\b`,
	// The citizen's capitals told off: "prima cosa togli il caps lock" (EU005); "non siamo allo stadio" was withdrawn (a
	// festival's music that ends at 23, r39).
	String.raw`\b(?:togli|togliete|tolga|leva|levi|spegni|spenga|disattiva|disattivi|stacca)\b[^.!?\n]{0,10}?\b(?:il )?(?:caps ?lock|maiuscol\p{L}*|tasto (?:del |delle )?maiuscol\p{L}*)\b`,
	// "Forse qualche domanda dovrebbe farsela anche lui", "se uno … ci urla addosso in maiuscolo" (ES037).
	String.raw`\b(?:qualche|due|un paio di|delle) domand\p{L}* (?:dovrebbe|dovresti|dovreste|dovrebbero|andrebbe|potrebbe|potresti) (?:anche )?(?:farsel|fartel|farvel)\p{L}*|\b(?:dovrebbe|dovresti|dovreste|dovrebbero) (?:anche )?(?:farsi|farti|farvi) (?:qualche|due|un paio di|delle) domand\p{L}*|\b(?:ci|mi) (?:urla|urli|urlate|urlano|grida|gridi|gridate|gridano|sbraita|sbraiti|sbraitate) addosso\b`,
	// Reading made out to be a feat for them: "capiamo che per qualcuno tre righe senza emoji siano un ostacolo
	// insormontabile 😅" (ET031); not stairs that are "un ostacolo insormontabile" for an old man.
	String.raw`\bper (?:qualcuno|alcuni|certi|certe persone|te|lei|voi)\b(?=[^.!?\n]{0,40}?\b(?:righe|parole|frasi|avvis\p{L}*|post|leggere|lettura|italiano)\b)[^.!?\n]{0,60}?\b(?:ostacolo insormontabil|impresa (?:titanica|impossibile|epica|eroica)|missione impossibile|scoglio insormontabil)\p{L}*`,
	// Families EW to EZ, after they were read (session 39): "venga a fare un giro al pronto soccorso un sabato sera e poi ne
	// riparliamo 😄" (EW001); a critic's standing mocked, "fa un po' sorridere sentir parlare di annunci da chi…" (EW015),
	// "lezioni da voi anche no" (EZ023), not "le lezioni da voi richieste".
	String.raw`\b(?:venga|vieni|venite|provi|prova|provate|vada|vai|andate|passi|passa) (?:pure )?a (?:fare un giro|farsi un giro|passare (?:una|un) \p{L}+|lavorare|stare|fare (?:il|la) \p{L}+)\b[^.!?\n]{0,60}?\be poi ne (?:riparliamo|parliamo)\b`,
	String.raw`\b(?:fa (?:un po'? |proprio |davvero |quasi )?sorridere|fa (?:un certo|uno strano) effetto|fa specie) (?:sentir\p{L}*|ricever\p{L}*|legger\p{L}*|prendere) (?:parlare |lezioni |critiche |prediche )?[^.!?\n]{0,40}?\bda chi\b|\blezioni da (?:voi|te|lei|loro)\b(?! (?:richiest|propost|organizzat|tenut|prenotat|seguit)\p{L}*)`,
	// Families FE to FH, after they were read (session 39): "«La posta non me l'ha portato» è la scusa che sentiamo tutti i
	// giorni … informarsi è un dovere di ogni contribuente" (FH008), "scrivere tutto in MAIUSCOLO … è maleducazione", "il
	// «qualcuno lavora in questo Comune?» poteva risparmiarselo" (FH032); not the page's own fault ("poteva risparmiarselo se
	// le nostre indicazioni fossero state più chiare", r39e); "qui si lavora eccome" was withdrawn (thanks for praise, r39e).
	String.raw`\b(?:e|sono) (?:la|le|una delle) (?:scus[ae]|giustificazion[ei]) (?:che sentiamo|piu (?:comun|frequent|usat|sentit)|classic)\p{L}*|\binformarsi e un dovere\b`,
	String.raw`\bin maiuscol\p{L}*\b[^.!?\n]{0,40}?\b(?:e|sia) (?:da )?maleducat?\p{L}*|\b(?:poteva|potevi|potevate)(?: anche)? risparmiar(?:selo|sela|tela|telo|vela|velo)\b(?![^.!?\n]{0,40}\b(?:nostr\p{L}*|noi|avessimo|fossimo)\b)`,
	// Families FI to FL, after they were read (session 39): "lo SPID fattelo" (FI022), Neapolitan put on to mock ("mo' ve lo
	// dicimm' nuje", FI026), "forse dovresti prendertela con loro invece che con chi lavora" (FJ009), "la coda la fate voi
	// che…" (FJ042), "lo dice a sua sorella" (FK045; since session 46 only after an insult, "ladro lo vada a dire a Suo cugino", KQ012, not "sì, lo dica a
	// sua sorella: entro 90 giorni…", r46b), "te lo spieghiamo facile facile, come in prima elementare", "alla quarta
	// ce la facevi" (FL031), "alla quarta ci arrivi 😅" (FT026, with "parole povere povere"); "chi non riesce a leggere due righe" (FL006), not "per chi non riesce a leggere … abbiamo
	// pubblicato la versione a caratteri grandi" (r39f). "Se differenziassi meglio" and "scherziamo (più o meno)" were
	// withdrawn (advice on the TARI, a joke about a race, r39f). "Jamme" left the list in session 41: a southern Comune cheers
	// with it under praise (HC007).
	String.raw`\b(?:fattelo|fattela|fatteli|fattele|fatevelo|fatevela)(?=\s*(?:[,.;:!]|$))|\b(?:nuje|vuje|dicimm\p{L}*|guaglio|uaglio|facimm\p{L}*|sapimm\p{L}*)\b`,
	String.raw`\b(?:dovresti|dovrebbe|dovreste|potresti|potrebbe) prender(?:tela|sela|vela) con\b|\bprender(?:tela|sela|vela) con (?:loro|gli altri|chi \p{L}+) invece (?:che|di)\b|\b(?:la|lo|li|le) (?:fate|fai|fa) (?:voi|tu|lei) che\b`,
	String.raw`(?<=\b(?:ladr|incompetent|incapac|buffon|pagliacc|fannullon|scem|cretin|idiot|mafios|truffator|vendut|corrott|parassit)\p{L}*\b[^.!?\n]{0,40})\b(?:lo|la|li|le|dillo|dillo pure) (?:(?:(?:vada|vai|andate) a )?(?:dica|dice|dici|di'?|dire|racconti|racconta|raccontare) )?a (?:sua|tua|suo|tuo) (?:sorella|madre|zia|nonna|cugin[oa]|fratello|zio|nonno|suocer[oa])\b`,
	String.raw`\b(?:te|ve|glie) ?l[oaie] (?:spieg|rispieg|dic|ripet|facci|scriv)\p{L}*\b[^.!?\n]{0,30}?\bcome (?:in prima elementare|all'asilo|alle elementari|ai bambini|a un bambino|a una bambina)\b|\balla (?:terza|quarta|quinta|decima|prossima) (?:ce la (?:facevi|faceva|fai|fa|farai|fara)|ci (?:arrivi|arriva|arrivate|arrivavi|arrivava))\b`,
	// Families FM to FP, after they were read (session 39): "prima di applaudire ironicamente forse varrebbe la pena leggere
	// la bio … e non è difficile da capire" (not "vedrai che non è difficile da capire", r39g), "nel weekend non siamo a tua disposizione" (FM023), "non tutti nascono lettori
	// forti" (withdrawn: a library's warm "non tutti nascono lettori forti, ma molti lo diventano", r39g), "e dire che era
	// scritto in italiano" (FM045), "da chi per anni ha votato contro …, la lezione sulle promesse la
	// prendiamo con un sorriso" (FO041), "la storia della posta la sentiamo tutti i giorni … un contribuente attento si
	// informa prima" (FO045), "non possiamo stare dietro a ogni genitore che non legge la posta" (FP024).
	String.raw`\bprima di ${COMPLAINING}\b[^.!?\n]{0,40}?\b(?:varrebbe la pena|converrebbe|sarebbe meglio|bisognerebbe|basterebbe|servirebbe) (?:(?:ri)?leggere|informar\p{L}*|guardare|controllare)\b|(?=non e )(?<=\b(?:e|ed|ma|eppure) )non e (?:poi )?(?:cosi |tanto |molto )?difficile da capire(?=\s*(?:[.!]|$))|\bnon siamo (?:qui |mica |sempre |li )?a (?:tua|sua|vostra) disposizione\b`,
	String.raw`\be dire che (?:era|e|c'era) (?:scritt\p{L}* )?(?:in italiano|chiaro|chiarissimo|bello grande)\b|\bda chi\b[^.!?\n]{0,80}?\b(?:la lezione|le lezioni|la predica|le prediche)\b[^.!?\n]{0,30}?\b(?:la|le) prendiamo con (?:un sorriso|ironia|le pinze)\b`,
	String.raw`\b(?:storia|scusa|giustificazione)\b[^.!?\n]{0,30}?\b(?:la|le) sentiamo (?:tutti i giorni|ogni giorno|di continuo|cento volte al giorno)\b|\bun (?:contribuente|cittadino|genitore|utente) (?:attento|responsabile|diligente|informato) (?:si informa|legge|controlla|lo sa)\b|\bnon (?:possiamo|posso) stare dietro a (?:ogni|tutti i|tutte le) \p{L}+ che\b`,
	// Families FU to FX, after they were read (session 40): "Se ti fossi mosso per tempo invece di ridurti all'ultimo giorno
	// adesso non saresti qui a urlare" (FU013); "ammesso che tu sappia leggere una tabella" (FX002), not "ammesso che lei riesca
	// a leggere il contatore" (r40). Withdrawn (r40): the spelling lesson of FX005 ("«ce l'ho» si scrive senza accento … La
	// lingua di Dante merita rispetto"), since an office thanking for a correction says the same words.
	String.raw`\binvece di ridur(?:ti|si|vi) all'ultimo\b|\bnon (?:saresti|sarebbe|sareste) (?:adesso |ora |oggi )?qui a (?:urlare|gridare|lamentar\p{L}*|protestare|polemizzare|inveire|sbraitare|strillare|sfogar\p{L}*)\b`,
	String.raw`\bammesso che (?:tu |lei |voi )?(?:sappia|sappiate|sai|sa|sapete) (?:leggere|capire|contare|scrivere)\b`,
	// Families FY to GB, after they were read (session 40): "un po' di pudore non guasterebbe" (FY022), not "un po' di
	// umiltà ci vorrebbe" said of the office itself (r40b); "non avere lo SPID non è una scusa" (FZ049). Withdrawn (r40b):
	// FY038's "le sembra il caso di …?" ("le pare il caso di fissare un appuntamento?" is a sincere question) and "la prossima
	// volta … prima di scrivere qui" (advice: "la prossima volta, prima di scrivere qui, può provare la chat"), FZ049's
	// "sarebbe ora di mettersi al passo" and "la prossima volta ci si muove prima" (both said by offices of themselves).
	String.raw`\bun (?:po'?|minimo) di (?:pudore|decenza|vergogna|educazione|buone maniere) (?:non guasterebbe|non guasta|ci vorrebbe|servirebbe|non farebbe male|sarebbe gradit\p{L}*)\b`,
	String.raw`\bnon avere (?:lo |la |il |l'|un |una )?\p{L}+ non e (?:una|piu una) scusa\b`,
	// Families GC to GF, after they were read (session 40): "Impara a chiedere con garbo, che qui nessuno ti deve niente"
	// (GE007).
	String.raw`\b(?:impari|impara|imparate) a (?:chiedere|parlare|rivolger\p{L}*|esprimer\p{L}*|scrivere|comportar\p{L}*) (?:con garbo|con educazione|con rispetto|gentilmente|in modo civile|come si deve)\b|\bnessuno (?:ti|le|vi) deve (?:niente|nulla)\b`,
	// Families GG to GJ, after they were read (session 40): "prima di fare il sarcastico leggi la bio … nel weekend non siamo
	// qui a tua disposizione" (GH045; COMPLAINING and the FM023 form widened); "Dopo il fax adesso ci dirà che esiste anche il
	// piccione viaggiatore 🕊️😂" (GI022); "bastava informarsi prima invece di aspettare" (GG005); "ma il post l'ha letto? È
	// scritto proprio lì sopra" (GG023). Withdrawn (r40d): GJ047's "una email non sia un'impresa impossibile nemmeno per Lei
	// 😏", which a guide offered kindly says too.
	String.raw`\b(?:adesso|ora|poi|dopo) ci (?:dira|dirai|direte) che esist(?:e|ono) (?:anche|ancora|pure)\b`,
	String.raw`\b(?:bastava|sarebbe bastato) informar(?:si|ti|vi) (?:prima|per tempo)\b|\b(?:ma )?(?:il post|l'avviso|il regolamento|la locandina|il bando|la bio|il cartello|il calendario)(?: (?:della|del) (?:pagina|comune|profilo))? (?:l'ha|l'hai|l'avete|lo ha|lo hai|te l[ao] sei|se l[ao] e|ve l[ao] siete) (?:almeno |mai |poi )?lett[oa]\s*\?`,
	// Families GK to GN, after they were read (session 40): "Non sei un vigile e non sei un giudice … informati prima di fare
	// lo sceriffo" (GL007, COMPLAINING widened; its "ascoltami bene" was withdrawn: "stai tranquilla e ascoltami bene" reassures,
	// EH035); "ci vuole un disegnino?" (GL046), not "ci avete chiesto se ci vuole un disegnino: eccolo!" (r40e); "…
	// organizzati." (GL050), "la prossima volta organizzati prima 😉" (GM036), not "ci siamo organizzati per tempo" (r38e)
	// nor "organizzatevi per tempo" said to all (r40e; "anche noi lavoriamo" was withdrawn, r40e); "Siamo adulti, no?" (GN022).
	// Since session 46 "organizzati prima" only after "la prossima volta", "magari" or "almeno": as advice ("per il rientro
	// organizzati prima", LD002; "organizzati prima e prenota il lunedì", r46e) it is help.
	String.raw`\bnon (?:sei|e|siete) (?:un|una|dei) (?:vigil\p{L}*|giudic\p{L}*|sceriff\p{L}*|poliziott\p{L}*)\b[^.!?\n]{0,30}?\bnon (?:sei|e|siete)\b|\b(?:ci vuole|serve|servirebbe|vuoi|vuole|volete) (?:anche |pure )?un disegnino\?`,
	String.raw`(?=organizzati)(?<=\b(?:la prossima volta|un'altra volta|in futuro|magari|almeno)\b[^.!?\n]{0,20})\borganizzati (?:prima|meglio)\b|(?<=[:;]\s?)organizza(?:ti|tevi)(?=\s*[.!]|\s*$)|\bsiamo (?:adulti|grandi|persone adulte),? no\?`,
	// Families GO to GR, after they were read (session 40): "gli avvisi si leggono fino in fondo" (GP005); "venire a lamentarsi
	// sui social all'ultimo momento non è il modo giusto di fare" (GR039; its "ognuno è tenuto a conoscerle" was withdrawn:
	// "ognuno è tenuto a conoscere le scadenze, ma vogliamo aiutarti" is kind, r40f).
	String.raw`\b(?:gli avvisi|i post|i bandi|le istruzioni|i moduli|le comunicazioni|i cartelli) si leggono (?:fino in fondo|per intero|tutti|bene|con attenzione)\b|\blamentar\p{L}*\b[^.!?\n]{0,50}?\bnon e il modo (?:giusto|corretto)\b`,
	// Families GS to GV, after they were read (session 41): "prima di scrivere sotto un post che parla di marciapiedi si
	// informi: l'acqua NON è del Comune" (GU018: the old "prima di scrivere, si informi" with where the citizen writes between,
	// and nothing said of where to look), not "prima di commentare qui, informati pure sull'app" (r41); "smettila di credere
	// a ogni vocale". Withdrawn (r41): GV007's "smettiamola di credere alle catene", a campaign's words too, and GV030's "un
	// minimo di attenzione ci vuole", said of everyone on the road and of the office's own slip.
	String.raw`\bprima di (?:scrivere|commentare|postare|polemizzare) (?:qui|sui social|su questa pagina|in pubblico|sotto (?:un|il|questo|quel|al|ai) (?:post|comment\p{L}*|avvis\p{L}*)\b[^.!?\n,]{0,40}?),? (?:si informi|informati|informatevi|s'informi)(?=\s*(?:[.!:;]|$))`,
	String.raw`\b(?:smettila|la smetta) (?:una buona volta |subito )?di (?:credere|crederci|dare retta|lamentar\p{L}*|polemizzare|agitar\p{L}*|inventar\p{L}*)\b`,
	// Families HA to HD, after they were read (session 41): "ridursi all'ultimo giorno e poi gridare contro il Comune non è
	// il massimo" (HB022), "esercizio che evidentemente a Lei riesce difficile", "che a quanto pare Le sfugge" (HD002), not
	// "un dettaglio che a quanto pare sfugge a molti" (r41c), "la prossima volta proveremo a scriverlo con i disegnini"
	// (HD047, as GL046's "ci vuole un disegnino?"). Withdrawn (r41c): HC011's "impara ad aspettare prima di fare lo
	// spiritoso" (a theatre course's advice) and HD002's "a differenza Sua" (of someone else).
	String.raw`\b(?:ridursi|ridurti|ridurvi|aspettare|arrivare) all'ultim\p{L}*\b[^.!?\n]{0,20}? e poi ${COMPLAINING}`,
	String.raw`\b(?:a quanto pare|evidentemente)\b (?:a (?:lei|te|voi) |(?:le|ti|vi) )(?:sfugg\p{L}*|riesc\p{L}* difficile)\b|\b(?:scriver|spiegar|rifar|rispiegar)\p{L}*\b[^.!?\n]{0,20}?\b(?:con|coi) (?:i )?disegnini\b`,
	// Families HE to HH, after they were read (session 41): "se uno si riduce all'ultimo giorno poi non può prendersela con
	// il mondo intero" (HF013, GD022's form widened in lexicon/turnedBlame.ts); "da un lamentone che si presenta allo
	// sportello senza prenotare non accettiamo lezioni" (HG031), not "non accettiamo lezioni da docenti esterni" (r41d).
	// Withdrawn (r41d): HE042's "te lo spiego come lo spiegherei a tuo figlio" (said to a child, and of the office's own
	// jargon) and "la lezione di comprensione del testo è saltata" (a course's).
	String.raw`\bnon accett(?:iamo|o) lezioni (?:di \p{L}+ )?da chi\b|\bda (?:un|una|uno|chi)\b[^.!?\n]{0,60}?\bnon accett(?:iamo|o) lezioni\b`,
	// Families HM to HP, after they were read (session 41): "se non la capisci il problema non è nostro" (HM047). Withdrawn
	// (r41f): HM004's "(ce la fa, vero?)", which encouragement says too.
	String.raw`\bse non (?:l[aoie] |li )?(?:capisci|capisce|capite)\b[^.!?\n]{0,20}?\bil problema (?:non e (?:nostro|mio)|e (?:tuo|suo|vostro))\b`,
	// Families HQ to HT (session 41): HR027's "non era mica la Divina Commedia" and HT010's "cominciate voi genitori a dare il
	// buon esempio" were withdrawn (r41g: an office says them of its own notice, a campaign to everyone).
	// Families II to IL, after they were read (session 42): what a grown-up does, held up to the citizen, "una persona adulta
	// che ha una casa sa che la TARI va pagata e si informa da sola" (IJ014), "un cittadino responsabile se la segna" (IL043);
	// the notice belittled as a child's, "non aspetta la letterina", "le tasse non si pagano solo quando arriva la letterina"
	// (IJ014, IL043), not the letter to Father Christmas; "il contribuente diligente si informa per tempo" (IP007).
	String.raw`\b(?:una persona adulta|un adulto|un'adulta|una persona responsabile|un cittadino responsabile|una cittadina responsabile|il contribuente diligente|un contribuente diligente|il cittadino diligente|un genitore responsabile)\b[^.!?\n]{0,60}?\b(?:sa|si informa|se l[oaie] segna|se l[oaie] ricorda|controlla|non aspetta)\b`,
	String.raw`\b(?:aspett\p{L}*|arriv\p{L}*) la letterina\b(?! (?:a|di|per|alla|al) (?:babbo natale|santa lucia|befana|gesu bambino))`,
	// Families JS to JV, after they were read (session 45): where the citizen wrote, asked back as a reproach, "fili elettrici
	// a terra e lo scrive su Facebook??" (JT018), not "lo scriva pure qui: lo giriamo all'ufficio"; a rhetorical question on
	// what the citizen "really" thought, "ma Lei ha pensato davvero di cercarne uno?" (JV015), not "ha pensato di iscriversi?".
	String.raw`\be (?:ce |me )?(?:lo|la|li|le) (?:scrive|scrivi|scrivete|segnala|segnali|segnalate|posta|posti|postate|dice|dici|dite) (?:su facebook|su instagram|su x|su twitter|sui social|qui|in un commento|sotto (?:un|il|questo) post)\s*\?`,
	String.raw`\b(?:ha|hai|avete|aveva|avevi|avevate) (?:(?:davvero|veramente|sul serio) (?:pensato|creduto|immaginato)|(?:pensato|creduto|immaginato) (?:davvero|veramente|sul serio)) (?:di|che)\b[^.!?\n]{0,80}\?`,
	// Families KA to KD, after they were read (session 45): "bastava un minimo di iniziativa invece di aspettare che vi arrivi
	// tutto a casa" (KB017), not "bastava un minimo di attesa" or the office's own "bastava un po' di attenzione da parte nostra"; "prima di scrivere … conta fino a dieci" (KD016), not hide-and-seek's
	// "chi sta sotto conta fino a dieci" (r45c); a critic's lessons laughed at, "da uno che … queste lezioni fanno ridere" (KA028),
	// not laughter yoga's "queste lezioni fanno ridere davvero" (r45c).
	String.raw`\bbastava (?:un minimo|un po'?|un briciolo|appena un po'?) di (?:iniziativa|attenzione|buona volonta|impegno|organizzazione|buon senso|senso civico|responsabilita)\b(?![^.!?\n]{0,30}\b(?:da parte nostra|nostr\p{L}*|da noi)\b)|\binvece di aspettare che (?:ti|vi|le|gli) (?:arrivi|arrivino|cada|cadano|porti|portino) tutto\b`,
	// Families KE to KH (session 45): "se ti fossi informata sapresti che le risposte le leggono…" (KE019).
	String.raw`\bse (?:ti fossi|si fosse|vi foste) (?:informat|documentat)\p{L}*\b[^.!?\n]{0,40}?\b(?:sapresti|saprebbe|sapreste|avresti saputo|avrebbe saputo)\b`,
	String.raw`\bprima di\b[^.!?\n]{0,80}?\b(?:conta|contate|conti) fino a (?:dieci|10|cento|100)\b|\b(?:conta|contate|conti) fino a (?:dieci|10|cento|100) prima di\b`,
	String.raw`\bda (?:uno|una|chi|te|lei|voi|loro)\b[^.!?\n]{0,120}?\b(?:queste|le (?:sue|tue|vostre)|certe|tali) lezioni (?:ci |mi )?(?:fanno|farebbero) ridere\b`,
	// Families KI to KP, after they were measured and read (session 46): what "one" should have done, "uno dovrebbe già
	// essersi organizzato … un minimo di programmazione familiare, dai" (KJ017), not "ognuno dovrebbe essersi registrato entro
	// venerdì" said of a rule, "dei tre centri, uno dovrebbe già essersi organizzato" or "non è giusto pensare che uno…" (r46); "Poi ci si lamenta." as a sentence, "la prossima volta un po' più di organizzazione, eh" (KL016);
	// "bisogna imparare a essere cittadini responsabili … invece di aspettare che qualcuno ci porti le cose a casa" (KL017);
	// "il problema … siete voi che portate troppa roba … impara a consumare meno prima di chiedere a noi" (KP018); "alla tua età
	// certe cose si dovrebbero sapere", "e ci hai creduto veramente?" (KN018).
	String.raw`(?<!\b(?:dei|degli|delle|tra|fra|di)\b[^.!?\n]{0,40}|\b(?:pensare|dire|credere|pretendere) che )\b(?:uno|una|chiunque|ognuno|la gente|un genitore|una persona) (?:dovrebbe|avrebbe dovuto) (?:gia )?essersi (?:gia )?(?:organizzat|informat|preparat|attrezzat)\p{L}*|\bun minimo di (?:programmazione|organizzazione|buon senso|iniziativa|senso civico|previdenza)\b[^.!?\n]{0,25}?,? (?:dai|eh|su)(?=\s*(?:[.!,]|$))`,
	String.raw`(?<=(?:^|[.!?]\s*))(?:e )?poi ci si lamenta(?=\s*(?:[.!\u2026]|$))|\bla prossima volta (?:un po'? |un minimo |un briciolo )?(?:piu |di piu )?(?:di )?(?:organizzazione|programmazione|anticipo|buon senso|attenzione),? (?:eh|dai)\b(?![^.!?\n]{0,30}\b(?:nostr\p{L}*|noi)\b)`,
	String.raw`\b(?:bisogna|devi|deve|dovete|dovresti|dovrebbe|dovreste) imparare a essere (?:\p{L}+ )?(?:cittadin|contribuent|adult|genitor|person)\p{L}* (?:responsabil|seri|civil|attent|matur)\p{L}*|\binvece di aspettare che (?:qualcuno|il comune|gli altri|l'ufficio) (?:ti |vi |le |gli |ci )?(?:port|mand|recapit|consegn)\p{L}* (?:tutto|le cose)\b`,
	String.raw`\bil problema (?:non (?:e|sono)\b[^.!?\n:;]{0,40}?[:;,] ?)?(?:siete voi|sei tu|e lei)(?=\s*(?:[.!,;]|$| che\b))|\b(?:impara|impari|imparate) a \p{L}+\b[^.!?\n]{0,30}?\bprima di (?:chiedere|pretendere|lamentar\p{L}*|criticare|protestare)\b`,
	String.raw`\balla (?:tua|sua|vostra) eta\b[^.!?\n]{0,30}?\b(?:si dovrebbe|si dovrebbero|dovresti|dovrebbe|dovreste|bisognerebbe) (?:gia )?(?:sapere|capire|conoscere)\b|\b(?:e )?ci (?:hai|ha|avete) (?:creduto|cascat\p{L}*) (?:davvero|veramente|sul serio)\s*\?|\b(?:davvero|veramente|sul serio) ci (?:hai|ha|avete) (?:creduto|cascat\p{L}*)\s*\?`,
	// Families KQ to KT, after they were read (session 46): "fa la spiritosa con le faccine? 😂" (KR015), as a question; "un po' di
	// attenzione prima di scrivere: … c'è scritto bello grosso", "faccia quello che doveva fare già" (KR018); "prima di candidarsi
	// … sarebbe il caso di saper leggere un bando, non crede?" (KS017), not "basterebbe saper usare il mouse"; not a mascot that "fa il
	// simpatico?", advice that "basta un po' di attenzione prima di scrivere", nor "bisognerebbe saper leggere una bolletta" (r46b).
	String.raw`\b(?:fa|fai|fate) (?:il|la|lo|i|le) (?:spiritos|simpatic|fenomen|furb|comic)\p{L}* (?:con (?:le faccine|le emoji|gli emoji|le emoticon|i punti esclamativi|noi)|qui|sui social)\b[^.!?\n]{0,20}?\?|(?<=(?:^|[.!?:;,]\s*|\b(?:pero|ma)\s))\bun (?:po'?|minimo) di (?:attenzione|calma|buon senso) prima di ${COMPLAINING}|\b(?:faccia|fai|fate) quello che (?:doveva|dovevi|dovevate) (?:fare )?(?:gia|prima|subito)\b`,
	String.raw`\bsarebbe il caso di saper(?:e)? (?:leggere|capire|scrivere)\b`,
	// Families KU to KX, after they were read (session 46): "prima di fare i complimenti con gli applausi si informi … che Le piaccia
	// o no" (KV018; COMPLAINING widened); "Che pazienza, la facciamo santo subito 😇 Magari la prossima volta prenoti, come fa il resto
	// del mondo" (KW015), not "la celebriamo come fa il resto del mondo" (r46c); "qui non si strilla … non prendertela con noi" (KX016); "ma ti sembra il caso?" as a question of its own
	// (KX017), not "le sembra il caso di fissare un appuntamento?"; "Prima di scrivere sui social controlla lo spam, come fanno gli altri
	// genitori" (KX018: "prima di scrivere", then what the others do; "prima di scrivere sui social controlla lo spam" alone is advice); "complimenti per il 'punto interrogativo' scritto per
	// esteso" (KV016); "(sperando che rispondano)" after an office's number (KX030). Families KY to LB (session 46): "che qui nessuno è
	// sordo" (LB018); "invece di prendersela col Comune su Facebook … come si fa tra persone serie" (LB019).
	String.raw`\bche (?:ti|le|vi) piaccia o (?:no|meno)\b|\b(?:la|lo|ti|vi) (?:facciamo|faremo|proponiamo) sant[oaie] subito\b|(?<!\b(?:\p{L}+iamo|noi)\b[^.!?\n]{0,30})\bcome fa (?:il resto del mondo|tutto il resto del mondo|chiunque altro|tutto il mondo)\b`,
	String.raw`\bprima di (?:scrivere|commentare|postare) (?:qui|sui social|su facebook|in pubblico)\b[^.!?\n]{0,60}?,? come fanno (?:gli altri|tutti gli altri)\b|\bqui non si (?:strilla|urla|grida|sbraita)\b|\b(?:qui nessuno|nessuno qui) e sordo\b|\bmica siamo sordi\b|\bc'e chi ha problemi (?:veri|seri)\b|\b(?:il bando|l'avviso|il post|il regolamento|la bio|il modulo|la locandina) va lett[oa] prima di (?:scrivere|commentare|chiedere)\b|\bda (?:un|una|uno) \p{L}+\b[^.!?\n]{0,40}?\b(?:mi|ci) (?:aspetterei|aspetteremmo|sarei aspettat\p{L}*|saremmo aspettat\p{L}*) (?:un po'? )?(?:piu|di piu)\b|\binvece di prender(?:sela|tela|vela) (?:col|con il|con la|con l'|con gli|con noi|con il comune)|\bcome (?:si fa|fanno|fa) (?:tra|fra) (?:persone serie|persone civili|gente seria|adulti)\b|\bnon prender(?:tela|sela|vela) con noi\b|(?<=(?:^|[.!?,]\s*))ma (?:ti|le|vi) (?:sembra|pare) il caso\s*\?|\bcomplimenti per (?:il|la|lo|l'|i|gli|le) ?['"«‘][^'"»’\n]{1,40}['"»’] scritt\p{L}*|\(sperando che (?:rispondano|risponda|si sveglino|lo leggano|funzioni)\)`,
] as const satisfies readonly string[];
