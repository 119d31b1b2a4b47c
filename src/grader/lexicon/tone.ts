// Tone cues: the generic signs of a reply that talks about the citizen instead of answering them.
// The lists of mockery.ts and conduct.ts name whole expressions, and every outside tester found new
// ones they did not hold. These cues are parts of speech, not expressions: a sentence aimed at the
// citizen (target) that blames them in hindsight (reproach) or winks at them (irony), an aside before
// "comunque" that is not part of the answer, another person's faults told to the citizen, the
// record of the mayor praised, a warning that the page knows who the citizen is. Each cue alone is
// ordinary; reply/tone.ts reads them together, one sentence at a time. Patterns run on folded text.
// Every cue has a witness in tests/unit/grader/reply/tone.test.ts.

/**
 * The citizen as the subject or object of the sentence: second-person pronouns and verbs, the
 * formal Lei, a formal imperative that manages their feelings, "chi scrive" said of them.
 */
export const TARGET =
	/\b(?:tu|te|ti|tuo|tua|tuoi|tue|voi|vostr[oaie]|hai|sei|sai|puoi|devi|vuoi|fai|vai|stai|avevi|eri|potevi|dovevi|volevi|sapevi|pensi|credi|dici|scrivi|vedi|capisci|leggi|chiedi|trovi|ritieni|pretendi|avresti|dovresti|potresti|saresti|sapresti|staresti|stareste|avete|siete|sapete|potete|dovete|volete|fate|avevate|eravate|potevate|dovevate|pensate|credete|avreste|dovreste|potreste|lei|la sua|il suo|i suoi|le sue)\b|\bsi (?:rilassi|calmi|tranquillizzi|informi|legga|metta|faccia|ricordi|sbrighi|preoccupi)\b|\bchi (?:scrive|commenta|si lamenta|critica|protesta|ha voglia|si riduce)\b/u;

/**
 * Blame in hindsight or by contrast: what the citizen should have done ("la prossima volta" with no
 * promise of the page's or offer ("puoi") after it, nor "la prossima volta il commento verrà rimosso", "bastava", "avrebbe dovuto" but not "avresti
 * dovuto ricevere" nor "chiunque avrebbe potuto copiarli" or "che avrebbe potuto leggere chiunque" (someone else's act, GY010), "sarebbe bastato" but not "nasconderlo non
 * sarebbe bastato" (HD032), "era il caso di"), "invece di lamentarti", "evidentemente non", the fault called
 * theirs (not "non è colpa tua"), what they would have seen or known had they acted otherwise ("se
 * ti fossi presa la briga di leggere la bio avresti visto", "se avessi fatto la domanda prima adesso
 * non staresti qui a urlare", family CD; not "se avessi pagato entro 5 giorni avresti avuto lo
 * sconto", a rule explained, nor "se avesse bisogno", no past participle). A sentence in which the page admits its own fault
 * (SELF_BLAME) is no reproach.
 */
export const REPROACH =
	/(?<!\banche )\bla prossima volta\b(?![^.!?\n]{0,40}\b(?:\p{L}+iamo|\p{L}+remo|puoi|puo|potete|potrai|potra|potrete|basta|ti basta|le basta|vi basta|verra|verranno)\b)|\b(?:invece|anziche|piuttosto che) (?:di )?(?:\p{L}+ )?(?:lamentar|scriver|urlar|gridar|commentar|polemizzar|insultar|criticar|protestar|sfogar|perdere tempo|fare (?:polemic|la spiritos|recension))\p{L}*|\bbastava \p{L}+re\b|(?=sarebbe bastato)(?<!\bnon )\bsarebbe bastato\b|(?<!\b(?:chiunque|qualcuno|nessuno|altri|ognuno|chiunque altro|un malintenzionato|un estraneo) )\b(?:avresti|avrebbe|avreste) (?:potuto|dovuto)\b(?! (?:ricevere|trovare|avere|essere|arrivare|vedere arrivare)\b)(?! (?:\p{L}+ ){1,2}(?:chiunque|qualcuno|nessuno|un malintenzionato|un estraneo)\b)|\bera (?:il caso|meglio)\b|\b(?:dovevi|potevi|dovevate|potevate)\b(?! (?:ricevere|trovare|avere|essere)\b)|(?<!\bnon (?:e |era |sia )?(?:certo |mica |di certo )?(?:un |una )?)\b(?:colpa|problema) (?:tua|tuo|sua|suo|vostra|vostro)\b|\bevidentemente non\b(?!\s+\p{L}+iamo\b)|\bse (?:ti |si |vi |ci |lo |la |l'|li |le |ne )?(?:fossi|fosse|foste|avessi|avesse|aveste) (?:(?:gia|solo|prima|almeno|davvero|anche|bene|meglio) )?\p{L}+(?:at|ut|it|tt|st|s)[oaie]\b[^.!?\n]{0,100}?\b(?:(?:avresti|avrebbe|avreste) (?:gia )?(?:vist[oaie]|saput[oaie]|lett[oaie]|trovat[oaie]|capit[oaie]|notat[oaie]|scopert[oaie])|(?:staresti|starebbe|stareste) (?:qui|li|a))\b|\bchiaramente (?:indicat|scritt)\p{L}*|\b(?:difficile|impossibile) (?:da )?non\b/u;

/** The page admits its own fault: then "era meglio…" or "la prossima volta…" is about the page. */
export const SELF_BLAME =
	/\b(?:ci scusiamo|scusaci|scusateci|ci scusi|ci dispiace|ci spiace|(?:e stato |e |un )?(?:nostro|un nostro) errore|l'errore e (?:stato )?nostro|(?:e|la) colpa (?:e )?nostra|(?:hai|ha|avete) ragione|avremmo dovuto|dovevamo|potevamo|abbiamo sbagliato|(?:come|questa|la nostra) (?:giustificazione|scusa) (?:vale|conta|regge) poco)\b/u;

/**
 * Signs of irony: a wink, a smirk, rolled eyes, a laugh, a clap or a trophy; "eh" closing a
 * sentence, "ahah", "su," as a nudge, "davvero…?", "?!", a record, "addirittura", "persino",
 * "che bello".
 */
export const IRONY =
	/[\u{1F609}\u{1F60F}\u{1F644}\u{1F605}\u{1F602}\u{1F923}\u{1F604}\u{1F606}\u{1F61C}\u{1F921}\u{1F44F}\u{1F624}\u{1F612}\u{1F643}\u{1F3C6}\u{1F971}]|\beh\s*[.!?]?\s*$|\bahah|(?:^|[.!?]\s*)su,|\bdavvero\b[^.!?]*\?|\?!|\brecord\b|\baddirittura\b|\bpersino\b|\bperfino\b|\bche (?:bello|piacere)\b/u;

/**
 * A smile that turns an aside into a jab when the comment complains ("scrivere tutto in maiuscolo
 * non fa arrivare prima i tecnici 🙂 Comunque…"), besides the emoji of IRONY. Sympathy (😔, 🙏) is
 * not one.
 */
export const ASIDE_SMILE = /[\u{1F642}\u{1F60A}\u{263A}\u{1F60C}\u{1F937}\u{1F92D}\u{1F914}]/u;

/**
 * Another body or colleagues named in a sentence, and their unreliability told as a habit in the same
 * sentence, in any order: "purtroppo con quella ditta non è la prima volta", "dal centralino qualcosa
 * si perde per strada", "con il gestore non riusciamo nemmeno noi a ottenere risposte" (families AU
 * and AV), a vendor that "ci pianta in asso", a colleague's "brutta abitudine" (family BK), readings
 * with "la fantasia di un romanziere" (family BO), an office "che evidentemente non rilegge quello che ci manda" (EG029),
 * one "che come sempre se ne accorge per ultimi" (EI030, session 38), "è un disastro ogni settembre" (EK041), a
 * switchboard that records reports "quando se ne ricorda, cioè quasi mai" (EN044), an office that opened a site "senza
 * coordinarsi con nessuno" and a contractor that moved a stop "di testa sua" (EO045). The page's own office, or a sentence that
 * apologises, is no one else's fault.
 */
export const OTHER_BODY =
	/\b(?:ditta|(?<!\bun')impresa|azienda|gestore|societa|cooperativa|appaltator\p{L}*|fornitor\p{L}*|centralino|collega|colleghi|colleghe|con loro|spa|srl|acque di|acquedotto|uffic(?:io|i) (?:scuola|tecnico|tributi|anagrafe|ambiente|mobilita|lavori pubblici|manutenzion\p{L}*|servizi sociali|personale|verbali|informatic\p{L}*)|servizi informatici|sistemi informativi)\b|\bs\.p\.a\.(?!\p{L})/u;
export const UNRELIABLE =
	/\bsenza coordinarsi con nessuno\b|\b(?:ha|hanno) \p{L}+ (?:la |il |le |i |lo |gli )?\p{L}+ di testa (?:sua|loro)\b|\bquando se ne ricord\p{L}*|\bcioe quasi mai\b|\b(?:quanto|in quanto) a \p{L}+ non (?:e|sono) da meno\b|\b(?:e|sono) (?:sempre )?un (?:disastro|caos|delirio)\b(?=[^.!?\n]{0,30}\b(?:ogni|sempre|tutti gli|tutte le)\b)|\bevidentemente non (?:rilegg|controll|legg|verific)\p{L}*|\bse ne accorg\p{L}* per ultim\p{L}*|\b(?:come sempre|come al solito|come loro solito),? (?:se ne accorg|non (?:rilegg|controll|avvis|rispond)|in ritardo)\p{L}*|\bnon e (?:certo |mica )?la prima volta(?:\s*(?:[,.;:!?…)]|$)| che (?:succede|capita|sbaglia|sbagliano|perde|perdono|si perde|si perdono|combina|combinano|ci fa|ci fanno|ci lascia|ci lasciano))|\bsi perd\p{L}* per strada\b|\b(?:nemmeno|neanche|neppure) noi (?:riusciamo|otteniamo|ci riusciamo)\b|\bnon riusciamo (?:nemmeno|neanche|neppure) noi\b|(?<!\b(?:chiediamo|chiedo|invitiamo|preghiamo) di )\barmar\p{L}* di (?:santa |tanta |molta )?pazienza\b|\b(?:letture|lettura|bollette|bolletta|fatture|fattura|conti|contabilita|interpretazion\p{L}*) ['"]?creativ\p{L}*|\bne ha (?:gia )?fatt[ei] (?:piu d'una|parecchie|tante|di tutti i colori)\b|\bnon sarebbe (?:la|il) prim[oa]\b|\bla fantasia non (?:manca|gli manca|le manca)\b|\b(?:hai|ha|avete) i (?:tuoi|suoi|vostri) motivi\b|\b(?:i soliti|al solito loro|soliti) (?:ritard|pasticc|disguid|error)\p{L}*|\b(?:e|e stata|e stato|sara|diventa) (?:sempre |ogni volta |proprio )?un'impresa\b|\b(?:arriva|arrivano) sempre per ultim\p{L}*|\b(?:e )?invece eccoci (?:ancora )?(?:qua|qui)\b|\bsiamo alle solite\b|\bci risiamo\b(?! con (?:il|la|lo|i|le) (?:maltempo|neve|pioggia|caldo|ghiaccio|freddo|vento|allerta))|\b(?:di nuovo|ancora|un'altra volta)\b[^.!?\n]{0,30}\bcome al solito\s*(?:\.\.\.|…|[!])|\b(?:temo|temiamo) (?:che )?(?:serva|servira|ci voglia|ci vorra) (?:ben )?piu di (?:un|una|uno) (?!(?:giorn|settiman|mes|or|ann|minut)\p{L}*)|\bse (?:ti |vi |le |ci )?rispond(?:ono|e)\s*(?:\.\.\.|…|[:!])|(?<!\b(?:non|nessuno|verra|verranno|sara|saranno)\b[^.!?,;:\n]{0,20})\bpiant\p{L}* in asso\b|(?<!\bchi )\b(?:ha|hanno) (?:la |una |questa |quella |sempre la )?(?:brutta|cattiva|pessima) abitudine\b|(?<!\bchi )\b(?:ha|hanno) (?:il |questo |quel |sempre il )?(?:brutto |solito )?vizio di\b|\b(?:letture|lettura|bollette|bolletta|fatture|fattura|conti)\b[^.!?\n]{0,60}\bfantasi\p{L}*|\bavvis\p{L}* all'ultimo\b|\blascia(?:no)? a noi la figuraccia\b/u;
export const OWN_BODY =
	/\b(?:nostr[oaie]|il mio|la mia) (?:centralino|collega|colleghi|colleghe|ditta|gestore|fornitore|uffic(?:io|i))\b/u;

/**
 * Note taken of what the citizen wrote, as a reassurance with a wink (WINK, same sentence): "non si
 * preoccupi, ne abbiamo già preso nota 😉" to someone who confessed undeclared income (family BC). A
 * warning; "ne abbiamo preso nota 😉 la squadra passa domani" under a report is not.
 */
export const NOTED =
	/\b(?:non si preoccupi|non ti preoccupare|non preoccuparti|tranquill\p{L}*|stia seren[oa]|stai seren[oa])\b[^.!?\n]{0,40}\b(?:(?:ne |lo |la |li |l')?(?:abbiamo|teniamo) (?:gia |bene )?(?:preso nota|preso appunti)|ci siamo (?:gia )?(?:segnat|annotat)\p{L}*)\b/u;

/**
 * Applause: under a grievance that claps (👏👏, the citizen's sarcasm), a reply sentence that claps
 * back or calls the applause premature or more than due returns the sarcasm (family BO: "lascia
 * ancora tempo per qualche applauso in più 👏"; AV024: "gli applausi forse erano un po'
 * prematuri"). Applause the page says it deserved ("l'applauso ce lo siamo meritato 😅") is self-irony.
 */
export const CLAP = /\u{1F44F}/u;
export const CLAP_BACK =
	/\u{1F44F}|\bapplaus\p{L}*\b[^.!?\n]{0,30}?\b(?:in piu|prematur\p{L}*|incornic\p{L}*|in bacheca)\b|\b(?:qualche|altri|un altro) applaus\p{L}*/u;
export const CLAP_DESERVED = /\b(?:merit\p{L}*|lo ammettiamo|saremo|avremo|ci teniamo)\b/u;

/** The wink or smirk a warning is given with: not a laugh or a smile. */
export const WINK = /[\u{1F609}\u{1F60F}]/u;

/**
 * An aside confided to the reader: "detto tra noi", "che resti tra noi", "te lo diciamo in
 * confidenza". On a public page there is no "between us": what follows is the writer's own judgement
 * of the citizen, a colleague or another body (families AG, AU, AZ, BA: every one labelled so far
 * failed). A sentence in which the page admits its own fault (SELF_BLAME) is spared.
 */
export const CONFIDE =
	/\b(?:(?:sia )?dett[oa]|(?:che )?(?:resti|rimanga)) (?:tra|fra) (?:noi|me e te)\b(?![^.!?\n]{0,100}\b(?:brav\p{L}*|sorpres\p{L}*|bellissim\p{L}*|complimenti|preferit\p{L}*|speciale|regalo|emozionat\p{L}*)\b)|\b(?:detto|lo diciamo|te lo diciamo|ve lo diciamo|glielo diciamo) in confidenza\b(?![^.!?\n]{0,100}\b(?:brav\p{L}*|sorpres\p{L}*|bellissim\p{L}*|complimenti|preferit\p{L}*|speciale|regalo|emozionat\p{L}*)\b)/u;

/** The page's own feelings or troubles, shared: "anche noi aspettiamo", "più semplice anche per noi". */
export const WE_TOO =
	/\b(?:anche|pure) (?:noi|per noi|a noi|(?:la|il|i|le) nostr\p{L}*)\b|\bper noi (?:stessi|per primi)\b/u;

/**
 * A reproach as a wish about the past or the present: "se il cimitero lo controllassero loro ogni
 * tanto, non servirebbero le segnalazioni" (family AZ), "se leggesse ogni tanto i cartelli, saprebbe…".
 * The imperfect subjunctive after "se", with "ogni tanto" or "un minimo", and a conditional after it,
 * blames whoever it is about; "se avesse bisogno di aiuto ogni tanto, lo sportello è aperto" offers.
 */
export const IF_ONLY =
	/\bse\b[^.!?\n]{0,50}?(?:\b\p{L}{2,}(?:assero|essero|issero|asse|esse|isse)\b[^.!?\n]{0,30}?\b(?:ogni tanto|un minimo)|\b(?:ogni tanto|un minimo)\b[^.!?\n]{0,30}?\b\p{L}{2,}(?:assero|essero|issero|asse|esse|isse))\b[^.!?\n]{0,80}?\b\p{L}{2,}(?:rebbe|rebbero|remmo|reste|resti)\b/u;

/**
 * What the citizen could have done first, said with a wink (IRONY, in the same sentence): "la
 * determina è consultabile da chiunque, anche prima di scrivere un pezzo 😉", "sarebbe stato forse
 * più rapido che chiederlo su Facebook … 😉" (family AZ).
 */
export const HINDSIGHT =
	/\b(?:anche|gia|magari|basta(?:va)?) prima di (?:scrivere|chiedere|commentare|lamentar\p{L}*|protestare|pubblicare|postare|fare polemic\p{L}*|puntare il dito|accusare|criticare)\b|\bsarebbe stato (?:forse |certamente |sicuramente |senz'altro )?piu (?:rapido|semplice|facile|veloce|comodo|utile|breve)\b/u;

/**
 * The citizen's count of a wait corrected with the weekend: "diciamo che dei tre giorni, due erano
 * sabato e domenica" (families AZ and BC, on the same exercise). An explanation says when the page is
 * read ("nel fine settimana la pagina non è seguita"); this one scores a point off the citizen.
 */
export const COUNTED_BACK =
	/\bdei (?:due|tre|quattro|cinque|sei|sette|\d{1,2}) giorni\b[^.!?\n]{0,25}?\b(?:uno|due|tre|\d) (?:era|erano|cadevano|sono stati) (?:di |un |il |nel )?(?:sabato(?: e domenica)?|domenica|festiv\p{L}*|fine settimana|weekend)\b/u;

/**
 * The mayor, the council, a list or the opposition with a judgement: their record praised
 * ("finalmente", "a differenza di", "chi merita"), the opposition run down ("dormire",
 * "ostruzionismo"), a wink; earlier promises called broken ("promesse rimaste sulla carta", family W);
 * work the mayor "ha voluto sbloccare appena insediato" (family BJ).
 */
export const POLITICS =
	/\bpromesse (?:rimaste (?:sulla carta|nel cassetto)|mai mantenute|a vuoto)\b|\b(?:sindac[oa]|giunta|(?:questa|nostra|attuale|vecchia) amministrazione|assessor\p{L}*|consiglier\p{L}*|presidente del consiglio|maggioranza|minoranza|opposizione|chi c'era prima|precedent\p{L}* amministrazion\p{L}*|lista (?:civica|elettorale)|campagna elettorale)\b[^.!?\n]{0,80}(?:\b(?:benissimo|(?<!\b(?:citta|paese|comunita|quartiere|volontari|associazioni|squadra|cittadini|scuola)\b[^.!?\n]{0,30})fier\p{L}*|finalmente|a differenza d|(?:un|il|bel|bellissimo|grande) regalo (?:alla citta|al paese|ai cittadini|a tutti|al quartiere)|(?<!\bche (?:hanno |ha )?)lavorat\p{L}* (?:tanto|tantissimo|bene|sodo)|sbloccat\p{L}*|(?:ha|hanno) (?:fortemente )?(?:voluto|saputo) (?:sbloccar|far partir|avviar)\p{L}*|appena (?:insediat|elett)\p{L}*|dormire|ostruzionismo|promesse|chi merita|quanto (?:ha|abbia) fatto|chi (?:ha|abbia) fatto|(?:le|li|si) (?:finisce|finiscono|porta a termine|portano a termine|completa|completano)|(?:e|sono) li a dimostrarlo)|[\u{1F609}\u{1F91E}\u{1F605}\u{1F602}\u{1F604}\u{1F606}\u{1F923}\u{1F60F}\u{1F643}\u{1F61C}])|\bil presidente\b[^.!?\n]{0,80}[\u{1F609}\u{1F605}\u{1F602}\u{1F604}\u{1F606}\u{1F923}\u{1F60F}\u{1F643}\u{1F61C}]/u;

/**
 * A warning that the page knows who the citizen is or keeps what they wrote: "sappiamo chi sei",
 * "sanno dove abita", "abbiamo il suo nome", "il suo commento è salvato", "stia attento", "ci pensi
 * due volte", "farsi notare"; a counter-threat ("non sono loro quelli che dovrebbero preoccuparsi",
 * family W), inspections hinted at ("un commento pubblico è un ottimo punto di partenza per chi fa i
 * controlli", "il Comune controlla più di quanto pensi", family Y; "controlla le dichiarazioni, più spesso
 * di quanto si pensi", family BC), a screenshot of the comment kept, a comment that "resta agli atti" (not "agli
 * atti della consultazione", where it counts as a contribution, r21-017), a
 * matter to look into "in altra sede" (families BF and BG), "il tuo nome se lo ricordano" (family BK),
 * "conosce bene la strada che lei fa ogni mattina", "non farsi venire altre idee" (family BO),
 * but not reassurance ("non
 * dovrebbe preoccuparsi") nor a duty ("dovrebbe preoccuparsi di…").
 */
export const WARNING =
	/\b(?:i )?(?:commenti|messaggi|post) (?:restano|rimangono) (?:agli atti|registrati|archiviati|salvati)\b|\b(?:si (?:guardano|controllano|verificano|ricontrollano)|guardiamo|controlliamo|verifichiamo|ricontrolliamo) anche (?:gli anni (?:precedenti|passati|prima)|il passato|(?:le|gli) (?:annualita|anni) (?:precedenti|passat[ei]))\b|\b(?:sappiamo|sanno|conosciamo|conoscono) (?:bene |benissimo |gia |perfettamente )?(?:chi (?:sei|e|siete)\b|dove (?:abit|viv|lavor|stai|sta)\p{L}*)|\b(?:salvat|conservat|archiviat)\p{L}* (?:tutt\p{L}*|il (?:tuo|suo) commento)|\b(?:stia|stai|state|starei|starebbe|starebbero) (?:molto |bene )?attent\p{L}*(?![^.!?\n]{0,30}\b(?:in macchina|in auto|alla guida|quando guid\p{L}*|in strada|sulla strada|su quella strada|per strada|al ghiaccio|alla neve|al freddo|al caldo|alle truffe|ai truffatori|ai sottopassi|al torrente|in bici|a piedi|ai bambini|al cane|alle scadenze|alla scadenza|ai funghi|alle zecche|alle vipere|alle api|al fuoco|alle onde|alla corrente|ai petardi|ai fuochi)\b)|\b(?:pensarci|pensaci|ci pensi) due volte\b(?=\s*(?:[.!?…]|$)|\s+prima di (?:scrivere|commentare|postare|insultare|accusare|ripeterlo|rifarlo|farlo))|\b(?:pensarci|pensaci|ci pensi) due volte\b(?<=\bprima di (?:crederci|credere|condivider\p{L}*|scriver\p{L}*|comment\p{L}*|girar\p{L}*|postar\p{L}*|insultar\p{L}*|accusar\p{L}*)\b[^.!?\n]{0,60}(?:pensarci|pensaci|ci pensi) due volte)|\bfarsi (?:notare|vedere)\b|\bteniamo d'occhio\b(?=\s*(?:[.!?…,;:]|$|\p{Extended_Pictographic}|(?:te|lei|voi|la situazione tua|i tuoi|i suoi|chi)\b))|(?<!\b(?:non|nessuno) )\b(?:dovrebbe|dovrebbero|dovresti|dovreste) preoccupar\p{L}*\b(?! di\b)|\bmi preoccuperei\b|\b(?:incrociando|confrontando|incrociamo|confrontiamo) i (?:suoi |tuoi )?dati con chi di dovere\b|\b(?:il (?:tuo |suo )?commento|quello che (?:hai|ha) scritto) (?:intanto |comunque |pero |gia )?(?:l'abbiamo|lo abbiamo) letto\b|\bproprio (?:gli|le|i|la|il|quell\p{L}*) (?:\p{L}+ ){1,2}che (?:ha|hai|avete) (?:appena )?(?:chiamat|definit|insultat|offes|accusat)\p{L}*|\b(?:si ricostruiscono|si ricostruisce|si risale|risaliamo|ricostruiamo) (?:\p{L}+ )?(?:facilmente|in fretta|subito|senza problemi)\b|\b(?:punto di partenza|spunto|indizio|aiuto|regalo|favore|segnalazione) (?:\p{L}+ )?per (?:chi fa (?:i )?controlli|chi controlla|i controllori|gli ispettori|la (?:guardia di )?finanza|l'agenzia delle entrate|i controlli)\b|\bcontroll\p{L}*\b[^.!?\n]{0,50}\bpiu di quanto (?:pensi|pensa|pensate|credi|crede|credete|immagini|immagina|immaginate)\b|\b(?:abbiamo|ha gia|hanno gia|conosc\p{L}*|teniamo|sappiamo) (?:gia |bene |benissimo )?(?:il suo|il tuo|la sua|la tua) (?:nome|faccia|profilo|indirizzo)\b|\b(?:polizia(?: locale| municipale| postale)?|vigili|carabinieri|finanza|forze dell'ordine|autorita|ispettori|controllori|chi (?:fa|effettua) (?:i )?controll\p{L}*)\b[^.!?\n]{0,20}\b(?:i |tutti i )?(?:commenti|messaggi|post)\b[^.!?\n]{0,20}\b(?:li|le) (?:legg|guard|segu|controll|monitor)\p{L}*|\b(?:i |tutti i )?(?:commenti|messaggi|post)\b[^.!?\n]{0,25}\b(?:li|le) (?:legg|guard|segu|controll|monitor)\p{L}* (?:anche |pure |sempre |tutti |tutte )?(?:la |le |i |gli )?(?:polizia|vigili|carabinieri|finanza|forze dell'ordine|autorita|ispettori|controllori|chi (?:fa|effettua) (?:i )?controll\p{L}*|uffici\p{L}* che (?:fa|fanno|effettua|effettuano) (?:i )?controll\p{L}*)\b|\b(?:quanto|cio che|quello che) (?:ha |hai |avete )?scritto (?:resta|rimane|restera|rimarra) (?:comunque |sempre )?agli atti\b(?! (?:della|del|dello|dell'|di questa|di questo) ?(?:consultazion|procediment|istruttori|percors|assemble|consigli|pratic|question|indagin|segnalazion)\p{L}*)|\b(?:controll|verific|accert)\p{L}* (?:(?:le|i|la|il|tutte le|tutti i) )?(?:(?:sue|tue|vostre|suoi|tuoi|vostri) )?(?:dichiarazion|redditi|autocertificazion|isee|domand|conti|movimenti)\p{L}*\b[^.!?\n]{0,30}\bpiu (?:spesso|di frequente) di quanto (?:si )?(?:pensi|pensa|pensiate|crede|credi|creda|crediate|immagini|immagina)\b|(?<!\b(?:mand|invi|allegh|allega|inoltr)\p{L}* (?:in privato )?(?:anche )?(?:uno |lo )?)\bscreenshot (?:di questo|di quel|del (?:suo|tuo|vostro)|dei (?:suoi|tuoi|vostri)) (?:commento|commenti|post)\b|\b(?:(?:il (?:suo |tuo |vostro )?|questo |quel )(?:commento|post)|il (?:suo|tuo|vostro) messaggio)\b[^.!?\n]{0,25}\b(?:resta|rimane|restera|rimarra) agli atti\b(?! (?:della|del|dello|dell'|di questa|di questo) ?(?:consultazion|procediment|istruttori|percors|assemble|consigli|pratic|question|indagin|segnalazion)\p{L}*)|\b(?:qualcuno|chi di dovere|gli interessati|i diretti interessati|potrebbe|potrebbero|si potrebbe|si possono|si puo|si potra|si potranno)\b[^.!?\n]{0,40}\b(?:approfond|valut|persegu|port|discut)\p{L}* in (?:altra|altre|opportuna|opportune|separata|diversa) sed[ei]\b|\b(?:i nomi|i profili|i dati) (?:di chi|delle persone che) (?:scriv|comment|insult|offend|minacci)\p{L}*\b[^.!?\n]{0,40}\b(?:li )?(?:conserviamo|teniamo|salviamo|annotiamo|segniamo)\b|\bnon sempre (?:la faccenda|la cosa) (?:finisce|resta|rimane) (?:su facebook|sui social|su questa pagina)\b|\b(?:la multa|le multe|la sanzione|le sanzioni)\b[^.!?\n]{0,20}\bnon (?:la|le) (?:togli|lev|risparm|abbon)\p{L}* a nessuno\b|\b(?:il tuo|il suo|il vostro) (?:nome|faccia)\b[^.!?\n]{0,20}?\b(?:(?:se|ce) (?:lo|la) ricord\p{L}*|non (?:lo |la )?dimentic\p{L}*)|\b(?:si|ci) ricord\p{L}* (?:bene |benissimo )?(?:il tuo|il suo|il vostro) nome\b|\b(?:sappiamo|sanno|sa|conosciamo|conoscono|conosce) (?:bene |benissimo |gia |perfettamente )?(?:la strada che (?:lei |tu )?(?:fa|fai|percorre|percorri)|(?:dove|quando|a che ora) (?:passa|passi|esce|esci|parcheggia|parcheggi))\b|\bnon (?:farsi|farti|si faccia|ti faccia|fatevi) venire (?:altre |strane |certe |brutte )?idee\b|\ble facce si ricord\p{L}*\b/u;

/**
 * The writer laughing at themselves in an aside: "stavolta risponde una persona in carne e ossa,
 * giuro: io e un caffè ormai freddo ☕😅 Scherzi a parte…" (family BM). Irony with the writer as its
 * subject ("io e un…", "noi con il…"), and no one else in it (SOMEONE_ELSE), mocks nobody.
 */
export const SELF_JOKE = /\b(?:io|noi) (?:e|con) (?:un|una|il|la|lo|i|le|gli|l')\b|\bin carne e ossa\b/u;
/** Someone else in the aside: then it is no joke on the writer ("giuro, chi ha scritto… 😅"). */
export const SOMEONE_ELSE = /\b(?:chi|c'e chi|qualcuno|collega|colleghi|colleghe)\b/u;

/**
 * The turn back to the answer after an aside: "comunque", "cmq", "scherzi a parte", "detto
 * questo", "per la cronaca", at the start of a sentence or after a comma, a colon or an emoji
 * (the word is the first group).
 */
export const ASIDE_END =
	/(?:^|[.!?:;,)\u{1F300}-\u{1FAFF}]\s*)(comunque(?! (?:entro|non oltre|non prima|prima (?:di|delle)|dopo (?:le|il)|alle|dalle)\b)|cmq|scherzi a parte|battute a parte|detto cio|detto questo|per la cronaca|ad ogni modo|in ogni caso|tornando a noi|per il resto)\b/u;

/**
 * An insinuation: "diciamo solo che…", "a buon intenditor…", "chi vuol capire capisca". With a wink
 * (IRONY) after "diciamo solo che", or alone for the proverbs, the sentence hints at what the page
 * may not say (family W: the mayor "non ci sembra il tipo che molla 😉"); a councillor's motive
 * guessed, "meno comodo per fare annunci 😉" (family BJ).
 */
export const HINT =
	/\b(?:sempre che (?:stavolta|questa volta|almeno stavolta|almeno questa volta)(?![^.!?\n]{0,15}\b(?:meteo|tempo|pioggia|sole|vento)\b)|diciamo che non (?:sei|e) (?:il primo|la prima|l'unic[oa])|diciamo solo che|ci limitiamo a dire che|non diciamo altro|lo diciamo sottovoce|un'idea (?:te la|ve la|se la) (?:puoi|potete|puo|potrai|potrete) fare (?:da sol\p{L}*|benissimo|tranquillamente)|dopo (?:questi )?(?:cinque|5|dieci|10) anni (?:cosi|come questi))\b|\b(?:meno|piu) (?:comod|utile|adatt|efficac|facil)\p{L}* (?:per (?:fare |farsi )?(?:gli |le |i )?|ai |agli |alle )(?:annunci|proclami|propaganda|polemic\p{L}*|campagna|passerella)\b/u;
export const HINT_ALONE = /\b(?:a buon intenditor\p{L}*|chi vuol(?:e)? capire capisca|e ho detto tutto)\b/u;

/**
 * Who did it, hinted at: "sempre la solita compagnia delle case popolari", "i soliti noti" (family BI).
 * A band or a theatre company is no hint: "la solita banda cittadina".
 */
export const USUAL_SUSPECTS =
	/\b(?:i soliti noti|(?:la solita|sempre la solita) (?:compagnia|banda|combriccola)(?! (?:teatral|music|cittadin|comunal|di (?:musica|teatro))\p{L}*))\b/u;

/**
 * A criticism answered with what something "would say" and a wink (WINK): "il nuovo parco giochi
 * direbbe il contrario 😉" (family BF). Partisan when the mayor, the council or the vote is near.
 */
export const REBUT =
	/\b(?:direbbe|direbbero|dimostrerebbe|dimostrerebbero|racconterebbe|racconterebbero) (?:il contrario|altro|un'altra storia)\b/u;

/** Words that make "la solita compagnia" a show's cast, not a hint ("proiettiamo I soliti noti"). */
export const SHOW = /\b(?:film|proiezion\p{L}*|cinema|spettacol\p{L}*|concert\p{L}*)\b/u;

/** A sentence that trails off ("ci stiamo lavorando... 🙈"): the next one goes on with its subject. */
export const TRAILS_OFF = /(?:\.{2,}|…)\s*(?:\p{Extended_Pictographic}\s*)*$/u;

/** A lone "Occhio." (or "Occhio eh 😉") as a sentence of its own. */
export const LONE_WARNING = /^\s*occhio\s*(?:eh\s*)?[.!…]*\s*(?:\p{Extended_Pictographic}\s*)*$/u;

/** A hazard the reply names, which makes "Occhio!" advice: scams, ice, storms, heat, fires. */
export const HAZARD =
	/\b(?:truff\p{L}*|ghiacci\p{L}*|gelat\p{L}*|allerta|neve|pioggia|temporal\p{L}*|vento|caldo|incendi\p{L}*|phishing|sms|link)\b/u;

/** "Lui" with a grin or a wink in the same clause: a person laughed at ("se l'avesse capito lui 😄"). */
export const LAUGH_AT_HIM =
	/\blui\b[^.!?\n,;:]{0,12}[\u{1F605}\u{1F604}\u{1F609}\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F643}\u{1F60F}]/u;

/** The mayor, the council or the vote near a hint: then the hint is partisan (reply/tone.ts). */
export const POLITICAL_WORD =
	/\b(?:sindac[oa]|giunta|assessor\p{L}*|candidat\p{L}*|ricandid\p{L}*|elezion\p{L}*|lista|consiglier\p{L}*|opposizione|maggioranza|campagna elettorale|propaganda)\b/u;
