// Word patterns of the impartiality gates: a public administration's page speaks for every citizen,
// so it takes no political side (art. 97 of the Constitution; during an election campaign, art. 9
// of law 28/2000 also bars any institutional communication that is not impersonal) and treats every
// group alike (art. 3; those patterns are in prejudice.ts). Patterns run on folded text (lowercase, no accents,
// quotes unified).

/** The administration's own political side: mayor, council, majority, government. */
const POWER = String.raw`(?:sindac[oa]|vicesindac[oa]|prim[oa] cittadin[oa]|giunta|assessor[ea]|assessori|maggioranza|(?:nostra |questa )?amministrazione(?: comunale| uscente)?|governo|president[ea] della regione)`;

/** The other side: opposition, minority, the previous administration, the citizen's own party. */
const OPPONENT = String.raw`(?:opposizion[ei]|minoranza|(?:precedent[ei]|vecchi[ae]|passat[ae]|scors[ae]) (?:amministrazion[ei]|giunt[ae]|maggioranz[ae])|(?:amministrazion[ei]|giunt[ae]|maggioranz[ae]) (?:precedent[ei]|passat[ae]|di prima)|chi (?:c'era|governava|amministrava|c'e stato) prima|quando (?:governavate|amministravate|governavi|c'eravate) (?:voi|tu)\b|quelli (?:di prima|che c'erano prima|prima di noi)|(?:(?:al|dal|del|nel|sul)?la (?:tua|sua|vostra)|la cui) (?:maggioranza|giunta|amministrazione|parte politica|coalizione)\b|(?<!\b(?:fa|fare|fate|faccia|facciano|facciamo|fai|fatto|facendo|fanno|faccio|fara|farete|per|ognuno|ciascuno) )(?:(?:del)?la tua|(?:del)?la sua|(?:del)?la vostra) parte\b(?! (?:di|del|della|dei|degli|delle|in|nel|nella)\b)|chi (?:per|in) (?:\p{L}+|\d+) anni (?:e stat[oa] |stava |sedeva )?(?:in giunta|al governo|in maggioranza|al potere)|chi (?:ha|aveva|hanno|avevano) governato|chi (?:per (?:\p{L}+ )?anni )?ha votato contro|quando a governare (?:c'era|c'eravate voi|c'eri tu|eravate voi|eri tu)|(?:il tuo|il suo|il vostro) (?:partito|schieramento|candidato|gruppo(?: consiliare| politico)?)|(?:del|al|dal|nel|col) (?:tuo|suo|vostro) (?:partito|schieramento)|(?:quella|questa|la tua|la sua|la vostra) lista|(?:i tuoi|i suoi|i vostri) candidati|quando (?:governavate|amministravate|governavi|amministravi|governavano|amministravano|governava|amministrava|c'eravate voi|c'eri tu|eravate voi|eri tu)|quelli li,? quando c'erano)`;

/** Parties and movements by name. */
/** A term of office named: "in questi cinque anni", "il mandato". */
const TERM = String.raw`(?:(?:in |negli |nei )?(?:questi|ultimi)(?: (?:due|tre|quattro|cinque|dieci))? anni|(?:in |i |nei )?(?:cinque|dieci) anni|mandato|legislatura|consiliatura)`;

const PARTY = String.raw`(?:pd|partito democratico|lega(?! (?:italiana|del|navale|per|ambiente|antivivisezione|nazionale|pro|calcio|pallavolo|basket|serie|dilettanti))|fratelli d'italia|fdi|forza italia|m5s|movimento (?:5|cinque) stelle|(?:i )?(?:5|cinque) stelle|italia viva|sinistra italiana|avs|rifondazione comunista|casapound)`;

/** Pride or a promise kept, said of a political actor: "il sindaco può andare fiero". */
const PRIDE = String.raw`(?:(?<!\b(?:citta|paese|comunita|quartiere|tutti|volontari|associazion\p{L}*|squadra|cittadin\p{L}*|scuola) )(?:puo|possono|potra|potranno|deve|devono|va|vanno) (?:andare|essere|sentirsi) (?:molto |davvero |giustamente |proprio )?(?:fier|orgoglios)\p{L}*|(?<!\b(?:ditta|impresa|azienda|cooperativa|squadra|volontari|societa) )(?:ha|hanno) mantenuto (?:la |le )?(?:promess\p{L}*|parola|impegn\p{L}*)|(?<!\bche )(?:ha|hanno) lavorato (?:davvero |proprio |molto |cosi )?(?:tanto|tantissimo|moltissimo|sodo|bene|benissimo)|(?:ha|hanno) lavorato,? (?:eccome|(?:che )?piaccia o no|altro che)|(?:sta|stanno) lavorando (?:davvero |proprio |molto |cosi )?(?:tanto|tantissimo|moltissimo|sodo|benissimo)|non (?:taglia|tagliano) solo (?:i )?nastri)`;

/** Credit for someone's work, before whose it is: "merito del sindaco", "il grande lavoro della giunta". */
const CREDIT = String.raw`(?:(?<!\b(?:nel|in|di) )merito|vanto|fiore all'occhiello|(?:grande|grandissim[oa]|straordinari[oa]|ottim[oa]|eccellente|splendid[oa]|enorme|magnific[oa]|fantastic[oa]|encomiabile|instancabile|lungimirante) (?:lavoro|risultato|impegno|successo|opera|visione|guida))`;

/** Blame: the other side failed, lied, wasted, exploits the matter. */
// Blame words. Session 40 (families FU to GB, after they were read): a list the comment names that would send the town
// "indietro di vent'anni" (FU021) or kept "poche" promises (FV050); a site "rimasta ferma per anni proprio quando governava
// la tua parte" (FY022); "se la tua parte politica non avesse bloccato il bilancio" (GA004), "ci si aspetterebbe meno slogan";
// "se la tua opposizione non avesse fatto slittare il bilancio" (GG041), "la sua parte politica ha governato Valverde per
// dieci anni senza mettere un euro sulla palestra" (GI016), "a casa ci andrete voi di Rinascita Valverde" (GJ049); "senza
// posare un mattone" (GP049), "Rinascita Valverde … non si è visto niente" (GO049), "un programma ancora non l'ha presentato" (GP041).
// Session 41 (families GS to GV, after they were read): with OPPONENT's "la cui parte politica", "un consigliere la cui parte
// politica in dieci anni … non l'ha nemmeno progettata" (GS021); families HA to HD: "quando governavate voi non ci avete
// messo un euro" (HB015), a list "che in campagna elettorale sa solo insultare" (HA004); families HE to HH: "i tre anni di
// ritardo li dobbiamo anche alla tua parte politica" (HH016), not "l'opposizione ha votato contro tutte e tre le delibere",
// the record told (r41d); "Rinascita Valverde il programma l'ha copiato mezzo dal nostro" (HK015); "quando governavano hanno lasciato solo debiti"
// (HW009, session 42), "campagna elettorale sulla pelle dei bambini come fa la tua lista" (IE031); families IQ to IX (session
// 43): "con quelli lì il paese andrebbe sotto" (IQ002), "quando governava ha lasciato buchi di bilancio" (IU027); family JP
// (session 44): "di opere ne inaugura tante, cosa che chi c'era prima si sognava" (JP028), not a project "in tanti se lo
// sognavano" (r44b).
const BLAME = String.raw`\b(?:l'ha|l'hanno|lo ha|lo hanno|ha|hanno) copiat[oa]\b|\b(?:ritard\p{L}*|problem\p{L}*|disagi|guai)\b[^.!?\n]{0,20}?\b(?:li|lo|la|le) (?:dobbiamo|devi|deve|dovete|devono)\b|\b(?:c'era|c'erano|esisteva|esistevano|stava|stavano) (?:solo|soltanto) (?:sui volantini|sulla carta|nei programmi|a parole|negli annunci|nei comizi|nei rendering)\b|\bnon (?:ci )?(?:ha|hanno|avete|hai|aveva|avevano|avevate) (?:mai )?messo (?:un euro|un centesimo|un soldo|una lira|un mattone|una pietra)\b|\bsa(?:nno)? solo (?:insultare|attaccare|criticare|urlare|fare polemica|lamentarsi)\b|(?:disastr|sprec|maceri|fallimen|incapac|incompetent|strumentalizz|sciacall|speculazion|bugi|menzogn|immobilism|ostruzionism)\p{L}*|\b(?:anni|mesi) di (?:promesse|chiacchiere|annunci|nulla|parole)\b|\bnon (?:l'|lo |la |li |le |ne )?(?:ha|hanno|aveva|avevano|avete|avevate|hai|avevi) (?:mai |nemmeno |neanche |neppure )?(?:fatt[oaie]|realizzat[oaie]|progettat[oaie]|disegnat[oaie]|mosso|pensat[oaie]|finanziat[oaie]|portat[oaie]|propost[oaie]|presentat[oaie])\b|\b(?:una|un) \p{L}+ che sia (?:una|uno)\b|\blasciat\p{L}* (?:i )?conti in rosso\b|\blasciat[oaie] (?:a pezzi|in rovina|allo sfascio|nel degrado|andare in malora)\b|\bnon (?:era|erano|e|sono) (?:nemmeno|neanche|neppure) (?:nel|nella|nei|tra|in)\b|\bnon (?:ne )?(?:ha|hanno|avete|hai) (?:mai )?(?:fatt|realizzat|progettat|propost|presentat|portat|finanziat)[oaie] (?:neanche|nemmeno|neppure|mai) (?:una|uno|mezz[oa])\b|\b(?:sa|sanno|sai|sapete|ha saputo|hanno saputo|hai saputo|avete saputo) (?:fare )?solo (?:fare )?(?:polemic\p{L}*|criticar\p{L}*|chiacchier\p{L}*|protest\p{L}*|attaccar\p{L}*|polemizzare|parlare|dire di no|opposizione)(?!\p{L})|\ba colpi di (?:emendament|ricors|espost|post|comunicat|interrogazion|polemic)\p{L}*|\b(?:tenut|tenend|tener)\p{L}* (?:fermo|ferma|fermi|ferme|bloccat\p{L}*)\b|\b(?:nemmeno|neanche|neppure|mai) (?:progettat|fatt|pensat|realizzat|finanziat|mess[oaie] in bilancio)\p{L}*|\bnon se n'e vist[oa] (?:mezz[oa]|una|uno|nessun[oa])\b|\bnon se ne (?:sono|e) (?:mai )?vist[ie]\b|\bper colpa (?:loro|sua|vostra|tua|di chi|di quell\p{L}*|dell'opposizione|della (?:precedente|vecchia|passata)|delle (?:precedenti|vecchie))\b|\b(?:qualcosa )?(?:in )?piu di (?:qualche |un paio di |due |quattro )?slogan\b|\b(?:solo|soltanto) slogan\b|\b(?:ci sarebbe|ce ne sarebbe|c'e|ce n'e) da (?:divertirsi|ridere|sorridere)\b|\b(?:e|era|fu) colpa\b|\bdormit[oaie]\b|\ba dormire\b|\bchiacchier(?:e|oni|one)\b|\blasciat\p{L}* (?:solo |soltanto )?(?:in eredita|un buco|buchi|i debiti|debiti)\b|\b(?:andrebbe|andrebbero|finirebbe|finirebbero) (?:sotto|a rotoli|a picco|in malora|allo sfascio)\b|\bbuco di bilancio\b|\bopposizione sterile\b|\bnon ha (?:proprio |nessun )?titolo per parlare\b|\bsulla pelle (?:dei|delle|della|del|degli) (?:bambin|cittadin|famigli|anzian|student|malat|lavorator|genitor|ragazz)\p{L}*|\b(?:farebbe|farebbero|farebbe bene|farebbero bene) (?:meglio )?a\b|\binvece di fare (?:polemic\p{L}*|propaganda|chiacchier\p{L}*)|\bprogramma serio\b|\b(?:quanto|quel che|cio che) (?:conta|contano|vale|valgono|pesa|pesano)\b|\b(?:per|di) mestiere\b|\bdi professione\b|\b(?:lo|la|li|le) (?:sa|sanno|sai|sapete) (?:bene|benissimo|meglio di (?:noi|tutti|chiunque))\b|\bse (?:lo|ne) (?:ricorda|ricordano|ricordera|ricorderanno) bene\b|\bci sara (?:proprio |davvero )?da (?:divertirsi|ridere)\b|\b(?:torneremmo|tornerebbe|tornerebbero|torneremo|si tornerebbe|andremmo|andrebbe) indietro di\b|\bmantenut[ea] (?:poche|nessuna|zero)\b|\b(?:poche|nessuna|zero) (?:promesse )?mantenut[ea]\b|\b(?:rimast|restat)[oaie] (?:ferm|bloccat|chius|abbandonat)[oaie] per (?:anni|mesi|decenni)\b|\b(?:bloccat[oaie]|fatto slittare|fatt[oaie] slittare|affossat[oaie]|boicottat[oaie]) (?:il bilancio|i lavori|i fondi|il progetto|l'opera|la gara)\b|\bmeno slogan\b|\b(?:nemmeno|neanche|manco) in sogno\b|\bsenza (?:mettere|spendere|investire|stanziare|posare|muovere) (?:un euro|un centesimo|una lira|un soldo|un mattone|una pietra|un dito)\b|\bnon si (?:e|sono) vist[oaie] (?:niente|nulla|nessun\p{L}*)\b|\ba casa ci (?:andrete|andranno|andate) (?:voi|loro)\b|\b(?=(?:si|se lo|se la|se li|se le|ce lo|ce la) sogna)(?<=\b(?:cosa|quello|quel|cio) che [^.!?\n]{0,40}?)(?:si|se lo|se la|se li|se le|ce lo|ce la) (?:sognava|sognavano|sognavate|sognavi|sognavamo)\b`;

/**
 * A comment that asks about a political candidacy: "il sindaco si ricandida?"; not a city that "si ricandida" as Capital
 * of culture (r38b, r39d), nor the weather on election day ("ci sarà bel tempo il giorno delle elezioni?", r39e).
 */
export const CANDIDACY_ASKED =
	/\b(?:rielezion\p{L}*|(?:sindac[oa]|giunta|assessor\p{L}*|consiglier\p{L}*|lista|partito)\b[^.!?\n]{0,40}?\b(?:ricandid|candid)\p{L}*|(?:ricandid|candid)\p{L}*\b[^.!?\n]{0,40}?\b(?:sindac[oa]|giunta|assessor\p{L}*|consiglier\p{L}*))\b/u;

/**
 * A hope or a cheer, said under a comment about the vote (families FE to FH, session 39): "Il sindaco? Speriamo proprio di
 * sì, dopo cinque anni così ci mancherebbe" (FF006), "si ricandida eccome, e … se lo merita tutto" (FG041), "si ricandida
 * eccome, e per fortuna" (FK005), "speriamo proprio che il sindaco ci sia ancora, dopo tutto quello
 * che ha fatto 💪" (IC024, session 42), "speriamo proprio che i cittadini lo confermino" (IG031), "sì che si ricandida e secondo
 * me fa benissimo" (IT049, session 43); "speriamo proprio di rivederlo in lista 💪" (JH028, session 44), "io spero proprio che
 * vinca … il 24 e 25 maggio votalo con convinzione" (JM027); not "per fortuna" or "sarebbe un peccato" alone ("sarebbe un peccato
 * non votare").
 */
export const CHEER =
	/\b(?:(?:speriamo|spero) (?:proprio |davvero |tanto )?(?:di si|di rivederl[oa] (?:in lista|candidat\p{L}*|sulla scheda|in corsa)|che (?:(?:il |la |l')?(?:sindac[oa]|giunta|amministrazione|assessor\p{L}*) )?(?:vinca|si ricandidi|resti|rimanga|torni|ce la faccia|ci sia ancora|sia rielett\p{L}*|venga rielett\p{L}*)|che (?:i cittadini |gli elettori |la gente |i votanti )?(?:lo|la|li) (?:confermino|riconfermino|rieleggano|rivotino|premino))|ce lo auguriamo|ci auguriamo di si|facciamo il tifo|se lo merita(?: tutto)?|se lo meriterebbe|si merita|(?:si )?merit\p{L}* altri (?:cinque|dieci|\d+) anni|ricandida eccome|certo che si ricandida|(?<=\b\d{1,2} (?:e \d{1,2} )?(?:aprile|maggio|giugno|settembre|ottobre|novembre)\b[^.!?\n]{0,20})(?:sai|sapete) cosa fare\b(?!\s*[?:])|(?<=\b(?:ricandid\p{L}*|sindac[oa])\b[^.!?\n]{0,80})(?<!\bse )merita (?:proprio |davvero |ampiamente )?la (?:riconferma|rielezione)\b|(?:secondo me|per me|secondo noi|a mio parere|a nostro parere) (?:fa|farebbe|ha fatto) (?:benissimo|bene|la cosa giusta)|(?<=\b(?:ricandid\p{L}*|sindac[oa]|rielett\p{L}*|vinc\p{L}*|elezion\p{L}*)\b[^\n]{0,120})(?:votalo|votatelo|votala|votatela|votateli)\b|non si (?:puo|deve) fermare (?:proprio )?(?:adesso|ora))\b/gu;

/** Blame, on its own: said of a list or a candidate the comment names, it is an attack on them. */
export const BLAME_WORDS = new RegExp(BLAME, 'u');

/** A list or a candidate the comment names: "Io voto Rinascita Valverde", "la lista Valverde Futura". */
export const NAMED_LIST =
	/\b(?:vot\p{L}*|lista|candidat[oa] (?:sindaco )?(?:per|di|con))\s+((?:\p{Lu}[\p{L}']*\s?){1,4})/gu;

/** The sentence declines to take sides, so what follows is not an attack: "non giudichiamo l'opposizione". */
export const NEUTRAL_FRAME =
	/\b(?:non (?:facciamo|entriamo|commentiamo|giudichiamo|attacchiamo|difendiamo|prendiamo|spetta|ci compete|e (?:nostro )?compito)|senza (?:giudicare|attaccare|difendere|entrare))\b/u;

/**
 * Partisan words from the page: praise or credit for the mayor and the council, their record held
 * up ("quello che è stato fatto in questi cinque anni"), an attack on the opposition, the previous
 * administration or a party, advice on how to vote, political nicknames for critics. Each form a
 * pattern of its own: run one by one they take less time than one pattern tried at every position.
 */
export const PARTISAN_EACH: readonly RegExp[] = [
	// Credit for the own side, in either order within a sentence: "un risultato di cui il sindaco
	// può andare fiero", "grazie al grande lavoro della giunta".
	String.raw`\b${POWER}\b[^.!?\n]{0,60}${PRIDE}`,
	String.raw`${CREDIT}\s(?:(?:del|della|dello|dell'|dei|delle|di|di questa|di questo)\s?(?:nostr[oa] )?)${POWER}\b`,
	String.raw`\bgrazie (?:al|alla|all')\s?(?:lavoro|impegno|lungimiranza|tenacia|determinazione|visione|guida) (?:del|della|dell')\s?(?:nostr[oa] )?${POWER}\b`,
	// The record of the term held up: "quello che è stato fatto in questi cinque anni", "quanto ha
	// fatto questa amministrazione", "chi ha visto il parco nuovo sa già chi merita il voto".
	String.raw`\b(?:quanto|quello che|cio che|tutto cio che|tutto quello che|cosa) (?:ha|hanno|abbiamo) (?:fatto|realizzato) (?:(?:questa|la nostra|l')\s?amministrazione|(?:il|la) (?:nostr[oa] )?(?:sindac[oa]|giunta))\b`,
	// Family BB (BB015): "dire che in cinque anni si è dormito non è giusto, basta guardare quante opere
	// sono state finite".
	String.raw`\b(?:${POWER}|${TERM})\b[^.!?\n]{0,80}?\bbasta (?:guardare|vedere|contare|dare un'occhiata a) (?:a )?(?:quant[ie]|tutt[ie] (?:le|gli|i)) (?:opere|lavori|cantieri|progetti|cose|interventi|strade|scuole)\b[^.!?\n]{0,30}\b(?:finit|fatt|realizzat|complet|conclus|inaugurat|portat\p{L}* a termine)\p{L}*`,
	// Family BD (BD015): "sui cinque anni a dormire… chi passa dalla piazza nuova forse non sarebbe
	// tanto d'accordo 😏"; families BN and BO: "… le scuole rifatte raccontano un'altra storia", "quanto
	// ai cinque anni di sonno, ci permettiamo di dissentire".
	String.raw`\b${TERM}\b[^.!?\n]{0,20}\b(?:a dormire|di sonno|si e dormito|dormito|dormendo|in letargo|senza fare (?:niente|nulla))\b(?:[^.!?\n…]|\.\.\.|…){0,100}?(?:[\u{1F609}\u{1F60F}\u{1F605}\u{1F643}]|\bnon (?:sarebbe|sarebbero|e) (?:tanto |proprio |molto |cosi )?d'accordo\b|\bnon e (?:giusto|vero|corretto)\b|\b(?:raccont|dic|dimostr|mostr)\p{L}* un'altra storia\b|\b(?:ci )?permett\p{L}* di dissentire\b|\bchi dorme\b)`,
	// Families BE and BG (BE016, BG016): what the previous administrations never did, "cosa che con le
	// giunte di prima non si era mai vista", "nei dieci anni prima di palestra non se ne parlava".
	String.raw`\b${OPPONENT}\b[^.!?\n]{0,30}\bnon si (?:era|erano|e|sono) mai vist[oaie]\b|\b(?:ne)?(?:i|gli) (?:due|tre|quattro|cinque|dieci|quindici|venti|\d{1,2}) anni (?:prima|precedenti)\b[^.!?\n]{0,40}\bnon se ne (?:parlava|era mai parlato)\b`,
	String.raw`\bdire che\b[^.!?\n]{0,40}\b(?:si e dormito|non si e fatto (?:niente|nulla))\b[^.!?\n]{0,20}\b(?:non e (?:giusto|vero|corretto|onesto)|e (?:ingiusto|falso|scorretto))\b|\bdire che\b[^.!?\n]{0,30}\b${POWER}\b[^.!?\n]{0,30}\bnon (?:ha|abbia|hanno|abbiano) fatto (?:niente|nulla)\b[^.!?\n]{0,20}\b(?:non e (?:giusto|vero|corretto|onesto)|e (?:ingiusto|falso|scorretto))\b`,
	String.raw`\b(?:merita|meritano|meriterebbe|meriterebbero) (?:il |un |i |la )?(?:(?:tuo|vostro|nostro|suo) )?(?:voto|voti|fiducia|rielezione|riconferma)\b|\b(?:sa|sai|sapete|sanno) (?:gia |bene |benissimo )?(?:chi|per chi|cosa) (?:votare|merita)\b`,
	String.raw`\b(?:quello che|cio che|tutto cio che|tutto quello che|quanto) (?:e stato|abbiamo|ha|hanno) (?:fatto|realizzato) (?:in|negli|nei) (?:questi|ultimi) (?:\p{L}+ )?anni\b`,
	String.raw`\brisultat[oi] (?:piu |tra i piu |fra i piu )?(?:bell|important|grand|significativ)\p{L}* (?:di|del|in) (?:questi|questo) (?:\p{L}+ )?(?:anni|mandato)\b`,
	// Families JC to JF, after they were read (session 43): "il sindaco intanto ha rifatto mezzo paese" (JD027), "questa
	// amministrazione ha fatto in tre anni quello che voi non avete fatto in dieci" (JD028); with them, in BLAME, "opposizione
	// sterile", "non ha proprio titolo per parlare" (JD027), and in CHEER "il 24 e 25 maggio sai cosa fare" and "si ricandida, e
	// … merita proprio la riconferma" (JC028), not "per votare, sai cosa fare?", "se merita davvero la riconferma lo
	// decideranno gli elettori" or a borough's flag that "merita la riconferma" (r43c).
	String.raw`\b${POWER}\b[^.!?\n]{0,20}?(?<!\bnon )\b(?:ha|hanno) (?:rifatto|sistemato|rimesso a nuovo) mezz[oa] (?:paese|citta|comune|quartiere)\b|\b(?:ha|abbiamo|hanno) fatto in (?:\p{L}+|\d+) anni quello che (?:voi|loro|gli altri|i vostri|la vostra parte|la tua parte) non (?:avete|hanno|ha|aveva|avevano) fatto in (?:\p{L}+|\d+)\b`,
	// Families IQ to IX, after they were read (session 43): the mayor's record held up against the other side's, "almeno il
	// sindaco in questi cinque anni qualcosa l'ha fatto" (IQ002), "almeno il sindaco uscente il parco l'ha fatto" (IU027); not
	// "almeno il sindaco ha fatto sapere…".
	String.raw`\balmeno (?:il |la |l')?${POWER}\b[^.!?\n]{0,40}?\b(?:l'ha|l'hanno|ha|hanno) (?:fatt[oaie]|realizzat\p{L}*|mantenut\p{L}*)\b(?! (?:sapere|presente|notare)\b)`,
	// Families EC to EF, after they were read (session 38): "questa amministrazione i fatti li porta" (EC022, ED025), the
	// mayor's new candidacy cheered, "se il sindaco si ricandida … noi speriamo proprio di sì" (EC012); not a city that
	// "si ricandida a Capitale della cultura" (r38b); the mayor after the verb too, "certo che si ricandida il nostro
	// sindaco, e speriamo proprio che vinca" (FC049, session 39).
	String.raw`\b${POWER}\b[^.!?\n]{0,20}?\b(?:i fatti li (?:porta|portiamo|fa|facciamo)|porta (?:i )?fatti|fa i fatti)\b`,
	String.raw`\b(?:${POWER}\b[^.!?\n]{0,20}?\b(?:si )?ricandid\p{L}*|ricandid\p{L}*\b[^.!?\n]{0,30}?\b${POWER})\b[^\n]{0,150}?\b(?:speriamo|ci auguriamo|tifiamo)\b(?: proprio| davvero| tanto)? (?:di si|per lui|per lei|che (?:vinca|ce la faccia|torni))\b`,
	// Families EG to EJ, after they were read (session 38): "conto anche sul tuo voto", "certo che mi ricandido!" on the
	// Comune's page (EH027), "noi facciamo il tifo per lui" (EI023), the councillor's side "che quando governava non ha
	// messo un mattone" (EG013); not "contiamo anche sul tuo voto" for a FAI site, "facciamo il tifo per lui" for an athlete
	// (r38c).
	String.raw`\bricandid\p{L}*\b[^\n]{0,120}?\b(?:conto|contiamo) (?:anche |pure )?(?:sul|nel) (?:tuo|suo|vostro) (?:voto|sostegno|appoggio)\b|\bcerto che mi ricandido\b|\b(?:${POWER}|ricandid\p{L}*)\b[^\n]{0,120}?\b(?:facciamo|faccio) (?:tutti )?il tifo per (?:lui|lei|loro)\b|\b(?:facciamo|faccio) (?:tutti )?il tifo per (?:il sindaco|la sindaca|la giunta|l'amministrazione)\b`,
	String.raw`\bquando (?:governava|governavate|governavi|governavano|c'eravate voi|c'era la (?:sua|tua|vostra) parte)\b[^.!?\n]{0,60}?\bnon (?:l'|lo |la |li |le )?(?:ha|hanno|avete|hai) (?:mai |nemmeno |neanche |neppure )?(?:(?:messo|mosso|fatto|posato|speso|investito|stanziato) (?:un mattone|un dito|una pietra|niente|nulla|un euro|un centesimo|un soldo|una lira)|mess[oaie] in bilancio)\b`,
	// Family EP (EP022, session 38): "il sindaco in cinque anni ha fatto più di tutti quelli prima messi insieme"; family
	// EU (EU025, session 39): "ha fatto più di quanto Rinascita Valverde riuscirà mai a promettere"; family FC (FC049):
	// "ha fatto più lui in cinque anni che gli altri in venti", the mayor named earlier in the sentence but not as the
	// head of a relative clause ("il sindaco ringrazia Mario, che ha fatto più di tutti").
	String.raw`\b${POWER}\b(?:(?!\bche\b)[^.!?\n]){0,120}?\b(?:ha|hanno) fatto piu (?:lui |lei |loro )?(?:in [^.!?\n]{1,25}? )?(?:di tutti|che tutti|di quanto|degli altri|che gli altri|di chiunque|che chiunque|dei (?:suoi )?predecessori|delle (?:giunte|amministrazioni) precedenti|(?:di|che) (?:quelli|quelle|gli altri|i precedenti|le precedenti))\b`,
	// Families ES to EV, after they were read (session 39): the own side's work set against "promesse" ("l'amministrazione
	// la palestra la sta facendo, altro che promesse", ET048), the mayor's return hoped for in an election thread ("Sul
	// sindaco: liste e candidati sono nel manifesto … e noi speriamo proprio di rivederlo lì", ES045); not a mayor in
	// hospital that "speriamo di rivedere presto in Comune". A full stop inside a web address does not end the sentence.
	String.raw`\b${POWER}\b[^.!?\n]{0,60}?\baltro che (?:promesse|chiacchiere|annunci|slogan|parole)\b`,
	// Families EW to EZ, after they were read (session 39): the incumbent as never seen before, "un sindaco così Collerosa
	// non l'ha mai avuto 💪" (EX007); the administration attacked, "questa giunta pensa solo al centro dove ci sono i suoi
	// elettori" (EX031). The other side's past in office is now in OPPONENT ("da chi per dieci anni in giunta…" EW015,
	// "la vostra parte ha governato dieci anni" EZ023), not "ognuno faccia la sua parte".
	String.raw`\b(?:un|una) (?:sindac[oa]|giunta|amministrazione|prim[oa] cittadin[oa]) (?:cosi|come (?:questo|questa|lui|lei))\b[^.!?\n]{0,40}?\bnon (?:l'|lo |la )?(?:ha|aveva|abbiamo|avevamo|hanno) mai (?:avut|vist)\p{L}*`,
	String.raw`\b(?:giunta|amministrazione|sindac[oa]|maggioranza)\b[^.!?\n]{0,30}?\b(?:pensa|pensano|si occupa|si occupano|bada|badano) solo (?:a|al|ai|alle|alla|agli|allo|dove|quando)\b`,
	String.raw`\b${POWER}\b(?:[^.!?\n]|\.(?=\S)){0,120}?\b(?:list[ae]|candidat\p{L}*|elezion\p{L}*|urne|voto|ricandid\p{L}*|rielezion\p{L}*)\b(?:[^.!?\n]|\.(?=\S)){0,120}?\b(?:speriamo|ci auguriamo|tifiamo)\b(?: proprio| davvero| tanto)? (?:di rivederl[oa]|che (?:vinca|venga rielett\p{L}*|sia rielett\p{L}*|resti|rimanga|ce la faccia|torni))\b`,
	// Family BZ (BZ027): the page's side set against its critics, "le risposte le dà chi lavora, non chi fa
	// polemica sui social".
	String.raw`\bchi (?:lavora|fa|governa|amministra|costruisce|risponde)\b,? (?:e )?non chi (?:fa polemic\p{L}*|polemizza|chiacchiera|critica|fa opposizione|sta sui social|urla|protesta|sa solo)`,
	// An attack on the other side or a party, in either order within a sentence ("quando c'erano … lasciato a pezzi", LB028).
	String.raw`\b(?:${OPPONENT}|${PARTY})\b[^.!?\n]{0,80}(?:${BLAME})`,
	String.raw`(?:${BLAME})[^.!?\n]{0,40}\b(?:${OPPONENT}|${PARTY})\b`,
	// The own record set against the other side's: "diversamente da quanto avvenuto sotto le
	// precedenti amministrazioni, l'opera è stata finalmente portata a gara".
	String.raw`\b(?:diversamente da|a differenza d\p{L}*|al contrario d\p{L}*|contrariamente a)\b[^.!?\n]{0,40}\b${OPPONENT}\b`,
	// Family BH (BH017): the councillor's own side blamed with a wink, "era ferma anche prima, quando a
	// governare c'era la tua parte 😉".
	String.raw`\b${OPPONENT}\b[^.!?\n]{0,40}[\u{1F609}\u{1F60F}\u{1F605}\u{1F643}]`,
	// A taunt or a wink about the vote: "vedremo al voto chi va a casa", "lo sanno tutti chi il
	// parco l'ha fatto davvero".
	String.raw`\b(?:vedremo|vediamo|ci vediamo|lo vedremo|si vedra) (?:al voto|alle urne|alle elezioni|alle comunali)\b`,
	String.raw`\b(?:lo )?(?:sanno|sa|sai|sapete|sappiamo) (?:tutti |gia |bene |benissimo )*chi (?:\p{L}+ ){0,4}?(?:l'|lo |la |li |le )?(?:ha|hanno) (?:fatto|realizzat\p{L}*|voluto|costruito|mantenut\p{L}*) (?:davvero|veramente|sul serio)\b`,
	// Superlative praise for what the administration did: "uno dei regali più belli che questa
	// amministrazione ha fatto al paese".
	String.raw`\b(?:piu bell|piu important|piu grand|miglior)\p{L}*\b[^.!?\n]{0,40}\b(?:questa|la nostra|l')\s?amministrazione (?:ha|abbia|ci ha)\b`,
	// Family HF, after it was read (session 41): "i soliti sindacati che proclamano uno sciopero ogni due martedì solo per fare
	// politica contro questa giunta" (HF012), a motive imputed; not "non è il luogo per fare politica, né a favore né contro
	// la giunta" (r41d).
	String.raw`\b(?:solo|soltanto|unicamente) per fare politica\b[^.!?\n]{0,20}?\bcontro (?:questa |la nostra |l'attuale |la |il |lo |l')?${POWER}`,
	// Family HK, after it was read (session 41): "a noi sembra il sindaco più attivo che Valverde abbia mai avuto" (HK015).
	String.raw`\b(?:il|la|un|una) ${POWER} (?:piu|migliore)\b[^.!?\n]{0,30}?\b(?:abbia|ha|abbiamo|avesse) mai avuto\b`,
	// How to vote.
	String.raw`(?<!\b(?:si|chi|come|dove|quando|che|non si|cui|elettor\p{L}*|elettric\p{L}*|potra|potrai|puoi|puo|potete|potrete|ciascuno|ognuno|possibile) )\b(?:non )?(?:vota|votate|votatel[oaie]|rivotate|rivotatel[oaie]|votare per) (?:per )?(?:il |la |i |le |l'|chi |questa |quest'|questo |quel |quella )?(?:nostr\p{L}* )?(?:sindac\p{L}*|candidat\p{L}*|list[ae]|partit\p{L}*|opposizion\p{L}*|maggioranza|centrodestra|centrosinistra|destra|sinistra|giunta|amministrazione|continuita|cambiamento)\b`,
	// Families GS to GV, after they were read (session 41): "con tutto quello che ha fatto per Collerosa, votarlo è il minimo 😉"
	// (GT032), not "votarlo è la scelta giusta per farlo arrivare in cima alla classifica" of a participatory budget (r41);
	// "Le lezioni di efficienza dall'opposizione anche no" (GV029), not "la minoranza … le lezioni di acquagym dall'autunno" (r41).
	String.raw`\b(?:ri)?votarl[oaie]\b[^.!?\n]{0,12}?\b(?:e|sarebbe) (?:proprio )?(?:il minimo|doveroso|d'obbligo|un dovere|scontato|obbligatorio)\b`,
	String.raw`\blezion[ei] (?:di \p{L}+ )?(?:dall'|(?:da|dalla|dal|dai|dagli|dalle) )${OPPONENT}`,
	String.raw`\b(?:ricordatevene|ricordatevelo|ricordatelo|ricordatene|pensateci|pensaci)\b[^.!?\n]{0,20}\b(?:alle (?:prossime )?(?:elezioni|urne|comunali|regionali)|quando (?:voti|votate|andrete a votare|andrai a votare)|nell'urna|in cabina)\b`,
	String.raw`\b(?:alle (?:prossime )?elezioni|alle urne|nell'urna|in cabina(?: elettorale)?)[^.!?\n]{0,12}\b(?:scegli|scegliete|premia|premiate|punisci|punite|sai chi|sapete chi|ricordati|ricordatevi)\b(?!\s+(?:anche\s+)?(?:il|la|di|del|della|documento|tessera|matita|occhiali))`,
	// Families JS to JV, after they were read (session 45): a side run down as "una certa destra" or as seekers of votes,
	// "questi slogan li ripete da anni una certa destra in cerca di voti" (JT027); not "il Comune non prende posizione tra destra e
	// sinistra", nor a party's name in a neutral frame.
	String.raw`\buna certa (?:destra|sinistra|politica di (?:destra|sinistra)|parte politica)\b|\b(?:${PARTY}|destra|sinistra|partit[oi]|politic[ia]|opposizion[ei]|maggioranza)\b[^.!?\n]{0,40}?\b(?:(?:in cerca|a caccia|alla ricerca|a pesca) di|(?:a|per) (?:raccattare|racimolare|rastrellare|raccogliere|prendere|guadagnare|rubare)(?: (?:qualche|due|quattro|un po'? di))?) (?:voti|consensi|elettori)\b`,
	// Families JW to JZ, after they were read (session 45): "Sono gli stessi slogan che Lega e Fratelli d'Italia ripetono da
	// anni per raccattare voti" (JZ028, above); a hope that the mayor goes on, "ci auguriamo di cuore che il sindaco continui:
	// cinque anni di lavoro così non si buttano via 💪" (JZ027), not "che il sindaco continui a ricevere il sabato"; the other
	// side's time in office, "quando governavate voi la palestra manco la disegnavate" (JW028), the "voi" put after it or a "manco" following; not a
	// fact, "quando governavate il progetto non era finanziato" (a look-alike of session 40), or "quando governavano i Romani".
	String.raw`\b(?:ci auguriamo|mi auguro|speriamo|spero)(?: (?:di cuore|davvero|proprio|tanto|vivamente))? che (?:il |la |l')?(?:nostr[oa] )?(?:sindac[oa]|giunta|amministrazione(?: uscente)?|assessor\p{L}*|primo cittadino|prima cittadina) (?:(?:continui|vada avanti)(?=\s*(?:[:.,;!]|$)| (?:cosi|il suo lavoro|il (?:suo )?mandato|a governare|ad amministrare|per altri)\b)|resti in carica|sia rielett\p{L}*|venga rielett\p{L}*|sia riconfermat\p{L}*|venga riconfermat\p{L}*|vinca)\b|\b(?:cinque|dieci|\d+) anni di (?:lavoro|impegno|buon governo|buona amministrazione|risultati)\b[^.!?\n]{0,20}?\bnon si (?:buttano|gettano|sprecano|cancellano)\b`,
	String.raw`\b(?:quando|mentre|finche) (?:(?:governavate|amministravate|comandavate) voi|(?:governavano|amministravano|comandavano) loro)\b|\b(?:quando|mentre|finche) (?:voi |loro )?(?:governavate|amministravate|comandavate|governavano|amministravano|comandavano|c'eravate|c'erano)\b(?=[^.!?\n]{0,60}\b(?:manco|neanche|nemmeno|mica)\b)`,
	// Families KA to KD, after they were read (session 45): "da voi dell'opposizione la lezione proprio no" (KC027), "quando
	// c'eravate voi la palestra … non l'avete neanche messa in calendario" (above), "il sindaco in cinque anni ha fatto più lui
	// che loro in venti" (KA027), not "ha fatto più lui che tutti noi" of a volunteer; "questa
	// amministrazione ha fatto in due anni più di quanto l'opposizione abbia mai proposto", "in campagna elettorale permanente" (KG027).
	String.raw`\bda (?:voi|loro) (?:dell'|della |del |dei |delle )?${OPPONENT}\b[^.!?\n]{0,20}?\blezion[ei]\b|\b(?:ha|hanno|abbiamo) fatto (?:in (?:\p{L}+ )?(?:anni|mesi) )?piu (?:lui |lei |loro |noi )?(?:in (?:\p{L}+ )?anni )?(?:che|di|di quanto) (?:(?:abbia|abbiano) (?:mai )?(?:fatto|proposto|realizzato) )?(?:loro|voi|l'opposizione|la minoranza|chi c'era prima|quelli di prima)\b|\bcampagna elettorale permanente\b`,
	// Cheering: "grande sindaco!", "forza giunta".
	String.raw`\b(?:grande|grandissim[oa]|brav[oa]|mitic[oa]|ottim[oa]|forza|viva|evviva) (?:il |la |al |alla )?(?:nostr[oa] )?(?:sindac[oa]|giunta|assessor[ea]|primo cittadino|prima cittadina)\b`,
	// The other side's past in office thrown back (family N, N027): "l'avete bloccato voi quando eravate in giunta".
	String.raw`\b(?:quando|mentre|finche) (?:voi |loro )?(?:eravate|erano|stavate|stavano|governavate|governavano|amministravate) (?:voi |loro )?(?:in giunta|al governo|in maggioranza|al potere|ad amministrare|in comune|al comune)\b`,
	// Family O: the own side's work claimed as real against doubters ("questa amministrazione la
	// palestra l'ha fatta davvero"), its record said to speak for itself ("i risultati ci sono e li
	// vedono tutti").
	String.raw`\b${POWER}\b[^.!?\n]{0,40}\b(?:l'|lo |la |li |le )?(?:ha|hanno|abbiamo) (?:fatt|realizzat|costruit|mantenut)\p{L}* (?:davvero|sul serio|veramente|per davvero)\b`,
	String.raw`\b(?:i )?(?:risultati|fatti) (?:ci sono e (?:li|si) vedono|parlano (?:da soli|chiaro)|sono sotto gli occhi di tutti)\b`,
	// A hope for the own side's future, as a wink (families K and N): "sul sindaco incrociamo le
	// dita", "dopo cinque anni così sarebbe un peccato fermarsi".
	String.raw`\b(?:sul|per il|al) (?:sindac[oa]|prim[oa] cittadin[oa]|candidat[oa] sindac[oa])\b[^.!?\n]{0,20}\b(?:incrociamo le dita|facciamo il tifo|tifiamo|speriamo bene)\b`,
	String.raw`\bsarebbe (?:proprio )?un peccato (?:fermarsi|cambiare|interrompere|non continuare|tornare indietro)\b`,
	// Praise of the own side's work, said by its page (family Q, Q019): "il sindaco sta facendo un
	// ottimo lavoro". The subject right before the verb: not "il sindaco ringrazia i volontari che…".
	String.raw`\b${POWER}\b(?: \p{L}+){0,2} (?:sta|stanno|ha|hanno) (?:fatto|facendo) (?:davvero |proprio |veramente )?un (?:ottimo|grande|gran|bel|buon|buonissimo|eccellente|splendido|enorme|magnifico|straordinario) lavoro\b`,
	// The term's record held up in an election thread (families I and M): "in cinque anni qualcosa
	// si è fatto, basta farsi un giro in paese", "chi dorme per cinque anni non inaugura tre scuole".
	String.raw`\bin (?:questi |quest[io] |ultimi )?(?:\p{L}+ )?anni\b[^.!?\n]{0,30}\b(?:qualcosa|tanto|molto|parecchio|tantissimo) (?:si e|e stato|abbiamo|ha) fatt[oa]\b`,
	String.raw`\bchi (?:dorme|ha dormito|dormiva) per (?:\p{L}+|\d+) anni\b`,
	// Family S: the own side set against "altri" (S018), a taunt about the count (S025), a
	// critic's motives put down to the campaign (S027).
	String.raw`\b${POWER}\b[^.!?\n]{0,80}\ba differenza di (?:altri|qualcun altro|qualcuno|chi)\b`,
	String.raw`\b(?:vedremo|vediamo|si vedra|vedrete)\b[^.!?\n]{0,25}\bchi (?:va|andra|tornera|torna) a casa\b`,
	String.raw`\b(?:si e accort\p{L}*|si ricorda|si sveglia|si e svegliat\p{L}*|ci si accorge|vi siete accorti)\b[^.!?\n]{0,40}\b(?:campagna elettorale|elezioni)\b|\bguarda caso (?:in|durante la|sotto) (?:campagna elettorale|elezioni)\b|\bchi e (?:gia |sempre |ancora )?in campagna elettorale\b`,
	// Family AN (AN015, AN016): the term's works held up against a critic ("basta guardare i cantieri
	// chiusi quest'anno"), the previous administration blamed ("peccato che prima di allora nessuno
	// l'avesse nemmeno messa in bilancio").
	String.raw`\bbasta (?:guardare|vedere|contare|farsi un giro tra) (?:i |le |gli )?(?:cantier\p{L}*|oper[ae]|lavori|scuol\p{L}*|strad\p{L}*) (?:gia )?(?:chius|finit|conclus|complet|inaugurat|fatt|realizzat)\p{L}*`,
	String.raw`\b(?:prima di (?:allora|noi)|in passato|fino ad allora|prima) nessuno (?:l'|la |lo |li |le |ci )?(?:avesse|aveva|abbia) (?:nemmeno |neanche |mai )?(?:mess|pres|fatt|pensat|finanziat|progettat|stanziat)\p{L}*`,
	// Families AP and AQ: the term defended ("'dormire' non è proprio la parola giusta per questi cinque
	// anni"), the previous administration blamed ("chi c'era prima non era arrivato neanche a quella").
	String.raw`\bnon e (?:proprio |esattamente )?(?:la parola giusta|il termine giusto|giusto dire)\b[^.!?\n]{0,30}\b(?:questi|ultimi) (?:\p{L}+ )?anni\b`,
	String.raw`\b(?:chi c'era prima|la (?:precedente|vecchia) amministrazione|la giunta di prima|quelli di prima)\b[^.!?\n]{0,40}\b(?:neanche|nemmeno|neppure)\b`,
	// Family AM (AM015): "le risposte ci sono: gli annunci, semmai, li lasciamo ad altri".
	String.raw`\b(?:gli annunci|le promesse|le chiacchiere|la propaganda|gli slogan|le polemiche)\b[^.!?\n]{0,30}\b(?:li|le) lasciamo (?:ad|agli|a) altri\b`,
	// Family AJ (AJ015): a councillor told "ci fa piacere vederti così interessato proprio ora che è tutto già deciso 😉".
	String.raw`\bvederti (?:cosi |tanto |finalmente )?interessat\p{L}* (?:proprio )?(?:ora|adesso|oggi) che\b`,
	// Families BN and BO (BN014, BO013): a councillor's craft questioned, "da consigliere lo sai meglio di
	// noi, anche se in tre anni non ne abbiamo vista nessuna", "chi siede in Consiglio da qualche anno
	// dovrebbe ormai maneggiare…".
	String.raw`\b(?:da consiglier\p{L}*|chi siede in consiglio|(?:un|il|la|ogni|i|le) consiglier\p{L}*)\b[^.!?\n]{0,60}?\b(?:(?:ormai )?dovrebbe(?:ro)? (?:ormai |gia |a quest'ora |da tempo )*(?:saper\p{L}*|maneggiar\p{L}*|conoscer\p{L}*|aver imparat\p{L}*)|(?:lo|la|le|li) (?:sai|sa|sapete|conosci|conosce|conoscete) (?:meglio|bene) di noi\b[^.!?\n]{0,60}?\b(?:anche se|pero|ma|eppure))`,
	// Family BM (BM016): a zipped mouth by the vote, "… e tra un po' si vota 🤐".
	String.raw`\b(?:si vota|si va (?:a votare|alle urne)|(?:le|alle) (?:elezioni|urne)|al voto|campagna elettorale)\b(?:[^.!?\n…]|\.\.\.|…){0,20}?\u{1F910}`,
	// Families BP and BQ: credit for finally starting ("tre anni fa della palestra non parlava nessuno, e se oggi
	// si parte è perché qualcuno finalmente ci ha messo mano 😉"), a list's candidate mocked ("col candidato
	// che si ritrova"), the councillor's side taunted ("chissà se reggerà quando toccherà a voi governare 😏").
	String.raw`\b(?:due|tre|quattro|cinque|dieci|\d{1,2}) anni fa\b[^.!?\n]{0,40}?\bnon (?:ne )?parlava nessuno\b|\bqualcuno\b[^.!?\n]{0,20}?\bfinalmente\b[^.!?\n]{0,10}?\b(?:ci )?(?:ha|hanno) (?:messo mano|fatto qualcosa)\b`,
	String.raw`\b(?:candidat\p{L}*|sindac\p{L}*|capolista|leader|assessor\p{L}*|consiglier\p{L}*) che si ritrov(?:a|ano)\b`,
	String.raw`\bquando (?:tocchera|toccasse|toccher[aà]) a (?:voi|loro|te|lei) (?:governare|amministrare)\b`,
	// The other side's voting record thrown back: "da chi per anni ha votato contro ogni bilancio che conteneva la
	// palestra…" (FO041, session 39), "da un consigliere che per tre anni ha votato contro ogni bilancio" (IK020, session 42).
	String.raw`\bda (?:chi|uno|una|un consiglier\p{L}*|una consiglier\p{L}*)\b[^.!?\n]{0,20}?\b(?:per (?:\p{L}+ )?anni )?ha votato contro\b`,
	// The mayor set above the other side: "il sindaco almeno qualcosa l'ha fatto" (FT027, session 39).
	String.raw`\b${POWER}\b[^.!?\n]{0,20}?\balmeno (?:qualcosa|lui|lei) (?:l'ha|l'hanno|ha|hanno) fatt[oa]\b`,
	// A hashtag cheering the mayor or the council: "#teamsindaco" (FG041, session 39).
	String.raw`#(?:team|iostocon|forza|viva|grazie)\p{L}*(?:sindac|giunt|assessor)\p{L}*`,
	// Political nicknames for critics; their vote guessed at, "si vede lontano un miglio per chi voti" (KK028, session 46).
	String.raw`\bsi (?:vede|capisce|sa) (?:lontano un miglio |benissimo |bene |subito |gia )?(?:per chi|chi) (?:voti|vota|votate|hai votato|ha votato|avete votato)\b|\b(?:volantin|slogan|propagand|comizi)\p{L}* (?:della|dei|del) (?:destra|sinistra|lega|leghist\p{L}*|grillin\p{L}*|fascist\p{L}*|comunist\p{L}*|pd|m5s)\b|\b(?:piddin\p{L}*|grillin[io]|sinistroid\p{L}*|sinistrors\p{L}*|destrors\p{L}*|zecch[ei] ross[ei]|radical chic|buonist[ie]|(?:i soliti |solito |soliti )gufi)\b`,
].map((form) => new RegExp(form, 'gu'));
