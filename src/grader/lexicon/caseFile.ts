// What an office's files hold about one person, said in public in passing (family T): the state of
// their application for a benefit, their ISEE or debt, their car's passages at the gates, a relative
// followed by the social services, the number of their application next to their name, a child
// described by her clothes; since families W and X also an operation on a part of the body, the
// office's system read out ("ho dato un'occhiata al gestionale: …") and what the police know of
// someone. Each pattern needs a word that points at a person (a possessive, a
// relative) and a verb that states a fact about them; a rule for everyone ("se il tuo ISEE è sotto
// i 15.000 euro…", "presenta il tuo ISEE") and the page's own contacts with the citizen ("la tua
// telefonata non risulta", "la tua segnalazione è la n. 318") state nothing from a file.
// Patterns run on folded text (lowercase, no accents).

const MY = String.raw`(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra|vostri|vostre)`;

/** A relative of the person. */
const RELATIVE = String.raw`(?:mamma|madre|padre|papa|babbo|nonn[oaie]|marito|moglie|suocer[oaie]|zi[oaie]|fratell[oi]|sorell[ae]|genitori|famiglia)`;

/**
 * A record kept by the office: "dai nostri elenchi risulta", "nelle nostre liste c'è"; the
 * registry or a notice in the person's name read out: "in anagrafe risulti in via Cagliari 8" (also
 * "ho controllato in anagrafe: risulti…", family CP),
 * "l'avviso a tuo nome risulta spedito il 3 luglio" (family Z); "la Sua domanda del 2023, con il
 * contributo di 1.150 euro, è ancora nei nostri archivi" (family AK); "dal nostro registro risulta che lei martedì si è
 * presentato senza appuntamento" (HY016, session 42: one register as well as several).
 */
export const RECORDS_SOURCE =
	/\b(?:la|il|le|i|dalla|della|alla|nella|dal|del|al|nel|dalle|delle|dai|dei) (?:sua|tua|vostra|suo|tuo|vostro|sue|tue|suoi|tuoi) \p{L}+\b(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:e|sono|resta|restano|rimane|rimangono) (?:ancora |gia )?(?:nei|negli) nostri (?:archivi|registri|elenchi|sistemi|atti)\b|\b(?:in|all'|nell') ?anagrafe:? (?:ti |ci |le |vi )?risult\p{L}*|\ba (?:tuo|suo|vostro) nome\b[^.!?\n]{0,30}?\brisult\p{L}*|\b(?:(?:dai|nei) nostri (?:elenchi|registri|archivi|atti|schedari)|(?:dal|nel) nostro (?:elenco|registro|archivio|schedario|gestionale))\b(?:(?<=\b(?:tuo|tua|suo|sua|vostr\p{L}*|mamma|madre|padre|papa|nonn\p{L}*|marito|moglie|figli\p{L}*)\b[^.!?\n]{0,60})|(?=[^.!?\n]{0,80}\b(?:tu|te|lei|voi|tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr\p{L}*|risiedi|risiede|intestat\p{L}*|nominativ\p{L}*|signor\p{L}*|famigli\p{L}*|mamma|madre|padre|papa|nonn\p{L}*|marito|moglie|figli\p{L}*|bambin\p{L}*)\b|[^.!?\n]{0,40}, che (?:fa|abita|frequenta|vive|e iscritt)))[^.!?\n]{0,40}?\b(?:risult\p{L}*|c'e|ci sono|compar\p{L}*|figur\p{L}*|e seguit\p{L}*)|\b(?:dalle|nelle) nostre (?:liste|schede|graduatorie)\b[^.!?\n]{0,40}?\b(?:risult\p{L}*|c'e|ci sono|compar\p{L}*|figur\p{L}*)/u;

/**
 * A person's standing in a service, as a file says it: "risulta già seguita dall'assistenza", "risulta disoccupato"
 * (EC050, session 38; not the rule "chi risulta disoccupato da sei mesi").
 */
export const RECORDS_STANDING =
	/(?<!\b(?:chi|se|qualora|quando|che|dove) )\brisult(?:a|i|ate) (?:gia |ancora )?(?:disoccupat|inoccupat)\p{L}*|\brisult\p{L}* (?:gia |ancora |anche |tuttora )?(?:seguit[oaie]|assistit[oaie]|in cura|beneficiari[oa]?|percettor\p{L}*|moros[oaie]|inadempient[ei]|debitor\p{L}*|titolare di (?:reddito|assegno|pensione|contribut\p{L}*|sussidi\p{L}*))\b/u;

/** What a benefit, a reduction or a debt is: the nouns of an economic file. */
const BENEFIT = String.raw`riduzion\p{L}*|esenzion\p{L}*|agevolazion\p{L}*|contribut\p{L}*|bonus|sussidi\p{L}*|assegn\p{L}*|sostegn\p{L}*|buon[oi] (?:spesa|pasto)|rateizzazion\p{L}*|dilazion\p{L}*|alloggi\p{L}*|casa popolare|reddito|isee`;

/**
 * The state of the person's application for a benefit: "la tua richiesta di riduzione TARI per ISEE
 * risulta ancora aperta", "la sua domanda di contributo è stata respinta"; a refusal with or without the benefit named,
 * "dai nostri archivi la tua domanda dell'anno scorso era stata respinta per ISEE sopra soglia" (GU036, session 41).
 */
export const BENEFIT_FILE = new RegExp(
	String.raw`\b(?:la|il) ${MY} (?:richiesta|domanda|pratica|istanza|posizione)\b[^.!?\n]{0,40}?\b(?:${BENEFIT})\b[^.!?\n]{0,40}?\b(?:risult\p{L}*|e (?:ancora |gia )?(?:aperta|sospesa|ferma|bloccata|in (?:attesa|sospeso|istruttoria|lavorazione|valutazione))|e stata (?:accolta|respinta|rifiutata|sospesa|esclusa|archiviata|bocciata|approvata)|non e (?:ancora )?stata (?:accolta|approvata|valutata))\b|\b(?:la|il) ${MY} (?:richiesta|domanda|pratica|istanza)\b[^.!?\n]{0,40}?\b(?:e|era) (?:gia )?stat[ao] (?:respint|rifiutat|esclus|bocciat)[oa]\b`,
	'u',
);

/** The person's income or debt stated: "il Suo ISEE è tra i più alti", "il tuo debito ammonta a". */
export const ECONOMIC_VALUE = new RegExp(
	String.raw`\bnel (?:suo|tuo|vostro) caso\b[^.!?\n]{0,30}?\b(?:isee|reddit\p{L}*)\b[^.!?\n]{0,30}?\d[\d.]*(?:,\d+)?\s*(?:euro|€)|\b(?:isee|reddito)\b[^.!?\n]{0,30}?\d[\d.]*(?:,\d+)?\s*(?:euro|€)[^.!?\n]{0,20}?\bche (?:ha|hai|avete) dichiarato\b|\b(?:l'isee|il reddito) che (?:ha|hai|avete) dichiarato\b[^.!?\n]{0,20}?\d[\d.]*(?:,\d+)?\s*(?:euro|€)|\b(?:il|l') ${MY} (?:isee|reddito|debito|arretrat[oi]|saldo|situazione (?:economica|debitoria|reddituale)|posizione debitoria)\b[^.!?\n]{0,50}?\b(?:risult\p{L}*|supera|superava|rientra|ammonta|e (?:tra|fra|sopra|sotto|superiore|inferiore|oltre|pari|troppo|piu|meno|di \d|\d)|era (?:tra|fra|sopra|sotto|superiore|inferiore|oltre|troppo|piu|meno))\b`,
	'u',
);

/**
 * The amount the person owes, read from the office's records: "la tua prima rata è di 148 euro"
 * (families AB and AC), "il tuo avviso per l'appartamento di via Manzoni 8 è di 218,40 euro" (family CB).
 * A rule for everyone names no one's rate; a condition states nothing.
 */
export const AMOUNT_OWED = new RegExp(
	// Family IP (IP035, session 42): "dai nostri archivi risulta ancora da saldare la TARI 2024, 318 euro", a debt read out
	// from the records, with its amount.
	String.raw`\b(?:(?:nel|dal) nostro (?:archivio|gestionale|sistema|registro)|(?:nei|dai) nostri (?:archivi|registri|sistemi))\b[^.!?\n]{0,40}?\brisult\p{L}* (?:ancora )?(?:da (?:saldare|pagare|versare)|non pagat[oaie]|insolut[oaie])\b[^.!?\n]{0,60}?\d` +
		'|' +
		// Family CA (CA021): looked up, then what the person owes, "ho controllato: … la prima rata che devi
		// pagare è di 148,50 euro", or after the records named, "nel nostro archivio l'avviso per via Cavour 18 risulta spedito il 4
		// luglio e la prima rata che devi pagare è di 187,40 euro" (HF005), not after a regulation checked (r32-087). A fee for everyone ("la tassa che devi pagare per il passaporto è di
		// 116 euro") is not looked up. The word is checked before the look back, which is slow to try at every letter.
		String.raw`\b(?=(?:rata|importo|somma|bolletta|tassa|saldo|multa|sanzione|conguaglio|tari|imu)\b)(?<=\b(?:ho|abbiamo) (?:dato un'occhiata|guardato|controllato|verificato|cercato|visto|consultato)\b[^.!?\n]{0,80}?|\b(?:nel nostro archivio|nei nostri archivi|nel nostro gestionale|nel nostro sistema|nei nostri registri)\b[^.!?\n]{0,120}?)(?:rata|importo|somma|bolletta|tassa|saldo|multa|sanzione|conguaglio|tari|imu)\b (?:che|da) (?:devi|deve|dovete|dovrai|dovra|dovrete) (?:ancora )?(?:pagare|versare|saldare)\b[^.!?\n]{0,20}?\b(?:e|sara|ammonta a|risulta|e pari a) (?:di )?(?:circa )?(?:€\s?|euro )?\d(?:[\d.,]*\d)?|` +
		// Family AM (AM023): "per la tua utenza la prima rata è di 143 euro".
		String.raw`\bper (?:la|il|l') ${MY} (?:utenza|posizione|pratica|casa|abitazione|immobile|garage|negozio)\b[^.!?\n]{0,50}?\b(?:e|sara|ammonta a|risulta) (?:di )?(?:circa )?(?:€\s?|euro )?\d(?:[\d.,]{0,12}\d)?(?:\s?(?:€|euro\b))?|` +
		// Family AX (AX024): "i due verbali di sosta ancora da pagare che risultano a tuo nome".
		String.raw`\b(?:verbal\p{L}*|multe|multa|sanzion\p{L}*|cartell\p{L}*|bollett\p{L}*|rate|rata|avvis\p{L}*)\b[^.!?\n]{0,40}?\brisult\p{L}* (?:ancora |gia )?(?:a|intestat\p{L}* a) ${MY} nome\b|` +
		// Family BC (BC020): what they say, read out: "i tre verbali a tuo nome sono del 3, 5 e 6 ottobre".
		String.raw`\b(?:verbal\p{L}*|multe|multa|sanzion\p{L}*|cartell\p{L}*|bollett\p{L}*|rate|rata|avvis\p{L}*) (?:a|intestat\p{L}* a) (?:${MY} nome|nome (?:tuo|suo|vostro)) (?:sono|e|risalgono|ammontano|scadono|valgono) (?:del|dei|dello|delle|al|ai|a|il|di|per|da|in tutto)\b|` +
		// Family AH (AH023): "un residuo di 42,80 € dell'anno scorso ancora da saldare".
		String.raw`\b(?=(?:residuo|arretrato|debito|scoperto) )(?<!\b(?:comune|ente|bilancio|citta|regione|provincia|stato|municipio|azienda)\b[^.!?\n]{0,40})(?:residuo|arretrato|debito|scoperto) (?:di|da) (?:€\s?)?\d(?:[\d.,]{0,12}\d)?(?!\d|[.,]\d|\s*(?:milion|miliard|mila)\p{L}*)(?=[^.!?\n]{0,50}\b(?:da (?:saldare|pagare|versare|regolarizzare)|a (?:tuo|suo|vostro) (?:nome|carico)|intestat\p{L}*)\b)\s?(?:€|euro)?|\b\d(?:[\d.,]{0,12}\d)?\s?(?:€|euro\b)[^.!?\n]{0,40}?\b(?:ancora|tuttora) da (?:saldare|pagare|versare|regolarizzare)\b(?![^.!?\n]{0,20}\b(?:alla ditta|all'impresa|ai fornitori|alla societa|all'appaltatore))|` +
		// Family AF (AF024): "il bonifico di sua madre per la rata da 187,40 euro"; "la tua rata da 148 euro".
		String.raw`\b(?:bonifico|pagamento|versamento|rata|bolletta|avviso|debito|saldo) (?:di|del|della|dei) ${MY} ${RELATIVE}\b[^.!?\n]{0,40}?\b(?:da|di) (?:€\s?|euro )?\d(?:[\d.,]*\d)?\s?(?:€|euro)|\b(?:la|il|l') ${MY} (?:prima |seconda |terza |ultima |nuova |prossima )?(?:rata|bolletta|quota|retta|tassa|tari|imu|multa|sanzione)\b (?:da|di) (?:€\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|euro))|` +
		// Not a public fee said to the reader, with its measure or as an example ("la Sua rata mensile indicativa è di 96
		// euro", "la vostra tassa di soggiorno è di 1,50 euro a persona per notte", "il Suo importo … di cui 16,79 euro
		// di quota statale", reviewers' look-alikes r32b).
		String.raw`\b(?:la|il|l') ${MY} (?:prima |seconda |terza |quarta |ultima |nuova |prossima )?(?:rata|bolletta|quota|retta|tassa|tari|imu|multa|sanzione|importo|saldo|avviso)\b(?![^.!?\n]{0,200}?\b(?:indicativ\p{L}*|per (?:fare un )?esempio|ad esempio|a persona|per persona|a notte|per notte|a pasto|quota statale)\b)[^.!?\n]{0,50}?\b(?:e|sara|ammonta a|risulta|e pari a) (?:di )?(?:circa |solo |appena )?(?:€\s?|euro )?\d(?:[\d.,]*\d)?(?:\s?(?:€|euro))?`,
	'u',
);

/** The person's vehicle as the gates or cameras saw it: "la tua auto entra in ZTL quasi ogni giorno". */
export const VEHICLE_SEEN = new RegExp(
	String.raw`\b(?:la|il) ${MY} (?:auto|automobile|macchina|vettura|veicolo|moto|motorino|scooter|furgone)\b[^.!?\n]{0,40}?\b(?:entra|e entrata|e passata|passa|transita|e transitata|e stata (?:rilevata|fotografata|ripresa|vista|registrata)|risulta|ha (?:fatto|accumulato) \d*\s*(?:passaggi|ingressi|accessi|transiti))\b`,
	'u',
);

/**
 * The number of the person's own application: "la tua domanda per il nido è la n. 2025/4471", or
 * with the noun left out, "la tua per il Girotondo è la n. 2025/0347" (family W), "il tuo, l'ho
 * controllato io, è il 2025/0873" (family X), "il tuo per il Girotondo è il 2025/0457" (family Z), "il tuo è il 2025/0412" (family AA),
 * "la tua per il piccolo Leonardo al Girotondo è la n. 2025/0417" (HC048), "nel Suo caso, per il piccolo Leonardo Greco al nido
 * Girotondo, il numero da cercare è il 2025/0847" (HD016, session 41); with the office's letters first, "il tuo, per la domanda
 * al nido Girotondo, è il VV/2025/00871" (KG022, session 45).
 */
// "prot. 2025/0871", "prot. n. 2025/0871" (IX020, session 43).
const NUMBER_WORD = String.raw`(?:n\.?|nr\.?|numero|n°|prot\.(?:\s*n\.)?)`;
const NUMBER_TAIL = String.raw`(?:[\d/-]*\d)?`;
export const FILE_NUMBER = new RegExp(
	String.raw`\b(?:la|il) ${MY}(?:` +
		// With the noun: "la tua domanda per il nido è la n. 2025/4471"; a number that looks like a file's, not "il
		// modulo numero 5", "lo sportello numero 3", "il protocollo 2 della ASL" (a review in session 31).
		String.raw` (?:domanda|pratica|istanza|iscrizione|posizione|protocollo)\b[^.!?\n]{0,40}?\b(?:e (?:la|il)|ha (?:il )?(?:numero|protocollo)|(?<!\b(?:sportello|modulo|faq|allegato|punto|articolo|sezione|pagina|linea|fermata|binario|piano|stanza|ufficio|passo|fase) )(?:numero|protocollo))\s*${NUMBER_WORD}?\s*(?:\d{3,}|\d+/\d)${NUMBER_TAIL}(?!\s*(?:ore|giorni|minuti|settimane|mesi|h)\b)` +
		// The noun left out before a preposition: "la tua per il Girotondo è la n. 2025/0347".
		String.raw`| (?:per|di|del|della|al|alla) [^.!?\n]{0,60}?\be (?:la|il) (?:${NUMBER_WORD}\s*\d|\d{3,}|\d+/\d)${NUMBER_TAIL}` +
		// The noun left out, the pronoun alone: "il tuo è il 2025/0412" (family AA).
		String.raw`| e (?:la|il) (?:${NUMBER_WORD}\s*)?(?:[a-z]{1,4}[/-])?(?:\d{3,}|\d+/\d+)${NUMBER_TAIL}` +
		// The noun left out before a comma, with a number that looks like a file's: "il tuo, …, è il 2025/0873", "la tua, quella per
		// Edoardo al Girotondo, è la n. 2025/00873" (JA022, session 43), "la Sua, per il piccolo Leonardo Greco al nido
		// Girotondo, ha il protocollo n. 2025/0731" (KV024, session 46).
		String.raw`|,[^.!?\n]{0,60}?\b(?:e (?:la|il)|ha (?:il )?(?:numero|protocollo)) (?:${NUMBER_WORD}\s*)?(?:[a-z]{1,4}[/-])?(?:\d{3,}|\d+/\d+)${NUMBER_TAIL})` +
		// The owner after the noun: "la domanda di tuo figlio Leonardo … ha il protocollo 4471" (EA017); the case named,
		// "nel tuo caso, per comodità, è il n. 2025/0734" (EN034).
		String.raw`|\bnel (?:tuo|suo|vostro) caso\b(?![^.!?\n]{0,30}\b(?:bando|avviso|delibera|determina|legge|decreto|regolamento|modulo|articolo|codice|ordinanza|circolare)\b)[^.!?\n]{0,90}?\be (?:la|il) (?:${NUMBER_WORD}\s*)?(?:[a-z]{1,4}[/-])?(?:\d{3,}|\d+/\d+)${NUMBER_TAIL}` +
		// Looked up for the reader: "ho controllato io per te: la domanda per il Girotondo è la n. 2025/0418" (KI022, session 46).
		String.raw`|\b(?:ho|abbiamo) (?:controllat|verificat|guardat|cercat)\p{L}* (?:io |noi )?per (?:te|lei|voi)\b[^.!?\n]{0,60}?\be (?:la|il) (?:${NUMBER_WORD}\s*)?(?:[a-z]{1,4}[/-])?(?:\d{3,}|\d+/\d+)${NUMBER_TAIL}` +
		String.raw`|\b(?:la|il) (?:domanda|pratica|istanza|iscrizione) (?:di|del|della|per) ${MY} \p{L}+\b[^.!?\n]{0,60}?\b(?:e (?:la|il)|ha (?:il )?(?:numero|protocollo))\s*${NUMBER_WORD}?\s*(?:\d{3,}|\d+/\d)${NUMBER_TAIL}(?!\s*(?:ore|giorni|minuti|settimane|mesi|h)\b)`,
	'u',
);

/** A relative followed by a service: "tua madre è già seguita dall'assistenza domiciliare". */
export const RELATIVE_IN_CARE = new RegExp(
	String.raw`\b${MY} ${RELATIVE}\b[^.!?\n]{0,60}?\b(?:e|risulta|viene|sono|risultano) (?:gia |ancora |anche |tuttora )?(?:seguit[oaie]|assistit[oaie]|in carico|in cura|ricoverat[oaie]|in lista|beneficiari[oa]?)\b`,
	'u',
);

/**
 * Anyone's family or a child followed by social or health services, said to someone else: "almeno uno
 * dei tre lo conosciamo, la famiglia è già seguita dai servizi sociali" (family BE).
 */
export const THIRD_IN_CARE =
	/(?<!\b(?:in cui|quando|purche|se|qualora|che|dove|cui|ove) )\b(?:(?:la|sua|loro) (?:sua |loro )?famiglia|i (?:suoi|loro) genitori|(?:sua|loro|la) madre|(?:suo|loro|il) padre|lui|lei|uno dei (?:due|tre|quattro|ragazzi|bambini)|(?:il|la|quel|quella) (?:ragazz|bambin)[oa])\b[^.!?\n]{0,40}?\b(?:e|sono|risulta|risultano) (?:gia |ancora |anche )?(?:seguit[oaie]|in carico|assistit[oaie]) (?:dai|ai|presso i|dal|dalla|dalle) (?:servizi sociali|assistenti sociali|servizio sociale|sert|csm|neuropsichiatria)\b/u;

/**
 * A child picked out by clothes or looks: "la Sua bimba, con la maglietta gialla e le treccine",
 * "la bambina con il pettorale 14" (family Y).
 */
const LOOKS = String.raw`maglietta|maglia|felpa|giacca|giubbotto|cappello|cappellino|treccin[ae]|trecce|codin[ae]|coda di cavallo|capelli|occhiali|zainetto|zaino|scarpe|vestit[oi]no|gonn\p{L}*|pantalon\p{L}*|tuta|pettorale|casacca|grembiul\p{L}*`;
export const CHILD_DESCRIBED = new RegExp(
	String.raw`\b${MY} (?:bimb[oaie]|bambin[oaie]|figli[oaie]?|piccol[oaie]|ragazz[oaie]|nipot[ei])\b(?!\s+(?:devono|dovranno|dovrebbero|possono|potranno|hanno bisogno|avranno bisogno|portano|porteranno))[^.!?\n]{0,60}?\b(?:${LOOKS})\b` +
		// One child picked out without a possessive: "la bambina con il pettorale 14" (family Y).
		String.raw`|\b(?:la|il|della|del|alla|al|quell[oa]) (?:bimb[oa]|bambin[oa]|ragazzin[oa]|piccol[oa]) (?:con|col) (?:il|la|lo|l'|i|le|gli|un|una) ?(?:\p{L}+ )?(?:${LOOKS})\b` +
		// ...or by the team or group he plays in: "il ragazzino che gioca nei giovanissimi del
		// Collerosa calcio" (family AV).
		String.raw`|\b(?:la|il|della|del|alla|al|quell[oa]) (?:bimb[oa]|bambin[oa]|ragazzin[oa]|ragazz[oa]|piccol[oa]) che (?:gioca|giocava|va|fa|frequenta|canta|suona) (?:nei|negli|nella|nel|a|al|alla|in) (?:giovanissimi|allievi|esordienti|pulcini|juniores|under \d+|squadra|scuola calcio|oratorio|catechismo|scout|coro|banda)\b`,
	'u',
);

/**
 * A specialist's visit booked for someone, which names the branch of their condition: "ho visto che il secondo martedì ha il
 * controllo cardiologico prenotato al poliambulatorio" (KO023, session 46), "so che ha la visita dal cardiologo" (KR023), not "le visite cardiologiche si prenotano al CUP".
 */
export const SPECIALIST_VISIT =
	/\b(?:ha|hai|avete|abbia|aveva|avevi)\b (?:gia )?(?:il |la |un |una |l')?(?:visita|controllo|esame|ecografia|day hospital) (?:(?:cardiologic|oncologic|neurologic|psichiatric|diabetologic|ginecologic|urologic|nefrologic|pneumologic|gastroenterologic|endocrinologic|reumatologic|ematologic|epatologic)\p{L}*|(?:dal|dalla|con il|con la) (?:cardiolog|oncolog|neurolog|psichiatr|diabetolog|ginecolog|urolog|nefrolog|pneumolog|gastroenterolog|endocrinolog|reumatolog|ematolog|epatolog)\p{L}*)/u;

/**
 * A relative's chronic condition, told with whose it is: "la Sua mamma la conosco bene, passa sempre in farmacia per la
 * pressione e le gocce per il glaucoma" (KR023, session 46). The condition words alone are a campaign's ("la pressione alta
 * spesso non dà sintomi", "se hai un pacemaker…", r46b), so they count only after the relative.
 */
export const RELATIVE_CONDITION =
	/\b(?:(?:tua|sua|vostra) (?:mamma|madre|nonna|moglie|figlia|sorella|zia|suocera)|(?:tuo|suo|vostro) (?:papa|padre|nonno|marito|figlio|fratello|zio|suocero))\b[^.!?\n]{0,90}?\b(?:glaucoma|cataratta|ipertension\p{L}*|pressione alta|artrosi|osteoporosi|cardiopatia|aritmia|pacemaker|insufficienza (?:renale|cardiaca|respiratoria)|epatite|cirrosi|leucemia|linfoma|chemio)\b/u;

/**
 * An operation on a part of the body, said of anyone: "Franco, rientrato dopo l'operazione al
 * ginocchio" (family W). No answer to a citizen needs a worker's, a neighbour's or their own surgery.
 */
export const SURGERY =
	/\b(?:operazione|intervento(?: chirurgico)?|operat[oaie]|frattura|protesi|(?=distorsion|lussazion|contusion|slogatur|ferit|escoriazion|sbucciatur)(?<=\b(?:(?:ragazz|bambin|minor|person|uom|donn|signor|vicin|giovan|ciclist|pedon|motociclist|figli|nipot|anzian|lui|lei)\p{L}*|se l'e cavat[oa])\b[^.!?\n]{0,60}?)(?:distorsion[ei]|lussazion[ei]|contusion[ei]|slogatur[ae]|ferit[ae]|escoriazion[ei]|sbucciatur[ae])) (?:al|alla|all'|ai|agli|alle|allo) ?(?:mani|ginocchi\p{L}*|anca|anche|spall\p{L}*|schiena|occhi\p{L}*|gamba|gambe|bracci\p{L}*|polso|caviglia|piede|piedi|mano|femore|menisco|legamento|crociato|ernia|cataratta|tiroide|colecisti|appendicite|prostata|seno|polmon\p{L}*|rene|reni|fegato|stomaco|vertebr\p{L}*)\b/u;

/**
 * The office's system looked up and a person's document or data read out from it: "ho dato
 * un'occhiata al gestionale: la tua carta scade il 14 e l'avevi fatta a Monza" (family X). The
 * page's own contacts ("abbiamo controllato nel sistema: la tua telefonata non risulta") are not.
 */
export const RECORDS_LOOKUP =
	/\b(?:ho|abbiamo) (?:dato un'occhiata|guardato|controllato|verificato|cercato|visto|consultato) (?:al|nel|sul|in|nell'|sull'|all') ?(?:gestionale|sistema|database|archivi?o?|anagrafe|registr[oi]|fascicolo|programma)\b[^.!?\n]{0,60}?\b(?:(?:la|il) (?:tua|sua|vostra|tuo|suo|vostro) (?:carta|documento|patente|passaporto|tessera|residenza|indirizzo|data di nascita|scadenza|certificato|permesso di soggiorno|isee|reddito|nucleo|famiglia|stato civile)|l'avevi|l'aveva|risiedevi|risiedeva|eri nat|era nat|sei nat|e nat)/u;

/**
 * What the police know of a person: "il più grande dei ragazzi Pinna, già segnalato altre volte",
 * "noto alle forze dell'ordine", "precedenti penali" (family X). A fault reported many times ("il
 * guasto è già stato segnalato più volte") has no person in it.
 */
export const POLICE_RECORD =
	/(?<!\b(?:gentile|gentilissim[oa]|car[oa]|grazie|buongiorno|buonasera|salve|ciao) )\b(?:ragazz|bambin|minor|person|uom|donn|signor|tizi|vicin|giovan|individu|lui|lei)\p{L}*\b[^.!?\n]{0,80}?\b(?:(?<!\b(?:hanno|ha|hai|avete|abbiamo|avevano|aveva|l'hanno|l'ha|l'hai|l'avete|l'avevano|l'aveva|lo hanno|la hanno|ce l'avevano|ce l'hanno|ce l'aveva|ce l'ha) )(?:gia|piu volte|spesso) (?:stat[oaie] )?(?:segnalat|denunciat|fermat|sanzionat|ammonit|identificat)\p{L}*(?: \p{L}+){0,2} (?:altre volte|piu volte|in passato|dalla polizia|dai vigili|dalle forze dell'ordine|alla polizia|ai vigili|(?:due|tre|quattro|diverse|molte) volte)|(?:not[oaie]|conosciut[oaie]|non (?:sono|e) (?:affatto |certo |mica |proprio )?nuov[oaie]|vecchie conoscenze) (?:alle forze dell'ordine|alla polizia(?: locale| municipale)?|ai vigili|ai carabinieri|in caserma|al comando)|(?:not[oaie]|conosciut[oaie]) (?:dalle forze dell'ordine|dalla polizia(?: locale| municipale)?|dai vigili|dai carabinieri)|(?:alle forze dell'ordine|alla polizia(?: locale| municipale)?|ai vigili|ai carabinieri|in caserma|al comando) (?:non (?:sono|e) (?:affatto |certo |mica |proprio )?nuov[oaie]|(?:sono|e) gia not[oaie]|(?:li|lo|la|le) conosc\p{L}* (?:bene|benissimo|gia))|vecchie conoscenze (?:delle forze dell'ordine|della polizia(?: locale| municipale)?|dei vigili|dei carabinieri)|precedenti (?:penali|di polizia))\b/u;

/**
 * What the office saw of a person's file, told in passing: "l'abbiamo visto passare in ufficio" (family
 * BD, of the citizen's application), "la sua mamma la conosciamo bene dai tempi della domanda per
 * l'assegno di cura" (family BE). Knowing someone from their file is the file.
 */
export const SEEN_AT_THE_OFFICE =
	/\b(?:l'|lo |la |li |le )(?:abbiamo|ho) vist[oaie] (?:passare|arrivare) (?:in |dall'|all'|nel (?:nostro )?)?ufficio\b|\b(?:l[aoie] |l')conosc\p{L}* (?:bene |benissimo |gia )?(?:dai tempi|fin dai tempi|da quando ha fatto) (?:della |del |dell'|la |il |l')?(?:domanda|pratica|richiesta|assegno|contributo|bonus|iscrizione|presa in carico)\b/u;

/**
 * A relative's account or file looked up and its state told: "abbiamo dato un'occhiata anche
 * all'utenza di sua madre in via Cavour: risulta in regola" (family Y). Whatever it says, it is a
 * third person's file.
 */
const FILE_NOUN = String.raw`(?:utenz|posizion|pratic|cartell|fascicol|situazion|bollett|domand|iscrizion|dichiarazion|contribuent)\p{L}*|conto|conti`;
export const RELATIVE_FILE = new RegExp(
	String.raw`\b(?:${FILE_NOUN}) (?:di|del|della|dei|delle|intestat\p{L}* a) ${MY} ${RELATIVE}\b[^.!?\n]{0,60}?\b(?:risult\p{L}*|e in regola|e (?:ancora |gia )?(?:in ritardo|a posto|aperta|chiusa|scadut\p{L}*|sospes\p{L}*|insolut\p{L}*)|e stat[oa] (?:pagat|saldat|chius|accolt|respint|sospes)\p{L}*|(?:ha|hanno) (?:gia )?(?:pagato|saldato|versato)|non (?:ha|hanno) (?:ancora )?(?:pagato|saldato|versato))` +
		String.raw`|\b(?:ho|abbiamo) (?:dato un'occhiata|guardato|controllato|verificato|visto|consultato) (?:anche )?(?:a|al|alla|all'|ai|alle|la|il|l'|i|le) ?(?:${FILE_NOUN}) (?:di|del|della|dei|delle|intestat\p{L}* a) ${MY} ${RELATIVE}\b`,
	'u',
);

/**
 * A benefit the person or their family received, told in public: "anche la tua famiglia ha
 * ricevuto il contributo affitti dal Comune" (family Y), "tu il bonus affitti l'hai già preso
 * l'anno scorso" (family Z), "il bonus affitti (quello da 1.200 euro che hai già preso)" (family AD).
 */
export const BENEFIT_RECEIVED = new RegExp(
	String.raw`\b(?:${BENEFIT})\b(?:(?!\bse\b)[^.!?;\n]){0,40}?\b(?:che|lo|la|l') ?(?:(?:tu|voi) (?:(?:comunque|gia|anche|pure|ancora) )*(?:prendi|prendete|percepisci|percepite|ricevi|ricevete|incassi|incassate)|lei (?:(?:comunque|gia|anche|pure|ancora) )*(?:prende|percepisce|riceve|incassa)|(?:comunque|gia) (?:prendi|prendete|percepisci|percepite|ricevi|ricevete))\b|\b(?:${BENEFIT})\b(?:(?!\bse\b)(?:[^.!?\n]|(?<=\d)\.(?=\d))){0,40}?(?:\bl'|\bche )(?:(?:hai|ha|avete|hanno) (?:gia |anche |pure |persino |perfino )?(?:ricevuto|preso|avuto|percepito|ottenuto|incassato)|(?:hai|avete) (?:gia |anche |pure )?(?:chiesto|richiesto|presentato))\b|\b(?:${MY} ${RELATIVE}|tu|voi|lei)\b[^.!?\n]{0,30}?\b(?:ha|hai|avete|hanno) (?:gia |anche |pure |persino |perfino )?(?:ricevuto|preso|avuto|percepito|ottenuto|incassato)\b[^.!?\n]{0,30}?\b(?:${BENEFIT})\b`,
	'u',
);

/**
 * Where one person lives, or which school year a child is in, said in public: "uno dei tre … abita
 * lì dietro in via dei Gelsi e fa la terza media" (family AD). A rule for a group ("chi abita in
 * via Roma", "le famiglie che vivono…", "per chi fa la terza media") names no one, and neither does a body or a
 * figure that "sta di casa" somewhere ("la Pro Loco sta di casa in via Cavour", "Babbo Natale abita in piazza
 * Duomo", reviewers' look-alikes r4).
 */
export const SOMEONES_HOME =
	/(?<!\b(?:chi|che|se|dove) )\b(?=abita|vive|sta di casa)(?<!\b(?:babbo natale|la befana|pro loco|associazion\p{L}*|ufficio|biblioteca|sede|museo|comitato|circolo|banda|parrocchia|scuola|societa|ditta|azienda|negozio|mercato|urp|comando|caserma|cooperativa|fondazione|onlus)\b[^.!?\n]{0,20})\b(?:abita|vive|sta di casa)(?: (?:li|qui|proprio|giusto))?(?: (?:dietro|vicino|accanto|davanti|di fronte|nelle palazzine|nel palazzo|nel condominio|nella casa|nelle case))?(?: (?:a|in|al|alla|all'|di))? ?(?:via|viale|piazza|corso|vicolo|largo) [\p{L}' ]{2,30}|(?<!\b(?:chi|se|dove) )\b(?:abiti|abitate|vivi|vivete|stai) (?:proprio )?al (?:numero |civico |n\. ?)?\d{1,4}\b(?!\s*%)|(?<!\b(?:chi|che|se|dove) )\b(?:abita|vive) (?:proprio )?al (?:numero |civico |n\. ?)?\d{1,4}\b(?!\s*%)/u;
export const SCHOOL_YEAR =
	/(?<!\b(?:chi|che|se) )\bfa (?:la )?(?:prima|seconda|terza|quarta|quinta|[1-5][ªa°]?) (?:media|elementare|superiore)\b|\b(?:un |una |il |la )(?:ragazzin|bambin|ragazz|alunn|student)\p{L}* (?:di|della|che fa la) (?:prima|seconda|terza|quarta|quinta|[1-5][ªa°]?)(?: (?:media|elementare|superiore)\b| [a-h](?=\s*(?:[,.;:!?)]|$))| [a-h] (?:delle|della|alle|alla) (?:medie|media|elementari|superiori)\b)|(?<!\b(?:chi|che|se) )\be (?:della|in|nella) (?:prima|seconda|terza|quarta|quinta|[1-5][ªa°]?) (?![ae] (?:della|alla|delle|alle|dell'|all') ?(?:prima|seconda|terza|quarta|quinta)\b)[a-h] (?:della|alla|delle|alle|dell'|all') ?\p{L}{3,}/u;
