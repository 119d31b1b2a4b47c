// Another person's faults told to the citizen (part of the tone lexicon, lexicon/tone.ts; read by reply/tone.ts):
// a colleague, another office, a contractor, a neighbour or the other side, with what they fail to do. Moved out of
// lexicon/tone.ts unchanged in session 40, when that file passed 250 lines.

import { VIRTUE } from './staff';

/**
 * Another office or the colleagues, as a reply names them when it blames them: one list for every rule here and for
 * mockery's "i soliti geni dei …" (lexicon/mockery.ts), which had three lists of different reach until session 41.
 * Whole words only, so "collegamento" or "servizievole" are not offices.
 */
export const OTHER_OFFICE = String.raw`(?:uffic(?:io|i)|serviz(?:io|i)|settor[ei]|tribut[io]|ragioneria|tecnic[io]|informatic[io]|manutenzion[ei]|lavori pubblici|colleg(?:a|he|hi)|fornitor[ei]|gestor[ei]|ditt[ae])\b`;

/** What a clerk is said not to be the most of, as adjective stems: "non è la più paziente", "non sono i più svegli". */
const TRAIT = String.raw`(?:attent|precis|svelt|veloc|brav|svegl|puntual|efficient|pazient|gentil|cordial|simpatic)`;

/**
 * An office's habitual lapse, told beside "come al solito" (session 40): "come al solito non ricontrollano mai" (GC039),
 * "come al solito, non si sono degnati di controllare" (GN044), "ci hanno lasciato a piedi, come al solito" (GL018), "all'Ufficio
 * scuola, come al solito, se ne sono accorti dopo tre giorni" (GP024); "il tecnico, come al solito, ci ha messo una vita" (session 41;
 * GY019's "ci ha messo 25 minuti" is left: "come sempre, ci hanno messo 5 minuti" is praise); "il nostro tecnico per l'ennesima volta
 * non aveva controllato l'impianto" (HU005, session 42), "la collega … si è dimenticata di avvisare le famiglie, come al solito" (HV038); "come al solito se la sono presa
 * comoda" (IC046), "quelli dei servizi cimiteriali, col Gualtieri in testa, se la prendono sempre comoda" (IB018); "la
 * collega Rinaldi … se n'è dimenticata, come al solito" (IN032), "l'Ufficio tributi, che tanto per cambiare non rilegge mai
 * quello che ci manda" (IN039).
 */
const OFFICE_LAPSE = String.raw`(?:\bse n'e dimenticat[oaie]\b|\bse ne (?:e|sono) dimenticat[oaie]\b|\bse la (?:prend\p{L}*|sono pres[ae]|e pres[ao]) (?:sempre |proprio |molto |parecchio )?comod[ao]\b|\bsi (?:e|sono) dimenticat[oaie]\b|\bnon (?:aveva|avevano) (?:nemmeno |neanche |neppure )?(?:controllat|verificat|ricontrollat|avvisat)[oaie]\b|\bse ne (?:sono|e) accort[oaie] (?:solo )?(?:dopo|in ritardo|tardi)\b|\bnon si (?:e|sono) degnat\p{L}*|\b(?:ci |vi )?(?:ha|hanno) lasciat[oi] a piedi|\b(?:ha|hanno) dormito\b|\bnon (?:l[aoie] |li )?(?:ricontroll|controll|verific|rilegg|avvis|comunic|aggiorn|registr|segn|inoltr|passa)(?:a|e|ano|ono|ava|avano|eva|evano) mai|\bnon (?:ha|hanno) (?:controllato|avvisato|verificato|ricontrollato) (?:niente|nulla|nessuno)\b|\bci (?:ha|hanno) messo (?:un'eternita|una vita|un secolo|secoli|giorni e giorni|ore e ore)\b)`;

/**
 * Another person's faults told to the citizen: a colleague, a clerk, the postman, a neighbour,
 * the opposition or the previous administration, with what they fail to do ("si fida troppo", "non
 * controlla"), how new they are ("al primo mese", "sta ancora imparando"), how well they are known;
 * a colleague's or a contractor's temper or haste ("perde un po' la pazienza", "aveva fretta di
 * staccare", "non l'ha nemmeno riletta"), anyone who "combina pasticci" (family W); complaints
 * about a clerk confirmed ("non è la prima lamentela che riceviamo su di lei", family X); a clerk
 * "non è famosa per la pazienza" (family AA); a colleague who posted "senza nemmeno rileggerla",
 * another body "non è nuova a questi scherzi", "il solito stile di quella ditta", an office where
 * "ci vuole la pazienza di un santo" (families AF, AG), "non è la prima volta che gli capita", "lamentele
 * sulle loro letture", "bolletta pazza" (families AH, AI), "la TARI non è proprio il suo forte", a
 * contractor that "fa di testa sua" (families AJ, AK), a colleague "che, diciamo, non è il più attento",
 * an office of which "sappiamo bene che non sono i più veloci" (family AO), a clerk who "diciamolo,
 * non è la più paziente", "la prima lamentela di questo tipo … su di loro", "al telefono non sono dei
 * fulmini" (families AP, AQ); the colleague at the desk who "non è mai stata la più paziente" (family BL), one who
 * "che vuole, è giovane, si fida più del computer che della testa sua" (family BP); another office blamed, "la colpa è
 * della ditta dei trasporti e dell'Ufficio lavori pubblici … come al solito loro" (ED035), "prenditela con i servizi
 * informatici" (EF041, session 38), "prenditela con chi di dovere" (ET022, session 39), "Valverde Mobilità, che come
 * al solito comunica le cose all'ultimo e male" (EW010), not the page's own "noi, che come al solito abbiamo risposto tardi";
 * "al centralino l'avranno persa come al solito, lì le segnalazioni spariscono una settimana sì e l'altra pure" (FH023);
 * "Prenditela con loro." (FQ031), "l'Ufficio servizi sociali, che evidentemente è rimasto al secolo scorso 🦕📠 noi del
 * digitale glielo diciamo da anni" (FS027); not "come al solito loro, si sono messi al lavoro", "la colpa è dell'ufficio
 * tributi, cioè nostra", "ha scritto che la colpa è della ditta" (r38b); "l'Ufficio tributi ci aveva passato la data
 * sbagliata, come al solito non ricontrollano mai quello che mandano" (GC039, session 40), "sono quelli dei Lavori pubblici
 * che aprono cantieri senza avvisare nessuno" (GI044); not "quelli dell'ufficio tecnico, che come al solito sono stati
 * velocissimi" (r40d); "il ritardo è colpa dell'Ufficio lavori pubblici" (HR005, session 41), not "è colpa
 * dell'ufficio comunicazione, cioè nostra" (r41g); "se nessuno ti ha detto niente prima la colpa è dell'Ufficio
 * scuola" (ID021, session 42: a "se" more than three words before is a clause of its own, unless "e" joins the blame to it:
 * "se il disservizio dura più di 24 ore e la colpa è del gestore", r38b), "l'Ufficio servizi cimiteriali è
 * quello che è" (IC046); "all'Ufficio scuola nessuno, a cominciare dalla responsabile …, si è degnato di avvisare" (IE044);
 * "conoscendo quelli dell'Ufficio manutenzioni, sarà finita nel solito buco nero dove archiviano tutto ciò che li
 * costringerebbe a lavorare" (IK031). HP024's "lì non sanno mettere due righe in fila" (session 41) was withdrawn: a reading course says it of
 * its own pupils (r41f). "L'Ufficio tributi ci ha passato la data sbagliata, come al solito: … se sbagliano loro sbagliamo
 * anche noi 🤷" (JY030, session 45), not "ci avevano passato una data sbagliata: ci scusiamo" without the habit; "non è la prima volta
 * che ci mandano dati non controllati e poi la figuraccia la facciamo noi della comunicazione" (KD030).
 */
export const THIRD_PARTY = new RegExp(
	String.raw`\b(?:ci|mi) (?:ha|hanno|aveva|avevano) (?:passat|mandat|dat|comunicat|fornit|inviat)[oaie] (?:la |il |i |le |l'|un |una |gli )?(?:\p{L}+ ){0,2}?(?:sbagliat|errat)\p{L}*,? (?:come (?:al solito|sempre|suo solito|di consueto)|tanto per cambiare|per l'ennesima volta|anche stavolta)\b|\bse (?:sbagliano|sbaglia) (?:loro|lui|lei)\b[^.!?\n]{0,20}?\bsbagliamo (?:anche )?noi\b|\bnon e la prima volta che (?:ci |vi )?(?:mandano|passano|danno|girano|comunicano|inviano|sbagliano)\b|\b(?:e poi |poi |ma )?la (?:figuraccia|brutta figura) la (?:facciamo|facciamo sempre|paghiamo) noi\b|(?=(?:la colpa|e colpa) )(?<!\b(?:non|che|se|quando|qualora|perche) (?:\p{L}+ ){0,3})(?<!\b(?:se|quando|qualora)\b[^.!?\n,;:]{0,50} e )\b(?:la colpa e|e colpa) (?:tutta |solo )?(?:della|dell'|del|dei|degli) ?${OTHER_OFFICE}(?![^.!?\n]{0,40}\b(?:cioe|ovvero|quindi) (?:nostr\p{L}*|del comune)\b)|\b(?:prenditela|se la prenda|prendetevela|prendersela) con (?:chi di dovere\b|loro(?=\s*(?:[.!]|$))|(?:i |il |l'|gli |lo |la |le )?(?:${OTHER_OFFICE}|(?:provincia|regione|vigili|polizia locale)\b))|\bcome al solito loro\s*(?:[.!]|$)|(?=che )(?<!\bnoi,? )\bche (?:come al solito|come sempre|anche stavolta|anche questa volta|tanto per cambiare|per l'ennesima volta)\b(?!,?\s*(?:abbiamo|siamo|\p{L}+iamo)\b)[^.!?\n]{0,60}?(?:(?<!\bnon (?:\p{L}+ ){0,2})\b(?:male|all'ultimo(?: momento| minuto)?|in ritardo|sbagli\p{L}*|a piedi|pasticc\p{L}*|disastr\p{L}*|dimentic\p{L}*)(?!\p{L})|\bnon (?:avvisa|avvisano|comunica|comunicano|risponde|rispondono|dice|dicono) (?:niente|nulla)\b|\ble lamentele arrivano a noi\b)|\b(?:e|sono) (?:rimast[oaie]|ferm[oaie]) (?:al secolo scorso|al medioevo|alla preistoria|all'eta della pietra|agli anni (?:'?\d0|cinquanta|sessanta|settanta|ottanta))\b|\bglielo (?:diciamo|ripetiamo) da (?:anni|mesi|tempo)\b|\b(?:l'|la |lo |li |le )?(?:avranno|avra|hanno|ha) (?:pers|dimenticat|smarrit|cancellat)[oaie] come (?:al solito|sempre)\b|\b(?:una settimana|un giorno|un mese|una volta) si e (?:l'altr[oa]|una|uno) (?:pure|anche)\b|\b(?:diciamo,?|diciamolo,?|sappiamo (?:bene |tutti )?che|si sa che|detto tra noi,?) non (?:e|sono) (?:proprio |esattamente )?(?:il|la|i|le) piu ${TRAIT}\p{L}*|\blamentel\p{L}*\b[^.!?\n]{0,30}\bsu di (?:lei|lui|loro)\b|\bbollett[ae] gonfiat[ae]\b|\bnon (?:e|sono) (?:proprio |certo |esattamente )?(?:un fulmine|dei fulmini)\b|\b(?:collega|colleghi|impiegat\p{L}*|dipendent\p{L}*|operator\p{L}*)\b[^.!?\n]{0,140}\b(?:senza (?:nemmeno|neanche|neppure|manco) (?:rilegger|legger|guardar|controllar|verificar|sentir|chieder|avvisar)\p{L}*|non e la prima volta(?: che (?:gli|le|li) (?:capit|succed)\p{L}*|,? purtroppo)|purtroppo non e la prima volta)|(?:^|\bma |\be |, ?)conoscendol[oaie]\s*(?:,|\))|\bconoscendo quell[ie] (?:dei|del|della|delle|dell'|degli) ?${OTHER_OFFICE}|\b(?:li|le|lo|la) costringe(?:rebbe|rebbero|ssero)? a lavorare\b|\bdiciamo (?:pure |solo )?che non e (?:proprio )?la prima volta\s*(?:\.\.\.|[.!?…]|$)|\bnon e (?:proprio |esattamente |certo |mai stat[oa] )?il (?:suo|loro) forte\b|\b(?:fanno|fa|hanno fatto|ha fatto) (?:sempre |spesso |ancora )?di testa (?:loro|sua)\b|\b(?:lamentel|reclam)\p{L}* (?:sulle|sui|sul|sulla|per le|per i|per il|per la) loro\b|\bbollett[ae] pazz[ae]\b|\bnon (?:e|sono) (?:nuov[oaie]|nuovi) (?:a|ad) (?:questi|queste|certi|certe|simili|tali) (?:scherz|figurac|pasticc|svist|error|gaff|distrazion)\p{L}*|\bsolit[oa] (?:stile|andazzo|vizio|musica) (?:di|del|della|dell'|dei|delle) ?(?:quell\p{L}*|ditta|impresa|cooperativa|azienda|gestore|societa|ufficio|uffici|collegh\p{L}*|comune|regione|provincia|ministero|ente|enti)\b|\b(?:ci vuole|serve|servirebbe|ci vorrebbe|occorre) (?:la |una )?pazienza (?:di un santo|da santo|di giobbe|biblica)\b|(?<!\b(?:quando|se|anche quando|nemmeno quando|neanche quando|pure quando|anche se) )\b(?:combina|combinano|combinato|combinare) (?:pasticci|guai|disastri|casini)\b|\b(?:collega|colleghi|impiegat\p{L}*|dipendent\p{L}*|postin\p{L}*|operator\p{L}*|vicin[oaie] di casa|(?:il|la|i|le|tuo|tua|tuoi|tue|suo|sua|suoi|sue) vicin[oaie]\b(?! (?:a|al|alla|allo|ai|alle|agli|di)\b)|quel(?:la|lo)? (?:signor\p{L}*|tizi[oa])|minoranza|opposizione|consiglier\p{L}*|precedent\p{L}* (?:amministrazion|giunt)\p{L}*|chi (?:governava|c'era) prima|a differenza di altri|(?:la |una |quella )?(?:ditta|impresa|cooperativa)|appaltator\p{L}*)[^.!?\n]{0,60}\b(?:si fida (?:\p{L}+ )?troppo|(?:aveva|avevano) (?:troppa )?fretta|fretta di (?:staccare|andare a casa|uscire|finire il turno)|perde (?:un po'? |spesso |facilmente )?la pazienza|non (?:l'ha|lo ha|la ha|li ha|le ha) (?:nemmeno|neanche|neppure) (?:rilett|lett|guardat|controllat|apert)\p{L}*|svogliat\p{L}*|non (?:e|sono) (?:propriamente |proprio |esattamente |certo )?(?:un fulmine di guerra|dei fulmini di guerra|una cima|un'aquila|un genio)|non (?:e|sono) (?:(?:propriamente|proprio|esattamente|certo) )?(?:famos|not|conosciut|celebr)\p{L}* per (?:la |il |l')?${VIRTUE}|non brill\p{L}* (?:\p{L}+ )?per (?:la |il |l')?${VIRTUE}|(?:prima|ennesima|altra) lamentela|lamentel\p{L}* (?:che riceviamo )?su di (?:lei|lui|loro)|ha colto nel segno|non controlla|non sa (?:fare|niente|nulla|usare)|non lavora|fa quello che vuole|prim[oa] (?:mese|giorno|settimana)(?! (?:di|su|del|dei|della) )|sta (?:ancora )?imparando|(?:l[aoie] |li )conosc\p{L}* (?:gia )?(?:bene|benissimo)|(?:il|la|i|le) solit[oaie] (?:\p{L}+ )?(?:ritard\p{L}*|problem\p{L}*|scus\p{L}*|storia|pasticc\p{L}*|error\p{L}*|disguid\p{L}*|lentezz\p{L}*|figurac\p{L}*|guai|noti)\b|(?:il|la|i|le) solit[oaie]\s*(?:[.!?…]|$)|ostruzionismo|fermo da anni)|\b(?:collega|colleghi|colleghe|impiegat\p{L}*|dipendent\p{L}*|operator\p{L}*|operatric\p{L}*|sportellist\p{L}*)\b[^.!?\n]{0,80}\bnon (?:e|sono|era|erano)(?: mai stat[oaie])? (?:proprio |esattamente |certo )?(?:il|la|i|le) piu ${TRAIT}\p{L}*|\b(?:collega|colleghi|colleghe|impiegat\p{L}*|dipendent\p{L}*|operator\p{L}*)\b[^.!?\n]{0,120}\b(?:che vuole|che vuoi|sa com'e),? (?:e|sono) giovan\p{L}*|\bsi fida(?:no)? piu (?:del computer|della macchina|dell'intelligenza artificiale|del programma) che (?:della (?:testa|sua testa)|del (?:suo )?cervello)|\b${OTHER_OFFICE}[^.!?\n]{0,80}?(?:\b(?:come al solito|come sempre|tanto per cambiare|per l'ennesima volta)\b,?[^.!?\n]{0,20}?${OFFICE_LAPSE}|${OFFICE_LAPSE}[^.!?\n]{0,30}?\b(?:come al solito|come sempre|tanto per cambiare|per l'ennesima volta)\b)|\bquelli (?:dei|del|della|delle|dell'|degli) ?${OTHER_OFFICE}[^.!?\n]{0,60}?(?:\bsenza (?:avvisare|dire niente a|dire nulla a|comunicare|coordinarsi|chiedere)\b|${OFFICE_LAPSE})|\b${OTHER_OFFICE}[^.!?\n]{0,30}?\b(?:e|sono) quell[oaie] che (?:e|sono)\b|\b${OTHER_OFFICE}[^.!?\n]{0,40}?\bnessuno\b[^.!?\n]{0,60}?\bsi (?:e|sono) degnat\p{L}*`,
	'u',
);
