// Word lists and patterns of the conduct gates: what a public administration's reply must never
// say to a citizen (insults, mockery, intimidation) and the personal data it must never show or ask
// for in public. Patterns run on folded text (lowercase, no accents, typographic quotes unified).
import { EMAIL } from './facts';
import { PUBLIC_ROLES } from './names';

/**
 * Lectures and put-downs: the page tells the citizen they should have known, read or thought
 * before ("se avesse letto il post avrebbe visto", "prima di scrivere potevi informarti", "di
 * solito ci si pensa prima"), or judges the person ("ti qualifichi da solo", "chi non sa neanche
 * cos'è un'email", "qualcuno i cartelli non li guarda"), or holds up everyone else ("la leggono tutti
 * gli altri senza problemi").
 */
export const LECTURE =
	/\bevidentemente non (?:hai|ha|avete|aveva|avevi|avevate) (?:letto|visto|guardato|capito|notato|controllato)\b|\bche evidentemente non (?:le|ti|vi) mancava\b|\ba quanto pare (?:e|sia|risulta) (?:troppo |molto |piuttosto )?(?:impegnativ|difficil|complicat|faticos|ostic)\p{L}*|\b(?:te|ve|glie)l[oa] (?:riassumiamo|ripetiamo|rispieghiamo|spieghiamo|riscriviamo) (?:in parole semplici|con parole semplici|piano piano|lentamente|con calma)\b|\b(?:possa|possano|puo|sia|e) (?:risultare |essere )?un concetto (?:ostico|difficile|complicato)\b|\bse (?:avesse|avessi|aveste|avessero) (?:letto|guardato|controllato|visto|seguito|ascoltato|consultato)\b[^.!?\n]{0,60}\b(?:avrebbe|avresti|avreste|avrebbero) (?:gia |subito |anche )?(?:visto|saputo|trovato|letto|capito|notato|scoperto|evitato)\b|\bprima di (?:scrivere|commentare|lamentar\p{L}*|criticare|polemizzare|urlare|gridare)\b[^.!?\n]{0,50}\b(?:potevi|poteva|potevate|avresti potuto|avrebbe potuto|avreste potuto|dovevi|doveva|dovevate) (?:anche |almeno )?(?:informar\p{L}*|legger\p{L}*|controllar\p{L}*|guardar\p{L}*|verificar\p{L}*|chieder\p{L}*|pensar\p{L}*)|\b(?:ci si pensa|ci si doveva pensare|(?:bastava|bisognava|bisogna|doveva|dovevi|dovevate|poteva|potevi|potevate) pensarci) (?:un po'? )?prima\b(?! (?:di|che|d'))|\b(?:ti|si|vi) qualific(?:hi|a|ate) da sol[oaie]\b|(?<!\bse\b[^.!?\n]{0,30})\bnon (?:sa|sanno|sai|sapete) (?:neanche|nemmeno|neppure) (?:cos'?\p{L}*|come|dove|che|usare|accendere|leggere)|(?<!\bse\b[^.!?\n]{0,10})\bqualcuno\b[^.!?\n]{0,30}\bnon (?:li|lo|le|la|l') ?(?:guarda|legge|vede|rispetta|ascolta)\b|\b(?:\p{L}+(?:ano|ono) tutti gli altri|tutti gli altri (?:la |lo |li |le |l'|ci |ne )?\p{L}+(?:ano|ono))\b[^.!?\n]{0,60}\bsenza (?:problemi|difficolta)\b|\bprima di (?:dire che|scrivere che|accusare|giudicare|criticare|lamentar\p{L}*|polemizzare)\b[^.!?\n]{0,50}\b(?:bisognerebbe|bisogna|sarebbe meglio|sarebbe bene|converrebbe|dovrebbe|dovresti|dovreste) (?:anche |almeno )?(?:sapere|informar\p{L}*|capire|legger\p{L}*|controllar\p{L}*|conoscere|verificar\p{L}*)/gu;

/**
 * Words that soothe or tease a friend but talk down to a citizen who complains: "si calmi",
 * "stai sereno", "rilassati", "beato lei", a tag ", sa?". Mockery only under a grievance: "state
 * calmi e chiamate il 115" in an emergency, "rilassati e goditi il concerto" under praise, "beata
 * te che nuoti anche d'inverno" are kind.
 */
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
 * says the barrier is their problem. Read only under a comment that states the disability.
 */
export const SENSE_MADE_LIGHT =
	/\b(?:basta(?:va|rebbe)?|e sufficiente|bastera) (?:solo |semplicemente )?(?:zoomare|ingrandire|guardare|leggere|vedere|ascoltare|sentire|alzare il volume)\b/gu;

export const CALM_DOWN =
	/\b(?:si calmi|calmati|calmatevi|(?:si dia|datti|datevi) una calmata|(?:stia|stai|state) calm[oaie]|(?:stai|state|stia) seren[oaie]|calma con (?:i|gli|le|il|lo|la|l') ?\p{L}+|si rilassi|rilassati|rilassatevi|beat[oa] (?:lei|te|voi))\b|,\s*(?:sa|sai|sapete)\s*\?/gu;

/**
 * Emoji of irony (wink, thinking face, clapping, smirk, upside-down face, shrug, yawn): mockery
 * under a complaint, a report, an opinion or an insult, unless the comment uses them too. Not the
 * sweat smile 😅: embarrassment, most often at the page's own mishap ("il microfono ha deciso di
 * scioperare 😅", family K).
 */
export const IRONIC_EMOJI = /(?:\u{1F609}|\u{1F914}|\u{1F44F}|\u{1F60F}|\u{1F643}|\u{1F937}|\u{1F971}|\u{1F92D})/gu;

/** Laughing emoji: mockery when the comment complains, reports, asks or insults (not under a joke). */
export const LAUGHING_EMOJI = /(?:\u{1F602}|\u{1F923}|\u{1F606})/gu;

/** Laughter, a clown or an eye-roll aimed at the citizen: mockery in the register of a thread. */
export const MOCKING_SIGNS = /(?:\ud83e\udd21|\u{1F644}|\u{1F612}|\b(?:a?h(?:a|ah){2,}h?|lol|rotfl|lmao)\b|\?!|!\?)/gu;

/** Bodies that enforce and inspect: named as readers of the thread, they threaten. */
const AUTHORITY = String.raw`la guardia di finanza|la finanza|i carabinieri|la polizia|gli ispettori|l'agenzia delle entrate|il fisco|l'inps`;

/**
 * Intimidation from the page: "sappiamo chi sei", "te ne pentirai", "stai attento a quello che
 * scrivi", "anche la Guardia di Finanza ha Facebook", a check announced as a threat ("il controllo
 * non sarà certo una formalità", "sappia che quello che ha scritto l'abbiamo letto", family O).
 * Always out of place, whatever the comment said.
 */
export const INTIMIDATION = new RegExp(
	String.raw`\b(?:(?:sappiamo|sapiamo|sanno|conosciamo|conoscono) (?:bene |benissimo |perfettamente |molto bene )?(?:chi sei|chi e|chi siete|dove abit\p{L}*|dove lavor\p{L}*|come ti chiami)|(?:te|ve|se) ne (?:pentirai|pentirete|pentira)|(?:stai|state|stia) attent[oaie] (?:a|con) (?:quello|cio|come|cosa)|occhio a (?:quello che|come|cosa) (?:scrivi|scrive|scrivete|dici|dice)|(?:ti|vi|la|le) (?:teniamo|terremo) d'occhio|(?:ti|vi) (?:veniamo|verremo) a (?:cercare|prendere|trovare)|(?:abbiamo|ho) (?:preso nota|salvato|fatto uno screenshot) (?:del tuo|del suo|del vostro|il tuo|il suo|il vostro|dei tuoi|dei suoi|i tuoi|i suoi) (?:nome|profilo|commento|commenti|post|messaggio|messaggi)|(?:girat|inoltrat|trasmess|passat|mandat)[oaie] (?:il (?:tuo|suo|vostro) (?:commento|post|messaggio) )?(?:al nostro |all')?(?:ufficio legale|legali|avvocat\p{L}*|avvocatura)|(?:dalle foto del|dal|dai post del|sul|nel) (?:suo|tuo|vostro) profilo\b[^.!?\n]{0,40}\b(?:si vede|si capisce|abbiamo visto|vediamo|risulta)|(?:leggono|legge|vedono|vede|sapra|sapranno) (?:tutti,? )?anche (?:il tuo|il suo|il vostro|i tuoi|i suoi) (?:datore di lavoro|datori di lavoro|colleghi|capo|capi)|finche (?:e|sei|siete|siamo) in tempo|(?:preparati|si prepari|preparatevi) a (?:risponderne|pagarne|pagare le conseguenze|rispondere (?:in|davanti|delle|di quello))|(?:regolati|si regoli|regolatevi)\s*(?:[.!]|$)|(?:ti|vi|le|gli) conviene (?:stare attent\p{L}*|smettere|fare attenzione|pensarci bene|moderare|lasciar(?:e)? perdere|rinunciare|ritirare|tenersi)|(?:li|le|lo) (?:stiamo salvando|stiamo conservando|abbiamo salvat\p{L}*|conserviamo)(?: tutt[ie])?|(?:stiamo salvando|salviamo|conserviamo) (?:tutti )?(?:i tuoi|i suoi|i vostri|questi|quei) (?:commenti|messaggi|post)|(?:il (?:suo|tuo|vostro)|questo|quel) (?:commento|messaggio|post) (?:e|e gia|e stato|e gia stato|sara) (?:stat[oa] )?(?:salvat[oa]|fotografat[oa])|l'ufficio legale (?:del comune |dell'ente )?sta (?:gia )?valutando|di (?:lei|te|voi) abbiamo (?:gia )?(?:il |i |l')?(?:profilo|nominativo|nome|indirizzo|dati|generalita)|(?:sul tavolo|in mano|nelle mani) (?:del|dell'|dei|degli|di un|di una) ?(?:suo |tuo |nostro |loro )?(?:avvocat|legal|ufficio legale)\p{L}*|prima che (?:diventi|si trasformi in|finisca in) (?:una )?(?:querela|denuncia|causa)|(?:(?:anche|pure) (?:${AUTHORITY})\b[^.!?\n]{0,25}\b(?:ha|hanno|usa|usano)|(?:${AUTHORITY})\b[^.!?\n]{0,25}\b(?:legge|leggono|guarda|guardano|segue|seguono|vede|vedono))\b[^.!?\n]{0,15}\b(?:facebook|i social|instagram|questi commenti|questa pagina|i commenti|tutto))|\b(?:controll|verific|accertament|ispezion)\p{L}*\b[^.!?\n]{0,60}\bnon sara (?:certo |di certo |affatto |proprio |mica )?una formalita\b|\bsappia (?:pero |bene |comunque )?che\b[^.!?\n]{0,60}\b(?:l'|lo |li |le )?(?:abbiamo|ho) (?:letto|visto|notato|preso nota|salvat\p{L}*|annotat\p{L}*)\b`,
	'gu',
);

/**
 * Legal threats: right against a threat or a crime in the comment ("abbiamo segnalato il commento
 * alla Polizia Postale"), intimidating against a criticism ("ti denunciamo per diffamazione",
 * "stiamo valutando azioni a tutela della scuola", real reply v-001).
 */
export const LEGAL_THREAT =
	/\b(?:(?:ti|vi|la|le|lo) (?:denunc(?:iamo|eremo|erò|ero|io)|querel(?:iamo|eremo|o|ero))|(?:sara|sarai|sarete|verra|verrai|verrete) (?:denunciat[oaie]|querelat[oaie])|(?:ne )?(?:risponderai|rispondera|risponderete) (?:in tribunale|davanti al giudice|nelle sedi (?:opportune|competenti))|ci vediamo in tribunale|(?:ti|vi|la|le) (?:aspettiamo|attendiamo) in tribunale|(?:abbiamo|ho) (?:gia )?(?:segnalato|inoltrato|girato|denunciato) (?:il tuo|il suo|il vostro|questo|quel) (?:commento|post|messaggio|profilo) (?:alla |alle |ai |all')?(?:polizia postale|polizia|carabinieri|autorita|forze dell'ordine|procura)|rischi(?:a|ando|ate|ano)? (?:pure |anche |cosi )?(?:una )?(?:querela|denuncia)|(?:siamo|sono) costrett[oaie] a (?:inviare|fare|trasmettere) (?:una )?segnalazione|(?:controllo|controlli|verifiche|ispezione|ispezioni) (?:di|su|a) (?:tuo|suo|vostro) (?:figli[oa]|marito|moglie|famiglia)|(?:procederemo|agiremo) (?:per vie legali|legalmente|in sede (?:civile|penale)) (?:contro di (?:te|lei|voi)|nei (?:tuoi|suoi|vostri) confronti)|(?:segnalare|segnaleremo|segnaliamo|denunciare) (?:il (?:tuo|suo|vostro) profilo|lei|te|voi) (?:alle |alla |ai |all')?(?:autorita(?: competenti)?|polizia postale|polizia|carabinieri|forze dell'ordine|procura)|(?:stiamo valutando|valuteremo|valutiamo|ci riserviamo(?: di (?:intraprendere|valutare|adottare))?|intraprenderemo|avvieremo|adotteremo) (?:ogni |le |eventuali |opportune |tutte le |le opportune |le dovute )?(?:azion[ei]|iniziativ[ae]|vie|misure) (?:legal[ei]|giudiziari[ae]|a tutela|nelle sedi (?:opportune|competenti)))/gu;

/**
 * Threatening to block a citizen who has not offended anyone: "non rispondete al posto nostro o
 * dobbiamo bloccarvi". Against insults, warning that the policy allows a block is moderation.
 */
export const BLOCK_THREAT =
	/\b(?:(?:ancora|un'altra|un altro) (?:una parola|parola|commento|insulto|post|messaggio)(?: del genere| come questo| simile| cosi)? e (?:ti|vi|la|lo|li) (?:blocchiamo|blocchero|banniamo|bloccheremo|bannero|segnaliamo|denunciamo)|(?:o|oppure|altrimenti|senno|se no) (?:(?:dobbiamo|dovremo|(?:saremo|siamo) costrett[ie] a|ci (?:vediamo|vedremo) costrett[ie] a) bloccar(?:vi|ti|la|lo|li)|(?:vi|ti|la|lo|li) blocc(?:hiamo|heremo))|(?:commenti|messaggi|post) come (?:il suo|il tuo|il vostro|questo|questi) (?:verranno|saranno) (?:segnalat|bloccat|rimoss|cancellat)\p{L}*|(?:il )?(?:suo|tuo|vostro) profilo (?:verra|sara) (?:bloccat|bannat|segnalat)\p{L}*|al prossim[oa] (?:commento|messaggio|post|insulto)\b[^.!?\n]{0,30}\b(?:(?:saremo|siamo|sarete) costrett[ie] a )?(?:bloccar|bannar|segnalar)\p{L}*)\b/gu;

/** Words that report an insult rather than say it: "ti chiediamo di non scrivere «pagliacci»". */
export const REPORTED_SPEECH =
	/\b(?:parol[ae] come|termini come|espressioni? come|insulti come|offese come|d(?:are|a|ai|ate|ando|ava|avi) (?:del|dei|della|delle|degli|dello)|chiamare|definire|scrivere|scritto|usare (?:parole|termini)|non (?:si|puoi|puo|potete) (?:dire|scrivere|dare))\s*$/u;

/** Personal data the reply asks the citizen to post in public: asking verbs... */
export const ASK =
	/\b(?:scrivi|scrivici|scriveteci|scriva|ci scriva|confermi|ci conferma|confermaci|ci confermi|dimmi|mi dica|ci dici|ci dice|indica|indicaci|indichi|ci indichi|comunica|comunicaci|comunichi|ci comunichi|lascia|lasciaci|lasci|ci lasci|inserisci|dicci|ci dica|fornisci|forniscici|fornisca|ci fornisca|mandaci|ci mandi|inviaci|ci invii|riporta|riporti|specifica|specifichi|metti|mettete|aggiungi|pubblica|pubblichi|posta|posti|incolla|condividi|condivida|mandacelo|mandatecelo|scrivicelo|scrivetecelo|diccelo|ditecelo|facci sapere|fateci sapere|ci faccia sapere|riscrivi|riscriva|riscriveteci|ripeti|ripeta|ripetici|rimetti|allega|alleghi|scrivilo|scrivetelo|scrivili|scriveteli|scrivila|mettilo|metteteli|mettili|pubblicalo|pubblicali|postalo|postali)\b/gu;

/** ...and the kinds of personal data: identifying, financial, health, home. */
export const ASKED_DATA =
	/\b(?:codice fiscale|(?:tuo|suo|vostro) (?:numero di )?(?:telefono|cellulare)|numero di (?:telefono|cellulare)|(?:tuo |suo |vostro )?indirizzo (?:di casa|di residenza|email|e-mail|mail)|(?:il tuo|il suo|il vostro) indirizzo|dove abit\p{L}*|iban|conto corrente|data di nascita|luogo di nascita|(?:numero (?:della|del|di) )?(?:carta d'identita|carta di identita|patente|passaporto|tessera sanitaria)|numero (?:del|di) documento|targa|isee|diagnosi|certificato medico|dati (?:personali|anagrafici|sanitari|bancari)|(?:il )?nome e (?:la )?classe|(?:in )?(?:che|quale) classe|nome e cognome|(?:la )?classe (?:della|del|di) (?:bambin\p{L}*|figli\p{L}*|ragazz\p{L}*)|dati (?:del|della|dei|delle) (?:bambin\p{L}*|figli\p{L}*|minor\p{L}*)|come (?:si chiama|si chiamano|si chiamava) (?:(?:il|la|lo|l'|i|le|gli|tuo|tua|suo|sua|vostro|vostra|quel|quella|quei|quelle|quegli|sti|ste|questi|queste) ?)?(?:(?:tuo|tua|suo|sua) )?(?:\d+ )?(?:bimb|bambin|figli|ragazz|nipot|vicin|signor|person|tre|due|quattro|tizi|uom|donn|automobilist|proprietari|conducent|teppist|vandal|delinquent|ladr|colpevol|responsabil)\p{L}*|quando (?:e nat[oa]|sono nat[ie])|(?:che|quale) scuola (?:fa|fanno|frequenta|frequentano)|in (?:che|quale) via (?:abita|abitano|vive|vivono))\b/u;

/** The sentence moves the data to a private channel or forbids posting it: no exposure then. */
export const PRIVATE_CHANNEL =
	/\b(?:privat[oaie]|riservat[oa]|in direct|dm|in chat|messenger|whatsapp|per email|via email|via e-mail|via mail|per mail|per posta|pec|telefonicamente|al telefono|allo sportello|di persona|in ufficio|non (?:scrivere|scriva|scrivete|pubblicare|pubblichi|pubblicate|indicare|indichi|mettere|metta|lasciare|lasci|condividere|condivida|postare|inserire)|evita(?:te)? di|senza (?:scrivere|pubblicare|indicare))\b|@/u;

/** Health data (GDPR art. 9) said of a person. */
export const HEALTH =
	/\b(?:(?:seri |gravi |dei |di )?problemi di salute|motivi di salute|diagnosi|malattia|patologia|celiachia|celiaco|celiaca|allergia|allergie|allergico|allergica|disabilita|disabile|invalidita|gravidanza|incinta|terapia|chemioterapia|tumore|cancro|diabete|diabetico|diabetica|depressione|autismo|autistico|autistica|epilessia|shock anafilattico|ricovero|ricoverato|ricoverata|dializzat[oaie]|certificato medico|alzheimer|demenza|parkinson|sclerosi|ictus|infarto|dialisi|hiv|aids|anoressia|bulimia|tossicodipendenza|ludopatia|ipovedent\p{L}*|non vedent\p{L}*|sordomut\p{L}*|legge 104|(?:con|ha|hai) la 104|della 104|(?:e|sono|era) invalid[oaie]|invalid[oaie] civil[ei]|invalid[oaie] al \d+)\b/u;

/**
 * The office's records about the person, read out in public (family N): "dal sistema vediamo che a
 * febbraio avevi prenotato", "dall'anagrafe ci risulta che in casa siete in sei", "dalle nostre
 * registrazioni le multe sono cinque", "via Cavour 18, che è l'indirizzo che abbiamo in archivio"
 * (family O). What a file says of someone is theirs to hear in private.
 */
export const RECORDS_READ =
	/\b(?:dal (?:nostro )?(?:sistema|gestionale|database)|dall'anagrafe|dai nostri (?:archivi|registri|dati|sistemi|controlli)|dagli archivi|dalle nostre (?:registrazioni|banche dati|schede|verifiche)|dalla (?:sua|tua|vostra) (?:posizione|pratica|scheda|cartella))\b[^.!?\n]{0,25}?\b(?:ci |mi )?(?:risult\p{L}*|vediamo|vedo|emerge|emergono|abbiamo visto|si vede|leggiamo)\b|\bdalle nostre registrazioni\b|\b(?:l'indirizzo|il recapito|la residenza|il domicilio) che (?:abbiamo|ci risulta|risulta|c'e) (?:in archivio|agli atti|nei nostri (?:archivi|registri|sistemi)|in anagrafe|registrat\p{L}*)\b/u;

/**
 * A member of staff's health, said in public: "le due colleghe erano in malattia", "l'impiegata è a
 * casa malata" (family N). Staff are people too; the public hears that the desk was short, not why.
 */
export const STAFF_HEALTH =
	/\b(?:collegh\p{L}*|impiegat\p{L}*|dipendent[ei]|operator[ei]|operatric[ei]|addett[oaie]|funzionari[oa]?|vigil[ei]|maestr[ae]|insegnant[ei]|educatric[ei]|autist[ai])\b[^.!?\n]{0,30}?\b(?:(?:in|di) malattia|a casa malat[oaie]|malat[oaie]|in congedo (?:per )?malattia|(?:per|con) (?:motivi|problemi) di salute|ricoverat[oaie]|infortunat[oaie])\b/u;

/**
 * A family situation said of the person, as a file shows it: "c'è anche il certificato per la
 * separazione", "con il tuo divorzio" (family O). A rule for everyone ("in caso di separazione…",
 * "per i genitori separati") names no one.
 */
export const FAMILY_STATUS =
	/\b(?:(?:la|per la|della|alla|dalla) (?:tua |sua |vostra )?(?:separazione|divorzio)|(?:il|per il|del|al|dal) (?:tuo |suo |vostro )?divorzio|(?:la|il|per la|per il|della|del) (?:tua |sua |vostra |tuo |suo |vostro )?(?:affido|affidamento) (?:del|della|dei|delle) (?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre) \p{L}+)\b/u;

/**
 * A member of staff's family life or pregnancy, said in public: "una delle due assenti ha appena
 * avuto un lutto in famiglia e l'altra è in congedo per la gravidanza" (family O). The staff word
 * may open the sentence, further from the event than a health word.
 */
export const STAFF_LIFE =
	/\b(?:collegh\p{L}*|impiegat\p{L}*|dipendent[ei]|operator[ei]|operatric[ei]|addett[oaie]|funzionari[oa]?|vigil[ei]|maestr[ae]|insegnant[ei]|educatric[ei]|autist[ai]|assent[ei])\b[^.!?\n]{0,80}?\b(?:(?:ha|hanno) (?:appena )?(?:avuto|subito) (?:un|il) lutto|(?:e|sono|era|erano) in lutto|(?:per|a causa di) un lutto in famiglia|in (?:congedo (?:per (?:la |il )?|di )?)?(?:gravidanza|maternita|paternita|lutto)|(?:e|era) incinta|ha (?:appena )?partorito)\b/u;

/**
 * A private person identified by a relative's trade or a neighbourhood tie: "è il figlio del
 * tabaccaio di via Roma", "il figlio di un dipendente comunale" (families M and N). A public role
 * ("la figlia del Sindaco") is not this.
 */
export const KIN_OF_TRADE =
	/\b(?:figli[oa]|nipote|moglie|marito|fratello|sorella|cugin[oa]|genero|nuora)\s+(?:del|della|dello|dell'|di un|di una)\s*(?:tabaccai[oa]|fornai[oa]|panettier[ea]|barista|bariste|macellai[oa]|farmacista|edicolante|benzinai[oa]|parrucchier[ea]|meccanico|idraulico|elettricista|vicin[oa](?: di casa)?|portinai[oa]|custode|fruttivendol[oa]|droghier[ea]|fioraio|fioraia|dipendente (?:comunale|del comune)|impiegat[oa] (?:comunale|del comune)|vigile|bidell[oa])\b/gu;

/** A health word as the topic of a question or a call, not a fact stated: "per informazioni sul ricovero chiami il reparto". */
export const TOPIC_BEFORE =
	/\b(?:informazioni|notizie|aggiornamenti|domande|richieste) (?:sul|sulla|sui|sulle|sull'|per il|per la)\s?$/u;

/**
 * One patient, named by role, title or sex: "il paziente", "la signora Rossi", "l'utente", "l'uomo".
 * What a health body says of them in public is their health (reply/clinical.ts).
 */
export const PATIENT =
	/\b(?:(?:il|la|lo|del|della|dello|al|alla|dal|dalla|nel|nella|sul|sulla)\s+(?:paziente|degente|assistit[oa]|ricoverat[oa]|malat[oa]|signor[ae]?\s+\p{L}+|sig(?:ra)?\.?\s*\p{L}+|uomo|donna|anzian[oa]|utente)|l'(?:utente|uomo|anzian[oa]|assistit[oa])|(?:lo stesso|la stessa) paziente)\b/u;

/**
 * A clinical finding or event of one person's care: their clinical picture, triage code, vital
 * signs, intensive care, an operation. Said of a patient, or in answer to a family's story of a
 * relative's illness, it is that person's health.
 */
export const CLINICAL =
	/\b(?:quadro clinico|condizioni (?:cliniche|terminali|critiche|di salute)|esito infausto|codice (?:verde|giallo|rosso|bianco|azzurro|arancione)|triagiat\p{L}*|saturimetria|saturazione|parametri vitali|funzione polmonare|arresto cardiaco|terapia intensiva|rianimazione|intubat[oa]|(?:e|e stat[oa]|veniva|viene|fu) operat[oa]|intervento chirurgico|preospedalizzazione|visita anestesiologica|decadimento cognitivo|referto|anamnesi|prognosi|dimess[oa] (?:dal|dalla|dall'|il|ieri|oggi|in giornata)|ricoverat[oa]|ricovero)\b/u;

/** A symptom or an injury: one patient's health when the sentence names the patient. */
export const SYMPTOM =
	/\b(?:febbre|dolor[ei] (?:al|alla|allo|ai|agli|alle|all')|dolori|frattur\p{L}*|trauma|traumi|ferit[ao] (?:al|alla|alle|ai)|contusion\p{L}*|tosse|dispnea|difficolta respiratori\p{L}*|svenut[oa]|femore)\b/u;

/**
 * A comment that tells of one person's illness or care, the writer's own or a relative's: "il
 * respiro di mio padre peggiora", "mia madre, 94 anni, con un femore rotto".
 */
export const RELATIVE =
	/\b(?:mi[oa]|nostr[oa]) (?:padre|madre|papa|mamma|figli[oa]|marito|moglie|nonn[oa]|fratello|sorella|compagn[oa]|suocer[oa]|zi[oa])\b/u;
export const CARE =
	/\b(?:pronto soccorso|ospedale|ricover\p{L}*|febbre|tampone|respiro|frattur\p{L}*|femore|operat[oa]|malat[oa]|morto|mort[ao]|decedut[oa]|barella|guardia medica|118)\b/u;

/**
 * Words before a health word that make it the name of a service or a ward, not a condition: "il
 * servizio di dialisi", "Nefrologia e Dialisi", "l'ambulatorio per l'allergia".
 */
export const SERVICE_BEFORE =
	/\b(?:servizio|servizi|reparto|reparti|centro|centri|struttura|ambulatorio|ambulatori|unita|sportello|sezione|sala|sale|posti|percorso|percorsi|nefrologia|progetto|progetti|screening|assistenza|accesso|menu|pasti|pasto|dieta|diete)\b(?:\s+\S+){0,2}\s*(?:di|per|x|del|della|dell'|e|in|senza)?\s*(?:la|il|l'|i|gli|le)?\s*$/u;

/**
 * Words before a phone number in the comment that make it a number the citizen tried to call (the
 * office's), not their own: "non riesco a parlare con lo 0165 546222", "ho chiamato il 200 000 123".
 */
export const CALLED_BEFORE =
	/\b(?:parlare con|chiamare|chiamato|chiamando|chiamo|telefonare|telefonato|telefonando|contattare|contattato|raggiungere|numero verde|centralino|call center)\b[^.!?\n]{0,25}$/u;

/** Words that tie a sentence to the person: "tuo figlio è celiaco", "la sua invalidità". */
export const PERSONAL =
	/\b(?:tu[oae]|tuoi|su[oae]|suoi|vostr[oaie]|sei|hai|soffre|soffri|soffrite|figli[oa]|figli|bambin[oa]|bimb[oa]|marito|moglie|madre|padre|mamma|papa|nonn[oa])\b/u;

/**
 * A person's economic or tax situation asserted in public: their ISEE, a debt, taxes or fines left
 * unpaid ("il suo ISEE di 32.000 euro", "risulta che non ha pagato la TARI 2023", "ci risulta anche la TARI
 * dell'anno scorso ancora da pagare": the office's records). A threshold
 * said of everyone ("con un ISEE fino a 15.000 euro") or a hypothesis ("se non hai pagato…") is not.
 */
export const ECONOMIC =
	/\b(?:ci risult(?:a|ano)\b[^.;:!?\n]{0,50}?\b(?:ancora da (?:pagare|saldare|versare)|non (?:pagat|versat|saldat)\p{L}*|insolut\p{L}*|arretrat\p{L}*)|non risult(?:a|ano) (?:ancora )?(?:pagat|versat|saldat)\p{L}*|(?:sei|siete|risulti|risultate|lei e|lei risulta) (?:ancora )?(?:disoccupat|inoccupat|cassintegrat|in cassa integrazione|senza lavoro)\p{L}*|(?:tuo|suo|vostro) isee (?:di|e|risulta|pari|ammonta|supera|non supera)|(?:tuo|suo|vostro|tua|sua|vostra) (?:reddito|stipendio|pensione|patrimonio|debito|saldo) (?:di |e di |pari a |ammonta a |risulta di )(?:euro )?\d|(?:risulta|risulti|risultate|e|sei|siete) (?:ancora )?(?:moros|insolvent|inadempient|debitor)\p{L}*|(?:lei|tu|voi|risulta(?: che)?) (?:non )?(?:ha|hai|avete|abbia) (?:mai |ancora )?(?:non )?(?:pagato|versato|saldato) (?:la |le |il |i |l')?(?:multa|multe|verbal\p{L}*|tari|imu|tass\p{L}*|tribut\p{L}*|bollo|affitt\p{L}*|canon\p{L}*|rett\p{L}*|mensa|bollett\p{L}*|debit\p{L}*|rat\p{L}*))/u;

/** A minor in the comment: the details that follow identify a child. */
export const MINOR =
	/\b(?:mi[oa] figli[oa]|mie figlie|miei figli|nostr[oa] figli[oa]|i (?:miei|nostri) (?:bambini|ragazzi)|mi[oa] (?:bambin[oa]|bimb[oa]|nipote|piccol[oa])|nostr[oa] (?:bambin[oa]|bimb[oa])|mio ragazzo di \d+ anni|mia ragazza di \d+ anni)\b/u;

/** A school class: "3B", "3ª B", "classe 2A", "la terza C". */
export const SCHOOL_CLASS =
	/\b(?:(?:classe|sezione) )?(?:[1-5] ?(?:ª|a|°)? ?[a-h]|(?:prima|seconda|terza|quarta|quinta) [a-h])\b(?![\p{L}'])/gu;

/** The citizen says where they live: "abito in via Roma 12", "casa mia in via Verdi 3". */
export const HOME =
	/\b(?:abito|abitiamo|vivo|viviamo|risiedo|abita|abitano|vive|vivono|risiede|risiedono|residente|residenti|casa mia|casa nostra|la mia casa|il mio appartamento|domicilio|residenza)\b[^.!?\n]{0,25}?\b((?:via|viale|piazza|corso|vicolo|largo|strada|localita|frazione) [\p{L}' ]{2,40}?,? ?\d{1,4}(?:[a-z]|\/\d+|\/[a-z])?)\b/gu;

/** The names the personal-data gate gives the data it finds, where other code tells them apart. */
export const DATA = {
	health: 'dati sulla salute',
	minor: 'dati di un minore',
	accused: 'il nome della persona accusata',
	personAddress: 'indirizzo di una persona',
	plate: 'targa',
	records: "quello che risulta dagli archivi dell'ufficio",
	kin: "chi è un'altra persona",
	privateLife: "fatti privati di un'altra persona",
	family: 'situazione familiare',
} as const;

/**
 * Data an answer never needs, even in a private message to its author: a health condition, a
 * child's details, someone else's name, address or plate (a report is answered without them).
 */
export const NEVER_NEEDED: ReadonlySet<string> = new Set([
	DATA.health,
	DATA.minor,
	DATA.accused,
	DATA.personAddress,
	DATA.plate,
	DATA.kin,
	DATA.privateLife,
]);

/** Identifying numbers that no office publishes: tax code, IBAN, identity documents, plates. */
export const ALWAYS_PRIVATE: readonly (readonly [string, RegExp])[] = [
	['codice fiscale', /\b[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z]\b/gu],
	['IBAN', /\bit\s?\d{2}\s?[a-z](?:\s?[0-9a-z]){20,24}\b/gu],
	['numero di documento', /\b(?:c[a-z]\d{5}[a-z]{2}|[a-z]{2}\d{7}[a-z]?)\b/gu],
	[DATA.plate, /\b[a-z]{2} ?\d{3} ?[a-z]{2}\b/gu],
];

/** Contacts that are private when they are the citizen's (repeated from the comment). */
export const CONTACTS: readonly (readonly [string, RegExp])[] = [
	['numero di telefono', /(?:\+39[\s.]?)?\b3\d{2}(?:[\s./-]?\d){6,7}\b|\b0\d{1,3}(?:[\s./-]?\d){5,8}\b/gu],
	['email', EMAIL],
];

/** The citizen's home as the office knows it: "davanti a casa sua in via dei Mille 14". */
export const THEIR_HOME =
	/\b(?:casa (?:sua|tua|vostra)|(?:sua|tua|vostra) (?:abitazione|casa|residenza)|(?:suo|tuo|vostro) (?:domicilio|appartamento))\b[^.!?\n]{0,25}?\b((?:via|viale|piazza|corso|vicolo|largo|strada) [\p{L}' ]{2,40}?,? ?\d{1,4})\b/gu;

/** The citizen's own child, named in the reply: "suo figlio Matteo", "tua figlia". */
export const THEIR_CHILD =
	/\b(?:(?:suo|tuo|vostro) (?:figlio|bambino|bimbo)|(?:sua|tua|vostra) (?:figlia|bambina|bimba))\b/u;

/** An amount of income or pension: "reddito 2022 dichiarato (22.300 €)". */
export const INCOME_AMOUNT =
	/\b(?:reddito|pensione|stipendio|isee)\b[^.!?\n]{0,30}?\(?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s?(?:€|euro)/u;

/** An amount stated as a threshold for everyone: "fino a 20.000", "sotto i 15.000 euro", "un massimo di 500". */
export const THRESHOLD =
	/\b(?:fino a|fino ai|sotto i|sotto|oltre|sopra|inferiore a|superiore a|non superiore a|(?:un )?massimo(?: di)?|(?:un )?minimo(?: di)?|tetto(?: di)?|soglia(?: di)?|limite(?: di)?|fascia(?: di)?|entro)\s?(?:i |gli |a |è |e |di )?(?:€\s?|euro )?\d/u;

/** An address (street and house number) in a comment, next to a person's full name: someone's home. */
export const NAMED_ADDRESS =
	/(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)[^.!?\n]{0,12}?\b((?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Vv]icolo|[Ll]argo) [\p{L}' ]{2,40}?,? ?\d{1,4})\b/gu;

/**
 * A private person pointed at by a surname or an initial and where they live: "il signor F. del
 * secondo piano al 22 di via Roma", "la signora Bianchi del civico 42". The initial hides the name,
 * not the person.
 */
export const INITIAL_AT_HOME =
	/\b(?:signor[ae]?|sig\.(?:ra)?|il vicino|la vicina)\s+(?:\p{Lu}\.(?:\s*\p{Lu}\.)?[^.!?\n]{0,40}?\b(?:(?:primo|secondo|terzo|quarto|quinto|ultimo) piano|interno \d+|scala [A-Za-z]|al (?:civico )?\d{1,4} di (?:via|viale|piazza|corso|vicolo|largo)\b)|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:(?:che abita|che vive|residente|abitante) )?(?:(?:del|al|dal) (?:civico|numero) \d{1,4}\b|(?:del|al|dal) (?:primo|secondo|terzo|quarto|quinto|ultimo) piano\b))/gu;

/** A comment that points at someone for a sanction: "multatelo", "ve lo dico io chi è", "la sua macchina". */
export const ACCUSATION =
	/\b(?:multat\p{L}*|multa(?:te|telo|tela|teli)|denunciat\p{L}*|denuncia(?:te|telo|tela)|sanziona(?:te|telo|tela)|punite\p{L}*|arrestat\p{L}*|ve lo dico io chi|e stato lui|e stata lei|e lui che|e lei che|colpevol\p{L}*|la sua (?:macchina|auto|moto)|(?:il|lo) (?:vicino|vicina) (?:di casa )?(?:che|e))\b/u;

/** A role before a name: people named in their public role ("il geometra Bellini", "l'assessore Neri"). */
export const ROLE_BEFORE_NAME = new RegExp(`\\b(?:${[...PUBLIC_ROLES].join('|')})\\.?\\s*$`, 'u');
