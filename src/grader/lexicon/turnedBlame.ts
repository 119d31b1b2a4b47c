// Part of the mockery lexicon (lexicon/mockery.ts), kept apart for its length: same rules, each entry a whole
// expression on folded text, with a witness in tests/unit/grader/lexicon/mockery.test.ts in the same order.

/** Not praise passed on after "detto da …": "detto da lei è un grande regalo", "… vale doppio" (r42d, session 42). */
const NOT_PRAISE_AFTER = String.raw`(?![^.!?\n]{0,80}\b(?:vale doppio|piacere|complimento|riconosciment|regalo|orgoglio|onore|soddisfazion)\p{L}*)`;

/** Blame turned on the citizen: whataboutism, "senti chi parla", doubt about their word, the fault put on them ("invece di lamentarsi…", "come fanno tutti", "se davvero l'ha fatto"). */
export const TURNED_BLAME_FORMS = [
	// II023's "invece di prendersela sempre con l'Ufficio manutenzioni" (session 42) was left: "invece di accusare il gestore
	// riconosciamo che l'errore è nostro" is the office's own (r42e).
	String.raw`invece di (?:ripetere|inveire|insultare|lamentar\p{L}*|polemizzare|criticare|sparare)`,
	String.raw`(?:e|sei|siete|sono) (?:troppo|tanto) impegnat[oaie] a`,
	String.raw`(?<!\b(?:abbiamo fatto|ho fatto|facciamo|abbiamo fatto proprio) (?:una |delle )?)(?:pessime|pessima|brutte|brutta) figur[ae](?![^.!?\n]{0,40}\b(?:ci scusiamo|scusate|scusaci|ci scusi|ci dispiace|nostr\p{L}*|colpa nostra|lo ammettiamo|ammettiamo|per la citta|per il comune|per noi))`,
	String.raw`continua(?:te|i)? pure a (?:ridere|scherzare|lamentar\p{L}*|criticare|polemizzare|insultare)`,
	String.raw`\ba chi (?:solo )?per (?:invidia|gelosia|partito preso|denigrare)`,
	String.raw`\bdetto da (?:uno|una|gente|chi|te|lei|voi) (?:che|come)\b${NOT_PRAISE_AFTER}`,
	String.raw`\bsenti chi parla\b`,
	String.raw`\bda che pulpito\b`,
	String.raw`\b(?:la|il|lo|le|i|gli|l')\s?\p{L}{4,} (?:la|lo|le|li|l') ?(?:racconti|racconta|raccontate) (?:tu|lei|voi)\b`,
	String.raw`\b(?:immagin|suppon|scommett)\p{L}* (?:che )?(?:tu|lei|voi)\b[^.!?\n]{0,30}\b(?:ne )?(?:faccia|fai|fa|fate|facciate|faresti|farebbe|fareste|sappia|sai|sa|sapete|sappiate|sapresti|saprebbe|sapreste) (?:molto |ben |decisamente |sicuramente )?(?:di piu|meglio)\b`,
	String.raw`\bvot(?:a|i|ate|asse|assi|aste) meglio\b`,
	String.raw`\b(?:tu|lei|voi) invece (?:cosa|che cosa|che) (?:fai|fa|fate|hai fatto|ha fatto|avete fatto|proponi|propone|proponete)\b`,
	String.raw`\bse (?:tu |lei |voi )?(?:ti |si |vi )?\p{L}+(?:ssi|sse|ste)\b[^.!?\n]{0,40}\bnon (?:avresti|avrebbe|avreste) (?:(?:di )?questi |tutti questi |alcun )?problem\p{L}*`,
	String.raw`\bevidentemente anche (?:lei|tu|voi)\s*(?:[.!]|$)`,
	String.raw`\bnon e colpa nostra se (?:lei|tu|voi)\b`,
	String.raw`\b(?:cosa|qualita|dote|virtu) che a (?:lei|te|voi) (?:evidentemente |purtroppo |chiaramente )?manca\b`,
	String.raw`\ba differenza di (?:chi (?:scrive|insulta|critica)|qualcuno)\b(?!\s+(?:gia|un po'?|da zero|bene)\b)`,
	String.raw`\b(?:lei|tu) (?:trova|trovi) sempre (?:il modo|qualcosa|da ridire)\b`,
	String.raw`\bc'e sempre qualcuno (?:a cui|che) non (?:va|vanno|piace|piacciono) (?:bene )?(?:niente|nulla|mai)\b`,
	String.raw`\b(?:e )?piu (?:facile|comodo) (?:scrivere|commentare|lamentarsi|criticare)\b`,
	String.raw`\bdall'altra parte dello schermo\b`,
	// Not equal treatment granted: "puoi pagarla a rate esattamente come fanno tutti gli altri contribuenti" (r38b).
	String.raw`(?=come fanno tutti\b)(?<!\b(?:puoi|puo|potete|possono)\b[^.!?\n]{0,60})\bcome fanno tutti\b`,
	String.raw`\bse davvero (?:lo |l')?(?:ha|hai|avete|aveste|avesse)\b`,
	String.raw`\b(?:strano|curioso|buffo) come (?:tutti|nessuno)\b`,
	String.raw`\binvece di (?:indignar\p{L}*|commentare)\b`,
	String.raw`\b(?:indignar\p{L}*|lamentar\p{L}*|commentare|criticare) dalla tastiera\b`,
	String.raw`\balle prossime elezioni (?:potra|potrai|potrete|puo|puoi|potete) votare\b(?=[^.!?\n]{0,30}\b(?:diversamente|altrimenti|qualcun altro|chi (?:vuole|preferisce|crede)|di conseguenza|come crede|come credi)\b)`,
	String.raw`(?:^|[.!?,;]\s*)e secondo (?:lei|te|voi)\b(?=[^.!?\n]{0,80}\b(?:dovrebbe|dovrebbero|dovremmo|dovrei|dovreste|avremmo dovuto|avrebbero dovuto)\b)(?![\s\S]*\b(?:scrivici|scriveteci|ci scriva|dicci|diteci|ci dica|raccontaci|proponi|proponete|suggerisci|suggerite|fateci sapere|facci sapere|ci faccia sapere|partecipa|partecipate)\b)[^.!\n]{0,100}\?`,
	String.raw`\bnon (?:e|era|sia|fosse) (?:poi )?cosi \p{L}+ come (?:pensa|crede|pensi|credi|pensate|credete|dice|dici)\b`,
	String.raw`\b(?:ti|la|le|vi) (?:prenderebbero|prenderemmo|prenderebbe) (?:piu |un po'? piu )?sul serio\b`,
	String.raw`\bquando (?:fa|faceva|fara) comodo a (?:te|lei|voi|loro)\b`,
	// Not praise passed on: "gli farà piacere, soprattutto detto da chi alle 7 era già in viaggio" (IE045, session 42),
	// "detto da uno che la frequenta da 40 anni vale doppio", "detto da lei è un grande regalo" (r42d).
	String.raw`\b(?=dett)(?<!\b(?:soprattutto|specialmente|tanto piu|ancor piu|ancora piu|a maggior ragione),?\s)(?<!\bpiacere\b[^.!?\n]{0,30})(?:dett[oa]|dett[ie]) da (?:uno|una|gente|chi|te|lei|voi)\b${NOT_PRAISE_AFTER}`,
	String.raw`\b(?:alla faccia di|con buona pace di) (?:chi|quelli che|quanti|coloro che|tutti quelli che)\b`,
	// Family GD (GD022, session 40): "se uno si riduce all'ultimo giorno poi non può prendersela con gli altri"; not "se uno
	// si riduce all'ultimo giorno può trovare attese lunghe" (r40c); "poi non può prendersela col Comune" (GM036).
	String.raw`\b(?:poi )?non (?:puo|puoi|potete) (?:poi )?prender(?:sela|tela|vela) (?:con gli altri|col comune|con il comune|con noi|con gli uffici|con l'ufficio|con (?:il )?mondo(?: intero)?|con tutti)\b`,
	// "Ridursi all'ultimo" told to the citizen for next time ("la prossima volta conviene non ridursi all'ultimo giorno 😉",
	// AK017, after the portal failed) or as their choice (EC013); not advice to all ("per non ridursi all'ultimo momento si
	// può prenotare online", "conviene non ridursi all'ultimo: in estate le richieste aumentano", r40), nor reassurance, "chi si è
	// ridotto all'ultimo giorno non perde nulla" (session 46), or an opening "proprio per chi si riduce all'ultimo giorno" (r46b).
	String.raw`\b(?<!\b(?:proprio|anche|apposta|soprattutto|pensat\p{L}*) per )(?:chi si riduce|chi si e ridott\p{L}*|chi si riducono|ci si riduce|vi riducete|ti riduci|si e ridott\p{L}*|(?=ridursi)(?<=\bprossima volta\b[^.!?\n]{0,40})ridursi|ridursi(?=[^.!?\n]{0,80}\b(?:scelta|colpa) (?:tua|sua)\b)) (?:sempre |come al solito )?all'ultim\p{L}*(?![^.!?\n]{0,40}\b(?:non (?:perde|perdera|perdono|rischia|rischiano|sara escluso|viene escluso|resta fuori)|(?:puo|possono|potra) (?:comunque|ancora)|ha ancora tempo)\b)`,
	// Bad faith imputed to whoever reported (real reply s-005, batch S): "circostanza quanto meno
	// singolare", "segnalazioni mendaci", "strumentalizzazioni politiche e disfattismo civile".
	String.raw`\bcircostanz\p{L}* (?:quanto meno|quantomeno|alquanto|a dir poco) (?:singolar\p{L}*|curios\p{L}*|stran\p{L}*)`,
	String.raw`\bsegnalazion[ei] (?:mendac[ei]|pretestuos[ae]|strumental[ei]|in malafede|in mala fede)\b`,
	String.raw`\b(?:strumentalizzazion[ei] politic(?:a|he)|disfattismo)\b`,
	// Family M: blame in understatement or moralising ("non è stata un'idea felicissima", "non è
	// una cosa di cui vantarsi"), and the citizen told how they should have written ("la prossima
	// volta, invece di scrivere sui social, presenti…").
	String.raw`\bnon (?:e|era|e stat[oa]) (?:stat[oa] )?(?:un'idea|una mossa|una scelta|una trovata|un'iniziativa) (?:felice|felicissima|brillante|brillantissima|geniale|furba|furbissima|saggia|saggissima|delle migliori|delle piu (?:felici|furbe|sagge))\b`,
	String.raw`\bnon (?:e|sia) (?:una cosa|qualcosa|niente|nulla) di cui (?:vantar\p{L}*|andare fier\p{L}*)\b`,
	String.raw`\b(?:la prossima volta|magari|forse)\b[^.!?\n]{0,20}\b(?:invece di|anziche|piuttosto che) (?:scrivere|lamentar\p{L}*|polemizzare|commentare|sfogar\p{L}*|postare|criticare)\b`,
	// First tester (A01, A20, A30): the citizen's trouble played down against the page's ("per lei
	// sia la terza volta, per noi è la trentesima"), a doubt dismissed ("anche chi pensa di no"),
	// everyone else managing ("testato da centinaia di cittadini senza problemi").
	String.raw`\b(?:capiamo|capisco|comprendiamo|sappiamo) che per (?:lei|te|voi) (?:sia|e|sara|sono)\b[^.!?\n]{0,40}\bper noi (?:e|sono|sara)\b|\bper (?:lei|te|voi) (?:sia|e|sara|sono) (?:pure|anche|forse|magari)\b[^.!?\n]{0,40}\bper noi (?:e|sono|sara)\b`,
	String.raw`\banche chi (?:pensa|crede|dice|sostiene) di no\b`,
	String.raw`\b(?:centinaia|migliaia|decine|tantissim[ie]) di (?:cittadini|persone|utenti|famiglie)\b[^.!?\n]{0,20}\bsenza (?:problemi|difficolta)\b`,
	// Family Q (Q039): "prima di prendertela con qualcuno".
	String.raw`\bprima di prender(?:tela|sela|vela|cela|la) con\b`,
	// Family N (N036): the fault turned on the citizen by contrast, "il problema non è che non ci
	// siamo, è che hai scritto fuori orario".
	String.raw`\bil problema non e che\b[^.!?\n]{0,50}\be che (?:tu |lei |voi )?(?:hai|ha|avete|sei|siete|non hai|non ha|non avete)\b`,
	// Family AA (AA012, AA013): "vediamo se così ci arriviamo 🙂"; "per rispetto di chi paga le tasse
	// fino all'ultimo euro".
	String.raw`\b(?:vediamo se|magari|forse) (?:cosi|adesso|ora|stavolta|questa volta|almeno cosi) ci (?:arriv\p{L}*)\b`,
	String.raw`\bchi (?:paga|pagano|versa|versano) (?:le tasse|le imposte|i tributi|tutto) fino all'ultimo (?:euro|centesimo)\b`,
	// Family AD (AD013): a moral announced, "ci permetta solo una riflessione: chi aggira le regole…".
	String.raw`\b(?:ci|mi) permett\p{L}* (?:solo |soltanto |anche |pero )?(?:una|un') ?(?:riflessione|considerazione|osservazione)\b`,
	// Family BJ (BJ023): "ci permetta solo di dire che … la furbizia di pochi la pagano sempre gli onesti".
	String.raw`\b(?:ci|mi) permett\p{L}* (?:solo |soltanto )?di (?:dire|aggiungere|osservare|far notare|sottolineare) che\b[^.!?\n]{0,80}?\b(?:onest\p{L}*|furb\p{L}*|le regole|tasse|chi (?:paga|dichiara|rispetta))|\ba pagar(?:e|ne|la|lo) (?:sono |e )?(?:sempre |poi |alla fine )*(?:sono |e )?(?:gli onesti|i cittadini onesti|chi (?:e onesto|paga|rispetta le regole))\b|\b(?:la furbizia|i furbi|le furbizie|i furbetti) (?:di (?:pochi|qualcuno|alcuni) )?(?:la |le |li |lo )?(?:pagano|paga|pagheranno)\b|\b(?:la|le|li|lo) (?:pagano|paga|pagheranno) (?:sempre |poi |alla fine )*(?:gli onesti|i cittadini onesti|chi (?:e onesto|paga|rispetta le regole))\b`,
	// Family BL (BL022): "una rilettura prima di inviare aiuta" (not before sending a form); BL012 (the same
	// exercise as BJ022): a bin "si può rimettere in piedi da soli".
	String.raw`\b(?:(?:una |un'altra |una veloce |una breve )?(?:rilettura|riletta|ricontrollata)|rileggere|ricontrollare)\b[^.!?\n]{0,20}?\bprima di (?:inviare|scrivere|pubblicare|postare|mandare|commentare)\b(?! (?:la |il |una |un |i |le )?(?:domanda|domande|modulo|moduli|richiesta|candidatura|pratica|documenti|dichiarazione|istanza))[^.!?\n]{0,15}?\b(?:aiuta|aiuterebbe|serve|servirebbe|non guasta|non guasterebbe|conviene|converrebbe|e sempre utile)\b|\b(?:si (?:puo|possono)|puoi|puo|potete) (?:anche )?(?:rimettere|rialzare|tirare su)\b[^.!?\n]{0,30}?\bda sol[oiae]\b|\bsi (?:rialza|rialzano|rimette|rimettono) (?:in piedi )?(?:anche )?da sol[oiae]\b`,
	// Family BO: "anche nel leggere i cartelli, a volte" (BO012); "senza offesa, … un ripasso di italiano
	// non guasterebbe" (BO018); "anche se, permettici, …: un po' di sana diffidenza dovremmo averla
	// imparata tutti" (BO020); "dovrebbe ormai saperlo".
	String.raw`\banche nel (?:leggere|guardare|notare) (?:i cartelli|il cartello|la segnaletica|i segnali|gli avvisi|l'avviso|il post|le istruzioni)\b[^.!?\n]{0,15}?\b(?:a volte|ogni tanto|capita)\b|\bsenza offesa\b(?!,? (?:verso|per|a|nei confronti di) nessuno)|\bun (?:ripasso|ripassino) di (?:italiano|grammatica|ortografia|educazione)\b[^.!?\n]{0,20}?\bnon (?:guasterebbe|farebbe male)\b|(?<=(?:^|[,;:])\s*)permett(?:ici|eteci)(?=\s*[,:])(?![^.!?\n]{0,40}\b(?:ci scusiamo|scusaci|scusateci|hai ragione|ha ragione|avete ragione)\b)|\b(?:dovremmo|dovreste|dovresti) (?:ormai )?(?:averl[oaie] |aver )?(?:gia )?(?:imparat|capit)\p{L}* (?:tutti|ormai)\b|\b(?:dovrebbe|dovrebbero|dovresti|dovreste) (?:ormai|a quest'ora) (?:maneggiare|aver capito|aver imparato|saper usare)\b`,
	// Family BQ: "scriverlo in maiuscolo non lo fa ripartire prima 😉" (BQ012), not advice for readers (r38c); "i furbetti fanno ridere
	// finché…" (BQ013).
	String.raw`\bscriver\p{L}* (?:tutto )?in maiuscol\p{L}*\b[^.!?\n]{0,30}?\bnon (?:lo |la |li |le |ci |vi |ti )?(?:fa|fanno|serve|aiuta|accelera|velocizza)\b(?![^.!?\n]{0,20}\b(?:chi (?:legge|ha|vede|usa)|le persone|i lettori|la lettura)\b)|\bfurbett\p{L}* (?:fanno|fa) (?:ridere|sorridere)\b`,
	// Family BK (BK011): the citizen's mother talked down to, "glielo spieghi piano e vedrà che ci arriva
	// anche lei"; family BJ (BJ022): a grieving citizen told "non serve il Comune per rimetterlo in piedi".
	String.raw`\b(?:(?:glielo|gliela|glieli|gliele) (?:spieg|ripet)\p{L}*|spiegaglielo|spiegateglielo|spiegarglielo)\b[^.!?\n]{0,60}?\bci (?:arriva|arrivera|arrivano|arriveranno) anche (?:lei|lui|loro|tua madre|sua madre|tuo padre|suo padre|tua nonna|sua nonna|tuo nonno|suo nonno|la nonna|il nonno)\b|\bnon (?:serve|servono|ci vuole|occorre) (?:il comune|l'amministrazione) per (?:rimetter|rialz|tirar\p{L}* su|raccoglier|rovesciar|raddrizz)\p{L}*|\bnon (?:serve|servono|ci vuole|occorre) (?:un genio|uno scienziato|la nasa|un premio nobel) per\b`,
	// Family AB (AB013): "un po' più di prudenza non guasterebbe a nessuno, eh! 😉".
	String.raw`\bun po'? (?:piu )?di (?:prudenza|attenzione|buon ?senso|educazione|cautela|rispetto|giudizio) non (?:guasterebbe|farebbe male|guasta mai)\b`,
	// Family Y (Y011, Y021): litter that "non si rovescia da solo", three fines that "dicono più
	// sulla guida che sulla segnaletica".
	String.raw`\bnon si (?:rovescia|rovesciano|butta|buttano|sporca|sporcano|abbandona|abbandonano|getta|gettano) da sol[oaie]\b`,
	String.raw`\bdic(?:e|ono) (?:molto |parecchio |ben )?(?:piu|di piu) (?:su|sul|sullo|sulla|sull'|sui|sugli|sulle|di|del|dello|della|dell'|dei|degli|delle) ?[^.!?\n]{1,40}? che (?:su|sul|sullo|sulla|sull'|sui|sugli|sulle|di|del|dello|della|dell'|dei|degli|delle)\b`,
	// Family DH (DH033): "se te ne accorgi solo ora non è colpa nostra"; "non è colpa nostra se non hai letto".
	String.raw`\bnon e (?:certo |mica )?colpa (?:nostra|del comune|dell'ufficio) se (?:tu |voi )?(?:non )?(?:hai|avete|ti|vi|te ne|ve ne|leggi|leggete)\b|\bse (?:te ne|se ne|ve ne) (?:accorgi|accorge|accorgete) solo (?:ora|adesso|oggi)\b[^.!?\n]{0,25}?\bnon e (?:certo |mica )?colpa (?:nostra|del comune|dell'ufficio)\b`,
	// Families HY and HZ, after they were read (session 42): "se uno si riduce all'ultimo giorno e poi ci urla in maiuscolo un
	// po' se la cerca" (HZ007), "un po' se la va a cercare, diciamolo" (KQ017, session 46); "se uno si accorge all'ultima
	// settimana … poi non può dare la colpa agli altri" (HY023); "le domande si fanno per tempo … e poi non si dà la colpa agli
	// altri" (LB018, session 46).
	String.raw`\bse la (?:cerca|cercano|cerchi|cercate|e cercat[oa]|sono cercat[ie]|e andata a cercare|(?:va|vai|vanno|andate) (?:proprio )?a cercare(?=\s*(?:[,.;:!?]|$)))\b|\b(?:non (?:puo|puoi|potete|si puo)|e inutile|e troppo facile) (?:poi )?dare la colpa (?:agli altri|a noi|al comune|all'ufficio|alla posta)\b|\b(?:e )?poi non si da la colpa (?:agli altri|a noi|al comune|all'ufficio)\b`,
	// Family IC (IC025, session 42): "se dopo tre letture non è chiaro forse il problema non è l'avviso"; not the office's
	// own "forse il problema non è l'avviso, ma il portale: lo sistemiamo".
	String.raw`\bforse il problema non (?:e|sta) (?:nell'|nel |nella |nello |l'|il |la |lo )?(?:avviso|post|cartello|modulo|sito|pagina|testo|messaggio|comunicato|bando|istruzion\p{L}*|spiegazion\p{L}*)\b(?!\s*,?\s*(?:ma|bensi)\b)`,
	// Families IM to IP, after they were read (session 42): "la scadenza è responsabilità tua, non del postino" (IO009);
	// "queste cose si chiedono PRIMA di portarle giù, non dopo" (IN016; not advice, "il permesso si chiede prima di
	// iniziare i lavori, non dopo", r42f); "la scusa della posta la sentiamo tutti gli anni" (IP007).
	String.raw`\b(?:e|resta|rimane) (?:una )?responsabilita (?:tua|sua|vostra)\b,? (?:e )?non (?:del|della|dello|dei|delle|degli|di|dell')`,
	String.raw`\b(?:queste|certe|le) cose si (?:chiedono|fanno|prenotano|dicono|controllano) prima\b[^.!?\n]{0,30}?,? non dopo\b`,
	String.raw`\bla scusa (?:della|del|dello|dei|delle|degli|dell') ?\p{L}+ (?:la )?(?:sentiamo|sentiamo tutti|abbiamo gia sentit\p{L}*|conosciamo)\b`,
] as const satisfies readonly string[];
