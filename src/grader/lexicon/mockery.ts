// Mockery and sarcasm aimed at the citizen, by form: the page makes fun of them, lectures them,
// brushes them off or turns the blame on them. Each entry is a whole expression on folded text
// (lowercase, no accents), so that "si informi" alone (an invitation: "si informi allo sportello")
// does not match while "si informi prima di scrivere" does. Every entry has a witness sentence in
// tests/unit/grader/lexicon/mockery.test.ts: add one with each new entry.

/** The forms of mockery, each a list of regex sources (one expression each). */
export const MOCKERY_FORMS = {
	/** Lecturing: the citizen should have read, informed themselves or thought before writing ("si informi prima di scrivere", "impari a leggere", "bastava leggere", "un corso di italiano"). */
	lecture: [
		String.raw`\b(?:(?:si informi|informati|informatevi|s'informi|legga|leggi|leggete|pensi|pensa|pensate|pensaci|ci pensi|pensateci|ragioni|ragiona|rifletta|rifletti|conti fino a dieci|guardi|guarda|rilegga|rileggi) (?:bene |meglio |con attenzione )?prima di (?:scrivere|parlare|commentare|sparare|giudicare|postare|polemizzare|criticare))`,
		String.raw`\b(?:prima di (?:scrivere|parlare|commentare|sparare sentenze|polemizzare)(?:,)? (?:si informi|informati|informatevi|legga|leggi|leggete|ci pensi|pensaci))`,
		String.raw`\b(?:(?:impari|impara|imparate) a (?:leggere|scrivere|contare))`,
		String.raw`\b(?:(?:sa|sai|sapete|saper) leggere\?)`,
		String.raw`\b(?:se (?:sapesse|sapessi|sapeste) leggere)`,
		String.raw`\b(?:se (?:leggesse|leggessi|leggeste|avesse letto|avessi letto|aveste letto)\b[^.!?\n]{0,40}\b(?:sapresti|saprebbe|sapreste|sapevi|sapeva|sapevate)\b)`,
		String.raw`\b(?:(?:bastava|sarebbe bastato) (?:saper )?(?:leggere|guardare|scorrere|legger\p{L}+|guardar\p{L}+|scorrer\p{L}+))`,
		// Family AX (AX020): "bastava darci un'occhiata prima di scrivere «ladri»".
		String.raw`\b(?:bastava|sarebbe bastato) (?:dar(?:ci|e|gli)|buttar(?:ci|e)) un'occhiata\b`,
		String.raw`\b(?:se (?:si sforzasse|ti sforzassi|vi sforzaste|facesse (?:un minimo di )?attenzione|facessi (?:un minimo di )?attenzione)\b)`,
		String.raw`\b(?:leggere (?:e|è) (?:difficile|faticoso|un optional))`,
		String.raw`\b(?:(?:la|ti|vi) leggere (?:e|è) difficile)`,
		String.raw`(?<=^|[,.;:!?]\s*|\b(?:che |e ))(?:torna|torni|tornate|ritorna|ritorni) a scuola\s*(?=[,.;:!?…]|$)`,
		String.raw`(?:potrebbe|potresti|potreste|dovrebbe|dovresti|dovreste) (?:almeno informar(?:si|ti|vi)|informar(?:si|ti|vi)(?= (?:prima|meglio|bene|un po'?)\b|\s*[.!?]|$))`,
		String.raw`\b(?:ha|hai|avete) (?:almeno |mai |bene )?letto (?:il|la|lo|i|gli|le|l')\s?(?:regolament\p{L}*|avvis\p{L}*|post|bando|cartell\p{L}*|locandin\p{L}*|comunicat\p{L}*|modulo|sito|calendario|volantin\p{L}*|istruzion\p{L}*|faq|orari\p{L}*|policy|netiquette|dpcm|decreto|legge|ordinanza|delibera|circolare|norma|normativa)(?: [\p{L}\d]+)?\s?\?`,
		String.raw`se (?:usa|usi|usate|sa usare|sai usare|sapete usare|riesce a usare|riesci a usare) (?:facebook|i social|internet|instagram|twitter|whatsapp|lo smartphone|il computer)\b[^.!?\n]{0,80}\b(?:sa|sai|sapete|sapra|saprai|riesce|riesci|puo|puoi) anche`,
		String.raw`(?<!\bnon )\b(?:e|sei|siete|era|eri|eravate) (?:forse )?(?:lei|tu|voi) (?:che|a) non (?:ha |hai |avete |aveva |avevi |si e |ti sei |vi siete )?(?:capit\p{L}*|capisc\p{L}*|legg\p{L}*|lett[oa]|ricord\p{L}*|essere|accort\p{L}*|vist[oa]|ved\p{L}*|sa leggere|sai leggere|sapete leggere)`,
		String.raw`\bbast(?:a|ava|erebbe) (?:saper )?leggere\s*(?:!|\.\.\.|\.(?:\s|$)|$)`,
		// Family AI (AI012): "l'avviso era completo, bastava arrivare fino in fondo 😅".
		String.raw`\bbast(?:a|ava|erebbe) (?:arrivare|leggere|scorrere|andare|leggerlo|leggerla) (?:fino )?(?:in fondo|alla fine)\b`,
		String.raw`\bbast(?:a|ava|erebbe) (?:saper )?legger(?:e|lo|la|li|le) (?:con (?:un po'? di |un minimo di |piu |maggiore )?attenzione|meglio|bene)\b`,
		// Family CW (CW047): "te lo traduciamo per l'ultima volta"; DC005, DH045: "parola per parola", "piano piano".
		String.raw`\b(?:te|ve|glie) ?l[oa] (?:traduc|ripet|rispieg|spieg|riscriv|riassum)\p{L}* (?:per l'ultima volta|parola per parola|piano piano|lentamente)\b`,
		// Family M (M039): the citizen's capitals answered with a jab ("scrivere tutto in maiuscolo non fa
		// arrivare prima i tecnici").
		String.raw`\bscriv\p{L}* (?:tutto )?(?:in|a) (?:maiuscol\p{L}*|stampatello)\b[^.!?\n]{0,60}\bnon (?:fa|serve|servira|aiuta|fara|velocizza|accelera)\b`,
		String.raw`\bchiunque (?:sappia|sa|sia in grado di) leggere\b`,
		String.raw`\b(?:ci )?(?:spiace|dispiace) che (?:lei |tu |voi )?non (?:abbia|hai|abbiate|avete) (?:compreso|capito|letto)\b`,
		String.raw`\b(?:quelli|quelle|chi) che non (?:sa|sanno|sapete) (?:leggere|compilare|scrivere|usare|contare)\b`,
		String.raw`\b(?:cerca|cerchi|cercate|guarda|guardi|guardate|controlla|controlli|controllate)(?: su (?:google|internet)| sul sito| online)? (?:bene )?prima di (?:chiedere|domandare|scrivere|commentare)\b`,
		String.raw`\blo (?:sanno|sa) (?:anche|pure|persino) (?:i sassi|i muri|un bambino|i bambini)\b`,
		String.raw`\b(?:con calma|piano piano|lentamente|a parole semplici)\b[^.!?\n]{0,20}\bcosi (?:capisci|capisce|capite)\b`,
		// Family AU (AU012): "te lo rispieghiamo con parole semplici semplici, così stavolta non serve
		// leggerlo tre volte 😅".
		// Family AW (AW012): "te la rifacciamo a prova di bambino, così non ci perdiamo 😄".
		String.raw`\b(?:te|ve|glie) ?l[aoie] (?:spieg|rispieg|ripet|riscriv|rifa)\p{L}*\b[^.!?\n]{0,30}\ba prova di (?:bambino|bambini|scemo|stupido|asino)\b`,
		String.raw`\b(?:parole|termini) semplici semplici\b|\bnon (?:serve|servira|c'e bisogno di|devi|deve) (?:rileggerl|leggerl)\p{L}* (?:due|tre|quattro|dieci|cento|mille) volte\b`,
		String.raw`\b(?:utile|servirebbe|servirebbero|farebbe bene|ci vorrebbe|consiglierei|consiglieremmo) (?:anche )?un (?:bel )?corso (?:accelerato )?di (?:italiano|grammatica|ortografia)\b|\bun (?:bel )?corso accelerato di (?:italiano|grammatica|ortografia)\b`,
		String.raw`\bripass\p{L}* (?:l'italiano|la grammatica|l'ortografia)\b`,
		String.raw`\b(?:dovrebbe|dovresti|dovreste|potrebbe|potresti|potreste|basterebbe|bastava|sarebbe bastato|avrebbe dovuto|avresti dovuto|avreste dovuto)\b[^.!?\n]{0,60}\bprima di (?:scrivere|commentare|lamentar\p{L}*|criticare|polemizzare)\s*(?:[.!?]|$)`,
		String.raw`\bse (?:leggesse|leggessi|leggeste|controllasse|controllassi|controllaste|si informasse|ti informassi|vi informaste)\b[^.!?\n]{0,50}\b(?:avrebbe|avresti|avreste|troverebbe|troveresti|trovereste) (?:gia|subito)\b`,
		String.raw`\bse (?:scrivessi|scrivesse|scriveste|parlassi|parlasse|parlaste)\b[^.!?\n]{0,30}\b(?:italiano|corrett\p{L}*)\b`,
		String.raw`\bun po'? di (?:sano |santo )?(?:spirito critico|senso critico|buon senso|logica|sale in zucca)\b(?!\s+da parte di (?:tutti|ciascuno|ognuno|tutte))`,
		// Family AW (AW013): "un po' più di giudizio prima di cliccare", "bisogna stare svegli".
		String.raw`\bun po'? (?:piu )?di (?:giudizio|cervello) prima di (?:cliccare|scrivere|commentare|credere|aprire|rispondere)\b`,
		String.raw`\b(?:usa|usi|usate) (?:il cervello|la testa|il buon senso)\b`,
		String.raw`\bscriv\p{L}*\b[^.!?\n]{0,30}\bcon (?:la |l'|una |due )?(?:acca|ch|gh|doppia|h)\b`,
		String.raw`\b(?:prend\p{L}* visione|legg\p{L}*|consult\p{L}*|verific\p{L}*|controll\p{L}*|informar\p{L}*|documentar\p{L}*)\b[^.!?\n]{0,80}\bprima di (?:lamentar\p{L}*|protestare|accusare|polemizzare|criticare)\b`,
		String.raw`\bnon ci vuole (?:mica )?(?:una laurea|la laurea|un genio|uno scienziato|un ingegnere|la scienza)\b`,
		String.raw`\b(?:bloccat|incastrat|rott|inceppat)\p{L}*\b[^.!?\n]{0,20}\b(?:tasto (?:del |delle )?maiuscol\p{L}*|caps ?lock)\b|\b(?:tasto (?:del |delle )?maiuscol\p{L}*|caps ?lock)\b[^.!?\n]{0,20}\b(?:bloccat|incastrat|rott|inceppat)\p{L}*`,
		String.raw`\b(?:dovresti|dovrebbe|dovreste) (?:gia )?saperlo(?: (?:meglio di noi|bene|benissimo))?\b`,
		// Family N: "più semplice di così si fa fatica", "ce la fanno tutti", "il problema è che hai scritto…".
		String.raw`\bpiu (?:semplice|facile|chiar[oa]) di cosi\b(?=[^.!?\n]{0,20}\b(?:si fa fatica|non si puo|non si poteva|si muore|proprio non)\b|\s*\?)`,
		String.raw`\b(?:ce la fanno|ci riescono|ci arrivano) (?:proprio |davvero |anche )?tutti\b`,
		String.raw`\bil problema (?:non )?(?:e|sta nel fatto) che (?:(?:tu |lei |voi )(?:hai|ha|avete|non hai|non ha|non avete)|(?:hai|avete|non hai|non avete))\b`,
		// Family O: manners taught ("meritano un minimo di rispetto", "un po' di umanità non
		// costerebbe niente"), the comment said to tell about its author, incapacity presumed ("visto
		// che il burocratese non è per tutti", "se anche la Pec è un problema").
		String.raw`\bun minimo di (?:rispetto|educazione|buona educazione|civilta|buon senso|gentilezza|garbo)\b`,
		String.raw`\bun po'? di (?:umanita|educazione|rispetto|civilta|gentilezza|garbo|empatia)\b[^.!?\n]{0,30}\bnon (?:costerebbe|guasterebbe|farebbe male|sarebbe male)\b`,
		String.raw`\b(?:ci vorrebbe|servirebbe|basterebbe|non guasterebbe|non costerebbe niente|non costa niente) (?:anche )?un po'? di (?:umanita|educazione|rispetto|civilta|gentilezza|garbo|empatia)\b`,
		String.raw`\b(?:dicono|dice|rivelano|rivela|raccontano|racconta) (?:molto |piu |parecchio |tanto |di piu )?(?:di|su) (?:di )?(?:te|lei|voi|chi (?:li|le|lo|la) (?:scrive|scrivi|posta))\b|\bla (?:dicono|dice) lunga su (?:di )?(?:te|lei|voi)\b`,
		String.raw`\b(?:visto che|dato che|poiche|perche|tanto)\b[^.!?\n]{0,40}\bnon (?:e|sono) per tutti\b`,
		// Families I and K: the next time, watch out ("occhio alla strada la prossima volta", "la
		// prossima volta un'occhiata qualche mese prima ti evita l'ansia").
		String.raw`\bla prossima volta\b(?![^.!?\n]{0,30}\b(?:\p{L}+(?:remo|iamo)|noi|ci)\b)[^.!?\n]{0,30}\b(?:occhio|un'occhiata|(?:piu|un po'? di) attenzione|stai attent\p{L}*|stia attent\p{L}*)\b|\bocchio (?:a|al|alla|ai|alle|allo|agli) [^.!?\n]{1,30}\bla prossima volta\b`,
		// Family S (S026, S023): "la prossima volta muoviti prima!", blame in hindsight ("forse era il
		// caso di lasciare la macchina a casa").
		String.raw`\bla prossima volta\b[^.!?\n]{0,20}\b(?:muoviti|si muova|muovetevi|sbrigati|si sbrighi|sbrigatevi|svegliati|si svegli|pensaci prima|ci pensi prima)\b`,
		String.raw`\b(?:forse|magari) (?:era|sarebbe stato) (?:il caso|meglio|piu prudente) di (?:lasciare|restare|stare|rimanere|uscire|partire|pensarci|informar\p{L}*|controllare|leggere|chiedere|muover\p{L}*|prenotare|venire)\b`,
		String.raw`\bse (?:anche|perfino|pure) (?:\p{L}+'?\s?){1,4}(?:e|sono|ti sembra|le sembra|vi sembra|risulta) (?:un problema|un ostacolo|troppo (?:difficile|complicat\p{L}*))\b`,
		// Family N (N038): parenting taught ("un ragazzo che va al liceo può anche organizzarsi da solo").
		String.raw`\b(?:un ragazzo|una ragazza|un ragazzino|una ragazzina|un bambino|una bambina|un figlio|una figlia|i ragazzi|un adolescente)\b[^.!?\n]{0,40}\b(?:puo|possono|potrebbe|potrebbero|dovrebbe|dovrebbero|deve|devono|sa|sanno) (?:anche|benissimo|tranquillamente|ben) (?:organizzarsi|arrangiarsi|cavarsela|andarci|andare|muoversi|tornare) da sol[oaie]\b`,
		// Family I (I002, I012): the citizen's capitals or dialect made light of ("difficile non farlo, a
		// quelle dimensioni", "anche se non sempre si urla", "l'italiano lo capiamo anche quando è un po'
		// napoletano").
		String.raw`\ba quelle dimensioni\b|\b(?:non (?:sempre )?si urla|non (?:serve|c'e bisogno di|occorre) (?:urlare|gridare|alzare la voce))\b`,
		String.raw`\b(?:lo |l')?(?:capiamo|capisco|leggiamo|capiremmo) anche (?:quando|se) (?:e|e scritto|scrive|scrivi|parla|parli) (?:un po'? |in )?(?:napoletan|dialett|sicilian|romanesc|milanes|venet|calabres|pugliese|sard|bergamasc|toscan)\p{L}*`,
		// Family W (W021, W022): any remark on the citizen's dialect ("il napoletano lo capiamo anche
		// qui", "in Comune si scrive in italiano"), capitals waved off ("le maiuscole non servono, ti
		// leggiamo lo stesso"), the grievance turned back ("sì, in questo Comune qualcuno lavora").
		String.raw`\b(?:il |in |un po' di |un po' |col |con il )?(?:napoletan|dialett|sicilian|romanesc|milanes|venet|calabres|pugliese|sard|bergamasc|toscan|piemontes|genoves|friulan)\p{L}*\b[^.!?\n]{0,40}\b(?:lo |l')?(?:capiamo|capisco|leggiamo|mastichiamo|traduciamo|decifriamo|interpretiamo)\b|\b(?:pagan\p{L}*|pagare|pagat\p{L}*|paghi|paga|guid\p{L}*|parcheggi\p{L}*|lavor\p{L}*|fann\p{L}*|fatt\p{L}*)\s+['"]?alla (?:napoletana|siciliana|calabrese|meridionale|zingara|terrona)\b|\b(?:si scrive|scriva|scrivi|scrivete|scrivere|scrivesse|scrivessi) in italiano\b`,
		// Family Z (Z018): "non si preoccupi per il napoletano: qui ci siamo abituati, con tutti quelli
		// che salgono dal Sud".
		String.raw`\b(?:napoletan|dialett|sicilian|romanesc|milanes|venet|calabres|pugliese|sard|bergamasc|toscan|piemontes|genoves|friulan)\p{L}*\b[^.!?\n]{0,40}\b(?:ci siamo|siamo) (?:ormai |gia )?abituat\p{L}*|\b(?:ci siamo|siamo) (?:ormai |gia )?abituat\p{L}*\b[^.!?\n]{0,40}\b(?:quelli|tutti quelli|gente|tanti) che (?:sal|vien|arriv|scend)\p{L}* (?:su |giu )?da(?:l|lla)? (?:sud|nord|meridione)\b`,
		// Family AE (AE023): "non serve scrivere tutto in maiuscolo, ti leggiamo benissimo anche in minuscolo 🙂".
		String.raw`\bnon (?:serve|occorre|c'e bisogno di) (?:scrivere )?(?:tutto )?in maiuscol\p{L}*|\b(?:ti|la|vi|le) (?:leggiamo|sentiamo) (?:benissimo |bene |lo stesso )?(?:anche )?in minuscol\p{L}*`,
		String.raw`\b(?:le|tutte (?:queste|le)|queste|tante|con le|senza) maiuscole\b[^.!?\n]{0,30}\b(?:non (?:serv\p{L}*|occorr\p{L}*|c'e bisogno)|inutil\p{L}*|(?:ti|la|vi|le) (?:leggiamo|sentiamo) (?:lo stesso|benissimo|bene))\b`,
		String.raw`(?:\bsi,|\beppure|\binvece|\bebbene)[^.!?\n]{0,30}\bqualcuno (?:lavora|ci lavora|fa qualcosa)\b`,
		// Family AK (AK012): "e sì, in questo Comune si lavora, anche se da fuori è comodo pensare il contrario".
		String.raw`\bsi,? (?:in questo comune|qui|in comune|da noi|anche qui) (?:si lavora|lavoriamo|si lavora eccome)\b|\b(?:e|sarebbe|risulta) (?:piu )?(?:comodo|facile) pensare il contrario\b`,
		// Family AL (AL012): "la rispieghiamo in modo che la capisca proprio chiunque 😉"; family BM (BM012):
		// "te la faccio facile facile, che ci arriva anche un bambino delle elementari 😉".
		String.raw`\b(?:capisca|capiscano|capire|comprenda|comprendere) (?:proprio|davvero|persino|perfino|pure) chiunque\b|\b(?:la|lo|le|li) (?:capisca|capirebbe|capisce) (?:anche|pure|persino|perfino) un (?:bambino|bimbo)\b|\b(?:facile facile|semplice semplice|(?:te|ve|gliela|gliele) (?:la|le)? ?faccio (?:facile|semplice|breve))\b[^.!?\n]{0,40}?\bci (?:arriva|arriverebbe|arrivano|arriverebbero|riesce|riuscirebbe|riescono) (?:anche|pure|persino|perfino) (?:un (?:bambino|bimbo)|i (?:bambini|bimbi))\b`,
		// Family AM (AM013): a hint at the citizen's habits, "vale la pena farsi qualche domanda sui consumi di casa".
		String.raw`\b(?:vale la pena|sarebbe il caso di|e il caso di|conviene|converrebbe|forse e meglio) farsi (?:qualche|due|un paio di|delle) domand\p{L}*\b`,
		// Families AN and AO: the citizen lectured, "le tasse servono a tutta la città, non solo a chi grida
		// più forte: un po' di fiducia in più non guasterebbe", "chi lavora in nero toglie qualcosa a tutti".
		String.raw`\bchi (?:grida|urla|strilla|alza la voce) (?:piu forte|di piu)\b|\bun po'? di (?:fiducia|pazienza|comprensione) (?:in piu )?(?:non (?:guasterebbe|costerebbe|farebbe male)|aiuterebbe)\b`,
		String.raw`\b(?:chi|quelli che) (?:lavora|lavorano|evade|evadono|non paga|non pagano|fa il furbo|fanno i furbi)\b[^.!?\n]{0,30}\b(?:toglie|tolgono|ruba|rubano|sottrae|sottraggono|danneggia|danneggiano) (?:qualcosa )?a (?:tutti|chi ne ha (?:davvero |veramente )?bisogno|chi rispetta le regole|chi paga)\b`,
		// Families AP and AQ: "non era poi così difficile, no? 😉", "quasi tutti lo compilano da soli", a
		// councillor's attendance, "magari stavolta restando fino alla fine della seduta 😉".
		String.raw`\bnon era poi (?:cosi|tanto) (?:difficile|complicat\p{L}*)\b|\b(?:dai|su),? che non era (?:poi )?(?:cosi|tanto) (?:difficile|complicat\p{L}*)\b|\b(?:te|ve|glie)l[oa] (?:rispieg|spieg|ripet|riassum)\p{L}* semplice semplice\b|\b(?:quasi tutti|tutti gli altri|la maggior parte (?:delle persone|dei cittadini)) (?:lo|la|li|le|ci) (?:compila|compilano|fanno|fa|capiscono|capisce|riescono|riesce|trovano|trova)\b[^.!?\n]{0,15}\bda sol[oi]\b`,
		String.raw`\bmagari (?:stavolta|questa volta)\b[^.!?\n]{0,50}(?:😉|😏|🙃|😅|😜)`,
		// Family AJ (AJ011): "magari con due cartelli è più facile accorgersene".
		String.raw`\bmagari\b[^.!?\n]{0,40}\be piu facile (?:accorgersene|accorgerse\p{L}*|vederl\p{L}*|notarl\p{L}*|leggerl\p{L}*|capirl\p{L}*)`,
		// Family Y (Y014): "in questi cinque anni qualcuno ha lavorato eccome".
		String.raw`\bqualcuno (?:ha lavorato|lavora|ci lavora|ha fatto qualcosa|ha fatto|ha lavorato sodo) eccome\b`,
		// First tester (A11, A30): "guardare dove si mettono i piedi", help from a grandchild presumed.
		String.raw`\bguard(?:are|i|a|ate) dove (?:si mettono|mette|metti|mettete) i piedi\b`,
		String.raw`\b(?:chiedere|chieda|chiedi|farsi aiutare|si faccia aiutare|fatti aiutare)(?: aiuto)? (?:a|da) (?:un|una|suo|sua|tuo|tua) (?:nipote|nipotino|nipotina)\b`,
		// Family Q (Q039): a check the citizen should make better ("magari controlla meglio la
		// cassetta"); the author told to search their conscience (Q041).
		String.raw`\b(?:magari|forse|basta|bastava|basterebbe) (?:controll(?:a|i|ate|are)|guard(?:a|i|ate|are)|cerc(?:a|hi|ate|are)|legg(?:i|a|ete|ere)|verific(?:a|hi|ate|are)) (?:\p{L}+ ){0,3}?(?:un po'? )?(?:meglio|con piu attenzione)\b`,
		String.raw`\b(?:farsi|fatti|si faccia|fatevi|farvi|farti|si facciano) (?:anche )?un (?:bell'|serio |profondo )?esame di coscienza\b`,
	],
	/** Ironic praise: a compliment that means the opposite ("bravo, un genio", "sempre un piacere leggere i suoi commenti", "il suo generoso contributo"). */
	ironicPraise: [
		String.raw`\b(?:(?:bravo|brava|bravi|brave|complimenti|che)(?:,|!)? (?:(?:un|una|dei|proprio un|proprio una|davvero un)\s)?(?:genio|geni|genietto|scienziat[oaie]|fenomeno|fenomeni|luminare|premio nobel))`,
		String.raw`(?:e|che) bello leggere (?:un |dei |certi )?comment\p{L}* (?:cosi|come (?:questo|il suo|il tuo)|del genere|simili)`,
		String.raw`\bun piacere leggere i (?:suoi|tuoi|vostri) commenti\b`,
		// Family AJ (AJ011): three fines in a week called "un bel record, effettivamente 😅".
		String.raw`\b(?:e |un |proprio un |davvero un )(?:bel|gran|vero|bellissimo) record\b(?=[^.!?\n]{0,30}(?:\beffettivamente\b|\beh\b|\banche per te\b|\bper te\b|😅|😄|😉|😏|🙃))`,
		// Family AT (AT011): "tre in una settimana però è un bel ritmo, eh 😅".
		String.raw`\b(?:e |un |proprio un |davvero un )(?:bel|gran|discreto|notevole) (?:ritmo|primato|media)\b[^.!?\n]{0,15}(?:\beh\b|😅|😉|😄|😜|🙃|😏)`,
		String.raw`\b(?:commentat(?:ore|rice)|follower) piu affezionat\p{L}*`,
		String.raw`\b(?:il suo|il tuo|il vostro) sarcasmo\b`,
		String.raw`\bcomplimenti anche a (?:te|lei|voi)\b`,
		// Of the citizen's words ("la sua proposta fa un po' sorridere", family N) or of what someone did ("fa un po'
		// sorridere che la fretta arrivi proprio da chi…", families T and Y): "uno spettacolo che fa sorridere grandi
		// e piccoli" is praise of the show (a review in session 31).
		String.raw`\b(?:proposta|commento|domanda|idea|richiesta|osservazione|affermazione|pretesa|lamentela|critica|post|messaggio|teoria|ricostruzione)\b[^.!?\n]{0,30}?\bfa (?:un po'? |quasi )?sorridere\b|\bfa (?:un po'? |quasi )?sorridere che\b`,
		// Not "prezioso contributo": the sincere formula for a suggestion (family J, J069).
		String.raw`\b(?:generos|affettuos)\p{L}* contribut\p{L}* (?:alla discussione|al dibattito|alla conversazione|alla pagina|ai commenti)\b`,
		String.raw`\bpiu affezionat\p{L}* (?:dei|tra i) contribuenti\b`,
		// Irony announced to the citizen (real reply v-002): "si permetterà l'ironia", "ci passi la battuta".
		String.raw`\b(?:si permettera|ci si permetta|ci permetta|permetta(?:teci)?|mi permetta|ci perdoni|perdoni|perdonate(?:ci)?|ci passi|passateci|passatemi|concedeteci|ci conceda) (?:l'|un po'? di |una punta di |un pizzico di |la )?(?:ironia|battuta|sarcasmo|provocazione)\b`,
		// Family N (N024): the mock surprise of "pensa un po'", opening a clause.
		String.raw`(?<=^|[,.;:!?]\s*)(?:pens(?:a|i|ate)|immagin(?:a|i|ate)) un po'?(?=[\s,.:!])`,
		// First tester (A24, A56): "i defunti non scappano", "lo sappiamo, abbiamo anche la cartina".
		String.raw`\b(?:i defunti|i morti|i nostri cari) non (?:scappano|se ne vanno)\b`,
		String.raw`\b(?:lo )?sappiamo\b[^.!?\n]{0,20}\babbiamo anche (?:la cartina|una cartina|la mappa|una mappa|il calendario|un calendario|l'orologio|un orologio)\b`,
		// Family O (O022): a mock favour, "la prossima volta ti mandiamo un invito personale con la cartolina".
		String.raw`\b(?:ti|vi|le|gli) (?:mandiamo|manderemo|spediamo|spediremo|prepariamo|prepareremo|stendiamo|stenderemo|facciamo avere|faremo avere|recapitiamo) (?:anche |pure )?(?:un |una |il |la )?(?:invito personale|cartolin\p{L}*|telegramma|piccione viaggiatore|tappeto rosso|carrozza)\b`,
	],
	/** Name-calling: the citizen labelled or the insult sent back ("il pagliaccio sei tu", "sei un troll", "gente come te", "terrapiattista"). */
	nameCalling: [
		String.raw`\b(?:(?:il|la|i|le) (?:pagliacci[oa]?|buffon[ei]|ridicol[oiae]|ignorant[ei]|incapac[ei]) (?:sei tu|e lei|sara lei|sarai tu|sarete voi|siete voi|siete|sei|e)\b)`,
		String.raw`\b(?:(?:lo|la) (?:sara|e) (?:lei|lui|tu)\b)`,
		String.raw`\b(?:leon[ei] da tastiera)`,
		String.raw`\b(?:(?:sei|e|siete) (?:un |una |dei |delle |il solito |la solita |i soliti |le solite |proprio un |proprio una )?(?:troll|hater|haters|analfabet[aie]|analfabeti funzionali|capr[ae]|boomer|rosicon[ei]|complottist[aie]|frignon[ei]|lamenton[ei]|piagnon[ei]|brontolon[ei]))`,
		String.raw`\b(?:(?:rosica|rosicate|rosichi)\b)`,
		String.raw`(?:povero|povera|poveri|povere) (?:illus|ingenu|scem|ignorant|sciocc)\p{L}*`,
		String.raw`\b(?:gli|i|le|l')\s?(?:incompetent|ignorant|maleducat|cafon|ridicol|buffon|pagliacc|incapac|ladr|analfabet)\p{L}* (?:sono|siete|e|sei) (?:quell[ie]|chi|tu|lei|voi)\b`,
		String.raw`\b(?:sei|siete) (?:proprio |davvero |anche )?piu (?:lent|stupid|ignorant|scem|tont|cretin|pigr|nois|inutil|sord|testard|antipatic|lamentos|pesant|insopportabil)\p{L}* (?:di|del|della|dello|dei|delle) \p{L}+`,
		String.raw`\b(?:quelli|quelle|gente) come (?:te|lei|voi)\b`,
		String.raw`\b(?:maleducat|ignorant|incivil|cafon|incompetent|arrogant|villan)\p{L}* come (?:te|lei|voi)\b`,
		// Family L (L056): the citizen's report called spying, a mean thing.
		String.raw`\bfare (?:la spia|il delatore|la delatrice)\b|\b(?:e|sei|siete) (?:stat[oa] )?(?:una cosa |un gesto |un comportamento |proprio |davvero )?meschin\p{L}*`,
		// Families BZ and CA (BZ012, CA013): the citizen compared to an animal or a fool, "guidi come un pollo",
		// "guidi come un somaro"; families CD, CF, CG: "smettila di urlare in maiuscolo come una pazza",
		// "guidi come un incapace". Only the citizen's own doing (a second or polite person, not
		// "lavoriamo", nor the impersonal "si cammina quasi come una capra"), or told to stop doing it;
		// not denied or supposed ("non guidi come un incapace: è il navigatore", "se quando vedi la pista
		// ti comporti come un bambino, sei in ottima compagnia", reviewers' look-alikes r33b).
		String.raw`\b(?=smett|finisc|evit|guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)(?<!\b(?:se|non)\b[^.,;:!?\n]{0,40})(?:(?:smettila|smetti|smetta|smettetela|smettete|finiscila|evita|eviti|evitate) di (?:guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)are|(?<!\bsi )(?:guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)(?:i|a|ate|e|ete))\b(?: [\p{L}']+){0,3}? come (?:un |uno |una |un'|dei |degli |delle )?(?:incapac[ei]|incompetent[ei]|ignorant[ei]|isteric[oa]|isterich[ei]|isterici|matt[oiae]|forsennat[oaie]|invasat[oaie]|poll[oi]|gallin[ae]|somar[oia]|asin[oia]|capr[ae]|pecor[ae]|talp[ae]|maial[ei]|porc[oi]|scimmi[ae]|besti[ae]|allocc(?:o|hi)|babbe[oi]|tont[oia]|scem[oia]|stupid[oia]|ubriac(?:o|a|hi|he)|pazz[oia]|bambin[oia]|ragazzin[oia]|analfabet[aie]|cavernicol[oi]|troglodit[ai])\b`,
		String.raw`\bterrapiattist\p{L}*`,
		String.raw`\bla terra (?:e|sia) piatta\b`,
		String.raw`\bcome (?:certe|certi|la sua|la tua|sua|tua) (?:mamme|madri|nonne|nonni|mamma|madre|nonna|nonno|suocera|suocere)\b`,
	],
	/** Dismissal: the citizen brushed off or told to go away ("chi se ne frega", "se ne faccia una ragione", "problema suo", "non è un hotel a 5 stelle"). */
	dismissal: [
		String.raw`\b(?:ci (?:sei|e) o ci (?:fai|fa)\b)`,
		String.raw`\b(?:ci (?:fa|fai) o ci (?:e|sei))`,
		String.raw`\b(?:(?:fatti|si faccia|fatevi) una vita)`,
		String.raw`\b(?:non abbiamo tempo da perdere con (?:te|lei|voi|chi))`,
		String.raw`\b(?:(?:mettiti|si metta|mettetevi) (?:il cuore|l'anima) in pace)`,
		String.raw`\b(?:(?:chi|e chi) (?:ti|vi|la|le|si) (?:credi|crede|credete) di essere)`,
		String.raw`che (?:pena|tristezza|squallore) (?:leggere|vedere|sentire)`,
		String.raw`(?:mi|ci) secc(?:o|a|hiamo|a molto) (?:a )?(?:leggere|rispondere)`,
		String.raw`(?<!\bnon )(?:e|sono) (?:un |affari |)?(?:problema|problemi|affar[ei]) (?:tuo|tuoi|suo|suoi|vostro|vostri)\b`,
		String.raw`\bnon (?:insistere|insista|insistete)\s*(?:[.!]|$)`,
		String.raw`\b(?:e )?sti cavoli\b`,
		String.raw`\bsticazzi\b`,
		String.raw`\bchi se ne (?:frega|importa|fotte)\b`,
		String.raw`\bchissenefrega\b`,
		String.raw`\b(?:piantala|piantatela|la pianti|smettila|smettetela|la smetta) di (?:lamentar\p{L}*|frignare|piagnucolare|rompere|scrivere|commentare|polemizzare|criticare)\b`,
		String.raw`\b(?:fattene|fatevene|se ne faccia) una ragione\b`,
		String.raw`\be allora (?:prendi|prenda|prendete|vai|vada|andate|usa|usi|usate|compra|compri|comprate|cambia|cambi|cambiate|trasferisciti|si trasferisca)\b[^.!?\n]{0,40}!`,
		String.raw`\b(?:abbiamo|ha|hanno) (?:anche )?(?:altro|cose piu importanti|di meglio) da fare\b`,
		String.raw`\bchi e causa del suo mal\b`,
		String.raw`\b(?:trovarsi|trovarti|trovati|si trovi) un hobby\b`,
		String.raw`\b(?:smettere|smetta|smetti) di seguirci\b`,
		String.raw`\bmeno (?:lamentele|polemiche)\b`,
		String.raw`\bse ne fara(?:i|nno)? una ragione\b`,
		String.raw`\bse (?:\p{L}+ ){0,4}(?:le|ti|vi) piace(?:va)? (?:cosi )?tanto\b(?=[^.!?\n]{0,60}\b(?:vada|vai|andate|andarci|ci vada|trasferisc\p{L}*|trasloc\p{L}*|treni|treno|partono|parte|biglietto|si accomodi|accomodati|nessuno (?:la|ti|vi) trattiene))`,
		String.raw`\bnon (?:e|siamo) (?:mica )?(?:un|in un) (?:hotel|albergo|resort)(?: a (?:5|cinque) stelle)?\b`,
		String.raw`\bnon (?:si aspetti|ti aspettare|vi aspettate|aspettatevi|si aspettino) (?:dei )?miracoli\b`,
		String.raw`\bstaremmo (?:freschi|proprio freschi)\b`,
		String.raw`\bnon siamo (?:mica )?(?:il (?:tuo|suo|vostro) |un |il )?(?:call center|centralino|servizio clienti|maggiordom\p{L}*|segretari\p{L}*|babysitter|bancomat)\b|\bnon e (?:mica )?(?:il (?:tuo|suo|vostro) |un |il )?(?:call center|centralino|servizio clienti|maggiordom\p{L}*|segretari\p{L}*|babysitter|bancomat)\b(?!\s+(?:attiv|apert|h24|notturn|di notte|per le emergenze|del|della|dei|delle|dello|comunal)\p{L}*)`,
		// Family S (S016): a frightened citizen told that only fools believe it ("ci crede chi ha voglia
		// di crederci", "li mette in giro chi non ha niente di meglio da fare").
		String.raw`\bci crede chi (?:ha voglia di|vuole) crederci\b|\bchi non ha (?:niente|nulla|altro) di meglio da fare\b`,
		// Family Q (Q035): the staff's private life held up against a complaint ("anche chi gestisce
		// questa pagina nel weekend ha una vita").
		String.raw`\banche (?:noi|loro|chi\b[^.!?\n]{0,60}?|(?:gli|i|le|la|il|lo) (?:operator|dipendent|impiegat|collegh|addett|social media manager)\p{L}*) (?:abbiamo|ha|hanno|avremo|avra|avranno) (?:pure |anche )?una vita\b|\b(?:abbiamo|hanno) (?:pure |anche )?una vita anche (?:noi|loro)\b`,
	],
	/** Exasperation: the page tired of the citizen ("gliel'abbiamo detto mille volte", "quante volte dobbiamo ripeterlo", "ma insomma!"). */
	exasperation: [
		String.raw`\bma insomma\s*!`,
		String.raw`\b(?:te|ve|glie|l')?l?[oaie]?\s?(?:abbiamo|ho|avevamo|avevo) (?:gia )?(?:detto|ripetuto|spiegato|scritto) (?:(?:gia|almeno|piu di) )?(?:mille|cento|centomila|un milione di|\d{1,3}(?:\.\d{3})+|\d{3,}) volte`,
		String.raw`\bper (?:la |l')?(?:millesima|centesima|ennesima) volta\b[^.!?\n]{0,30}!`,
		String.raw`\bquante volte (?:dobbiamo|devo|dovremo|bisogna|si deve) (?:dirlo|ripeterlo|spiegarlo|scriverlo|ripetere|dire|spiegare|scrivere)\b`,
		String.raw`\bma davvero\s*\?`,
		String.raw`\b(?<verb>apre|arriva|passa|riapre|finisce|parte|risponde|ripara) quando \k<verb>\b`,
		String.raw`\bcome (?:gia )?ampiamente (?:spiegato|detto|scritto|chiarito|ripetuto)\b`,
		String.raw`\bnon c'era bisogno di (?:dircelo|scriverlo|ricordarcelo|ripeterlo|farcelo notare)\b`,
		String.raw`\bla pazienza e la virtu dei forti\b`,
		// Family M (M030): "come già spiegato più volte", "come detto decine di volte".
		String.raw`\bcome (?:gia )?(?:detto|spiegato|scritto|ripetuto|chiarito|ribadito) (?:gia )?(?:piu volte|mille volte|cento volte|decine di volte|n volte|fino alla noia|ripetutamente|in tutte le salse)\b`,
	],
	/** Blame turned on the citizen: whataboutism, "senti chi parla", doubt about their word, the fault put on them ("invece di lamentarsi…", "come fanno tutti", "se davvero l'ha fatto"). */
	blame: [
		String.raw`invece di (?:ripetere|inveire|insultare|lamentar\p{L}*|polemizzare|criticare|sparare)`,
		String.raw`(?:e|sei|siete|sono) (?:troppo|tanto) impegnat[oaie] a`,
		String.raw`(?<!\b(?:abbiamo fatto|ho fatto|facciamo|abbiamo fatto proprio) (?:una |delle )?)(?:pessime|pessima|brutte|brutta) figur[ae](?![^.!?\n]{0,40}\b(?:ci scusiamo|scusate|scusaci|ci scusi|ci dispiace|nostr\p{L}*|colpa nostra|lo ammettiamo|ammettiamo|per la citta|per il comune|per noi))`,
		String.raw`continua(?:te|i)? pure a (?:ridere|scherzare|lamentar\p{L}*|criticare|polemizzare|insultare)`,
		String.raw`\ba chi (?:solo )?per (?:invidia|gelosia|partito preso|denigrare)`,
		String.raw`\bdetto da (?:uno|una|gente|chi|te|lei|voi) (?:che|come)\b`,
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
		String.raw`\bcome fanno tutti\b`,
		String.raw`\bse davvero (?:lo |l')?(?:ha|hai|avete|aveste|avesse)\b`,
		String.raw`\b(?:strano|curioso|buffo) come (?:tutti|nessuno)\b`,
		String.raw`\binvece di (?:indignar\p{L}*|commentare)\b`,
		String.raw`\b(?:indignar\p{L}*|lamentar\p{L}*|commentare|criticare) dalla tastiera\b`,
		String.raw`\balle prossime elezioni (?:potra|potrai|potrete|puo|puoi|potete) votare\b(?=[^.!?\n]{0,30}\b(?:diversamente|altrimenti|qualcun altro|chi (?:vuole|preferisce|crede)|di conseguenza|come crede|come credi)\b)`,
		String.raw`(?:^|[.!?,;]\s*)e secondo (?:lei|te|voi)\b(?=[^.!?\n]{0,80}\b(?:dovrebbe|dovrebbero|dovremmo|dovrei|dovreste|avremmo dovuto|avrebbero dovuto)\b)(?![\s\S]*\b(?:scrivici|scriveteci|ci scriva|dicci|diteci|ci dica|raccontaci|proponi|proponete|suggerisci|suggerite|fateci sapere|facci sapere|ci faccia sapere|partecipa|partecipate)\b)[^.!\n]{0,100}\?`,
		String.raw`\bnon (?:e|era|sia|fosse) (?:poi )?cosi \p{L}+ come (?:pensa|crede|pensi|credi|pensate|credete|dice|dici)\b`,
		String.raw`\b(?:ti|la|le|vi) (?:prenderebbero|prenderemmo|prenderebbe) (?:piu |un po'? piu )?sul serio\b`,
		String.raw`\bquando (?:fa|faceva|fara) comodo a (?:te|lei|voi|loro)\b`,
		String.raw`\b(?:dett[oa]|dett[ie]) da (?:uno|una|gente|chi|te|lei|voi)\b`,
		String.raw`\b(?:alla faccia di|con buona pace di) (?:chi|quelli che|quanti|coloro che|tutti quelli che)\b`,
		String.raw`\b(?:chi si riduce|chi si e ridott\p{L}*|chi si riducono|ci si riduce|ridursi|vi riducete|ti riduci|si e ridott\p{L}*) (?:sempre |come al solito )?all'ultim\p{L}*`,
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
		// Family BQ: "scriverlo in maiuscolo non lo fa ripartire prima 😉" (BQ012); "i furbetti fanno ridere
		// finché…" (BQ013).
		String.raw`\bscriver\p{L}* (?:tutto )?in maiuscol\p{L}*\b[^.!?\n]{0,30}?\bnon (?:lo |la |li |le |ci |vi |ti )?(?:fa|fanno|serve|aiuta|accelera|velocizza)\b|\bfurbett\p{L}* (?:fanno|fa) (?:ridere|sorridere)\b`,
		// Family BK (BK011): the citizen's mother talked down to, "glielo spieghi piano e vedrà che ci arriva
		// anche lei"; family BJ (BJ022): a grieving citizen told "non serve il Comune per rimetterlo in piedi".
		String.raw`\b(?:(?:glielo|gliela|glieli|gliele) (?:spieg|ripet)\p{L}*|spiegaglielo|spiegateglielo|spiegarglielo)\b[^.!?\n]{0,60}?\bci (?:arriva|arrivera|arrivano|arriveranno) anche (?:lei|lui|loro|tua madre|sua madre|tuo padre|suo padre|tua nonna|sua nonna|tuo nonno|suo nonno|la nonna|il nonno)\b|\bnon (?:serve|servono|ci vuole|occorre) (?:il comune|l'amministrazione) per (?:rimetter|rialz|tirar\p{L}* su|raccoglier|rovesciar|raddrizz)\p{L}*|\bnon (?:serve|servono|ci vuole|occorre) (?:un genio|uno scienziato|la nasa|un premio nobel) per\b`,
		// Family AB (AB013): "un po' più di prudenza non guasterebbe a nessuno, eh! 😉".
		String.raw`\bun po'? (?:piu )?di (?:prudenza|attenzione|buon ?senso|educazione|cautela|rispetto|giudizio) non (?:guasterebbe|farebbe male|guasta mai)\b`,
		// Family Y (Y011, Y021): litter that "non si rovescia da solo", three fines that "dicono più
		// sulla guida che sulla segnaletica".
		String.raw`\bnon si (?:rovescia|rovesciano|butta|buttano|sporca|sporcano|abbandona|abbandonano|getta|gettano) da sol[oaie]\b`,
		String.raw`\bdic(?:e|ono) (?:molto |parecchio |ben )?(?:piu|di piu) (?:su|sul|sullo|sulla|sull'|sui|sugli|sulle|di|del|dello|della|dell'|dei|degli|delle) ?[^.!?\n]{1,40}? che (?:su|sul|sullo|sulla|sull'|sui|sugli|sulle|di|del|dello|della|dell'|dei|degli|delle)\b`,
	],
	/** Gossip: other people run down on the page, a supplier or a colleague ("campa cavallo", "non è la prima volta che ci combinano scherzi", "tra colleghi lo diciamo da anni"). */
	gossip: [
		String.raw`\bcampa cavallo\b`,
		String.raw`\b(?:e|con (?:quell[ie]|loro) e) (?:sempre )?la (?:solita|stessa) storia\b`,
		String.raw`\b(?:ci|ne) (?:combina|combinano|ha combinat\p{L}*|hanno combinat\p{L}*) (?:un'altra|di tutti i colori|scherzi|una delle sue|delle sue)\b`,
		// Family Y (Y022): "ne combina una al mese"; Y023: colleagues who "vivono ancora nel 1995".
		String.raw`\b(?:ci|ne) (?:combina|combinano) (?:una|due|tre|una nuova) (?:al giorno|alla settimana|a settimana|al mese|all'anno|ogni (?:giorno|settimana|mese))\b`,
		String.raw`\bviv(?:e|ono|ete) ancora (?:nel|negli|nell'|al|agli) ?(?:1\d{3}|anni (?:'|’)?[1-9]0|anni (?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)|secolo scorso|medioevo|preistoria|eta della pietra|giurassico|ottocento|novecento)\b`,
		String.raw`\btra (?:noi )?collegh\p{L}* (?:lo )?(?:diciamo|si dice|si sa|sappiamo)\b`,
		// Family AE (AE016, AE014): "con loro conviene insistere"; a councillor told "stavolta ci vediamo lì
		// invece che nei commenti 😉".
		String.raw`\bcon (?:loro|quell\p{L}*|questi|queste) (?:conviene|bisogna|serve|tocca) insistere\b`,
		String.raw`\b(?:ci vediamo|ci vedremo|la aspettiamo|ti aspettiamo|vi aspettiamo) (?:li|la|in aula|in consiglio) (?:invece che|anziche|piuttosto che) (?:nei|sui|sotto i) (?:commenti|social|post)\b`,
		// Family AD (AD018): the bus company's call centre that answers "quando va bene".
		String.raw`\b(?:rispond\p{L}*|arriv\p{L}*|passa|passano|funzion\p{L}*|lavora|lavorano) (?:solo )?quando (?:va bene|gli va|ne hanno voglia|hanno voglia|gli gira|capita)\b`,
		// Family AA (AA018, AA016): a company that "non è nuova a letture un po' strampalate"; the ribbon
		// that "stavolta lo taglierà qualcun altro".
		String.raw`\bnon (?:e|sono) (?:propriamente |proprio |certo )?nuov[oaie] (?:a|ad) [^.!?\n]{0,30}?\b(?:strampalat|sbagliat|errat|ritard|pasticc|error|disserviz|guast|svist|figurac|scivolon)\p{L}*`,
		String.raw`\bnastr[oi]\b[^.!?\n]{0,30}?\b(?:lo |li )?(?:taglier\p{L}*|tagli\p{L}*) (?:qualcun altro|qualcun'altra|un altro|un'altra|altri)\b`,
		// Family S (S022): "ormai lo sanno tutti che il postino passa un giorno sì e tre no".
		String.raw`\b(?:ormai|tanto) lo sanno tutti\b|\bun giorno si e (?:due|tre|quattro|dieci|\d+) no\b`,
		// Family Q (Q031): another person's reputation told to the citizen ("non sei il primo a
		// lamentarti di quel signore", "la Polizia locale lo conosce già bene").
		String.raw`\bnon (?:sei|e|siete) (?:il primo|la prima|i primi|le prime|l'unic[oa]|gli unici|le uniche) a (?:lamentar\p{L}*|segnalar\p{L}*|protestar\p{L}*) (?:di|per|contro|su) (?:quel|quella|quei|quelle|quello|questo|questa|il|la|lo|i|le|gli) (?:signor\p{L}*|vicin\p{L}*|tizi\p{L}*|person\p{L}*|ragazz\p{L}*|famiglia|inquilin\p{L}*|condomin\p{L}*|uomo|donna|individu\p{L}*)`,
		String.raw`\b(?:la polizia(?: locale| municipale)?|i vigili|i carabinieri|gli agenti|i servizi sociali|(?:tutto )?il quartiere) (?:lo|la|li|le) (?:conosce|conoscono|conosciamo) (?:gia |ormai |molto |fin troppo |piuttosto )*(?:bene|benissimo)\b`,
	],
	/** Shaming: telling the citizen to be ashamed ("si vergogni", "dovrebbe vergognarsi"). */
	shaming: [
		String.raw`\b(?:(?:vergognati|si vergogni|vergognatevi|vergogna a (?:lei|te|voi)))`,
		String.raw`\b(?:dovrebbe|dovrebbero|dovresti|dovreste) vergognar\p{L}*`,
		// Family Y (Y011): "ci sarebbe molto meno di cui vergognarsi".
		String.raw`\b(?:molto |ben |assai )?(?:meno|piu) (?:di cui|da) vergognar\p{L}*`,
		String.raw`\b(?:si|vi|ti) dovrebbe(?:ro)? vergognare\b`,
		// Family Q (Q041): a comment said to shame the whole town.
		String.raw`\b(?:comment\p{L}*|parole|messaggi|post|frasi|cose) (?:del genere|come (?:questo|questi|queste|il suo|il tuo|i suoi|i tuoi)|simili|cosi) (?:fanno|fa|farebbero|farebbe) vergognare\b`,
	],
} as const satisfies Record<string, readonly string[]>;

/** The kinds of mockery, as named in MOCKERY_FORMS. */
export type MockeryForm = keyof typeof MOCKERY_FORMS;

/**
 * Every form of mockery as a pattern of its own, for the gate: run one by one they take about half
 * the time of one pattern with all of them as alternatives, tried at every position. Ironic praise
 * apart: under a compliment "che bello leggere commenti così" is sincere (family AE).
 */
const each = (forms: readonly string[]): readonly RegExp[] => forms.map((form) => new RegExp(form, 'gu'));
export const MOCKERY_EACH: readonly RegExp[] = each(
	Object.entries(MOCKERY_FORMS).flatMap(([kind, forms]) => (kind === 'ironicPraise' ? [] : forms)),
);
export const IRONIC_PRAISE_EACH: readonly RegExp[] = each(MOCKERY_FORMS.ironicPraise);
