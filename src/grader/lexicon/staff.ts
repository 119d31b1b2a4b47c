// Members of staff in the personal-data gate: their health, family life and discipline are not told
// to the public, whatever the channel. reply/inPassing.ts reads them. Patterns run on folded text.

/** Words for members of staff, as a sentence about them names them. */
const STAFF = String.raw`colleg(?:a|o|hi|he)|impiegat\p{L}*|dipendent[ei]|operator[ei]|operatric[ei]|addett[oaie]|funzionari[oa]?|vigil[ei]|maestr[ae]|insegnant[ei]|educatric[ei]|autist[ai]|giardinier[ei]|operai[oa]?|tecnic[oi]|custod[ei]|bidell[oaie]|messo comunale|bibliotecari[oa]?|capo ?squadra|capi ?squadra|sportellist[ai]|geometr[ai]`;

/**
 * A member of staff's health, said in public: "le due colleghe erano in malattia", "l'impiegata è a
 * casa malata" (family N), "il giardiniere è a casa da un mese dopo l'infarto" (family X), "la
 * collega lavorava nonostante l'influenza e il mal di schiena" (family Y), "nonostante un periodo
 * difficile per la sua salute" (family Z), "il tecnico, a casa con l'influenza" (family AA), "il capo squadra
 * è a casa dopo l'operazione alla schiena" (family BL). An accident, an operation or an intervention
 * counts only with the person away ("a casa", "assente"): "il tecnico, dopo l'intervento di ieri" is work. Staff are
 * people too; the public hears that the desk was short, not why.
 */
export const STAFF_HEALTH = new RegExp(
	String.raw`\b(?:${STAFF}|dirigent[ei]|coordinator[ei]|coordinatric[ei])\b[^.!?\n]{0,80}?\b(?:(?:in|di) malattia|in convalescenza|(?:per|dopo) un(?:'operazione| intervento chirurgico| infortunio| ricovero)|a casa malat[oaie]|malat[oaie]|in congedo (?:per )?malattia|(?:per|con) (?:motivi|problemi) di salute|ricoverat[oaie]|infortunat[oaie]|dopo (?:l'|un |una )?(?:infarto|ictus|malore|ricovero)|(?:a casa|assent\p{L}*|a letto|in convalescenza|in malattia|in ospedale|fuori servizio|rientrat\p{L}*)\b[^.!?\n]{0,25}?\bdopo (?:l'|un |una |il )?(?:incidente|operazione(?! (?:di|del|della|dei|delle|dello|degli|dell')\b)|intervento (?:chirurgico|(?:al|alla|allo|ai|agli|alle|all') ?(?:ginocchi|anca|anche|spall|schiena|cuore|occhi|gamb|bracci|polso|caviglia|piede|piedi|mano|femore|menisco|ernia|tiroide|colecisti|appendic|prostata|seno|polmon|ren[ei]|fegato|stomaco|vertebr|testa|collo|dent)\p{L}*))|\bdopo (?:l'|un |una |il )?(?:incidente|operazione(?! (?:di|del|della|dei|delle|dello|degli|dell')\b)|intervento (?:chirurgico|(?:al|alla|allo|ai|agli|alle|all') ?(?:ginocchi|anca|anche|spall|schiena|cuore|occhi|gamb|bracci|polso|caviglia|piede|piedi|mano|femore|menisco|ernia|tiroide|colecisti|appendic|prostata|seno|polmon|ren[ei]|fegato|stomaco|vertebr|testa|collo|dent)\p{L}*))\b[^.!?\n]{0,30}?\b(?:e|sono|resta|restano) (?:ancora )?(?:a casa|fuori servizio|in ospedale|in convalescenza)|(?:(?:nonostante|aveva|avevano)|(?:(?:e|era|sono|erano) )?(?:a casa|assent\p{L}*|a letto|fuori uso) (?:con|per)|(?:e|era|sono|erano) (?:con|per)) (?:l'|la |il |un |una )?(?:influenza|febbre|mal di (?:schiena|testa|gola|denti|pancia|stomaco)|covid|bronchite|polmonite|emicrania|lombalgia|sciatica|gastroenterite|otite)|(?:e|era) incinta|(?:periodo|momento) (?:difficile|delicato|complicato) (?:per la (?:sua|loro) salute|di salute)|(?:e|era|sono|erano|rest\p{L}*|stat[oaie]) a casa (?:con|col) (?:l'|la |il |lo |un |una |i |le |gli )?(?:ernia|influenza|febbre|covid|bronchite|polmonite|sciatica|lombalgia|frattura|gesso|stampelle|(?:gamba|braccio|polso|piede|caviglia|ginocchio|spalla|mano|schiena) (?:rott|ingessat|fratturat|bloccat|slogat)\p{L}*|mal di \p{L}+|figli\p{L}*|bambin\p{L}*|bimb\p{L}*|neonat\p{L}*|(?:la |il )?(?:madre|padre|mamma|papa|marito|moglie) (?:malat|ricoverat|anzian)\p{L}*))\b`,
	'u',
);

/** A member of staff named in a sentence. */
export const STAFF_WORD = new RegExp(String.raw`\b(?:${STAFF})\b`, 'u');

/**
 * A member of staff blamed or disciplined in public, in a sentence that names them (STAFF_WORD): "il
 * collega è stato richiamato", "la collega non era in una buona giornata: ne abbiamo già parlato con
 * lei" (family K), "il collega del turno di ieri si fida un po' troppo della macchinetta" (family Q).
 * What happens between an office and its staff is not told to the public.
 */
export const STAFF_DISCIPLINE =
	/\b(?:(?:e|sono) (?:gia )?stat[oaie] (?:richiamat|ammonit|sanzionat|rimprover|sospes)\p{L}*|ne rispondera (?:lei|lui)|(?:l'|la |la sua |le sue )?(?:segnalazion|recension|lamentel|reclam)\p{L}* (?:la |le |l')?(?:giriamo|abbiamo girat\p{L}*|passiamo|abbiamo passat\p{L}*|riferiamo) al suo responsabile|(?:le|gli) abbiamo (?:gia )?fatto presente (?:la (?:sua|vostra) (?:recensione|segnalazione|lamentela)|il (?:suo|vostro) (?:reclamo|commento))|(?:un |il )?provvediment\p{L}* disciplinar\p{L}*|ne abbiamo (?:gia )?parlato con (?:lui|lei|loro|il collega|la collega|i colleghi|(?:il suo|la sua) (?:responsabile|dirigente|capo|capa|capoufficio))|con (?:lui|lei|loro) ne abbiamo (?:gia )?parlato|non era in (?:una )?buona giornata|(?:si e|si sono) fidat[oaie] (?:del|dei|della|delle) \p{L}+ senza controllare|(?:e|era) (?:al suo |alla sua )?(?:primo|prima) (?:mese|settimana|giorno|giorni|anno)|sta (?:ancora )?imparando|non si (?:e|sono) pres[oaie] (?:nemmeno |neanche )?il disturbo|come gli capita(?: spesso| sempre| di solito)?|(?:collega|colleghi|colleghe|impiegat\p{L}*|operator\p{L}*|addett\p{L}*) (?:che )?(?:e|sono) qui da poco|non ci (?:ha|hanno) (?:ancora )?preso la mano|(?:e|sono) (?:ancora )?nuov[oaie] del mestiere|(?:e|era) (?:ancora )?(?:inespert[oa]|alle prime armi)|(?:si fida|si fidano|si fidava|si fidavano) (?:un po'? |decisamente |davvero |sempre )?troppo|non (?:controlla|controllano|controllava|legge|leggono|verifica|verificano|ascolta|ascoltano) mai (?:niente|nulla)|(?:e|era|sono|erano) (?:un po'? |piuttosto |molto |parecchio |sempre )?(?:distratt|svogliat|pigr|negligent|sbadat)\p{L}*)\b/u;

/**
 * A member of staff's family life or pregnancy, said in public: "una delle due assenti ha appena
 * avuto un lutto in famiglia e l'altra è in congedo per la gravidanza" (family O), "la signora Paola,
 * che stava rientrando da un periodo difficile e non era al meglio" (family Q). The staff word
 * may open the sentence, further from the event than a health word.
 */
export const STAFF_LIFE = new RegExp(
	String.raw`\b(?:${STAFF}|assent[ei]|(?:la signora|il signor|la sig\.?ra|il sig\.?) \p{L}+)\b[^.!?\n]{0,80}?\b(?:(?:stava|sta|stavano|stanno) (?:gia |ancora )?(?:rientrando|tornando|uscendo|attraversando|passando|vivendo) (?:da )?un (?:periodo|momento) (?:difficile|delicato|complicato|brutto|pesante|duro)|non (?:e|era|sono|erano) al meglio|(?:ha|aveva|hanno|avevano) (?:dei |i suoi |i loro |qualche )?problem\p{L}* (?:personal\p{L}*|familiar\p{L}*|a casa|in famiglia)|(?:ha|hanno) (?:appena )?(?:avuto|subito) (?:un|il) lutto|(?:e|sono|era|erano) in lutto|(?:per|a causa di) un lutto in famiglia|in (?:congedo (?:per (?:la |il )?|di )?)?(?:gravidanza|maternita|paternita|lutto)|(?:e|era) incinta|ha (?:appena )?partorito|(?:a casa|in congedo|in permesso) (?:col|con il|con la|con i|con) (?:bambin|neonat|figli|bimb|piccol)\p{L}*(?: appena nat\p{L}*)?|(?:in congedo|in permesso|in aspettativa) (?:per (?:la |il |l'|un |una |i |le |motivi )?(?:nascit|matrimoni|nozz|lutt|malatti|gravidanz|maternit|paternit|famigli|assistenz|cur|figli|bambin|personal|salut)\p{L}*|parental\p{L}*|matrimonial\p{L}*|straordinari\p{L}*|104))\b`,
	'u',
);

/**
 * A member of staff, or a person, followed by a word that may be their name: "il collega Fabio
 * Riva", "la signora Gatti", "il geometra Rinaldi", "di turno c'era Giulia Ferrari" (CP007). The caller
 * checks that the word is capitalised. An article or a small word is not a name, and is left for the next match:
 * "quanto alla collega, la sig.ra Fossati, purtroppo non è nuova a questo atteggiamento" (GG012, session 40) read
 * "collega, la" and skipped the signora. A staff noun is not a name either: "il nostro collega Stefano" read "collega" as
 * the name after "il nostro" and skipped Stefano (IQ027, session 43). "C'è Giorgio che dorme in piedi" (JT030, session 45):
 * a name after "c'è" when a clause about them follows, also with an article: "allo sportello c'era solo la Loredana, che
 * diciamolo non è proprio la più sorridente dell'ufficio 😅 già altri si sono lamentati di lei" (KH029).
 */
export const STAFF_BEFORE_NAME = new RegExp(
	String.raw`\b(?:${STAFF}|la (?:sola )?signora|il (?:solo )?signor|la (?:sola )?sig\.?ra|il (?:solo )?sig\.?|la dottoressa|il dottor|la dott\.?ssa|il dott\.?|di turno (?:c'era|c'e|era)|(?:c'e|c'era)(?= \p{L}+ che\b)|(?:c'e|c'era|e rimast[oa]|era rimast[oa]|rest[ao]|restava) (?:solo |soltanto )?(?:la|il)(?= \p{L}+,? che\b)|(?:il|del|dal|al) geom\.|(?:il|del|dal|al|col) nostro|(?:la|della|dalla|alla) nostra)(?:\b|(?<=\.)),? (?!(?:la|il|lo|i|gli|le|un|una|uno|e|che|di|del|della|a|al|alla|in|con|per|${STAFF})\b)(\p{L}+)`,
	'gu',
);

/**
 * What a clerk is said not to be known for, or not to shine at: "non è famosa per la pazienza", "non brilla per
 * puntualità", "non è famosa per il sorriso" (IX029, session 43). One list for THIRD_PARTY and NEGLIGENCE.
 */
export const VIRTUE = String.raw`(?:pazienza|gentilezza|cortesia|simpatia|precisione|puntualita|velocita|rapidita|efficienza|sorriso|buonumore|disponibilita)`;

/** The manners a clerk is said to lack: "non è il massimo della cortesia", "non è un modello di pazienza". */
const MANNERS = String.raw`(?:gentilezza|cortesia|educazione|simpatia|pazienza|disponibilita|professionalita)`;

/**
 * A lapse told as the clerk's habit: "la Gianna del centralino, che come al solito non segna niente" (JK030, session 44),
 * any lapse after "come al solito"; not what the clerk never fails to do, "che come al solito non si è risparmiata".
 */
const HABITUAL_LAPSE = String.raw`(?:come al solito|al solito|come suo solito|come di consueto),? (?:\p{L}+ ){0,2}?(?:non|mai)\b(?! (?:si (?:e )?)?(?:risparmi|tir\p{L}* indietro|manc|delude|lascia|ferma|arrend|perde d'animo))`;

/**
 * The clerk's manners with the public judged: "la sig.ra Loredana Pace, che purtroppo col pubblico nn è il massimo" (JL030),
 * "la signora Carla Mancuso, che purtroppo con il pubblico è sempre un po' scocciata" (JI030), families JI and JL (session
 * 44), written as HI018 and HJ017 had been on the same exercise; not "con il pubblico è sempre gentilissima".
 */
const RUDE_WITH_PUBLIC = String.raw`(?:con il|col|con i|coi|con gli) (?:pubblico|utenti|cittadini)\b[^.!?\n]{0,25}?(?:\bnon e (?:(?:proprio|sempre|esattamente|mai stat[oa]) )?(?:il massimo|un granche|il suo forte)|\b(?:scocciat|sgarbat|scortes|brusc|nervos|antipatic|acid|sbrigativ|maleducat|scontros|intrattabil|burber|scorbutic|sgradevol|insofferent|spazientit|irascibil|permalos)\p{L}*)`;

/**
 * Families KI to KP, after they were measured and read (session 46): a named clerk's temper or pace as a trait, "è rimasta la
 * Gina, che lei conosce: già di suo è lenta e col muso" (KK030), not "non è lenta"; work done in haste as a habit, "il tecnico
 * Bassi ha fatto le cose di corsa come al solito" (KL030), or badly, "coi piedi"; a lapse let slide again, "il geometra Carli …
 * anche stavolta ha lasciato correre, non è la prima volta che si dimentica di San Rocco" (KO030);
 * "la sig.ra rinaldi, che purtroppo è fatta così, lo sappiamo tutti" (KS029), not "è fatta così per…"; "il collega Stefano Boni, che da
 * quando ha scoperto lo strumento di scrittura non controlla più niente" (KV029); "è rimasta la sola sig.ra Pellegrini" (KV030);
 * "è rimasta la Pirovano, che scocciata lo è sempre, mica solo con lei: ne parlerò col responsabile" (LB030); "il collega Bertoldi venerdì è sparito alle 5 come al solito" (LC030); "il dott. Ruggeri …, che parla solo in
 * burocratese" (LE030).
 */
const LAPSES_46 = String.raw`(?<!\bnon )(?:e|era) (?:(?:gia )?di suo |un po'? |piuttosto |molto |parecchio |sempre |proprio |notoriamente )?(?:lent[oa]|lentissim[oa]|svogliat[oa]|pigr[oa]|sbadat[oa]|scorbutic[oa]|imbranat[oa]|incapace|muson[ea])\b|(?:e|sta|era|stava) (?:sempre )?(?:col|con il|con un) muso\b|(?:fatt[oaie]|fa|fanno) (?:le cose|tutto|il lavoro|i lavori|i controlli|il controllo|le verifiche|la verifica) (?:di corsa|in fretta(?: e furia)?),? (?:come al solito|come sempre|come suo solito)|(?:fatt[oaie]|fa|fanno|scritt[oaie]|mess[oaie]|montat[oaie]|sistemat[oaie]) (?:[\p{L}']+ ){0,3}?(?:alla carlona|coi piedi|con i piedi)|(?:anche stavolta|anche questa volta|ancora una volta|di nuovo|come al solito|come sempre|per l'ennesima volta),? (?:ha|aveva|hanno|avevano) lasciato correre|non e la prima volta che (?:si )?(?:dimentic|scord|sbagli|perd|salt|combin)\p{L}*|non (?:controlla|verifica|legge|controllano|verificano|leggono) piu (?:niente|nulla)|(?:scocciat|sgarbat|scortes|brusc|antipatic|nervos|maleducat)[oaie] (?:lo|la) (?:e|era) sempre|(?:e|era) (?:sparit|scappat|volatilizzat|dileguat)[oa]\b[^.!?\n]{0,20}?\b(?:come al solito|come sempre|come suo solito)|parla(?:no)? solo (?:in )?(?:burocratese|legalese|politichese)|ne (?:parlero|parleremo) (?:col|con il|con la) (?:suo |sua )?(?:responsabile|dirigente|capo|capa)|(?:purtroppo |si sa,? )?(?:e|era) fatt[oa] cosi\b(?![^.!?\n]{0,10}\b(?:bene|apposta|perche|per)\b)`;

/**
 * A named member of staff's negligence, told in public (families BZ to CI): "non ha controllato
 * niente", "non si è nemmeno presa la briga di avvisare", "per tre giorni non si è accorta di nulla",
 * "non l'ha fatto", "con il pubblico non è mai stata un granché", "senza controllare niente", "copiando
 * una bozza senza controllarla", "che ha sbagliato a copiare la data" (CR025), "l'ha pubblicata senza farla
 * controllare" (CQ018), "che le segnalazioni se le scorda sempre", "gliel'ho già fatto presente" (DE018), "non brilla
 * per gentilezza", "le abbiamo già riferito la sua lamentela" (DH029), "ha copiato male la data", "l'abbiamo già
 * richiamata" (DH039), "che ha confuso le scadenze" (DI041), "che abbiamo già segnalato al dirigente" (DJ007), "la
 * segnalazione non l'ha mai inserita" (DK007), "non è la prima volta che riceve lamentele per i modi" (DS022), "ha
 * copiato la data da una bozza vecchia" (DT035), "ci risulta non essere nuova a lamentele" (DW037), "se vuoi
 * lamentarti, prenditela con lui" (DX035), "che con il pubblico non è sempre il massimo della cortesia" (DZ005), "con il
 * pubblico ha sempre avuto poca pazienza" (DY008), "con il pubblico non è sempre gentilissima" (EB034): with the public
 * named, not a PDF viewer that "non è sempre gentilissimo con i file firmati" (r38); "che copia dal programmino senza
 * leggere e poi tocca a noi rimediare, non è la prima volta" (EV031, session 39), "ma lui ha rimandato per l'ennesima
 * volta dando la colpa alla pioggia e abbiamo dovuto insistere noi" (EW005), "che per lui IMU e TARI sono la stessa cosa
 * … non ha chiesto niente ai tributi" (EX046), "che si è confusa con la seconda rata" (FA026), "gli abbiamo già fatto
 * presente che non deve più capitare" (FA030), "del nostro Gianluca, che … di tasse ne capisce quanto io di uncinetto"
 * (FC012), "che come al solito ha copiato la bozza … senza guardarla" (FD027), "sul suo atteggiamento allo sportello
 * abbiamo già ricevuto altre lamentele" (FF026), "che diciamolo non è famosa né per la simpatia né per la velocità: la
 * segnaleremo noi" (FH050), "non è nuova a quell'atteggiamento: l'abbiamo già fatto presente al suo responsabile"
 * (FI047), "che con le date è un disastro, glielo diciamo sempre" (FK017), "non è nuova a dimenticarsi" (FL038), "l'ha scritta il
 * collega Fabio Marchi … una leggerezza che non doveva capitare e di cui risponderà" (GE003, session 40), "la sig.ra Fossati,
 * purtroppo non è nuova a questo atteggiamento" (GG012), "la collega Bertoli dei Tributi, che evidentemente gli avvisi non
 * li legge nemmeno" (GK009), "la dottoressa Pagani, che evidentemente non ha riletto l'avviso" (GO041), "Marisa Gatti, che le
 * segnalazioni a voce se le scrive sui post-it e poi le perde" (GO024), "il geometra Ruffini …, che da settimane non si fa
 * vedere" (GR034), "Franca del centralino, che le segnalazioni al telefono non le registra mai" (HB041, session 41), "la
 * signora Pina Gatti, che … l'abbiamo già segnalato più volte al suo responsabile" (HF047), "la signora Pierini, purtroppo è
 * nota per il suo caratterino" (HH030), "che purtroppo col pubblico è sempre un po' così" (HI018), "che con il pubblico non è
 * mai stata un modello di cortesia" (HJ017), "non è nuova a queste scortesie" (HQ012), "non è nuova a questi musi lunghi" (ID040, session 42), "diciamolo, un caratterino ce
 * l'ha" (IJ027), "non è nuova a queste uscite" (IO028). Read
 * in the sentence after the
 * name. "la sig.ra Pagani, che ammettiamo non è proprio un fiore di cortesia" (IZ030, session 43), "il sig. Marchi, non ci ha
 * nemmeno girato la comunicazione" (JE030). A habit of leaving early or late, "la collega Marta Pini, che come sempre ha staccato prima e ha lasciato i
 * messaggi senza risposta" (IW030, session 43). Asleep at work, "c'è Giorgio che dorme in piedi" (JT030; not "alle 4 anche il nostro Giorgio dormiva in piedi" at a night event, r45), and work done at random,
 * "la signora Bonetti ha mandato le email un po' a caso" (JS030, session 45), not names drawn "a caso" in a lottery; a check owed and not done, "il geom.
 * Pastore dell'Ufficio scuola, che doveva controllare, per tre giorni non se n'è accorto" (JZ030). Only the failing itself: "non
 * ha controllato solo il suo certificato", "non si è accorta subito del biglietto", "non ha avvisato
 * nessuno prima di aver verificato", "senza controllare l'orologio" and "non si è dimenticato dei
 * bambini" are told kindly (reviewers' look-alikes, r32 and r33b).
 */
export const NEGLIGENCE = new RegExp(
	String.raw`\b(?:${HABITUAL_LAPSE}|${LAPSES_46}|${RUDE_WITH_PUBLIC}|(?:un |il suo |quel )?caratterin[oi]\b|non (?:ha|aveva) (?:nemmeno |neanche |neppure )?rilett[oa]\b|(?:e poi |poi )(?:le|li|la|lo) (?:perde|dimentica|scorda)\b|non si fa (?:vedere|sentire|trovare)\b|non (?:li|le|lo|la) (?:legge|controlla|guarda|ricontrolla|registra|annota|segna|inoltra|passa) (?:nemmeno|neanche|neppure|mai)\b|una (?:grave |bella |vera )?leggerezza\b|(?:ne|di cui) (?:rispondera|risponderanno|rendera conto)\b|non (?:ha |hanno )?(?:nemmeno |neanche |neppure |mai |proprio )?(?:controllat|verificat)\p{L}* (?:niente|nulla)|non (?:si e|si sono) (?:nemmeno |neanche |neppure |mai )?(?:accort[oaie] (?:di (?:nulla|niente)|in tempo)|pres[oaie] la briga)|non l'(?:ha|hanno) fatt[oa](?= *[.!?,;:]| *$)|non (?:e|sono) mai stat[oaie] (?:un granche|all'altezza)|senza (?:(?:ri)?controllare|verificare) (?:niente|nulla)|senza (?:(?:ri)?controllarl|verificarl|guardarl|(?:ri)?leggerl)[aoie]|(?:combina\p{L}*|ha combinato) (?:un |dei )?(?:disastr|pasticc|guai)\p{L}*|(?:gia )?altri (?:utenti|cittadini|colleghi)\b[^.!?\n]{0,30}?\bsegnalat\p{L}*|non e la prima volta che (?:riceve|ricev\p{L}*|arrivano|ci arrivano) (?:\p{L}+ ){0,2}?(?:lamentel|segnalazion|reclam|critich)\p{L}*|ha copiato (?:la data|le date|il testo|i dati|l'importo) da (?:una |la |un )?(?:bozza|versione|file|tabella) (?:vecchi|sbagliat|superat|dell'anno)\p{L}*|prenditela con (?:lui|lei)|se la prenda con (?:lui|lei)|prendetevela con (?:lui|lei)|non (?:e|essere|sia) nuov[oa] (?:a|ad) (?:(?:questi|queste|questo|questa|simili|tali|quell'|quest'|quel|quello|quella|quei|quelle|certi|certe) ?|(?:questo|quel|questa|quella) (?:tipo|genere|sorta) d[ie] )?(?:lamentel|segnalazion|reclam|critich|atteggiament|episod|comportament|richiam|dimentic|error|sbagl|ritard|svist|scortesi|sgarb|maleducazion|mus[io] lungh|malumor|rispostacc|uscit)\p{L}*|non e (?:proprio |certo )?il massimo (?:della |dell'|di )?${MANNERS}|non e (?:mai stat[oa] )?(?:proprio |certo |esattamente )?(?:un modello|un esempio|un campione|un fulmine|un fiore|una cima) di (?:${MANNERS}|efficienza)|(?:col|con il) pubblico\b[^.!?\n]{0,30}?\b(?:e|sono) (?:sempre |fatt[oaie] )?(?:un po'? )?cosi\b|(?:e|era) (?:spesso |sempre |un po'? |ultimamente |piuttosto |molto )?(?:nervos|scontros|brusc|sgarbat|scortes|maleducat|antipatic)\p{L}* con (?:il pubblico|gli utenti|i cittadini|la gente)|(?:sul|del|per il) suo (?:atteggiamento|comportamento|modo di fare|tono)\b[^.!?\n]{0,40}?\b(?:informat|segnalat|riferit|avvisat|parlat)\p{L}*|(?:e|sono) (?:gia )?stat[oaie] segnalat\p{L}* (?:al|alla|ai) (?:sua |suo |nostr[oa] )?(?:dirigent|responsabil|cap[oa]|superior)\p{L}*|(?:abbiamo|ho) (?:gia )?(?:segnalato|riferito) (?:la cosa|il fatto|l'accaduto|tutto) (?:al|alla) (?:sua |suo )?(?:responsabile|dirigente|capo|capa)|l'(?:abbiamo|ho) (?:gia )?(?:segnalat|riferit)[oa] (?:piu volte |spesso |anche |tante volte )?(?:al|alla) (?:sua |suo )?(?:responsabile|dirigente|capo|capa|superiore)|(?:e|sono) (?:not|famos|conosciut)[oaie] per (?:il suo|i suoi|il loro|i loro) (?:caratter\p{L}*|modi|toni|scatti|sfuriat\p{L}*|malumor\p{L}*)|(?:abbiamo|ho) (?:gia )?riferito(?= *[.!?,;:]| *$)|nessuno l'(?:aveva|ha) (?:ri)?controllat[oa]|modi (?:bruschi|sgarbat\p{L}*)|non e (?:sempre |molto |proprio |mai )?(?:la piu |il piu )?(?:cortese|gentile|educat\p{L}*|disponibil\p{L}*|paziente|cordiale|simpatic\p{L}*|affabile|sorridente|solare|allegr[oa])|(?:gia )?altri si (?:sono|erano) (?:gia )?lamentat\p{L}* (?:di|per|con) (?:lei|lui)\b|(?:ha|aveva) (?:gia )?(?:da tempo )?(?:dei |spesso |sempre )?problemi con (?:il pubblico|gli utenti|i cittadini|la gente)|(?<!\bnon )(?:ha|hanno) (?:copiato|scritto|messo|inserito|pubblicato|indicato) (?:la |il |una |un |l')?\p{L}+ sbagliat\p{L}*|senza chiedere (?:niente|nulla|a nessuno)|non l'(?:ha|hanno) fatt[oa] (?:controllare|verificare|rileggere)|senza (?:guardare|leggere|controllare|verificare|rileggere) (?:i messaggi|la posta|le mail|le email|la chat|niente|nulla|il post|la bozza|la risposta|l'avviso|gli avvisi|il calendario|la delibera|i documenti)|come (?:al solito|sempre|suo solito) non (?:l'|lo |la |li |le )?(?:ha|hanno|aveva) \p{L}+|(?:ha|aveva) (?:gia )?(?:in passato )?(?:ricevuto|avuto) (?:delle |altre |diverse |molte |varie )?(?:lamentel|segnalazion|reclam|critich)\p{L}*|(?:lo|la|il suo caso lo|il suo caso la) (?:segnaliamo|segnaleremo|abbiamo segnalat\p{L}*) al (?:dirigente|responsabile|capo)|senza avvisare (?:nessuno|le famiglie|gli utenti)|senza (?:dire|comunicare) (?:niente |nulla )?a nessuno|(?<!\bnon )(?:ha|hanno|aveva|avevano) sbagliato|senza farl[aoie] (?:controllare|verificare|rileggere)|(?:se l[aoie]|se li|se ne|si) (?:scord|dimentic)\p{L}* (?:sempre|spesso|puntualmente|regolarmente|ogni volta)|(?:gliel'|glielo |gliela )(?:(?:ho|abbiamo) (?:gia )?(?:fatto presente|fatto notare|ricordato|detto)|(?:faremo|faro|facciamo|faccio) (?:presente|notare)|(?:diciamo|ripetiamo|ricordiamo) (?:sempre|ogni volta|di continuo|tutti i giorni))|non brilla (?:certo |proprio |mai )?(?:per|di|in) \p{L}+|(?:le|gli) (?:abbiamo|ho) (?:(?:comunque|gia|subito|anche) )*(?:riferit|fatto presente|fatto notare|girat|segnalat|passat)\p{L}* (?:la (?:sua|tua|vostra) (?:lamentela|segnalazione|recensione|critica)|il (?:suo|tuo|vostro) (?:reclamo|commento|atteggiamento|comportamento|modo di fare|tono))|(?:ha|hanno|aveva|avevano) (?:copiat|scritt|lett|capit|inserit|trascritt|calcolat)[oaie] male|l'(?:abbiamo|ho) (?:gia )?(?:richiamat|ripres|rimproverat|ammonit|sanzionat)[oa]|(?<!\bnon )(?:ha|hanno|aveva|avevano) (?:confuso|invertito|scambiato) (?:le|la|i|il|gli|l')|(?:abbiamo|ho) (?:gia )?(?:segnalat|richiamat|riferit)\p{L}* (?:al|alla|ai) (?:sua |suo |nostr[oa] )?(?:dirigent|responsabil|cap[oa]|superior)\p{L}*|non l'(?:ha|hanno|aveva) (?:mai )?(?:inserit|registrat|passat|girat|inoltrat|trasmess|segnat|annotat)[oa]|non l'(?:ha|hanno|aveva) mai (?:fatt|lett|pres)[oa]|(?:poteva|potevano|doveva|dovevano) (?:organizzar|muover|pensar|accorger|avvisar|controllar|fare)\p{L}* (?:meglio|prima|di piu)|ne rispondera\b|doveva \p{L}+\b[^.!?\n]{0,60}?\b(?:evidentemente )?(?:aveva|avevano) (?:di )?meglio da fare\b|gia (?:la settimana scorsa|ieri|il mese scorso|da giorni|da tempo),? (?:e )?(?:la pioggia|il maltempo|il tempo|il meteo)? ?c'entra(?:no)? fino a un certo punto\b|evidentemente (?:[\p{L}']+ ){0,3}?non l'(?:aveva|ha|avevano|hanno) (?:lett|rilett|controllat|vist)[oa] (?:nemmeno|neanche|neppure) (?:lei|lui|loro)\b|con (?:il pubblico|gli utenti|i cittadini|la gente) (?:(?:proprio |davvero )?non ci sa fare|non e (?:sempre |mai |proprio )?(?:il massimo|gentilissim\p{L}*|cortesissim\p{L}*)|(?:ha|aveva) (?:sempre |spesso |da sempre )?(?:avuto )?(?:poca|pochissima|scarsa) (?:pazienza|cortesia|gentilezza|educazione|disponibilita|tatto))|non (?:e|era) di buon umore|(?:e|era) di (?:cattivo|pessimo) umore|senza (?:nemmeno |neanche )?(?:leggere|guardare|controllare|verificare|rileggere)(?= *[,.;:!?]| *$| e\b)|(?<!\b(?:forse|magari|se)\b[^.!?\n]{0,20})(?:che )?doveva (?:controllare|verificare|vigilare|avvisare|accorgersene)\b[^.!?\n]{0,40}?\bnon (?:se n'(?:e|era) accort[oa]|(?:l'|lo |la )?(?:ha|aveva) (?:fatt|controllat|verificat)[oa]|ha (?:controllato|verificato|avvisato))|dorm(?:e|ono) (?:in piedi|sempre|al lavoro|in ufficio|alla scrivania|al centralino|della grossa)\b|(?:mandat|inviat|spedit|compilat|assegnat|inserit|smistat|distribuit|scritt|mess)\p{L}* (?:[\p{L}']+ ){0,3}?(?:un po'? |completamente |proprio |tutto )?a caso|(?:e )?poi tocca a noi (?:rimediare|sistemare|correggere|metterci una pezza)|non e la prima volta(?= *[.!?,;:]| *$)|(?:ha|hanno|aveva|avevano) (?:rimandat|sbagliat|dimenticat|saltat|rinviat|ritardat)\p{L}* (?:\p{L}+ )?per l'ennesima volta|per l'ennesima volta (?:ha|hanno|aveva|avevano) (?:rimandat|sbagliat|dimenticat|saltat|rinviat|ritardat)\p{L}*|dando la colpa (?:a|al|alla|ai|alle|all')|(?:abbiamo|ho) dovuto insistere (?:noi|io)|non (?:ha|hanno|aveva|avevano) chiesto (?:niente|nulla)|per (?:lui|lei) (?:[\p{L}]+ e [\p{L}]+ |tutto )?(?:sono|e) (?:la stessa cosa|uguali|identic\p{L}*)|(?:si e|si sono|si era|si erano) confus[oaie]|(?:ha|hanno|aveva|avevano) fatto confusione|gli (?:abbiamo|ho) (?:gia )?(?:fatto presente|fatto notare|ricordato|detto) che|senza (?:verificare|controllare|chiedere|parlare) con (?:l'|il |la |i |gli |le )?(?:ufficio|uffici|colleghi|responsabil\p{L}*)|ne (?:capisce|sa|capiscono|sanno) quanto (?:io|me|noi|un \p{L}+) di\b|(?:abbiamo|ho) (?:gia )?(?:ricevuto|avuto) (?:delle |altre |diverse |molte |varie )?(?:lamentel|segnalazion|reclam|critich)\p{L}*|non e (?:famos|not|celebr|conosciut)\p{L}* (?:ne )?per (?:la |il )?${VIRTUE}|(?:la|lo) (?:segnaliamo|segnaleremo) noi|(?:abbiamo|ho) (?:gia )?(?:segnalat|riferit)\p{L}* (?:il suo|la sua|i suoi|le sue) \p{L}+ (?:al|alla|ai) (?:sua |suo |nostr[oa] )?(?:dirigent|responsabil|cap[oa]|superior)\p{L}*|(?:l'|lo |la )?(?:abbiamo|ho) (?:gia )?fatto presente (?:al|alla) (?:suo |sua )?(?:responsabile|dirigente|capo|capa|superiore)|(?:e|sono) (?:un|una) (?:disastro|frana|catastrofe|pasticcion\p{L}*)|(?:come (?:sempre|al solito|suo solito)|per l'ennesima volta),? (?:ha|aveva|e|era) (?:staccat\p{L}* prima|(?:andat|uscit)[oa] prima|arrivat[oa] (?:tardi|in ritardo)|fatto (?:tardi|confusione)|lasciat\p{L}* (?:[\p{L}']+ ){0,3}?senza risposta)|non (?:ci |mi |vi )?(?:ha|hanno|aveva|avevano) (?:nemmeno|neanche|neppure|mai) (?:girat|passat|inoltrat|mandat|trasmess)\p{L}* (?:la |le |il |i |l')?(?:comunicazion|avvis|mail|notizi|segnalazion|informazion)\p{L}*)\b`,
	'u',
);

/**
 * A wrong fact said to come from a person named after it: "la data sbagliata ce l'aveva passata Luca Marchi
 * dell'Ufficio tributi" (CO007), "ce l'ha passata la collega Giulia Ferri" (DW022). The two words after (and after a
 * title such as "la collega") are read as the name; the caller checks capitals.
 */
export const WRONG_FROM_NAMED =
	/\b(?:sbagliat|errat)\p{L}* (?:ce |ci |ve |me |ne )?(?:l'|la |lo |le |li )?(?:aveva|ha|avevano|hanno) (?:passat|dat|comunicat|mandat|inviat|fornit|scritt|dett)[oaie] (?:da )?(?:(?:la|il|lo) )?(?:(?:nostr[oa] )?(?:collega|dottoressa|dottor|signora|signor|dipendente|impiegat[oa]) )?(\p{L}+) (\p{L}+)/gu;

/**
 * A person named with their office, who may be a member of staff: "Giulia Mastrangelo dell'Ufficio tributi"
 * (CZ030), "la Marisa del centralino" (DD044), "Marco del turno del weekend" (DA006), "Gabriele Fontana, il referente
 * della ditta dei trasporti, … senza dire niente a nessuno" (EJ004, session 38). The one or two words
 * before the office are read as the name; the caller checks capitals, and a first name alone against the list.
 * A look-ahead, so that "scritto Marco del turno" is read from "Marco" too: group 1 is the whole phrase.
 */
export const NAME_OF_OFFICE =
	/\b(?=((\p{L}+)(?: (\p{L}+))?,? (?:dell'ufficio|del servizio|dello sportello|della polizia locale|dell'anagrafe|della segreteria|dell'urp|della biblioteca|dei servizi|del centralino|del turno|di turno|dei trasporti|dei tributi|del protocollo|della ragioneria|della mensa|del magazzino|della manutenzione|del personale|(?:il|la) (?:referente|responsabile|tecnico|tecnica|addett[oa]) (?:della|del|dell'|dei))\b))/gu;
