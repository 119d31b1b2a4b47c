// Word lists and patterns of the personal-data gate: the data a public administration's reply must
// never show or ask for in public (identifying numbers, health, minors, homes, what the office's
// records say, other people's lives), and the words that tell a rule or a private channel from a
// disclosure. Patterns run on folded text (lowercase, no accents, typographic quotes unified).
import { EMAIL } from './facts';
import { PUBLIC_ROLES } from './names';

/**
 * Personal data the reply asks the citizen to post in public: asking verbs (not advice on how to write it, "attento a
 * come scrivi l'IBAN", reviewers' look-alikes r33b); a question in the Lei or tu present ("mi scrive qui nei commenti il
 * codice fiscale di sua madre?", GB046, session 40), or with "può", "puoi", "potrebbe" ("può scriverli qui sotto?", GX035,
 * session 41: "puoi scrivere qui sotto il tuo codice fiscale?" had passed), or as a condition naming the thread ("se mi
 * scrive qui sotto il Suo codice fiscale … chiedo io all'Ufficio tributi", IB049, session 42)...
 */
export const ASK =
	/(?<!\b(?:attent[oaie]|occhio|fai attenzione|faccia attenzione|fate attenzione) a come )\b(?:(?:mi|ci) (?:scrive|scrivi|manda|mandi|indica|lascia|conferma|dice|dici|passa)(?=[^.!?\n]{0,150}\?)|se (?:mi|ci) (?:scrive|scrivi|scrivete|manda|mandi|mandate|indica|indichi|lascia|lasci|passa|passi)(?= (?:qui|qua|sotto)\b)|(?:rispondi|rispondici|rispondete|ci risponda)(?= (?:qui|qua|sotto|con|col|coi|scrivendo|indicando|a questo (?:post|commento|tweet))\b)|scrivi|scrivici|scriveteci|scrivimi|scrivetemi|scriva|ci scriva|confermi|ci conferma|confermaci|ci confermi|dimmi|mi dica|ci dici|ci dice|indica|indicaci|indicami|indichi|ci indichi|mi indichi|comunica|comunicaci|comunichi|ci comunichi|lascia|lasciaci|lasciami|lasci|ci lasci|mi lasci|inserisci|dicci|ci dica|fornisci|forniscici|fornisca|ci fornisca|mandaci|mandami|mi mandi|ci mandi|inviaci|inviami|mi invii|ci invii|riporta|riporti|specifica|specifichi|metti|mettici|mettete|metteteci|ci metta|mettimi|mettetemi|passami|passaci|aggiungi|pubblica|pubblichi|posta|posti|incolla|condividi|condivida|mandacelo|mandatecelo|scrivicelo|scrivetecelo|diccelo|ditecelo|facci sapere|fateci sapere|ci faccia sapere|riscrivi|riscriva|riscriveteci|ripeti|ripeta|ripetici|rimetti|allega|alleghi|scrivilo|scrivetelo|scrivili|scriveteli|scrivila|mettilo|metteteli|mettili|pubblicalo|pubblicali|postalo|postali|(?:puoi|puo|potete|potrebbe|potresti|potreste|riesci|riesce|riuscite) (?:(?:gentilmente|cortesemente|per favore|anche|pure) )?(?:scriver|indicar|mandar|lasciar|inviar|comunicar|riportar|metter|dir|fornir|incollar|postar|pubblicar|ripeter|confermar)(?:e|ci|mi|celo|cela|celi|cele|lo|la|li|le|melo|mela)(?=[^.!?\n]{0,150}\?))\b/gu;

/** ...and the kinds of personal data: identifying, financial, health, home, a file's protocol number (family BK). */
export const ASKED_DATA =
	/\b(?:codice fiscale|(?:tuo|suo|vostro) (?:numero di )?(?:telefono|cellulare)|numero di (?:telefono|cellulare)|(?:tuo |suo |vostro )?indirizzo (?:di casa|di residenza|email|e-mail|mail)|(?:il tuo|il suo|il vostro) indirizzo|dove abit\p{L}*|iban|conto corrente|data di nascita|luogo di nascita|(?:numero (?:della|del|di) )?(?:carta d'identita|carta di identita|patente|passaporto|tessera sanitaria)|numero (?:della|del) (?:tua |sua |vostra )?(?:carta|documento|tessera)|numero (?:del|di) documento|targa|isee|diagnosi|certificato medico|dati (?:personali|anagrafici|sanitari|bancari)|(?:il )?nome(?: completo| e cognome| (?:di|del|della) (?:tu|su|vostr)\p{L}* (?:figli\p{L}*|bambin\p{L}*|bimb\p{L}*))?(?:,| e) (?:la )?classe|(?:la )?(?:tua |sua |vostra )?nuova via(?: e (?:il )?(?:numero )?civico)?|(?:la )?via nuova(?: e (?:il )?(?:numero )?civico)?|(?:la )?via e (?:il )?(?:numero )?civico|(?:in )?(?:che|quale) classe|nome(?:,| e) cognome|(?:la )?classe (?:della|del|di) (?:tua |sua |vostra )?(?:bambin\p{L}*|bimb\p{L}*|figli\p{L}*|ragazz\p{L}*)|dati (?:del|della|dei|delle) (?:bambin\p{L}*|figli\p{L}*|minor\p{L}*)|come (?:si chiama|si chiamano|si chiamava) (?:(?:il|la|lo|l'|i|le|gli|tuo|tua|suo|sua|vostro|vostra|quel|quella|quei|quelle|quegli|sti|ste|questi|queste) ?)?(?:(?:tuo|tua|suo|sua) )?(?:\d+ )?(?:bimb|bambin|figli|ragazz|nipot|vicin|signor|person|tre|due|quattro|tizi|uom|donn|automobilist|proprietari|conducent|teppist|vandal|delinquent|ladr|colpevol|responsabil)\p{L}*|quando (?:e nat[oa]|sono nat[ie])|(?:che|quale) scuola (?:fa|fanno|frequenta|frequentano)|in (?:che|quale) via (?:abita|abitano|vive|vivono))\b|(?<!\bal (?:tuo |suo |vostro )?)\b(?:il )?(?:tuo |suo |vostro )?numero civico|(?<!\bda )\b(?:un|il tuo|il suo|il vostro) (?:cellulare|numero di cellulare|recapito telefonico)\b|\b(?:(?:il )?(?:tuo|suo|vostro) )?numero (?:di|del) (?:protocollo|pratica|fascicolo)\b|\bcodice (?:cliente|utente|utenza|pod|pdr)\b|\bnumero (?:cliente|utente|di utenza|del contatore|di matricola)\b|\bindirizzo (?:di fornitura|dell'immobile|dell'utenza)\b|\b(?:il )?(?:tuo|suo|vostro) (?:protocollo|numero di domanda)\b/u;

/** File and customer numbers among ASKED_DATA: asked in public only where the thread is named (family BK). */
export const FILE_NUMBER =
	/\b(?:protocollo|pratica|fascicolo|numero di domanda|codice (?:cliente|utente|utenza|pod|pdr)|numero (?:cliente|utente|di utenza|del contatore|di matricola)|indirizzo (?:di fornitura|dell'immobile|dell'utenza))\b/u;

/**
 * The sentence moves the data to a private channel or forbids posting it: no exposure then. "Privato"
 * alone is not a channel: "un cantiere privato ha danneggiato un cavo" (family AL) exempted the home
 * address said in the same sentence; nor a numbered desk, where the records place a visit ("Lei ha ritirato allo
 * sportello 2 un certificato … con residenza in via Garibaldi 18", ET017, session 39), nor where the office itself
 * asked or heard ("ho chiesto in ufficio: per la casa di via… la prima rata è…", EX049), nor who was there ("allo
 * sportello c'era la signora…", FK014), nor where the citizen once went ("risulta che Lei si è presentato allo
 * sportello alle 9:10 per un certificato di stato di famiglia", FV010, session 40), nor what the citizen was given there
 * ("ci scriva qui sotto il suo codice fiscale … e il numero del ticket che le hanno dato allo sportello", KB025, session 45).
 */
export const PRIVATE_CHANNEL =
	/\b(?:(?:in|per|via|da) privat[oa]|(?:messaggi[oa]?|messaggino|chat|canale|conversazione|risposta|mail|email|e-mail|posta|modo|forma|sede) privat[oaie]|privatamente|un privato|in (?:pvt|pm|dm)|un (?:pvt|pm|dm)|(?:in|per|via) (?:forma |modo )?riservat[oa]|(?:messaggi[oa]?|canale|modo|forma|sede|area|sezione|spazio|pagina) riservat[oaie]|riservatamente|in direct|dm|in chat|messenger|whatsapp|per email|via email|via e-mail|via mail|per mail|per posta|pec|(?=telefonicamente|al telefono|allo sportello|di persona|in ufficio)(?<!\b(?:ho|abbiamo|(?:le|ti|vi|gli) hanno) (?:gia |appena |anche )?\p{L}+ |\b(?:si e|ti sei|e|sei|si sono|siete|vi siete) (?:gia |anche )?\p{L}+(?:t|s)[oaie] )(?:telefonicamente|al telefono|allo sportello(?! (?:n\.? ?)?\d| c'(?:era|erano|e)\b| (?:era|erano)\b)|di persona|in ufficio(?! c'(?:era|erano|e)\b))|non (?:scrivere|scriva|scrivete|pubblicare|pubblichi|pubblicate|indicare|indichi|mettere|metta|lasciare|lasci|condividere|condivida|postare|inserire)|evita(?:te)? di|senza (?:scrivere|pubblicare|indicare))\b|@/u;

/**
 * A form or a portal the data go into, named right after them (reply/askedData.ts): "scrivi nome e
 * cognome del bambino sul modulo", "inserisci nome, cognome ed ente nel modulo online".
 */
export const FORM_DESTINATION =
	/\b(?:sul|nel|nella|sulla|nell'|tramite il|tramite la) (?:modulo|portale|sito|app|applicazione|form|piattaforma|sportello online|area riservata|domanda)\b/u;

/**
 * The thread named as where to write the data ("scrivi qui sotto nome, cognome e codice fiscale",
 * family AG): a private channel named elsewhere in the sentence, in another clause, does not make
 * this ask private.
 */
export const IN_THE_THREAD =
	/\b(?:qui sotto|qua sotto|qui nei commenti|nei commenti|in un commento|in commento|sotto (?:al|a questo|questo) post|qui nel post|in risposta a questo (?:post|commento))\b/u;

/**
 * Health data (GDPR art. 9) said of a person, a medical aid included ("sua figlia con il tutore alla gamba",
 * family Q), a child's diet ("tuo figlio ha la dieta senza glutine", family BL).
 */
export const HEALTH =
	/\b(?:(?:seri |gravi |dei |di )?problemi di salute|(?:tuo|tua|suo|sua|vostro|vostra) (?:figli\p{L}*|bambin\p{L}*|bimb\p{L}*|ragazz\p{L}*|nipot\p{L}*) (?:ha|segue|fa|deve seguire|mangia) (?:la |una |il |un )?(?:dieta|menu|pasto|pasti) (?:senza glutine|senza lattosio|per celiaci)|(?:pasto|pasti|menu|dieta|merenda|merende) (?:senza glutine|senza lattosio|per celiaci)(?= (?:di|del|della|dei|delle) (?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre) )|motivi di salute|diagnosi|malattia|patologia|celiachia|celiaco|celiaca|allergia|allergie|allergico|allergica|disabilita|disabile|invalidita|gravidanza|incinta|terapia|chemioterapia|tumore|cancro|diabete|diabetico|diabetica|depressione|autismo|autistico|autistica|epilessia|shock anafilattico|ricovero|ricoverato|ricoverata|dializzat[oaie]|certificato medico|alzheimer|demenza|parkinson|sclerosi|ictus|infarto|dialisi|hiv|aids|anoressia|bulimia|tossicodipendenza|ludopatia|ipovedent\p{L}*|non vedent\p{L}*|sordomut\p{L}*|legge 104|(?:con|ha|hai) la 104|della 104|(?:e|sono|era) invalid[oaie]|invalid[oaie] civil[ei]|invalid[oaie] al \d+|tutore (?:alla|al|ortopedic\p{L}*)|ingessat[oaie]|stampell[ae]|sedia a rotelle|apparecchi(?:o)? acustic[oi]|busto ortopedico)\b/u;

/**
 * The office's records about the person, read out in public (family N): "dal sistema vediamo che a
 * febbraio avevi prenotato", "dall'anagrafe ci risulta che in casa siete in sei", "dalle nostre
 * registrazioni le multe sono cinque", "via Cavour 18, che è l'indirizzo che abbiamo in archivio"
 * (family O), "abbiamo guardato la sua pratica: la domanda è arrivata con l'ISEE dell'anno scorso"
 * (family Q), an anonymous questionnaire pinned on its author, "il tuo dell'anno scorso, quello sulle
 * porzioni" (family N). What a file says of someone is theirs to hear in private: "dal tuo fascicolo risulta che la prima
 * rata è di 214,50 euro" (JV022, session 45) names the person in the file's name; an
 * address and an amount from the archives, "dai nostri archivi l'avviso per via Carducci 18 (182,50 euro, prima rata 91,25)
 * risulta spedito" (KG023).
 */
export const RECORDS_READ =
	/\b(?:dal (?:nostro )?(?:sistema|gestionale|database)|dall'anagrafe|dai nostri (?:archivi|registri|dati|sistemi|controlli)|dagli archivi|dalle nostre (?:registrazioni|banche dati|schede|verifiche|segnalazioni|pratiche|liste)|dall'iscrizione|dalla (?:sua |tua |vostra )?(?:domanda|istanza|iscrizione|dichiarazione))\b[^.!?\n]{0,25}?\b(?:ci |mi )?(?:risulti\b|risultate\b|(?:risult\p{L}*|vediamo|vedo|emerge|emergono|abbiamo visto|si vede|leggiamo)\b(?=[^.!?\n]{0,100}\b(?:tu|te|ti|lei|le|voi|vi|tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr\p{L}*|risiedi|risiede|intestat\p{L}*|nominativ\p{L}*|signor\p{L}*|famigli\p{L}*|mamma|madre|padre|papa|nonn\p{L}*|marito|moglie|figli\p{L}*|bambin\p{L}*|hai|ha|avete|sei|siete|e stat[oa]|gia)\b))|\b(?:dalla (?:sua|tua|vostra) (?:posizione|pratica|scheda|cartella|utenza)|dal (?:suo|tuo|vostro) (?:fascicolo|profilo|dossier|estratto conto))\b[^.!?\n]{0,25}?\b(?:ci |mi )?(?:risult\p{L}*|vediamo|vedo|emerge|emergono|abbiamo visto|si vede|leggiamo)\b|\b(?:dai nostri (?:archivi|registri|dati|sistemi)|dal (?:nostro )?(?:sistema|gestionale|database)|dagli archivi)\b[^.!?\n]{0,80}?\b(?:via|viale|piazza|corso|vicolo) \p{L}+(?: \p{L}+){0,2} \d{1,4}\b[^.!?\n]{0,40}?\d+(?:[.,]\d+)? ?(?:euro|€)|\bdalle nostre registrazioni\b|\b(?:l'indirizzo|il recapito|la residenza|il domicilio) che (?:abbiamo|ci risulta|risulta|c'e) (?:in archivio|agli atti|nei nostri (?:archivi|registri|sistemi)|in anagrafe|registrat\p{L}*)\b|\b(?:questionar\p{L}*\b[^.!?\n]{0,60}\b(?:il (?:tuo|suo|vostro)|la (?:tua|sua|vostra))|(?:il (?:tuo|suo|vostro)|la (?:tua|sua|vostra)) (?:questionario|risposta al questionario))\b[^.!?\n]{0,40}?\b(?:quell[oa] (?:sul|sulla|sulle|sui|sugli|in cui|dove|che diceva|che parlava)|in cui (?:dicevi|diceva|scrivevi|scriveva|lamentavi|lamentava))\b|\b(?:abbiamo|ho) (?:gia |anche )?(?:guardato|controllato|verificato|visto|consultato|aperto|ricontrollato|esaminato) (?:la (?:sua|tua|vostra) (?:pratica|posizione|domanda|scheda|cartella)|il (?:suo|tuo|vostro) (?:fascicolo|dossier|estratto conto))\b(?=[^.!?\n]{0,120}\b(?:isee|reddit\p{L}*|debit\p{L}*|arretrat\p{L}*|multe|multa|sanzion\p{L}*|certificat\p{L}*|invalidit\p{L}*|nucleo|separazione|pagament\p{L}*|non (?:ha|hai|avete|aveva|avevi) (?:pagato|presentato|allegato|versato)))/u;

/**
 * A family situation said of the person, as a file shows it: "c'è anche il certificato per la
 * separazione", "con il tuo divorzio" (family O). A rule for everyone ("in caso di separazione…",
 * "per i genitori separati") names no one.
 */
export const FAMILY_STATUS =
	/\b(?:(?:la|per la|della|alla|dalla) (?:tua |sua |vostra )?(?:separazione|divorzio)(?!\s+(?:davanti|in comune|breve|consensual\p{L}*|congiunt\p{L}*|costa|si (?:fa|chiede|puo))\b)|(?:il|per il|del|al|dal) (?:tuo |suo |vostro )?divorzio(?!\s+(?:davanti|in comune|breve|consensual\p{L}*|congiunt\p{L}*|costa|si (?:fa|chiede|puo))\b)|(?:la|il|per la|per il|della|del) (?:tua |sua |vostra |tuo |suo |vostro )?(?:affido|affidamento) (?:del|della|dei|delle) (?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre) \p{L}+)\b/u;

/**
 * Undeclared work said of someone: "lavorare in nero e chiedere il contributo non si può" to a
 * citizen who confessed it (families K and N), "fa il cameriere in nero" (EC050, session 38), "se lavora come cameriere in
 * nero" (FW043, session 40), "ammissione pubblica di lavoro irregolare" (GD050). Repeated from the
 * comment, it is their data.
 */
export const UNDECLARED_WORK =
	/\b(?:lavor\p{L}*(?: come \p{L}+| da \p{L}+)?|pagat[oaie]|assunt[oaie]|impiegat[oaie]|(?<!\bchi )(?:fa|fai|fate) (?:il|la|lo|l'|i|le) ?\p{L}+) in nero\b|\blavoro (?:irregolare|nero|sommerso)\b/u;

/**
 * A private person identified by a relative's trade or a neighbourhood tie: "è il figlio del
 * tabaccaio di via Roma", "il figlio di un dipendente comunale", "il nonno di un compagno di classe"
 * (families M and N). A public role
 * ("la figlia del Sindaco") is not this.
 */
export const KIN_OF_TRADE =
	/\b(?:figli[oa]|nipote|moglie|marito|fratello|sorella|cugin[oa]|genero|nuora|nonn[oa]|padre|madre|mamma|papa|zi[oa])\s+(?:del|della|dello|dell'|di un|di una)\s*(?:compagn[oa](?: di (?:classe|scuola|banco))?|tabaccai[oa]|fornai[oa]|panettier[ea]|barista|bariste|macellai[oa]|farmacista|edicolante|benzinai[oa]|parrucchier[ea]|meccanico|idraulico|elettricista|vicin[oa](?: di casa)?|portinai[oa]|custode|fruttivendol[oa]|droghier[ea]|fioraio|fioraia|dipendente (?:comunale|del comune)|impiegat[oa] (?:comunale|del comune)|vigile|bidell[oa])\b|\b(?:figli[oa]|nipote|moglie|marito|fratello|sorella|cugin[oa]|nonn[oa]|padre|madre|mamma|papa|zi[oa])\s+(?:del|della|dello|dell')\s*(?:signor[ae]?|tizi[oa]|ragazz[oa]|uomo|donna) (?:del|della|dello|dell'|che (?:gestisce|ha|tiene) (?:il|la|l'))\s?(?:forno|bar|edicola|tabacchi|tabaccheria|farmacia|negozio|alimentari|panificio|panetteria|macelleria|pizzeria|fruttivendolo|ferramenta|merceria|distributore|benzinaio)/gu;

/** A health word as the topic of a question or a call, not a fact stated: "per informazioni sul ricovero chiami il reparto". */
export const TOPIC_BEFORE =
	/\b(?:informazioni|notizie|aggiornamenti|domande|richieste) (?:sul|sulla|sui|sulle|sull'|per il|per la)\s?$/u;

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
 * dell'anno scorso ancora da pagare": the office's records), one household's arrears told to rebut its complaint ("è
 * risultata una morosità da parte dell'intestatario dell'alloggio di oltre 10mila euro", real reply w-001, a housing
 * agency's statement, measured before this form; only as a finding, not "la morosità dell'inquilino non blocca gli
 * interventi"). A threshold
 * said of everyone ("con un ISEE fino a 15.000 euro") or a hypothesis ("se non hai pagato…") is not.
 */
export const ECONOMIC =
	/\b(?:(?:risult|emers|accertat|riscontrat|rilevat)\p{L}* (?:(?:anche|inoltre|pure) )?(?:una |la )?morosita\b[^.;!?\n]{0,40}?\b(?:dell'|del |della )(?:intestatari[oa]|inquilin[oa]|assegnatari[oa]|nucleo|famiglia|signor[ae]?|conduttore|conduttrice)\b|ci risult(?:a|ano)\b[^.;:!?\n]{0,50}?\b(?:ancora da (?:pagare|saldare|versare)|non (?:pagat|versat|saldat)\p{L}*|insolut\p{L}*|arretrat\p{L}*)|non risult(?:a|ano) (?:ancora )?(?:pagat|versat|saldat)\p{L}*|(?:sei|siete|risulti|risultate|lei e|lei risulta) (?:ancora )?(?:disoccupat|inoccupat|cassintegrat|in cassa integrazione|senza lavoro)\p{L}*|isee che (?:ha|hai|avete|aveva|avevi) (?:dichiarat|presentat|indicat|allegat)\p{L}*\b(?:[^.!?\n]|\.(?=\d)){0,50}?\b(?:risult\p{L}*|rientr\p{L}*|(?:e|sta) (?:nella|in)|(?:(?:e|sta) )?(?:sopra|sotto|oltre))|(?:tuo|suo|vostro) isee,? che (?:e|risulta|rientra|sta)\b|isee come (?:il )?(?:suo|tuo|vostro)\b[^.!?\n]{0,30}?\d(?:[\d.,]{0,12}\d)?(?:\s?(?:€|euro))?|(?:tuo|suo|vostro) isee (?:di \d|e (?:di|pari|tra|fra|sopra|sotto|oltre|superiore|inferiore|troppo|piu|meno|alto|basso|elevato|\d)\b|risulta|pari|ammonta|supera|non supera)|(?:tuo|suo|vostro|tua|sua|vostra) (?:reddito|stipendio|pensione|patrimonio|debito|saldo) (?:di |e di |pari a |ammonta a |risulta di )(?:euro )?\d|(?:risulta|risulti|risultate|e|sei|siete) (?:ancora )?(?:moros|insolvent|inadempient|debitor)\p{L}*|(?:lei|tu|voi|risulta(?: che)?) (?:non )?(?:ha|hai|avete|abbia) (?:mai |ancora )?(?:non )?(?:pagato|versato|saldato) (?:la |le |il |i |l')?(?:multa|multe|verbal\p{L}*|tari|imu|tass\p{L}*|tribut\p{L}*|bollo|affitt\p{L}*|canon\p{L}*|rett\p{L}*|mensa|bollett\p{L}*|debit\p{L}*|rat\p{L}*))|\b(?:il tuo|il suo|il vostro) isee (?:la |lo |ti |vi |li |le )?(?:colloca|mette|pone|fa rientrare)\b|\b(?:i (?:suoi|tuoi|vostri) )\d+(?:[.,]\d+)? euro corrispond\p{L}* (?:alla|a una|all'ultima) fascia\b/u;

/** A minor in the comment: the details that follow identify a child. */
export const MINOR =
	/\b(?:mi[oa] figli[oa]|mie figlie|miei figli|nostr[oa] figli[oa]|i (?:miei|nostri) (?:bambini|ragazzi)|mi[oa] (?:bambin[oa]|bimb[oa]|nipote|piccol[oa])|nostr[oa] (?:bambin[oa]|bimb[oa])|mio ragazzo di \d+ anni|mia ragazza di \d+ anni)\b/u;

export const SCHOOL_CLASS =
	/\b(?:(?:classe|sezione) )?(?:[1-5] ?(?:ª|a|°)? ?[a-h]|(?:prima|seconda|terza|quarta|quinta) [a-h])\b(?![\p{L}'])/gu;

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
	policeRecord: "i precedenti di un'altra persona",
	family: 'situazione familiare',
	staffMatters: 'richiami e giudizi sul personale',
} as const;

/**
 * Data an answer never needs, even in a private message to its author: a health condition, a
 * child's details, someone else's name, address, plate or police record (a report is answered
 * without them; "quel signore risulta già segnalato due volte", family AX), and the identifying
 * numbers the citizen posted (tax code, IBAN, a document's number): the private reply to a comment
 * that showed them says why it is removed, and a copy of them in the message is one more copy.
 */
export const NEVER_NEEDED: ReadonlySet<string> = new Set([
	'codice fiscale',
	'IBAN',
	'numero di documento',
	DATA.health,
	DATA.minor,
	DATA.accused,
	DATA.personAddress,
	DATA.plate,
	DATA.kin,
	DATA.privateLife,
	DATA.policeRecord,
]);

/** Identifying numbers that no office publishes: tax code, IBAN, identity documents, plates. */
export const ALWAYS_PRIVATE: readonly (readonly [string, RegExp])[] = [
	['codice fiscale', /\b[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z]\b/gu],
	['IBAN', /\bit\s?\d{2}\s?[a-z](?:\s?[0-9a-z]){20,24}\b/gu],
	// Part of it, as banks show it: "il conto che finisce con 0123 456" (family E, E042; the exercise asks
	// for no part of it, not even in a private message).
	[
		'IBAN',
		/\b(?:conto|iban)\b[^.!?\n\d]{0,25}\b(?:finisce|termina|finiscono|terminano)\s(?:con|in|per)\s(?:le cifre\s)?\d(?:\s?\d){2,}/gu,
	],
	['numero di documento', /\b(?:c[a-z]\d{5}[a-z]{2}|[a-z]{2}\d{7}[a-z]?)\b/gu],
	[DATA.plate, /\b[a-z]{2} ?\d{3} ?[a-z]{2}\b/gu],
	// A person's date of birth as records write it: "Giulia Pellegatta (nata il 14/02/2024)" (CS046). A project
	// "nato il 14 febbraio 2024" is written in words.
	['data di nascita', /\b(?:nat[oaie] (?:il |l')?|data di nascita:? )\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/gu],
];

/** Contacts that are private when they are the citizen's (repeated from the comment). */
export const CONTACTS: readonly (readonly [string, RegExp])[] = [
	['numero di telefono', /(?:\+39[\s.]?)?\b3\d{2}(?:[\s./-]?\d){6,7}\b|\b0\d{1,3}(?:[\s./-]?\d){5,8}\b/gu],
	['email', EMAIL],
];

/** The citizen's own child, named in the reply: "suo figlio Matteo", "tua figlia". */
export const THEIR_CHILD =
	/\b(?:(?:suo|tuo|vostro) (?:figlio|bambino|bimbo)|(?:sua|tua|vostra) (?:figlia|bambina|bimba))\b/u;

/**
 * How a child looks or where they stood in a picture: "la tua bimba col cappellino rosso in prima
 * fila accanto a Babbo Natale" (family I). Said of the citizen's child beside a photo, it points
 * everyone to her again.
 */
export const CHILD_LOOKS =
	/\b(?:(?:con|col|coi|con il|con la|con lo|con gli|con le|con i) (?:(?:\p{L}+ )?(?:cappell|vestit|magli|giacc|cappott|felp|occhial|zain|fiocc|treccin|codin|costum|sciarp|scarp)\p{L}*)|in prima fila|in seconda fila|in braccio a|accanto a (?:babbo natale|la maestra|il sindaco))/u;

/**
 * An amount of income or pension: "reddito 2022 dichiarato (22.300 €)", the sign also before it, "con un ISEE dichiarato di
 * € 21.340,00 Lei rientra nella terza fascia" (JN023, session 44).
 */
export const INCOME_AMOUNT =
	/\b(?:reddito|pensione|stipendio|isee)\b[^.!?\n]{0,30}?(?:(?:€|euro)\s?\d{1,3}(?:\.\d{3})+|\(?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s?(?:€|euro))/u;

/** An amount stated as a threshold for everyone: "fino a 20.000", "sotto i 15.000 euro", "un massimo di 500". */
export const THRESHOLD =
	/\b(?:fino a|fino ai|sotto i|sotto|oltre|sopra|inferiore a|superiore a|non superiore a|(?:un )?massimo(?: di)?|(?:un )?minimo(?: di)?|tetto(?: di)?|soglia(?: di)?|limite(?: di)?|fascia(?: di)?|entro)\s?(?:i |gli |a |è |e |di )?(?:€\s?|euro )?\d/u;

/** A comment that points at someone for a sanction: "multatelo", "ve lo dico io chi è", "la sua macchina". */
export const ACCUSATION =
	/\b(?:multat\p{L}*|multa(?:te|telo|tela|teli)|denunciat\p{L}*|denuncia(?:te|telo|tela)|sanziona(?:te|telo|tela)|punite\p{L}*|arrestat\p{L}*|ve lo dico io chi|e stato lui|e stata lei|e lui che|e lei che|colpevol\p{L}*|la sua (?:macchina|auto|moto)|(?:il|lo) (?:vicino|vicina) (?:di casa )?(?:che|e))\b/u;

/** A role before a name: people named in their public role ("il geometra Bellini", "l'assessore Neri"). */
export const ROLE_BEFORE_NAME = new RegExp(`\\b(?:${[...PUBLIC_ROLES].join('|')})\\.?\\s*$`, 'u');
