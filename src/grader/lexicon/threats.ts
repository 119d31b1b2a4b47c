// Threats a reply makes, for the conduct gate (reply/threats.ts): intimidation, legal threats as listed phrases and by
// their two halves (a legal step and the citizen's own doing), threats to block, "weigh your words". Moved out of
// lexicon/conduct.ts in session 41, when that file passed 250 lines. Patterns run on folded text.

/** Bodies that enforce and inspect: named as readers of the thread, they threaten. */
const AUTHORITY = String.raw`la guardia di finanza|la finanza|i carabinieri|la polizia|gli ispettori|l'agenzia delle entrate|il fisco|l'inps`;

/** Checks promised as a punishment (HX028, session 42): aimed at the citizen ("su di Lei", "sul tuo furgone"), … */
const AIMED_AT_YOU = String.raw`(?:su di (?:te|lei|voi)|nei (?:tuoi|suoi|vostri) confronti|sul (?:tuo|suo|vostro)|sulla (?:tua|sua|vostra)|sui (?:tuoi|suoi|vostri)|sulle (?:tue|sue|vostre))\b`;
/** … the checks, inspections or verifications … */
const CHECKS = String.raw`(?:controll|verifich|ispezion|accertament)\p{L}*`;
/** … made stricter: "saranno particolarmente accurati". */
const STRICTER = String.raw`(?:saranno|sarebbero|diventeranno|verranno fatt[ie]) (?:particolarmente|molto|ancora piu|piu|davvero|ben|parecchio) (?:accurat|scrupolos|approfondit|sever|attent|minuzios|frequent|rigoros|puntigli)\p{L}*`;

/**
 * Intimidation from the page: "sappiamo chi sei", "te ne pentirai", "stai attento a quello che
 * scrivi", "anche la Guardia di Finanza ha Facebook", a check announced as a threat ("il controllo
 * non sarà certo una formalità", "sappia che quello che ha scritto l'abbiamo letto", family O), the
 * citizen's face and name said to be known, "veda di non farsi notare" (family Q), "la schermata ce
 * l'ha già il nostro ufficio legale" (family I), "se la fai girare, la Polizia locale sa già chi l'ha
 * scattata" and "ti vengono a cercare" (CP003), "il Comune le dichiarazioni le controlla eccome" (CO004), "ci aspetti pure
 * fuori dal comando: gli agenti saranno ben felici di conoscerla", "al prossimo controllo non si aspetti sconti"
 * (CS008), "vedremo se ride ancora" (CT016), "la prossima volta ti mandiamo la Polizia locale a casa", "il tuo nome
 * ce lo siamo segnato" (DE024), "si prepari a ricevere visite" (DF046), "Sei avvisato." (DG037); not "il tuo nome
 * l'abbiamo segnato nella lista d'attesa" nor "quando riapre sei avvisato con un SMS"; "il comandante sa benissimo chi è lei e
 * dove abita" (IL014, session 42).
 * Always out of place, whatever the comment said.
 */
export const INTIMIDATION = new RegExp(
	// Family AG (AG014): "sappiamo bene come rintracciarli se serve", of the people who comment;
	// family AL (AL014): "qui ci ricordiamo bene di chi scrive cosa"; family AN (AN013): "teniamo buona
	// nota dei commenti che passano di qui 😉"; family AS (AS014): "i commenti come il tuo li conserviamo e
	// sappiamo bene come risalire a chi li scrive".
	String.raw`\b(?:commenti|messaggi|post)\b[^.!?\n]{0,30}\b(?:li|le) (?:conserviamo|salviamo|stiamo salvando|teniamo da parte)\b|\b(?:sappiamo|sanno) (?:bene |benissimo )?come risalire a chi\b|\b(?:teniamo|prendiamo|abbiamo preso|terremo) (?:buona |sempre |attenta )?nota (?:dei|di tutti i|di questi|dei vostri|dei tuoi) (?:commenti|messaggi|post)\b|\b(?:ci ricordiamo|ricordiamo|teniamo a mente|ci segniamo|ci annotiamo) (?:bene |benissimo |sempre |tutto )?(?:di )?chi (?:scrive|ha scritto|commenta|dice|insulta) (?:cosa|cose|certe cose)\b|\b(?:sappiamo|sanno) (?:bene |benissimo |perfettamente )?(?:come|dove) (?:rintracciar|trovar|raggiunger)(?:ti|vi|la|li|le|lo)\b(?=[^.!?\n]{0,20}\b(?:se (?:serve|servisse|necessario|occorre|occorresse|capita)|all'occorrenza|quando (?:serve|vogliamo))\b)|\b(?:sappiamo|sanno|sa) (?:bene |benissimo |perfettamente )?(?:come|dove) (?:rintracciar|trovar|raggiunger)(?:ti|vi)\b(?! (?:un|una|uno|un'|il|la|lo|i|le|gli|l'|del|della|dei|delle|qualcosa|qualcuno|posto|lavoro|casa|alloggio|soluzion\p{L}*|spazio)\b)|` +
		String.raw`\b(?:(?:sappiamo|sapiamo|sanno|conosciamo|conoscono) (?:bene |benissimo |perfettamente |molto bene )?(?:chi sei|chi e|chi siete|dove abit\p{L}*|dove lavor\p{L}*|come ti chiami)|(?:sa|conosce) (?:bene|benissimo|perfettamente|molto bene) (?:chi e lei|chi sei|chi siete|dove (?:lei |tu )?abit\p{L}*)|(?:te|ve|se) ne (?:pentirai|pentirete|pentira)|(?:stai|state|stia) attent[oaie] (?:a|con) (?:quello|cio|come|cosa)|occhio a (?:quello che|come|cosa) (?:scrivi|scrive|scrivete|dici|dice)|(?=(?:ti|vi|la|le) (?:teniamo|terremo) d'occhio)(?<!\bsituazione\b[^.!?\n]{0,40})(?:ti|vi|la|le) (?:teniamo|terremo) d'occhio(?!\s+con\s+(?:i|il|le|la|gli)\s+(?:sensor|telecamer|strument|tecnic|geolog|droni|idrometr)\p{L}*)|(?:ti|vi) (?:veniamo|verremo) a (?:cercare|prendere|trovare)|(?:ti|vi|la|lo|le) (?:vengono|verranno|vengano|verrebbero) a cercare|(?:ci|mi) (?:aspetti|aspetta|aspettate) pure fuori|(?:ti|vi|si) ritrov\p{L}* (?:i vigili|la polizia|i carabinieri|gli agenti|la finanza)\b|(?:lo |la |li |le )?(?:giriamo|trasmettiamo|passiamo|mandiamo|inoltriamo|gireremo|trasmetteremo|passeremo|manderemo|inoltreremo) (?:subito |direttamente )?(?:al nostro |all'|ai nostri |al |agli )(?:ufficio legale|legali|avvocat\p{L}*|avvocatura)|(?:la prossima volta|altrimenti|se (?:continui|continua|continuate|insisti|insiste|ci riprovi|ci riprova|lo rifai|lo rifa)\b[^.!?\n]{0,40}?) (?:ti|vi|le|gli) (?:mandiamo|manderemo|mando|mandero) (?:la polizia|i vigili|i carabinieri|gli agenti|una pattuglia|la finanza|la guardia di finanza)|(?:il (?:tuo|suo|vostro) (?:nome|profilo|numero|indirizzo)|la (?:tua|sua|vostra) targa) (?:ce l'|ce lo |ce la )siamo (?:gia )?(?:segnat|annotat|salvat|appuntat)\p{L}*|(?=(?:sei|siete|e|sia|uomo|consideral[oa]) )(?<=(?:^|[.!?]\s*))(?:(?:sei|siete|e|sia) avvisat[oaie]|uomo avvisato|consideral[oa] un avvertimento)(?=\s*(?:[.!…]|$))|ben felic\p{L}* di conoscer(?:la|ti|vi|lo)\b|(?:non si aspetti|non ti aspettare|non aspettarti|non vi aspettate) (?:piu )?(?:sconti|favori|trattamenti di favore|clemenza|indulgenza|tolleranza)|vedremo se (?:ride|ridi|ridete|riderai|ridera) ancora|(?:mandar|mand)\p{L}* (?:la polizia(?: locale)?|i vigili|i carabinieri|gli agenti|la finanza|la guardia di finanza)\b[^.!?\n]{0,20}?\ba fare (?:due|quattro) chiacchiere|\b(?:tuo|suo|vostro) (?:commento|messaggio|post|profilo) (?:l'|lo )(?:abbiamo|ho) (?:gia )?(?:salvat|archiviat|fotografat)\p{L}*|(?:nome|targa|faccia)\b[^.!?\n]{0,40}?\b(?:li |la |lo |le )?(?:conoscono|conosciamo) (?:ormai |gia |bene )?tutti\b|(?:sa|sanno) (?:gia |bene |benissimo )?chi (?:sei|siete|l'ha (?:scattat|fatt|scritt|pubblicat|girat|mess)\p{L}*)|(?:le |li |la |lo )?(?:controll|verific)(?:a|ano|hiamo|iamo) eccome|(?:abbiamo|ho|ha|hanno) (?:gia )?(?:preso nota|salvato|fatto uno screenshot) (?:del tuo|del suo|del vostro|il tuo|il suo|il vostro|dei tuoi|dei suoi|i tuoi|i suoi) (?:nome|profilo|commento|commenti|post|messaggio|messaggi)|(?:girat|inoltrat|trasmess|passat|mandat)[oaie] (?:il (?:tuo|suo|vostro) (?:commento|post|messaggio) )?(?:al nostro |all')?(?:ufficio legale|legali|avvocat\p{L}*|avvocatura)|(?:dalle foto del|dal|dai post del|sul|nel) (?:suo|tuo|vostro) profilo\b[^.!?\n]{0,40}\b(?:si vede|si capisce|abbiamo visto|vediamo|risulta)|(?:leggono|legge|vedono|vede|sapra|sapranno) (?:tutti,? )?anche (?:il tuo|il suo|il vostro|i tuoi|i suoi) (?:datore di lavoro|datori di lavoro|colleghi|capo|capi)|(?=finche )(?<=\b(?:cancell|rimuov|ritir|smett|scus|togli|elimin|rettific|moder|calm|abbass|rifletti|riflett|fermar|fermat|ripens)\p{L}*\b[^.!?\n]{0,40})finche (?:e|sei|siete|siamo) in tempo|(?:preparati|si prepari|preparatevi) a (?:risponderne|pagarne|pagare le conseguenze|rispondere (?:in|davanti|delle|di quello)|ricevere (?:delle |una |la |qualche |presto )?(?:visit|querel|denunc|controll|ispezion|sanzion)\p{L}*)|(?:regolati|si regoli|regolatevi)\s*(?:[.!]|$)|(?:ti|vi|le|gli) conviene (?:stare attent\p{L}*(?!\s+(?:a|al|alla|allo|ai|agli|alle|all')\b)|smettere|fare attenzione(?!\s+(?:a|al|alla|allo|ai|agli|alle|all')\b)|pensarci bene(?=\s*(?:[.!?…]|$)|\s+prima di (?:scrivere|commentare|postare|insultare|accusare))|moderare|lasciar(?:e)? perdere|ritirare (?:il (?:tuo |suo |vostro )?commento|quanto (?:hai|ha|avete) (?:detto|scritto)|le (?:tue |sue |vostre )?(?:accuse|parole))|tenersi)|(?:li|le) (?:stiamo salvando|stiamo conservando|abbiamo salvat\p{L}*|conserviamo) tutt[ie]|(?:stiamo salvando|salviamo|conserviamo) (?:tutti )?(?:i tuoi|i suoi|i vostri|questi|quei) (?:commenti|messaggi|post)|(?:il (?:suo|tuo|vostro)|questo|quel) (?:commento|messaggio|post) (?:e|e gia|e stato|e gia stato|sara) (?:stat[oa] )?(?:salvat[oa]|fotografat[oa])|l'ufficio legale (?:del comune |dell'ente )?sta (?:gia )?valutando(?![^.!?\n]{0,80}\bcontro (?:chi|ignoti|la pagina|il profilo|gli autori|i responsabili|i truffatori)\b)(?=[^.!?\n]{0,40}\b(?:commento|post|parole|messaggio|profilo|querela|denuncia|diffamazion\p{L}*)\b)|di (?:lei|te|voi) abbiamo (?:gia )?(?:il |i |l')?(?:profilo|nominativo|nome|indirizzo|dati|generalita)|(?:sul tavolo|in mano|nelle mani) (?:del|dell'|dei|degli|di un|di una) ?(?:suo |tuo |nostro |loro )?(?:avvocat|legal|ufficio legale)\p{L}*|prima che (?:diventi|si trasformi in|finisca in) (?:una )?(?:querela|denuncia|causa)|(?:(?:anche|pure) (?:${AUTHORITY})\b[^.!?\n]{0,25}\b(?:ha|hanno|usa|usano)|(?:${AUTHORITY})\b[^.!?\n]{0,25}\b(?:legge|leggono|guarda|guardano|segue|seguono|vede|vedono))\b[^.!?\n]{0,15}\b(?:facebook|i social|instagram|questi commenti|questi post|i post|questa pagina|i commenti|tutto))|\b(?:controll|verific|accertament|ispezion)\p{L}*\b[^.!?\n]{0,60}\bnon sara (?:certo |di certo |affatto |proprio |mica )?una formalita\b|\bsappia (?:pero |bene |comunque )?che\b(?=[^.!?\n]{0,60}\b(?:quello che|cio che|quanto (?:ha|hai)|il (?:suo|tuo) (?:commento|messaggio|post)|le (?:sue|tue) parole)\b)[^.!?\n]{0,60}\b(?:l'|lo |li |le )?(?:abbiamo|ho) (?:letto|visto|notato|preso nota|salvat\p{L}*|annotat\p{L}*)\b|\b(?:la schermata|lo screenshot|(?:il|del) (?:tuo|suo|vostro) (?:commento|post|messaggio)|una copia)\b[^.!?\n]{0,25}\b(?:ce l'ha|ce l'hanno|l'ha|l'hanno|ha|hanno) (?:gia )?(?:in mano )?(?:il nostro |l')?(?:ufficio legale|avvocat\p{L}*|legali)\b|\b(?:veda|vedi|vedete|cerchi|cerca|cercate) di non (?:farsi|farti|farvi) (?:piu )?(?:notare|vedere|beccare|sentire)\b|\bnon (?:si faccia|farti|fatevi|ti fare|vi fate) (?:piu )?(?:notare|vedere|beccare)\b|\b(?:abbiamo|ha|hanno|conosciamo|conosce|conoscono|ricordiamo|ricorda) (?:gia |bene |ormai )?(?:anche )?(?:il (?:suo|tuo|vostro) nome e )?la (?:sua|tua|vostra) faccia\b|` +
		// Families DQ to DT, after they were read (session 37): "davanti a un giudice avrai la stessa voglia di scrivere"
		// (DQ018), "vedremo se nessuno controlla 😉" (DR017; "così vediamo se davvero nessuno controlla 😉", IF038, session 42, with
		// or without the wink; "giriamo il tuo profilo alla Polizia locale", IH028), "quindi niente furbate", "la multa te la prendi" with no
		// condition after it (DT022), not the page's own "niente furbate: il sorteggio è pubblico" (r37); families DU to DX (session 37): "sappia però che gli sportelli sono videosorvegliati: se ha alzato la
		// voce…, la prossima volta facciamo intervenire la Polizia locale" (DV017).
		String.raw`\b(?:vedremo|vediamo) se (?:davvero |proprio |poi )?nessuno controlla\b|\b(?:giriamo|gireremo|segnaliamo|segnaleremo|passiamo|passeremo|mandiamo|manderemo) (?:il tuo|il suo|il vostro) profilo (?:alla|ai) (?:polizia|vigili|carabinieri)\b|\b(?:davanti a(?:l| un)? giudice|in tribunale)\b[^.!?\n]{0,30}?\b(?:avrai|avra|avrete) (?:ancora |la stessa )?(?:voglia|coraggio)\b|\b(?:quindi|percio|mi raccomando|e) niente furbat\p{L}*|\b(?:sappi|sappia|sappiate)\b[^.!?\n]{0,40}?\bvideosorvegliat\p{L}*|\bse (?:ha|hai|avete) alzato la voce\b[^.!?\n]{0,80}?\b(?:polizia|vigili|carabinieri|agenti)\b|\bla multa te la (?:prendi|becchi|paghi)\b(?!,? (?:solo )?se\b)` +
		// Families DY to EB, after they were read (session 38): "vedrai che qualcuno ti viene a trovare a casa", "stampo il
		// commento e lo porto dritto ai Carabinieri" (DY048), "ci pensi due volte prima di dare della «scocciata»" (EA026);
		// not a service, "i volontari la vengono a trovare", "se serve una pattuglia la viene a prendere" (r38).
		String.raw`|\b(?:vedrai|vedra|vedrete|stai sicur[oa]|stia sicur[oa]) che (?:qualcuno|i vigili|la polizia|i carabinieri|gli agenti|una pattuglia) (?:ti|vi|la|lo) (?:viene|vengono|verra|verranno) a (?:trovare|cercare|prendere)\b|\b(?:commento|post|messaggio|screenshot|schermata)\b[^.!?\n]{0,30}?\b(?:lo|la|li|le) (?:porto|portero) (?:io )?(?:dritt[oa] |direttamente |subito )?(?:ai carabinieri|alla polizia(?! locale)|in procura|alla procura|in questura|dai carabinieri)\b|\b(?:ci pensi|pensaci|ci pensa|pensateci|ci pensate) due volte prima di (?:(?:scrivere|commentare)(?=\s*(?:[.,;:!?]|$))|dare (?:del|della|dei|delle|dello|degli)\b|insultare|accusare|offendere|lamentar\p{L}*)` +
		// Families EC to EF, after they were read (session 38): "la denuncia arriva a te, e ci metto un attimo a trovarti" (ED006);
		// not rescuers who "ci mettono un attimo a trovarti", nor a booking "ci metto un secondo a rintracciarla" (r38b).
		String.raw`|(?=ci (?:metto|mettiamo|metterei|metteremmo) )(?<=\b(?:denunc|querel|carabinier|polizi|vigil)\p{L}*\b[^.!?\n]{0,80})\bci (?:metto|mettiamo|metterei|metteremmo) (?:un attimo|poco|niente|un secondo|un minuto|due minuti) a (?:trovar|rintracciar|scoprir|beccar)(?:ti|vi)\b(?=\s*(?:[.,;:!?]|$))|\bla denuncia (?:arriva|arrivera|va) (?:dritta )?(?:a te|a voi)\b` +
		// Families EG to EJ, after they were read (session 38): "poi vediamo se ha ancora voglia di scrivere" (EH045), "quando ti
		// arriva a casa una bella denuncia" (EJ002); families EK to EN (session 38): "te lo diciamo una volta sola" (EN005),
		// "le conviene togliere la recensione prima che diventi un problema suo" (EM004); families EO to ER: "il suo nome è già
		// sulla scrivania dei carabinieri … vediamo chi ride per ultimo" (ER049); the first, after the reader's writing or a legal
		// word (not a wasps' nest, r38d); not "vediamo se hai ancora voglia di camminare", nor the tax "denuncia"
		// (r38c).
		// Family FO (FO044, session 39): "al prossimo messaggio così parte la denuncia, ti conviene stare tranquillo"; family
		// FR (FR004): "… segnalato ai Carabinieri, poi vediamo chi ride" ("per ultimo" left out; HN001's "poi vediamo davvero chi ride" was
		// withdrawn, r41f: a comedy night with the police band); family FW (FW013, session 40):
		// "… giriamo il commento ai carabinieri per diffamazione, poi vediamo chi si sveglia", after a complaint or a lawsuit
		// only (not the police closing roads for a race, "poi vediamo chi si sveglia prima", r40).
		String.raw`|\b(?:ti|le|vi) conviene stare (?:tranquill|buon|calm|zitt)\p{L}*` +
		// Family GA (GA015, session 40): "se si fa vedere dalle parti del comando ci troverà i carabinieri ad aspettarla"; not an
		// open day where "troverete la polizia ad aspettarvi", and "la denuncia gliela facciamo arrivare" was withdrawn (a copy
		// of a police report, r40b).
		// Family GM (GM042, session 40): to a journalist, "se la Gazzetta scrive di nuovo cifre inventate sul cantiere, il Comune
		// sporgerà querela"; not vandals ("se qualcuno scrive di nuovo sui muri, sporgeremo querela", r40e). "Smetterete di ricevere
		// i nostri comunicati" was withdrawn (how to unsubscribe, r40e).
		String.raw`|\bse\b[^.!?\n]{0,40}?\b(?:scrivi|scrivete|pubblichi|pubblicate|continui|continuate|(?:giornale|testata|gazzetta|quotidiano|redazione|blog) (?:scrive|pubblica|continua))\b[^.!?\n]{0,60}?\b(?:sporger\p{L}*|presenter\p{L}*) (?:querela|denuncia)\b` +
		String.raw`|\bse (?:si fa|ti fai|vi fate|si facesse|ti facessi) vedere\b[^.!?\n]{0,60}?\b(?:trovera|troverai|troverete) (?:i carabinieri|la polizia|i vigili|gli agenti|una pattuglia) ad aspettar(?:la|ti|vi|lo|li)\b` +
		String.raw`|(?=(?:vediamo|vedremo|poi vediamo|vedrai|vedra)\b)(?<=\b(?:carabinier|polizi|denunc|querel|procura|finanza|screenshot|schermat|bann|blocc|segnal|legal|avvocat)\p{L}*\b[^\n]{0,200}?)\b(?:vediamo|vedremo|poi vediamo|vedrai|vedra)(?: poi| allora)? se (?:(?:hai|ha|avete|avrai|avra|avrete) ancora (?:tanta |cosi tanta )?(?:voglia|il coraggio|la faccia) di (?:scrivere|commentare|insultare|offendere|accusare|dire|fare (?:lo|la|il) \p{L}+)|(?:ride|ridi|ridete|ridera|riderai) ancora)\b|\b(?:te|ve|glie) ?lo diciamo una volta sola\s*[:.!]|\b(?:ti|vi|la|lo) (?:avverto|avvertiamo|avviso|avvisiamo) una volta sola\s*[:.!]|\b(?:lo screenshot|la schermata) l'abbiamo (?:gia )?fatt[oa] e (?:lo|la) (?:giriamo|passiamo|mandiamo|inoltriamo) (?:volentieri |subito )?(?:alla|ai|al) (?:guardia di finanza|finanza|polizia|carabinieri|procura)|(?=vediamo (?:davvero |poi |bene )?chi ride)(?<=\b(?:carabinier|denunc|querel|procura)\p{L}*\b[^\n]{0,120})vediamo (?:davvero |poi |bene )?chi ride(?: per ultimo)?\b(?! (?:di )?piu\b)|(?=vediamo chi (?:si sveglia|la spunta|ha ragione))(?<=\b(?:denunc|querel|diffamazion)\p{L}*\b[^\n]{0,120})vediamo chi (?:si sveglia|la spunta|ha ragione)\b(?! prima)|\b(?:il (?:suo|tuo|vostro) nome|la (?:sua|tua|vostra) foto)\b[^.!?\n]{0,20}?\b(?:e )?(?:gia )?(?:sulla scrivania|in mano|nelle mani) (?:dei|del|della|di) (?:carabinieri|polizia|procura|magistrat\p{L}*)|(?=prima che diventi un problema)(?<=\b(?:recension|commento|post|querel|denunc|diffamaz|legal)\p{L}*\b[^.!?\n]{0,100})prima che diventi un problema (?:suo|tuo|vostro)\b|(?<!\bnon )\b(?:ti|le|vi) arriv\p{L}* (?:a casa )?una (?:bella )?(?:denuncia|querela)\b(?! (?:dei redditi|tari|imu|da (?:firmare|compilare)|di (?:inizio|variazione|cessazione|successione)))` +
		// Families IY to JB, after they were read (session 43): "poi vediamo davvero chi ride" after a report to the Carabinieri
		// (IZ019), widened in the alternative above, now only after a report, a complaint or the Carabinieri: not "vediamo chi ride
		// di più" at a police lesson for children (r43b), nor "poi vediamo davvero chi ride" after a match against the Polizia
		// locale (r41f); "le
		// conviene stare attento" was withdrawn (ice on a road, a scam SMS, r43b); "abbiamo salvato la recensione" (IY020) is in
		// CITIZEN_DOING below.
		// Families IQ to IX, after they were read (session 43), in the taunt above: "vediamo poi se hai ancora tanta voglia di
		// scrivere" (IT005), "così vediamo se ride ancora" (IS006); only after a threat (a report, a ban, the police), not a
		// writing course's "alla fine vediamo se hai ancora tanta voglia di scrivere" or a clown show (r43).
		// Families GW to GZ, after they were read (session 41): "un'altra parola e la denunciamo ai Carabinieri … così impara"
		// (GW045), not "così impari in cinque minuti". Withdrawn (r41b): GZ026's "fuori dal comando ci troverà pronti ad
		// accoglierla", which an open day's invitation says too.
		String.raw`|\bcosi (?:impari|impara|imparate|imparano)(?=\s*(?:[.!\u2026,;]|$))` +
		// Family HX, after it was read (session 42): checks promised as a punishment, aimed at the citizen, "dopo quello che ha
		// scritto su di Lei i controlli saranno particolarmente accurati" (HX028), "se vuoi che i controlli sul tuo furgone restino
		// tranquilli, ti conviene darti una calmata" (HX024); not the season's checks announced to all, "durante le feste i controlli
		// saranno particolarmente accurati".
		// Families KE to KH (session 45): "mi sono segnato nome e cognome" to a citizen who insulted (KF021).
		String.raw`|\b(?:mi sono|ci siamo) (?:segnat|annotat|appuntat)\p{L}* (?:il (?:suo |tuo )?)?(?:nome e cognome|nome|profilo)\b` +
		String.raw`|\b${AIMED_AT_YOU}[^.!?\n]{0,30}?\b(?:i |le |gli )?${CHECKS} ${STRICTER}|\b${CHECKS} ${AIMED_AT_YOU}[^.!?\n]{0,40}?\b${STRICTER}|\bse (?:vuoi|vuole|volete) che (?:i |le |gli )?(?:controll|verifich|ispezion|accertament|mult|vigili|agenti)\p{L}*\b[^.!?\n]{0,60}?\b(?:rest|riman)\p{L}* (?:tranquill|legger|pochi|poche|rar)\p{L}*`,
	'gu',
);

/**
 * Legal threats: right against a threat or a crime in the comment ("abbiamo segnalato il commento
 * alla Polizia Postale"), intimidating against a criticism ("ti denunciamo per diffamazione",
 * "stiamo valutando azioni a tutela della scuola", real reply v-001), "l'ufficio legale valuterà se querelarti"
 * (DR026), "se continui ti segnaliamo alla Polizia locale" to a citizen writing in capitals (EB016, session 38; "la
 * segnaliamo" only after the citizen's writing, not an abandoned car), "…può
 * essere diffamazione, e l'amministrazione valuterà se procedere per vie legali" to a reviewer (EJ011), "ne abbiamo
 * conservato copia e ci riserviamo di trasmetterla alla Guardia di Finanza" to a citizen who confessed (GD050, session 40),
 * "l'Amministrazione si riserva di agire nelle sedi competenti a tutela dei propri dipendenti" to a one-star review (GI039),
 * "l'Ente si riserva di tutelare il proprio personale nelle sedi opportune" (GP044), also "nelle sedi legali opportune"
 * (IW021, session 43, as LEGAL_STEP reads them); not against vandals, an aggressor or a
 * scam using the office's name (r40d, r40f); "al prossimo commento di questo tipo segnaliamo il profilo e valutiamo un esposto" (GP010);
 * "se ci riprovi ti faccio una bella segnalazione alla Polizia locale" (KF021, session 45), not "ti faccio io la segnalazione
 * all'ufficio tecnico" on the citizen's behalf, "se sulla Gazzetta esce una cifra
 * sbagliata … il Comune la querela" to a journalist (KF020); "il sindaco … stavolta querela te e la Gazzetta" (KK019, session 46), "la collega la
 * querela per diffamazione" to a reviewer (KN021), "poi ne parli con l'avvocato del Comune" (KO020), not "ne parli con un avvocato" as
 * advice.
 */
export const LEGAL_THREAT =
	/\b(?:(?:ti|vi|le|gli) (?:faccio|facciamo|faremo|faro) (?:una |un )?(?:(?:bella |bel )(?:segnalazione|denuncia|esposto|querela)|denuncia|esposto|querela)\b|(?:il comune|l'amministrazione|l'ente|l'azienda|il sindaco|la sindaca|(?:la|il) collega|l'impiegat[oa]|l'operat(?:ore|rice)) (?:la|lo|vi|ti|li|le) (?:querela|querelera|denuncera)\b|\b(?:querel|denunc)(?:a|era|iamo|eremo|ano|eranno) (?:proprio |anche |pure )?te\b|\bne (?:parli|parla|parlate|parlerai|parlera|parlerete) (?:con|davanti a) (?:l'avvocato (?:del comune|dell'ente|dell'azienda)|il nostro avvocato|i nostri (?:avvocati|legali)|l'ufficio legale|il giudice|un giudice)\b|(?:ti|vi|la|le|lo) (?:denunc(?:iamo|eremo|erò|ero|io)|querel(?:iamo|eremo|o|ero))|(?:ti|vi|(?=l[ao] segnal)(?<=\bse (?:ne )?(?:leggiamo|vediamo|scrivi|scrive|continui|continua|insisti|insiste|ci riprov\p{L}*)\b[^.!?\n]{0,40}?)(?:la|lo)) (?:segnaliamo|segnaleremo) (?:alla|ai|al|all') ?(?:polizia(?: locale| municipale| postale)?|vigili|carabinieri|forze dell'ordine|autorita|procura)|(?=querelar|denunciar)(?<!\b(?:puo|possono|potrebbe|potrebbero|qualcuno|chi|quando)\b[^.!?\n]{0,15})(?:querelar|denunciar)(?:ti|vi)\b|(?:sara|sarai|sarete|verra|verrai|verrete) (?:denunciat[oaie]|querelat[oaie])|(?:ne )?(?:risponderai|rispondera|risponderete) (?:in tribunale|davanti al giudice|nelle sedi (?:legali |giudiziarie )?(?:opportune|competenti))|ci vediamo in tribunale|(?:altrimenti|senno|se no|o) (?:lo |la |li |le |ti |vi )?(?:giriamo|gireremo|segnaliamo|segnaleremo|mandiamo|manderemo|denunciamo|denunceremo)(?: noi)? (?:alla|ai|al|all') ?(?:guardia di finanza|finanza|polizia(?: locale| postale| municipale)?|carabinieri|procura|agenzia delle entrate|autorita)|(?:aspettati|si aspetti|aspettatevi) (?:una|la) (?:denuncia|querela)|ci riserviamo di (?:trasmetter|inoltrar|girar|segnalar|mandar|inviar)\p{L}* (?:alla|al|ai|all') ?(?:guardia di finanza|finanza|polizia|carabinieri|procura|ispettorato|agenzia delle entrate|autorita)|\bal prossimo (?:commento|messaggio|post|insulto)\b[^.!?\n]{0,60}?\b(?:segnaliamo|segnaleremo|denunciamo|denunceremo|querel\p{L}*|(?:un |l')esposto)\b|(?:ci riserviamo|si riserva) di tutelare (?:il (?:proprio |suo |nostro )?personale|i (?:propri |suoi |nostri )?dipendenti)\b[^.!?\n]{0,20}?\b(?:nelle sedi (?:legali |giudiziarie )?(?:opportune|competenti)|per vie legali|legalmente|in giudizio)\b(?![^.!?\n]{0,40}\b(?:aggress\p{L}*|ignoti|violenz\p{L}*|parte civile)\b)(?<!\b(?:aggress|violenz|minacc)\p{L}*\b[^.!?\n]{0,160})|(?=(?:ci riserviamo|si riserva) di (?:agire|procedere))(?<!\b(?:ditta|impresa|societa|appaltator\p{L}*|fornitor\p{L}*|gestore|contratto)\b[^.!?\n]{0,80})(?:ci riserviamo|si riserva) di (?:agire|procedere)\b[^.!?\n]{0,20}?\b(?:nelle sedi (?:legali |giudiziarie )?(?:opportune|competenti)|per vie legali|legalmente|in giudizio)\b(?=[^.!?\n]{0,20}\ba tutela (?:dei (?:propri |suoi |nostri )?dipendenti|del (?:proprio |suo |nostro )?personale|degli operatori)\b)|\b(?:il tuo|il suo|il vostro) (?:l'|lo )(?:abbiamo|ho) (?:gia )?salvat\p{L}*|(?:il (?:tuo|suo|vostro) (?:profilo|commento|post|messaggio)|la schermata(?: del (?:tuo |suo |vostro )?commento)?|lo screenshot)\b[^.!?\n]{0,25}?\b(?:lo |la |li |l')?(?:giriamo|gireremo|abbiamo girat\p{L}*|mandiamo|manderemo|trasmettiamo|inoltriamo|passiamo|passeremo|finisce|finira|va|andra)\b(?: dritt[oa]| direttamente| subito)? (?:alla|alle|ai|al|all') ?(?:guardia di finanza|finanza|polizia(?: locale| postale| municipale)?|carabinieri|procura|agenzia delle entrate|vigili|autorita)|(?:ti|vi|la|le) (?:aspettiamo|attendiamo) in tribunale|(?:abbiamo|ho) (?:gia )?(?:segnalato|inoltrato|girato|denunciato|trasmesso|passato) (?:il tuo|il suo|il vostro|questo|quel) (?:commento|post|messaggio|profilo) (?:(?:al|all'|alla|ai|agli|alle) ?[^.!?\n,]{0,30}? e )?(?:alla |alle |ai |all')?(?:polizia postale|polizia|carabinieri|autorita|forze dell'ordine|procura|guardia di finanza|finanza|agenzia delle entrate|ispettorato del lavoro)|(?<!\bchi\b[^.!?\n]{0,60})rischi(?:a|ando|ate|ano)? (?:pure |anche |cosi )?(?:una )?(?:querela|denuncia)|(?:siamo|sono) costrett[oaie] a (?:inviare|fare|trasmettere) (?:una )?segnalazione|(?:controllo|controlli|verifiche|ispezione|ispezioni) (?:di|su|a) (?:tuo|suo|vostro) (?:figli[oa]|marito|moglie|famiglia)|(?:procederemo|agiremo) (?:per vie legali|legalmente|in sede (?:civile|penale)) (?:contro di (?:te|lei|voi)|nei (?:tuoi|suoi|vostri) confronti)|(?:segnalare|segnaleremo|segnaliamo|denunciare) (?:il (?:tuo|suo|vostro) profilo|lei|te|voi) (?:alle |alla |ai |all')?(?:autorita(?: competenti)?|polizia postale|polizia|carabinieri|forze dell'ordine|procura)|(?:valutat|perseguit|esaminat)\p{L}* (?:anche )?in (?:altre sedi|sede (?:legale|giudiziaria|civile|penale)|tribunale)|(?=valutera|valuteranno|valuteremo|sta |stiamo |stanno )(?<=\b(?:diffamazion|recension|commento|definire|dare del|dare della)\p{L}*\b[^.!?\n]{0,120})(?:valutera|valuteranno|valuteremo|sta (?:gia )?valutando|stiamo (?:gia )?valutando|stanno (?:gia )?valutando) se (?:(?:procedere|agire)(?: (?:per vie legali|legalmente|in sede (?:legale|civile|penale))\b|(?=\s*[:;.,]))|(?:trasmetterl|girarl|inoltrarl|denunciar|querelar)\p{L}*\b)|\brisponderne (?:in sede (?:penale|civile|legale|giudiziaria)|in tribunale|davanti al giudice)\b|(?=stiamo valutando|valuteremo|valutiamo|ci riserviamo|si riserva|intraprenderemo|avvieremo|adotteremo)(?<!\b(?:ditta|impresa|societa|appaltator\p{L}*|fornitor\p{L}*|gestore|contratto)\b[^.!?\n]{0,80})(?:stiamo valutando|valuteremo|valutiamo|(?:ci riserviamo|si riserva)(?: di (?:intraprendere|valutare|adottare))?|intraprenderemo|avvieremo|adotteremo) (?:ogni |le |eventuali |opportune |tutte le |le opportune |le dovute )?(?:azion[ei]|iniziativ[ae]|vie|misure) (?:legal[ei]|giudiziari[ae]|a tutela|nelle sedi (?:legali |giudiziarie )?(?:opportune|competenti))(?![^.!?\n]{0,40}\b(?:ditta|impresa|societa|appaltator\p{L}*|fornitor\p{L}*|gestore|salute pubblica|della salute|dell'ambiente|ignoti|responsabili|interesse pubblico|dell'ente|erari\p{L}*)\b))/gu;

/**
 * Threatening to block a citizen who has not offended anyone: "non rispondete al posto nostro o
 * dobbiamo bloccarvi", "un altro commento urlato così e ti blocchiamo", "un'altra uscita del genere
 * e ti blocchiamo" (families CF to CH): a word for the citizen's writing, then "ti" or "vi"; not
 * "ancora un giorno di pazienza e vi segnaliamo la data", nor a third party's link blocked ("lo
 * blocchiamo", reviewers' look-alikes r33b); "con le maiuscole e le accuse si rischia il ban" to a worried citizen (FZ040,
 * session 40), not a PIN or a turnstile where "si rischia il blocco" (r40b); "se continui così siamo costretti a bloccarti dalla
 * pagina" to a grieving daughter (HI050, session 41), not an app that blocks a PIN (r41e); "alla prossima urlata così ti
 * blocchiamo dalla pagina" (IM040, session 42), not "alla prossima apertura ti blocchiamo la vecchia carta" (r42f); "ancora un comizio qui sotto e ti
 * banniamo a vita" to a voter asking about his card (JK021, session 44); "in caso di ulteriori commenti di questo tenore, provvederemo
 * a bloccare il profilo" to a grieving citizen (JZ020, session 45); "un altro commento in maiuscolo contro gli uffici e blocchiamo il
 * tuo profilo" (KB021). Against insults, warning that the policy allows a block is moderation.
 */
export const BLOCK_THREAT =
	/\b(?:si rischia (?:il ban|di essere bannat\p{L}*)\b|in caso di (?:ulterior|altr|nuov)\p{L}* (?:commenti|messaggi|post|uscite) (?:di questo (?:tenore|tipo|genere)|del genere|simili|come (?:questo|il suo|il tuo))\b[^.!?\n]{0,40}?\b(?:bloccar|bannar|escluder|oscurar)(?:e|ti|vi|la|lo) (?:il (?:suo |tuo )?profilo|l'account|dalla pagina|dai commenti)|la prossima volta (?:ti|vi|la|lo) (?:blocchiamo|bloccheremo|banniamo|banneremo|cacciamo|escludiamo)|alla prossima\b[^.!?\n]{0,30}? (?:ti|vi) (?:blocchiamo|bloccheremo|banniamo|banneremo|cacciamo|escludiamo)\b(?!\s+(?:la|il|lo|i|le|gli|l'|un|una|uno)\b)|se (?:continui|continua|continuate|insisti|insiste|insistete|riprovi|riprova|scrivi ancora|scrive ancora)\b[^.!?\n]{0,80}?\b(?:(?:ti|vi|la|lo) (?:blocchiamo|bloccheremo|banniamo|banneremo|cacciamo|escludiamo)|(?:bloccar|bannar|escluder)(?:ti|vi|la|lo) (?:dalla pagina|dal profilo|dai commenti|dal gruppo|dalla chat)\b)|(?:ancora|un'altra|un altro) (?:[\p{L}']+ ){0,2}?(?:commento|uscita|parola|insulto|post|messaggio|frase|battuta|polemica|recensione|comizio|provocazione|sfogo|predica)\b(?: [\p{L}']+){0,5}? e (?:(?:ti|vi|la) (?:blocchiamo|blocchero|banniamo|bloccheremo|bannero|banneremo|segnaliamo|denunciamo|cacciamo|escludiamo)|(?:blocchiamo|bloccheremo|banniamo|banneremo|oscuriamo) (?:il (?:tuo|suo|vostro) profilo|l'account))|(?:ancora|un'altra|un altro) (?:una parola|parola|commento|insulto|post|messaggio)(?: del genere| come questo| simile| cosi)? e (?:ti|vi|la|lo|li) (?:blocchiamo|blocchero|banniamo|bloccheremo|bannero|segnaliamo|denunciamo)|(?:un'altra|un altro) (?:cosi|del genere|simile|uguale) e (?:ti|vi|la|lo|li) (?:blocchiamo|blocchero|banniamo|bloccheremo|bannero|segnaliamo|denunciamo)|(?:o|oppure|altrimenti|senno|se no) (?:(?:dobbiamo|dovremo|(?:saremo|siamo) costrett[ie] a|ci (?:vediamo|vedremo) costrett[ie] a) bloccar(?:vi|ti|la|lo|li)|(?:vi|ti|la|lo|li) blocc(?:hiamo|heremo))|(?:commenti|messaggi|post) come (?:il suo|il tuo|il vostro|questo|questi) (?:verranno|saranno) (?:segnalat|bloccat|rimoss|cancellat)\p{L}*|(?:il )?(?:suo|tuo|vostro) profilo (?:verra|sara) (?:bloccat|bannat|segnalat)\p{L}*|al prossim[oa] (?:commento|messaggio|post|insulto)\b[^.!?\n]{0,40}\b(?:(?:saremo|siamo|sarete) costrett[ie] a )?(?:bloccar|bannar|segnalar|bloccat|bannat)\p{L}*|al prossim[oa] (?:commento|messaggio|post|insulto)\b[^.!?\n]{0,30}\b(?:ti|vi|la|lo) (?:blocchiamo|bloccheremo|banniamo|banneremo|cacciamo|escludiamo)|(?:alla prossima |al prossimo (?:commento |messaggio |post )?|\bse\b[^.!?\n]{0,60}?)\b(?:ti|vi) (?:blocchiamo|bloccheremo|banniamo|banneremo|cacciamo|escludiamo)(?! (?:il|la|lo|i|le|gli|l'|un|una) ?(?:post|data|date|prenotazion|appuntament|turn|tesser|cart|pagament|addebit|bollett|rat|domand|iscrizion)))\b/gu;

/**
 * A legal or police step, or where it leads: the first half of a legal threat against the citizen
 * (reply/threats.ts). "Polizia locale" is the Comune's own service, often named for other reasons
 * ("il post della Polizia locale"); "diffamazione" alone names what an insult may be, a warning
 * a real page published (real reply e-005), not a step taken. For the Polizia locale, see COMMENT_TO_POLICE.
 */
export const LEGAL_STEP =
	/\b(?:(?:alla|alle|ai|al|all'|agli|allo|davanti a(?:l| un| una)?|in|nelle|per|dai|dalla|dal|tramite(?: un| il| i)?|attraverso(?: un| il| i)?)\s*(?:nostr[oaie] )?(?:polizia postale|polizia(?! locale)|carabinieri|guardia di finanza|ufficio legale|legali|avvocat\p{L}*|avvocatura|giudice|tribunale|procura|autorita(?: competenti)?|forze dell'ordine|sedi (?:legali |giudiziarie )?(?:opportune|competenti)|sedi (?:legali|giudiziarie)|vie legali)|querel\p{L}*|denunc\p{L}*|diffamazion\p{L}*|costar\p{L}* car[oa])\b/gu;

/**
 * The citizen's own writing or doing, in the same sentence as a legal step: the second half; not
 * where it only says where something was found or thanks for it ("il link che ci ha indicato nel
 * suo messaggio", "grazie al tuo commento abbiamo segnalato quel profilo falso").
 * "il suo commento è stato segnalato alla Polizia postale", "se non lo togli entro stasera lo
 * giriamo al nostro ufficio legale", "riprovaci e ti segnaliamo alla Polizia Postale", "dare del
 * ladro a un ente pubblico può costarLe caro" (families BZ to CD), "è diffamazione: abbiamo salvato il post e
 * l'ufficio legale valuterà" (DV026), "li abbiamo già salvati con tanto di schermata: un altro commento così e giriamo
 * tutto alla Polizia postale" (EU038, session 39); not advice on a scam, "al prossimo messaggio simile … segnalalo alla
 * Polizia postale" (r39b); "se ne scrivi altre di questo tipo valuteremo una querela per diffamazione" (EZ045), "scrivere
 * in pubblico che una dipendente è «scocciata» può configurare diffamazione … nelle sedi legali opportune" (FA049),
 * "commento screenshottato e già girato alla Polizia postale: preparati a una bella denuncia" (FG001), "… che valuterà se
 * procedere per diffamazione: le consigliamo di rivedere il testo" (FL040), which is no advice on reporting; "querelate per
 * diffamazione: pesi le parole prima di scrivere" (GT004), "definire «scocciata» una nostra dipendente … può configurare
 * diffamazione" (GV023), "se la recensione non verrà modificata" (GS032, session 41); "il nostro ufficio legale ha già la
 * schermata e da una querela non la salva nessuno" (GY025), not "ci pensi bene", advice to a victim deciding whether to
 * report (r41b); "se scrivi un'altra volta «fannulloni» … la segnalazione alla Polizia postale" (HI007); "… può costarle
 * una querela per diffamazione" (HM008), not the policy recalled to all, "diffamare un dipendente … può portare a una
 * denuncia" (r41f); "commenti urlati e aggressivi come il tuo possono portare al blocco … e alla segnalazione alle autorità"
 * (IC012, session 42), the comment pointed at by "come il tuo"; to a journalist, "se ricapita l'amministrazione è pronta ad
 * andare per vie legali contro la testata e contro chi firma il pezzo" (IM047); "se non la modifichi passiamo la cosa ai nostri
 * avvocati" (JY020, session 45), "in caso di ulteriori commenti di questo tenore … una segnalazione alle autorità" (JZ020).
 */
export const CITIZEN_DOING =
	/(?<!\b(?:nel|nella|nei|nelle|dal|dalla|dai|sul|sulla|sui|col|con il|con la|con i|con le|da|di|al|alla|ai|alle|agli) )\b(?:(?:il |la |i |le |questo |questa |quel |quella )?(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre) (?:commento|commenti|post|messaggio|messaggi|recensione|recensioni|parole|frase|frasi|uscita|uscite|insulto|insulti|accuse|profilo)|se (?:ne )?(?:scrivi|scrive|scrivete|pubblichi|pubblica|pubblicate|posti|posta) (?:altr[ei]|ancora|un'altra volta|di nuovo)\b|(?:preparati|si prepari|preparatevi) a\b|(?:ti|le|vi) consigli\p{L}* di (?:rivedere|modificare|cancellare|rimuovere|togliere|correggere|riformulare|moderare) (?:il |la |quel |quella |i |le )?(?:testo|commento|commenti|recensione|post|messaggio|parole|toni)\b|(?:commento|commenti|post|messaggio|messaggi) (?:screenshottat|salvat|fotografat|catturat)\p{L}*|scrivere (?:in pubblico |sui social |su (?:facebook|google|internet) )?che (?:un[oa] |il |la |i |le |l')?(?:nostr[oaie] )?(?:dipendent|impiegat|operator|collega|colleghi|personale|funzionari|vigil|agent)\p{L}*|in caso di (?:ulterior|altr|nuov)\p{L}* (?:commenti|messaggi|post|recensioni|uscite) (?:di questo (?:tenore|tipo|genere)|del genere|simili|come (?:questo|il suo|il tuo))|se (?:continui|continua|continuate|non (?:lo |la |li |le )?(?:modific|rettific|correg|ritir)\p{L}*|non (?:lo |la )?togli(?:e|ete)?|non (?:lo |la )?rimuov\p{L}*|non (?:lo |la )?cancell\p{L}*|ci riprov\p{L}*|lo rifai|lo rifa|insisti|insiste)|(?:pesi|pesa|pesate|misuri|misura|misurate) (?:bene )?le (?:sue |tue |vostre )?parole|(?:la|ti|vi|lo|li|le) salv(?:a|era|ano) nessuno\b|definire (?:\S+ ){0,2}(?:(?:un[oa]?|il|la|i|le) |l')?(?:nostr[oaie] )?(?:dipendent|impiegat|operator|collega|colleghi|colleghe|personale|funzionari|vigil|agent)\p{L}*|(?:commenti|messaggi|post) (?:[\p{L}']+ ){0,4}?come (?:il tuo|il suo|il vostro|i tuoi|i suoi|i vostri|questo)\b|se (?:ricapita|capita ancora|succede (?:ancora|di nuovo)|si ripete)\b|contro (?:la (?:vostra |sua |tua )?testata|il (?:vostro |suo |tuo )?giornale|chi (?:firma|scrive|ha scritto|ha firmato))\b|riprovaci|un'altra uscita|un altro (?:commento|post|insulto) (?:cosi|del genere|simile|come questo)|un'altra (?:frase|offesa|parola) (?:cosi|del genere|simile|come questa)|(?:li|le) (?:abbiamo|ho) (?:gia )?salvat[ie]|(?:abbiamo|ho) (?:gia )?salvat[oaie] (?:il|i|la|le|lo) (?:post|commento|commenti|screenshot|schermata|messaggio|messaggi|recensione|recensioni)\b|(?:ti|vi) (?:(?:abbiamo|ho|hanno) (?:gia )?)?(?:segnal|denunc|querel|port|blocc)\p{L}*(?! che\b)|costar(?:ti|le|vi|gli) car\p{L}*|costar(?:ti|le|vi) (?:una|la) (?:querela|denuncia)\b|(?:ti|vi) (?:chied|chiederemo|chiedera)\p{L}* (?:la )?(?:rettifica|(?:i )?danni|(?:un |il )?risarciment\p{L}*)|dare (?:del|dei|della|delle|dello|degli) \p{L}+|contro di (?:te|lei|voi)|nei (?:tuoi|suoi|vostri) confronti|(?:il tuo|il suo|il vostro) (?:e|e gia|e stato|e gia stato) (?:stato )?(?:segnalat|girat|inoltrat|denunciat|trasmess)\p{L}*|se (?:la|il) (?:tua |sua |vostra |tuo |suo |vostro )?(?:recensione|commento|post|messaggio) (?:resta|rimane|restera|rimarra|non (?:verra|sara|viene|e) (?:modificat|corrett|rimoss|cancellat|ritirat|rettificat)\p{L}*))\b/u;

/**
 * A sentence about reporting as advice or about someone else: how to report a theft or a scam
 * ("puoi fare denuncia", "si rivolga ai Carabinieri", "le consigliamo di salvare gli screenshot…"),
 * a threat the comment made, an appeal to the judge against a fine. A step denied is LEGAL_DENIAL below.
 */
export const NO_LEGAL_THREAT =
	/\b(?:(?:puoi|puo|potete|devi|deve|dovete|fai|faccia|fate|presenta|presenti|presentate|presentare|sporgere|sporgi|sporga|sporgete|fare) (?:(?:una|la|subito|anche|pure) )?(?:denuncia|querela|segnalazione|ricorso)|rivolg(?:iti|ersi|etevi)|si rivolga|(?:ti|le|vi) consigli\p{L}*(?! di (?:rivedere|modificare|cancellare|rimuovere|togliere|correggere|riformulare|moderare)\b)|(?:ti|le|vi) suggeri\p{L}*|contro ignoti|smarriment\p{L}*|ricorso|truff\p{L}*|minacc\p{L}*)\b/u;

/**
 * The office keeping a legal step in reserve, or weighing it: with a legal step and a harm done by words in the same
 * sentence it is aimed at the writer, whatever words name the writing (reply/threats.ts). Families JG to JN (session 44)
 * wrote it to a one-star review in four new ways, as ten families before them had on the same exercise: "parlare così di
 * una nostra dipendente è diffamatorio: se non la modifica entro 48 ore ci riserviamo di procedere per vie legali" (JG021),
 * "può configurare diffamazione: valuteremo se tutelare la collega nelle sedi opportune" (JH020), "le affermazioni sulla
 * dipendente sono lesive della sua immagine professionale e l'Amministrazione si riserva di tutelarla nelle sedi
 * competenti" (JN020); to a journalist, "se nel pezzo la Gazzetta scrive inesattezze … il Comune valuterà una querela per
 * diffamazione" (JJ020).
 */
export const OFFICE_RESERVES =
	/\b(?:ci riserviamo|ci riserveremo|si riserva|si riservano|riservandoci|valuteremo|valutera|valuteranno|stiamo valutando|sta valutando|procederemo|procedera|agiremo|agira|sporgeremo|sporgera|tuteleremo|tutelera)\b/u;

/**
 * The citizen's insulting comment handed to the Comune's own police, read only under an offensive comment: "'fannulloni'
 * vallo a dire ai vigili: il tuo commento l'abbiamo già girato alla Polizia locale" (KC020, session 45). Under a report it
 * is the report passed on ("il tuo commento l'abbiamo girato alla Polizia locale, che intensifica i controlli", r45c).
 */
export const COMMENT_TO_POLICE =
	/\b(?:(?:il )?(?:tuo|suo|vostro) (?:commento|post|messaggio|insulto)|(?:i )?(?:tuoi|suoi|vostri) (?:commenti|messaggi|insulti))\b[^.!?\n]{0,40}?\b(?:girat|passat|inoltrat|mandat|trasmess|segnalat)\p{L}* (?:gia |anche |subito )?(?:alla|ai) (?:polizia locale|polizia municipale|vigili)\b/gu;

/** A harm done by words, the other half: defamation, a reputation hurt, staff to protect from what was written. */
export const SPEECH_HARM =
	/\b(?:diffam\p{L}*|lesiv[oaie]|(?:sua|loro|nostra) (?:immagine|reputazione|onorabilita)|inesattezz\p{L}*|(?:tutelar|difender)(?:e|la|lo|li|le) (?:la |il |i |le |lo |l')?(?:nostr[oaie] )?(?:collega|colleghi|colleghe|dipendent\p{L}*|personale|operat\p{L}*|impiegat\p{L}*)|a tutela (?:del|della|dei|delle|degli) (?:nostr[oaie] )?(?:collega|colleghi|colleghe|dipendent\p{L}*|personale|operat\p{L}*|impiegat\p{L}*))/u;

/** Someone else a legal step may be aimed at: a scam, a fake profile, unknown authors, anyone at all. */
export const OTHER_TARGET = /\b(?:truff\p{L}*|profil[oi] fals\p{L}*|account fals\p{L}*|ignot[io]|chiunque|terzi)\b/u;

/**
 * A legal step denied: "nessuno la girerà ai nostri legali", "non c'è nessuna segnalazione all'ufficio legale", "non è
 * diffamazione". It counts only before the step, in its sentence (reply/threats.ts): after it, "nessuno" is no denial ("da una
 * querela non la salva nessuno", GY025). A denial inside an "if" is a condition: "se la recensione non verrà modificata
 * l'ufficio valuterà di tutelarsi nelle sedi opportune" (GS032, session 41).
 */
export const LEGAL_DENIAL =
	/\b(?:nessun[oa]?|(?=non )(?<!\bse\b[^.!?\n,;:]{0,40})non (?:c'e|ci sara|ci sono|verra|verrai|sara|sarai|abbiamo|faremo|vogliamo|intendiamo)|non e (?:una )?diffamazion\p{L}*)\b/u;

/**
 * Telling the citizen to weigh their words: "valuti bene cosa scrive", "pensaci bene a quello che
 * scrivi", "attenta a come commenti" (family CF), the words closing the clause or aimed at people.
 * Advice on what to write in a form names the form ("pensa bene a cosa scrivi nella domanda di
 * bonus", "attento a come scrivi l'IBAN", reviewers' look-alikes r33b) or has an infinitive.
 */
export const WATCH_YOUR_WORDS =
	/\b(?:valut\p{L}*|pes\p{L}*|pens\p{L}*|rifletti|rifletta|riflettete|misur\p{L}*|attent[oaie]|occhio)(?: bene| attentamente| due volte)?(?: a| su)? (?:cosa|quello che|quel che|cio che|come|le parole che) (?:scrivi|scrive|scrivete|dici|dice|dite|pubblichi|pubblica|pubblicate|commenti|commenta|commentate)\b(?=\s*(?:[.!?;,\u2026]|$)|\s+(?:qui|su questa pagina|sui social|in pubblico|di (?:noi|me|lui|lei|loro|altri)|(?:dei|del|della|degli|delle) (?:nostr|dipendent|collegh|personale|operator|vigil))\b)/gu;
