// The office's records of a citizen read out in public (part of the personal-data gate): what they
// owe, paid or were billed, found by three parts in one sentence rather than by phrases (families CC,
// CJ, CK and CM: "ho controllato nel gestionale: per l'appartamento di via Verdi 8 risulta un avviso di
// 312,40 euro", "a nome Suo e di Sua madre risultano due avvisi, da 214,60 e 187,30 euro"). The
// reader is reply/records.ts. Patterns run on folded text.

/**
 * The records consulted: "risulta", "ci risultano", "ho controllato", "abbiamo verificato", "nel
 * gestionale", "dalle nostre verifiche", "ho chiesto in ufficio: per la casa di via… la prima rata è…" (EX049), "ho dato
 * un'occhiata al volo: … la prima rata è di 214,60 euro, e … risulti in regola solo per un pelo" (FC016), "ti ho guardato la
 * posizione: per l'appartamento di via Cavour 18 la prima rata è di 143,60 €" (GK007, session 40: the "ti" before "ho"
 * had set it aside). Not "le risulta…?" or "ti risulta": that asks the citizen.
 */
export const RECORDS_CONSULTED =
	/\b(?:(?<!\b(?:le|ti|vi) )(?:ci |mi )?risult(?:a|ano)|(?:ho|abbiamo|hanno|ha) (?:gia |appena |subito |anche )?(?:controllat|verificat|ricontrollat|consultat|cercat|guardat|chiest)\p{L}*|(?:ho|abbiamo) (?:gia )?visto (?:in|nell'|nel|negli|nei) ?(?:archivi\p{L}*|gestionale|sistema|banca dati|registr\p{L}*)|(?:ho|abbiamo) (?:gia )?dato un'occhiata|risulti|risultate|(?:ci|mi) conferma(?:no)?|vedo che|vediamo che|agli atti|(?:la|alla|nella) (?:sua|tua|vostra) posizione|(?:dalle|dai|dal|dalla|nel|nei|nella|sul|sui) (?:nostr[aeio] )?(?:verifich\p{L}*|controll[oi]|gestionale|sistema|database|archivi[oa]?|banca dati|registr[oi]|estratt[oi] conto))\b/u;

/**
 * The record is the citizen's: whose name or charge it is under, their family, their home, their debt.
 * Not "l'importo che devi pagare per ogni pasto": a tariff said to anyone who asks.
 * Session 40 (GP016): "l'avviso n. TARI-2025-08817 è stato spedito il 3 luglio in via Cavour 18, importo … 187,40 euro".
 */
export const THEIRS =
	/\b(?:(?:spedit|inviat|recapitat|notificat|consegnat)\p{L}* (?:il \d{1,2} \p{L}+ )?(?:in|a|al) (?:via|viale|piazza|corso|vicolo|largo) |a (?:tuo|suo|vostro) (?:nome|carico)|a (?:te|lei|voi) (?:ci |non )?risult\p{L}*|risulti|risultate|a nome (?:tuo|suo|vostro|di (?:tua|sua|vostra))|intestat\p{L}* a (?:te|lei|voi|tua|sua|tuo|suo)|per (?:te|lei|voi)\b(?! (?:che|residenti|cittadini|famiglie|utenti|tutti|anziani|genitori|studenti)\b)|(?:tua|sua|vostra) (?:madre|mamma|moglie|famiglia|figli[ao]|suocera|nonna|sorella|utenza|posizione|pratica|domanda|bolletta|cartella|rata)|(?:tuo|suo|vostro) (?:padre|papa|marito|nucleo|conto|debito|saldo|avviso|immobile|appartamento|figlio|fratello|versamento|pagamento|bollettino)|(?:tuoi|suoi|vostri) (?:avvisi|pagamenti|versamenti|debiti)|(?:(?:l'|dell'|per l'|nell')(?:appartamento|immobile|abitazione|alloggio|utenza)|(?:la|per la|della|nella) casa) (?:di|in) (?:via|viale|piazza|corso|vicolo|largo|strada)|(?:hai|ha|avete) (?:ancora )?(?:da (?:pagare|saldare|versare)|un debito|un arretrato|(?:\p{L}+ )?(?:rate|rata|verbali|verbale|multe|multa|avvisi|bollette|mensilita))|(?:devi|deve|dovete) ancora (?:pagare|versare|saldare)|(?:le|ti|vi) (?:(?:sono|e) stat[oaie] )?(?:addebitat|notificat|emess|contestat|spedit|inviat|recapitat|consegnat)\p{L}*)\b/u;

/**
 * A visit or a call of the citizen, read from the office's logs with its time: "Dal registro degli accessi risulta che
 * Lei si è presentato allo sportello alle 9:10 per un certificato di stato di famiglia" (FV010, session 40). Not
 * "risulta che lei ha prenotato" without a logged time, an answer customer care often gives.
 */
export const VISIT_LOGGED =
	/\b(?:(?:ci )?risulta|risultano|vediamo|vedo) che (?:lei|tu|voi) (?:si e|ti sei|vi siete|ha|hai|avete|e|sei) (?:gia )?(?:presentat|venut|recat|passat|chiamat|telefonat|ritirat|entrat|arrivat)\p{L}*\b[^.!?\n]{0,60}?\b(?:alle|verso le|intorno alle) \d{1,2}[:.]\d{2}\b/u;

/** An amount of money: "312,40 euro", "€ 50". */
export const RECORD_AMOUNT =
	/(?:\b\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s?(?:€|euro\b)|€\s?\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)/gu;

/**
 * A debt or a payment not made: "un arretrato del 2023", "insoluta", "non pagate", "ancora da versare",
 * "un ritardo sulla seconda rata", "avevi pagato in ritardo" (CX023), "tre verbali a tuo nome" (CY033). Said of the citizen, it is a record even with no amount; not "il suo
 * debito", which an answer on paying in instalments names without reading any record.
 */
export const RECORD_DEBT =
	/\b(?:arretrat\p{L}*|insolut\p{L}*|morosit\p{L}*|ritardo (?:sul|sulla|sulle|sui|nel|nei|nella|nelle|di) (?:pagament|rat|versament|saldo)\p{L}*|ancora da (?:pagare|saldare|versare|regolarizzare)|non (?:(?:e|sono) )?(?:(?:ancora|mai) )?(?:(?:stat[oaie]) )?(?:pagat|saldat|versat)\p{L}*|(?:pagat|versat|saldat)\p{L}* in ritardo|(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:verbal[ei]|mult[ae]|sanzion[ei]|avvis[oi]|cartell[ae]) (?:a|intestat\p{L}* a) (?:tuo|suo|vostro) nome)/gu;

/**
 * A tariff or a rule said to the citizen, not their record: "per lei, come residente, il permesso costa
 * 30 euro", "il canone è di 11,50 euro al metro", "lo sconto del 30%, cioè 3,15 euro a pasto".
 */
export const TARIFF =
	/\b(?:cost[ao]|costano|tariff\p{L}*|canon\p{L}*|prezz\p{L}*|previst\p{L}*|prevede|regolamento|delibera|per tutt[ie]|tutte le|tutti i|al metro|a pasto|a settimana|al giorno|al mese|all'anno|l'anno(?! (?:scorso|passato|precedente|prima))|a persona|invece di|scont\p{L}*|riduzion\p{L}*|ridott\p{L}*|aument\p{L}*|agevolat\p{L}*|gratuit\p{L}*)\b/u;

/** An application, in a sentence that reads out its file: "la domanda di Edoardo", "l'iscrizione per il piccolo Leonardo". */
export const APPLICATION = /\b(?:domanda|pratica|iscrizione|istanza|richiesta)\b/u;

/**
 * A file's number or score: "2025/0387", "n. 3318", "il punteggio è 42". Not "il modulo numero 5" (no
 * application in the sentence) nor a date.
 */
export const FILE_ENTRY =
	/\b(?:(?:(?:n\.?|nr\.?|numero|n°) ?)?\d{4}\/\d{2,6}|(?:n\.?|nr\.?|numero|n°) ?\d{3,}|punteggio (?:e |di )?\d+)\b/gu;

/** A child named as whose the application is: "il piccolo", "tua figlia". */
export const CHILD_OF = /\b(?:piccol[oa]|bimb[oa]|bambin[oa]|(?:tu[oa]|su[oa]|vostr[oa]) figli[oa])\b/u;
