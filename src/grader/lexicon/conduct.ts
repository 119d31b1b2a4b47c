// Word lists and patterns of the conduct gates on tone: what a public administration's reply must
// never say to a citizen (insults, mockery; the threats are in threats.ts). The personal data it must never show or
// ask for in public are in personalData.ts. Patterns run on folded text (lowercase, no accents,
// typographic quotes unified).

/**
 * Lectures and put-downs: the page tells the citizen they should have known, read or thought
 * before ("se avesse letto il post avrebbe visto", "prima di scrivere potevi informarti", "di
 * solito ci si pensa prima"), or judges the person ("ti qualifichi da solo", "chi non sa neanche
 * cos'è un'email", "qualcuno i cartelli non li guarda"), or holds up everyone else ("la leggono tutti
 * gli altri senza problemi"); a lesson on what to forward ("prima di girarlo a mezzo paese ci pensiamo
 * due volte", "chi lo inoltra senza controllare fa solo danni", families BB and BC), not the office's
 * own care ("ci pensiamo due volte prima di pubblicare un avviso").
 */
export const LECTURE =
	/\bevidentemente non (?:hai|ha|avete|aveva|avevi|avevate) (?:letto|visto|guardato|capito|notato|controllato)\b|\bche evidentemente non (?:le|ti|vi) mancava\b|\ba quanto pare (?:e|sia|risulta) (?:troppo |molto |piuttosto )?(?:impegnativ|difficil|complicat|faticos|ostic)\p{L}*|\b(?:te|ve|glie)l[oa] (?:riassumiamo|ripetiamo|rispieghiamo|spieghiamo|riscriviamo),? (?:in parole semplici|con parole semplici|piano piano|lentamente|con calma)\b|\b(?:possa|possano|puo|sia|e) (?:risultare |essere )?un concetto (?:ostico|difficile|complicato)\b|\bse (?:avesse|avessi|aveste|avessero) (?:letto|guardato|controllato|visto|seguito|ascoltato|consultato)\b[^.!?\n]{0,60}\b(?:avrebbe|avresti|avreste|avrebbero) (?:gia |subito |anche )?(?:visto|saputo|trovato|letto|capito|notato|scoperto|evitato)\b|\bprima di (?:scrivere|commentare|lamentar\p{L}*|criticare|polemizzare|urlare|gridare)\b[^.!?\n]{0,50}\b(?:potevi|poteva|potevate|avresti potuto|avrebbe potuto|avreste potuto|dovevi|doveva|dovevate|bastava|sarebbe bastato|bisognava) (?:anche |almeno )?(?:informar\p{L}*|legger\p{L}*|controllar\p{L}*|guardar\p{L}*|verificar\p{L}*|chieder\p{L}*|pensar\p{L}*|studiar\p{L}*)|\b(?:ci si pensa|ci si doveva pensare|(?:bastava|bisognava|bisogna|doveva|dovevi|dovevate|poteva|potevi|potevate) pensarci) (?:un po'? )?prima\b(?! (?:di|che|d'))|\b(?:ti|si|vi) qualific(?:hi|a|ate) da sol[oaie]\b|(?<!\bse\b[^.!?\n]{0,30})\bnon (?:sa|sanno|sai|sapete) (?:neanche|nemmeno|neppure) (?:cos'?\p{L}*|come|dove|che|usare|accendere|leggere)|(?<!\bse\b[^.!?\n]{0,10})\bqualcuno\b[^.!?\n]{0,30}\bnon (?:li|lo|le|la|l') ?(?:guarda|legge|vede|rispetta|ascolta)\b|\b(?:\p{L}+(?:ano|ono) tutti gli altri|tutti gli altri (?:la |lo |li |le |l'|ci |ne )?\p{L}+(?:ano|ono))\b[^.!?\n]{0,60}\bsenza (?:problemi|difficolta)\b|\bprima di (?:dire che|scrivere che|accusare|giudicare|criticare|lamentar\p{L}*|polemizzare)\b[^.!?\n]{0,50}\b(?:bisognerebbe|bisogna|sarebbe meglio|sarebbe bene|converrebbe|dovrebbe|dovresti|dovreste) (?:anche |almeno )?(?:sapere|informar\p{L}*|capire|legger\p{L}*|controllar\p{L}*|conoscere|verificar\p{L}*)|\bprima di (?:girar|inoltrar|condivider|diffonder|rilanciar|mandar|postar)(?:lo|la|li|le)\b[^.!?\n]{0,50}\b(?:ci )?(?:pensiamo|pensa|pensate|pensarci) (?:bene )?due volte\b|\b(?:pensaci|pensateci|ci pensi|ci pensiamo) (?:bene )?due volte prima di (?:girar|inoltrar|condivider|diffonder|rilanciar|mandar|postar)\p{L}*|\bc'e (?:poco|ben poco|niente|nulla) da ridere\b|\bchi (?:lo |la |li |le |ne )?(?:inoltr|condivid|gir|diffond|rilanci|post|inv)\p{L}*\b[^.!?\n]{0,30}\bsenza (?:controllare|verificare|pensar\p{L}*|informarsi|leggere)\b[^.!?\n]{0,30}\b(?:fa|crea|causa|provoca) (?:solo |soltanto )?(?:del |dei )?(?:danni|danno|confusione|disastri|allarmismo)\b/gu;

/**
 * The manners of an insulting comment praised: "la ringraziamo per la squisita eleganza del suo
 * commento", "apprezziamo la finezza dei suoi toni". Sincere under a kind comment, sarcasm under
 * an insult: read only there.
 */
export const MANNERS_PRAISE =
	/\b(?:squisit[oaie] |grande |rara |estrema |notevole |apprezzabile )?(?:eleganza|finezza|raffinatezza|signorilita|delicatezza|cortesia|gentilezza|educazione|garbo|pacatezza|classe|stile) (?:del|dei|delle|della|con cui) (?:suo |tuo |vostro |sue |tue |vostre |suoi |tuoi |vostri )?(?:commento|commenti|parole|messaggio|messaggi|toni|modi|linguaggio|espressioni|ha scritto|hai scritto)\b/gu;

/** A comment that states a sensory disability ("sono ipovedente", "mio padre è sordo"). */
export const SENSORY_DISABILITY = /\b(?:ipovedent|non vedent|ciec|sord|non udent|sordocie)\p{L}*/u;

/**
 * The impaired sense made light of: "basta zoomare sulla foto" to a citizen who is partially sighted
 * says the barrier is their problem; "le locandine di solito si guardano 😅" laughs at it (DZ017, session 38), not the
 * office's own admission "abbiamo dato per scontato che le locandine di solito si guardano" (r38). Read only under a
 * comment that states the disability.
 */
export const SENSE_MADE_LIGHT =
	/\b(?:di solito|normalmente|solitamente|in genere|generalmente) (?:le locandine |i manifesti |i cartelli |le foto |le immagini |gli avvisi )?si (?:guardano|guarda|vedono|vede|ascoltano|ascolta|sentono|sente)\s*(?:😅|😄|😂|🤣|😉|😜|🙃|😏)|\b(?:basta(?:va|rebbe)?|e sufficiente|bastera) (?:solo |semplicemente )?(?:zoomare|ingrandire|guardare|leggere|vedere|ascoltare|sentire|alzare il volume)\b(?![^.!?\n]{0,40}\b(?:pulsante|tasto|funzione|menu|sottotitol\p{L}*|app|impostazion\p{L}*|lettore|sintesi vocale|annunci vocali|annuncio vocale|altoparlant\p{L}*|display|pannell\p{L}*)\b)/gu;

/**
 * Mock surprise opening a clause, under a grievance: "Walter, sorpresa: anche chi gestisce questa
 * pagina ha una vita" (family Q, Q035). An announcement under praise ("Sorpresa! Il concerto si
 * ripete sabato") is not read.
 */
export const MOCK_SURPRISE =
	/(?<=^|[,.;:!?]\s*)(?:sorpresa|udite udite|rullo di tamburi|indovina(?:te)? un po'?)\s*[:!]/gu;

/**
 * Telling the citizen to calm down, whatever they wrote: "Marco calmati, non serve fare l'isterico"
 * (family BZ). Written to a citizen it is a put-down, unless the citizen laughs and asks for it
 * ("qualcuno mi dica di calmarmi! 😂"). "Si calmi" counts as an order, opening a clause ("Signora, si
 * calmi"): "serve tempo perché il cane si calmi" speaks of someone else, "gli animi si sono calmati"
 * of a crowd. "Ti conviene darti una calmata" (HX024, session 42) as "datti una calmata".
 * The milder "stai sereno", "si rilassi" below are reassurance under a plain question and a put-down
 * only under a grievance.
 */
export const CALM_DOWN_RUDE =
	/(?:(?<=(?:^|[,.;:!?\u2026]\s*|\b(?:ma|e|ora|adesso|intanto|prima|per favore|la prego) ))si calmi\b|\b(?:(?<!\b(?:sono|erano|siamo|eravamo|si|ci|vi|li) )calmati|calmatevi|(?:si dia|datti|datevi|darti|darvi) una calmata)\b)/gu;

/**
 * Words that soothe or tease a friend but talk down to a citizen who complains: "stai sereno",
 * "rilassati", "beato lei", a tag ", sa?". Mockery only under a grievance: "state calmi e chiamate
 * il 115" in an emergency, "rilassati e goditi il concerto" under praise, "beata te che nuoti anche
 * d'inverno" are kind.
 */
export const CALM_DOWN =
	/\b(?:(?:stia|stai|state) calm[oaie]|(?:stai|state|stia) seren[oaie]|calma con (?:i|gli|le|il|lo|la|l') ?\p{L}+|si rilassi|rilassati|rilassatevi|beat[oa] (?:lei|te|voi))\b|,\s*(?:sa|sai|sapete)\s*\?/gu;

/**
 * Emoji of irony (wink, thinking face, clapping, smirk, upside-down face, shrug, yawn): mockery
 * under a complaint, a report, an opinion or an insult, unless the comment uses them too. Not the
 * sweat smile 😅: embarrassment, most often at the page's own mishap ("il microfono ha deciso di
 * scioperare 😅", family K).
 */
export const IRONIC_EMOJI = /(?:\u{1F609}|\u{1F914}|\u{1F44F}|\u{1F60F}|\u{1F643}|\u{1F937}|\u{1F971}|\u{1F92D})/gu;

/**
 * The smirk 😏: smug whatever the comment, unless it is praise or a joke or uses the sign itself. Every
 * smirk in the testers' families (ten, B to CQ) was in a reply they failed.
 */
export const SMUG = /\u{1F60F}/gu;

/**
 * Laughter, as emoji or in letters ("ahahah", "lol"): mockery when the comment complains, reports, asks or insults, not
 * under a joke (session 43: "Ahahah Rita, ha ragione, il fax ormai sta al museo 😂" under a comment that laughs at the fax,
 * IV006), unless the comment's laugh is at the staff (STAFF_LAUGHED_AT).
 */
export const LAUGHTER = /(?:\u{1F602}|\u{1F923}|\u{1F606}|\b(?:a?h(?:a|ah){2,}h?|lol|rotfl|lmao)\b)/gu;

/**
 * The page laughing at itself beside its laugh, in the laugh's sentence or the next one (session 45, families KE to KH, two
 * false alarms): a promise, "e qualcosa cambia davvero giuro 😂" (KH007), or its own notice admitted badly written, "Ciao
 * Daniela 😂 tranquilla, quell'avviso era scritto malissimo!" (KH050). A promise only after a claim that something works
 * or changes, not "due volte di fila è un record, giuro 😂" (r45d); and never where the reader is spoken of
 * (CITIZEN_IN_LAUGH): "quell'avviso era scritto malissimo, ma tu sei riuscito a capirlo ancora peggio! 😂" (r45d).
 */
export const LAUGH_AT_OURSELVES =
	/\b(?:(?:davvero|sul serio|cambia|cambiano|funziona|funzionano|arriva|arrivano)\b[^.!?\n]{0,15}?\b(?:lo )?giuro|colpa nostra|(?:un |e stato un )?nostro errore|abbiamo sbagliato|(?:era|e) scritt[oa] (?:male|malissimo|da cani|in modo confuso)|ci siamo spiegati (?:male|malissimo))\b/u;

/** The reader spoken of near a laugh: then the laugh may be at them, whatever else the sentence says of the page. */
export const CITIZEN_IN_LAUGH = /\b(?:tu|te|ti|tuo|tua|tuoi|tue|lei sei|lei ha|sua|suoi|sue|voi|vostr[oaie])\b/u;

/**
 * A wink that closes an offer of help, read in the words just before it: "Ti rispondiamo anche in privato 😉" under a
 * complaint (JL050, KH046: two testers wrote it as a warm closing), "ti aspettiamo 😉", "a presto 😉".
 */
export const WINK_WITH_OFFER =
	/\b(?:(?:ti|vi|le) (?:rispondiamo|riscriviamo|scriviamo|contattiamo|richiamiamo|aspettiamo|aggiorniamo)\b[^.!?\n]{0,30}|a presto|buona giornata|buona serata|buon fine settimana)\s*$/u;

/**
 * A comment that laughs at the people who work there, not at a thing: "ma qualcuno ci lavora lì o siete tutti in smart
 * working? 😂😂" (the course's shift pensioni-istituto-previdenza, c7). Laughing back at it is a retort.
 */
export const STAFF_LAUGHED_AT =
	/\b(?:siete (?:tutti|sempre|in ferie|in pausa|al bar|a casa)|qualcuno (?:ci )?lavora|(?:ma )?lavorate (?:mai|ogni tanto)|dormite|fannullon\p{L}*|scaldasedie|imboscat\p{L}*)\b/u;

/**
 * A person's age in a sentence the page laughs at: "il fax ce l'hanno ancora in tanti alla sua età
 * 😂", "magari ce l'ha la sua mamma, visto che è per over 65 😂" (families F and K). Laughing at the
 * fax with a citizen who laughs first is shared; laughing at their age is not.
 * Session 40 (GC009): "se la sua mamma è come tanti nostri anziani magari il fax ce l'ha ancora, accanto al grammofono 😂😂".
 * Session 43 (IT021): the things of old age, "ce l'avrà sicuro sua mamma, insieme alla dentiera e al televideo 😂😂".
 */
export const AGE_WORDS =
	/\b(?:(?:alla|della|con la|per la) (?:sua|tua|vostra|loro) eta|(?:over|ultra) ?[5-9]\d|vecchiett[oaie]|dentier[ae]|grammofon[oi]|(?:sua|tua|vostra) (?:mamma|madre|nonna|nonno|suocera|suocero)\b[^.!?\n]{0,30}?\b(?:che|ancora|magari)|come (?:tanti|molti|tutti (?:i|gli)|gli altri) (?:nostri |degli )?anzian\p{L}*)\b/u;

/**
 * A comment that holds a grudge without the words of a complaint: a promise kept waiting for years
 * ("la palestra promessa da 3 anni???", family BR; "ce la promettete dal 2021"), the page accused of
 * propaganda for the mayor or of five years asleep (family BS). A wink back at it is sarcasm, as under a
 * complaint; "bambini da 3 anni" or "manifesti di propaganda elettorale" hold no grudge.
 */
export const GRUDGE =
	/\b(?:promess[oaie] (?:da|ormai da|dal) (?:\d+ |due |tre |quattro |cinque |sei |dieci |tanti |troppi |molti )?(?:anni|mesi|\d{4})|(?:ce l[aoie]|ci) promett\p{L}* (?:da|dal) (?:\d+ |due |tre |quattro |cinque |sei |dieci |tanti |troppi |molti )?(?:anni|mesi|\d{4})|sono (?:anni|mesi) che (?:ce l[aoie] |ci |la |lo )?promett\p{L}*|(?:bella|solita|vostra|pura|tanta|altra) propaganda|propaganda (?:per|del|della|dell') ?(?:il |la |l')?(?:sindac|giunt|amministrazion|assessor)\p{L}*|(?:anni|mesi) a dormire|(?:vi|li) mandiamo (?:tutti )?a casa)\b/u;

/** A clown or an eye-roll aimed at the citizen, "?!": mockery in the register of a thread (laughter is LAUGHTER). */
export const MOCKING_SIGNS = /(?:\ud83e\udd21|\u{1F644}|\u{1F612}|\?!|!\?)/gu;

/**
 * Words that report an insult rather than say it: "ti chiediamo di non scrivere «pagliacci»", also
 * for the second of two insults ("dare del buffone o del pagliaccio a qualcuno", family AD); "qui non si danno dei
 * fannulloni ai dipendenti" (GX048, session 41).
 */
export const REPORTED_SPEECH =
	/\b(?:parol[ae] come|termini come|espressioni? come|insulti come|offese come|d(?:are|a|ai|ate|ando|ava|avi|anno) (?:del|dei|della|delle|degli|dello)|chiamare|definire|scrivere|scritto|usare (?:parole|termini)|non (?:si|puoi|puo|potete) (?:dire|scrivere|dare))(?:\s+\p{L}+,?\s+(?:o|e|oppure|ne)(?:\s+(?:del|dei|della|delle|degli|dello))?)?\s*$/u;
