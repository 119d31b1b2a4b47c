// The word lists and patterns behind facts.ts: what counts as a time, a date, an amount, a
// contact, a place, an office, a document or a procedure step in an Italian PA reply.
import type { FactKind, ValueKind } from '../types';
import { MONTHS_RE as MONTHS, WEEKDAYS_RE as WEEKDAYS } from './time';
import { STREET as STREET_WORDS } from './places';
import { words } from './compile';
import { NUMBERS_FROM_TWO_RE } from './numbers';

const DAYS = `${WEEKDAYS}|sabati|domeniche|festivi|feriali|weekend|fine settimana`;
const UNITS =
	'minuti|ore|giorni|giorno|settimane|settimana|mesi|anni|km|chilometri|metri|posti|kg|litri|cm|mq|persone|volte|euro|eur|centesimi|rate|corse|linea';

// Each pattern is linear (no nested quantifiers) so a 100,000-character reply stays fast.
/**
 * An email address, starting where an address can start (so a long run of letters is not rescanned
 * from each position). One pattern for facts, values and the personal-data gate.
 */
export const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gu;

/** A web address, with or without "https://"; it never ends on the punctuation that follows it in a sentence ("…/elezioni2025,"). */
export const LINK =
	/(?<![^\s<>"'(«:[])(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]|(?<![a-z0-9./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:it|eu|com|org|net|info|gov)\b(?:\/(?:[^\s<>"]*[^\s<>".,;:!?)])?)?/gu;

/**
 * Fact patterns on folded text, by kind. A third element, when there is one, is a cheap test any
 * text the pattern matches passes: the pattern runs only on texts that pass it.
 */
export const PATTERNS: [FactKind, RegExp, RegExp?][] = [
	['email', EMAIL],
	['link', LINK],
	// A path through a site's menu is as precise as a link: "sul sito – Amministrazione Trasparente –
	// Altri contenuti", "nella sezione Servizi > Tributi > TARI", or four steps without the word "sito".
	// Both forms have at least two separators before a word: texts without them skip its slow scan.
	[
		'link',
		/\b(?:sito|sezione|portale|pagina|menu|area)\b[^.!?\n]{0,40}?(?:\s?(?:-|>|→|»)\s?\p{L}[\p{L}' ]{1,40}){2,}|\p{L}[\p{L}' ]{1,40}(?:\s(?:-|>|→|»)\s\p{L}[\p{L}' ]{1,40}){3,}/gu,
		/(?:-|>|→|»)\s?\p{L}[^]*?(?:-|>|→|»)\s?\p{L}/u,
	],
	// Short numbers count after "SMS"/"WhatsApp": "un SMS al 4850" is how to pay for parking.
	[
		'phone',
		/(?:\+39[\s.]?)?\b(?:0\d{1,3}|3\d{2}|80[03])(?:[\s./-]?\d){5,8}\b|\b(?:112|113|115|118|1522|1500)\b|\b(?:sms|whatsapp)\s(?:al\s|allo\s)?(?:numero\s)?\d{3,6}\b/gu,
	],
	[
		'time',
		/\b(?:dalle|dall'|dall)\s?(?:ore\s)?\d{1,2}(?:[:.]\d{2})?\s(?:alle|all'|all)\s?(?:ore\s)?\d{1,2}(?:[:.]\d{2})?\b|\b(?:ore|h)\s?\d{1,2}(?:[:.]\d{2})?\b|\b\d{1,2}[:.]\d{2}\b|\b(?:dalle|alle|entro le|verso le|dopo le|prima delle|fino alle|dall|all)\s?(?:ore\s)?\d{1,2}(?:[:.]\d{2})?\b|\b\d{1,2}(?:[:.]\d{2})?\s?-\s?\d{1,2}(?:[:.]\d{2})?\b|\bmezzogiorno\b|\bmezzanotte\b|\b24 ore su 24\b/gu,
	],
	[
		'date',
		new RegExp(
			`\\b(?:dal|dall'|da) ?\\d{1,2}°?(?: (?:${MONTHS}))? (?:al|all'|a) ?\\d{1,2}°? ?(?:${MONTHS})\\b|\\b(?:dal|dall') ?\\d{1,2} (?:al|all') ?\\d{1,2}\\b(?![.,:/]\\d)|\\b(?:dal|da) (?:${WEEKDAYS}) (?:al|a) (?:${WEEKDAYS})\\b|\\b(?:da|dal|dall') ?(?:${MONTHS}) (?:a|al|ad|fino a) ?(?:${MONTHS})\\b|\\b\\d{1,2}\\s?(?:°|o)?\\s?(?:${MONTHS})\\b|\\b(?:${MONTHS})\\b|\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b|\\b(?:${DAYS})\\b|\\b20\\d{2}\\b|\\b(?:domani|domattina|dopodomani|stasera|stanotte|stamattina|stamani|stamane|ieri|in giornata|oggi pomeriggio|in serata)\\b|\\b(?:entro il|fino al|dal|a partire dal) \\d{1,2}(?:°? ?(?:${MONTHS})\\b|\\b)|(?<!\\b(?:ad|a|ad oggi|fino ad) )\\boggi\\b|\\bentro (?:la settimana|fine (?:mese|settimana|anno|giornata))\\b|\\b(?:la prossima settimana|settimana prossima|il prossimo mese|mese prossimo|natale|pasqua|pasquetta|ferragosto|capodanno|epifania|vacanze (?:di natale|di pasqua|estive|natalizie|pasquali)|(?:questa|quest'|prossima) ?(?:estate|primavera|autunno|inverno))\\b`,
			'gu',
		),
	],
	[
		'amount',
		/(?:€|\beuro\s?)\s?\d|(?<![\d.,])\d(?:[\d.,]*\d)?\s?(?:€|euro\b|eur\b)|(?<![\d.,])\d+(?:[.,]\d+)?\s?%|\b(?:gratis|gratuit[oaie]|gratuitamente)\b/gu,
	],
	[
		'number',
		new RegExp(
			`\\b\\d+(?:[.,]\\d+)?\\s?(?:${UNITS})\\b|\\b(?:${NUMBERS_FROM_TWO_RE})\\s(?:${UNITS})\\b|\\b(?:n|nr|numero|prot|protocollo|pratica|civico|linea|stanza|sportello|piano|interno)\\.?\\s?\\d+(?:\\/\\d+)?\\b|\\b(?:piano terra|primo piano|secondo piano|terzo piano)\\b|\\b(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?\\s(?!(?:e|ed|o|di|del|della|dei|delle|a|al|alla|alle|ai|agli|in|nel|nella|nei|per|con|da|dal|dalla|dalle|su|sul|sulla|che|il|la|le|i|gli|un|una|ore|alle|anni|fino|entro|circa|dopo|prima|oltre|verso|ogni|anche|poi|non|se|ma|come|quando|sono|era|sara)\\b)[a-z]{3,}`,
			'gu',
		),
	],
	[
		'office',
		/\b(?:uffici?o|sportello|servizio|servizi|settore|area|comando)\s(?:anagrafe|tributi|tecnico|protocollo|scuola|scuole|istruzione|sociali|social[ei]|manutenzion[ei]|ambiente|edilizia|urbanistica|commercio|suap|sue|stato civile|elettorale|cultura|turismo|sport|lavori pubblici|personale|ragioneria|verde|cimiteriali|cimiteri|mobilita|traffico|casa|entrate|patrimonio|polizia locale|contravvenzioni|verbali|multe|ztl|igiene)\b|\b(?:anagrafe|stato civile|polizia (?:locale|municipale)|vigili urbani|servizi sociali|assistente sociale|segretariato sociale|protezione civile|vigili del fuoco|pronto soccorso|guardia medica|numero verde|pronto intervento|sala operativa|centro per l'impiego|informagiovani|suap|cup|asl|caf|inps|agenzia delle entrate|commissione mensa|dietista)\b/gu,
	],
	[
		'place',
		/\b(?:ecocentro|centro di raccolta|isola ecologica|municipio|palazzo comunale|sala consiliare|teatro comunale|biblioteca comunale|ufficio postale|ingresso principale|ingresso di|piano terra|stazione|casa della (?:salute|comunita)|distretto sanitario|banca|(?<!attenzione\s)posta(?!\s(?:elettronica|certificata|ordinaria|nei|nel|nella|in|a|al|alla|su|sul|sulla|da|dal|dalla))|tabaccheri[ae]|farmacia|edicola|biglietteria|parcometr[oi]|questura|carabinieri)\b/gu,
	],
	[
		'document',
		/\b(?:spid|cie|carta d'identita(?: elettronica)?|documento d'identita|documento di (?:identita|riconoscimento)|libretto di circolazione|carta di circolazione|tessera (?:sanitaria|elettorale)|isee|f24|pagopa|app io|modulo|moduli|ricevuta|certificato|autocertificazione|codice pagatore|passaporto|permesso di soggiorno|patente|fascicolo sanitario|bollettino|avviso di pagamento|pec|fototessera|fototessere|delega|contratto|duplicato|calendario)\b/gu,
	],
	[
		'status',
		/\b(?:e|sono|e gia|sono gia|abbiamo|abbiamo gia|hanno|hanno gia)\s(?:gia\s)?(?:stat[oaie]\s)?(?:riparat|sostituit|sistemat|ripristinat|rimoss|svuotat|pulit|ritirat|risolt|riattivat|aggiornat|corrett|approvat|accolt|rimborsat|annullat|potat|tagliat|asfaltat|installat|prorogat|spostat|rinviat|sospes|registrat|accreditat|liberat|riapert|colmat|tappat|rattoppat|ricollocat|rimess|raccolt|smaltit|bonificat|affidat|attivat|effettuat|eseguit|svolt|realizzat|completat|ultimat|avviat)[oaie]\b(?!\s(?:la |una |alcuna |le |delle )?(?:segnalazion|richiest|comunicazion|inoltr|protocollazion|pratica|valutazion|verific))|\babbiamo (?:gia )?provveduto a (?:riparare|sostituire|correggere|rimuovere|pulire|svuotare|ripristinare|sistemare|chiudere|potare)\b|\b(?:operatori|operai|tecnici|squadr[ae]|agenti|pattugli[ae]|vigili|giardinieri|ditta|polizia (?:locale|municipale)|ufficio (?:del |della |dei |delle )?\p{L}{4,}(?: \p{L}{4,})?)\s(?:(?:comunali|del comune|municipali)\s)?(?:(?:provvedera|provvederanno|procedera|procederanno|interverra|interverranno)\s(?:a|ad)\s(?:ritirare|ripulire|pulire|rimuovere|riparare|sostituire|effettuare (?:un|il) sopralluogo|potare|tagliare|svuotare|asfaltare|installare|ripristinare|sgomberare|chiudere)|(?:effettuera|effettueranno|eseguira|eseguiranno|fara|faranno)\s(?:un|uno|il|lo|i|gli|dei|degli|alcuni)\s(?:sopralluog\p{L}*|intervent[oi]|verific[ah]e?|controll[oi]|rilievi|rilievo))\b|\b(?:si e|si sono|ci siamo)\s(?:gia\s)?attivat[oaie]\sper\s(?:il|la|lo|l'|i|le)\s?(?:ripristino|riparazione|pulizia|rimozione|sostituzione|sistemazione|messa in sicurezza|bonifica)\b|\b(?:stiamo|stanno|sta)\s(?:gia\s)?(?:effettuando|eseguendo|completando|ultimando|terminando)\s(?:il|la|i|le|gli|l'|lo)\s?\p{L}{3,}|\b(?:squadra|tecnici|operai|operatori|agenti|spazzaneve)\s(?:e|sono|sta|stanno)\s(?:gia\s)?(?:sul posto|intervenut[oi]|arrivat[ie]|in via)|\b(?:si e|abbiamo|hanno|e stato)\s(?:gia\s)?provveduto\s(?:al|alla|allo|all'|ai|alle|agli)\s?(?:pulizia|riparazione|sostituzione|rimozione|sistemazione|ripristino|svuotamento|potatura|taglio|sfalcio|asfaltatura|installazione|chiusura|bonifica|raccolta|ritiro|messa in sicurezza|spostamento|rifacimento|manutenzione|rimborso|correzione|annullamento)\b|\b(?:e|sono)\s(?:gia\s|ormai\s)?in\s(?:corso|fase)\sdi\s(?:ultimazione|completamento|esecuzione|realizzazione|svolgimento|avvio|aggiudicazione|affidamento|progettazione|collaudo)\b|\b(?:al termine|al completamento|alla conclusione|a conclusione|a fine|alla fine|dopo la fine|terminat[ioe]|conclus[ioe]|ultimat[ioe])\s(?:dei |della |del |degli |delle |dello |di )?(?:lavori|lavoro|posa|cantiere|intervent[oi]|scavi|opere)\b[^.!?\n]{0,120}?\b(?:sara|saranno|verra|verranno|e previst[oa]|sono previst[ie]|si procedera|procederemo|provvederemo)\b/gu,
	],
];

// Words that open a street address: a capitalised word or a number must follow.
/** Words that open a street address (lexicon/places.ts). */
export const STREET = STREET_WORDS;
/** Words after "via" that are not a street ("via email"). */
export const NOT_STREET = words(
	'NOT_STREET',
	'email mail pec web internet telefono sms whatsapp posta social messaggio chat app telematica privata privato libera',
);
/** Small words inside street names ("via dei Mille"). */
export const STREET_LINKS = words('STREET_LINKS', 'dei del della delle degli di de san santa xx iv');

// Instructions the citizen can follow: an imperative (tu, Lei, voi) or infinitive of doing, with
// an attached pronoun or not ("compila", "compili", "compilate", "compilare", "pagarlo").
/** Verbs of a procedure step, as imperatives or infinitives. */
export const STEP_VERB =
	/^(?:(?:compil|prenot|port|alleg|present|invi|chiam|telefon|clicc|selezion|consegn|segnal|conserv|ritir|rinnov|controll|confront|install|us|indic|mostr)(?:a|i|ate|are|hi|aci|ateci|al[aoi]|arl[aoie]|arne)|(?:scaric|pag|verific)(?:a|hi|ate|are|arl[aoie])|(?:scriv|chied|richied|mett|esp|acced|scegl|inser|apr|iscriv)(?:i|a|ete|ere|ici|eteci|isci|isca|ire|iti|ersi|erl[aoie]|erne|onga|oni|orre|elga|ga)|vieni|venga|venite|venire|vai|vada|andare|fai|faccia|fate|recati|rechi|recatevi|recarsi|registrati|registratevi|registrarsi|entra|entri|lascia|lasci|lasciate|lasciare|scelga)$/u;
/** Objects too vague to make a step concrete ("scrivici in privato"). */
export const GENERIC_OBJECTS = words(
	'GENERIC_OBJECTS',
	'privato privata messaggio messaggi dm direct qui pagina sito informazioni info dettagli aggiornamenti comune ufficio uffici competenti competente urp canali social modo tempo volta possibile problema richiesta segnalazione segnalazioni commento commenti nostra nostro nostri vostra pure subito sempre occhio anche ancora ' +
		// The page's rules are what an offensive comment gets, not a procedure ("non usare insulti").
		'insulti offese parolacce toni tono linguaggio netiquette regole policy rispetto',
);
/** Modal verbs addressed to the citizen: any infinitive after one is a step ("puoi ricaricare il borsellino"). */
export const MODAL_BEFORE = words(
	'MODAL_BEFORE',
	'puoi puo potete potrai potra potrete basta bastera devi deve dovete dovrai dovra',
);
/** An infinitive ("ricaricare", "chiedere", "aprire"). */
export const INFINITIVE = /^\p{L}{2,}(?:are|ere|ire)$/u;
/** Articles: after one, "porta" and "verifica" are nouns. */
export const ARTICLE_BEFORE = words(
	'ARTICLE_BEFORE',
	'il lo la l i gli le un una uno del della dello dei delle questa questo nei nel nella negli nelle ai al alla agli alle sui sul sulla',
);
// A capitalised name after these words is a named office, service or tool ("Ufficio Mobilità", "app Rifiuti Roccabella").
/** Words that take a capitalised proper name after them. */
export const NAMED = words('NAMED', 'ufficio sportello servizio settore app portale piattaforma sezione');

// Citations of laws and acts ("DPR 380/2001", "art. 5 comma 2", "L. 241/90") are bureaucratic
// references, not facts a citizen can use: numbers inside them do not count.
/** Citations of laws and acts. */
export const LAW_REFERENCE =
	/\b(?:d\.?p\.?r|dpr|legge|l\.|d\.?\s?lgs|dlgs|d\.?l|decreto|art|articolo|comma|regolamento|delibera|determina|ordinanza|circolare)\.?(?:\s[a-z]+){0,3}?\s?(?:n\.?\s?|nr\.?\s?|numero\s)?\d+(?:\s?[/.]\s?\d+)*/gu;

// Channels an office refuses ("non si accettano domande via PEC") and a reply that offers one.
/** Channels a request can go through, by the words that name them. */
export const CHANNELS: readonly (readonly [string, RegExp])[] = [
	['pec', /\bpec\b/u],
	['email', /\b(?:e-?mail|mail|posta elettronica)\b/u],
	['social', /\b(?:social|facebook|messenger|instagram|linkedin|in privato|messaggio privato|messaggi privati)\b/u],
	['whatsapp', /\b(?:whatsapp|telegram)\b/u],
	['telefono', /\b(?:telefono|telefonicamente|al telefono)\b/u],
	['fax', /\bfax\b/u],
];
/**
 * The office refuses a channel: "non si accettano domande via PEC", "non valgono come richiesta ufficiale", "il CV mandato qui in
 * privato, per email o per PEC non può essere accettato" (KV003, session 46).
 */
export const REFUSED =
	/\bnon (?:si accett\p{L}*|sono accettat\p{L}*|e accettat\p{L}*|valgono|vale|sono valid\p{L}*|e valid\p{L}*|vengono (?:accettat\p{L}*|protocollat\p{L}*|pres\p{L}* in considerazione)|si possono (?:presentare|inviare|mandare)|si puo (?:presentare|inviare|mandare)|(?:puo|possono|potra|potranno) essere (?:accettat|protocollat|valutat|pres\p{L}* in considerazione)\p{L}*)\b/u;
/** What is sent: an application, a request, a form. */
export const SENT_ITEM = /\b(?:domand|richiest|istanz|candidatur|pratic|modul|reclam|ricors)\p{L}*/u;
/** A reply's verbs of sending, addressed to the citizen: "la può mandare anche via PEC". */
export const SEND_VERB = /\b(?:mand|invi|spedi|present|trasmett|inoltr)\p{L}*/u;
/**
 * Words that deny what follows: "non via PEC", "né per email", "né email né PEC". Folded, "né" is
 * "ne": a denial when paired ("né … né"), before a preposition or an article, or right before the
 * value a check reads ("né email"), not the pronoun of
 * "se ne occupa l'Ufficio", "ne parliamo" or "ne dà conferma" (family BF).
 */
export const DENIAL =
	/\b(?:non|no|mai|niente|nessun\p{L}*)\b|(?<!\b(?:se|ce|me|te|ve|glie) )\bne\b(?=[^.;:!?\n]{0,80}?\bne\b|\s(?:per|via|con|a|al|alla|allo|ai|alle|in|di|tramite|su|il|lo|la|le|gli|i|un|una|uno)\b)|(?<=\bne\b[^.;:!?\n]{0,80})\bne\b|(?<!\b(?:se|ce|me|te|ve|glie) )\bne(?=\s*$)/u;
/** A negation anywhere in a sentence: a denial, or "senza", "sospesa" (a key fact's negative side). */
export const NEGATION = new RegExp(`${DENIAL.source}|\\b(?:senza|sospes\\p{L}*)\\b`, 'u');
/**
 * The word a negative key fact denies: "il ritorno non è garantito" → "garantito", "lo scuolabus
 * non passa" → "passa", "nessuna apertura della diga" → "apertura".
 */
export const DENIED =
	/\b(?:non (?:(?:e|sono|si|ci|viene|vengono|sara|saranno|e stat[oa]|sono stat[ie]) )?|nessun[oa]? |niente )(\p{L}{4,})/u;
/**
 * Other words for a denied word, by stem: "il ritorno non è garantito" is stated the wrong way
 * round by "il ritorno è coperto" too (family AB).
 */
export const DENIED_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	garant: ['copert', 'assicur'],
};
/** Labels that explain or set a condition rather than deny a fact: "perché…", "se non è arrivata". */
export const NOT_A_DENIAL = /^(?:perche|se|dove|come|quando|chi|cosa|che cosa)\b|\b(?:se|per|perche) non\b/u;
/** A turn that ends a denial's reach: "il CV non lo riceviamo, ma la domanda…"; "tuttavia" only opening a clause ("non ci è tuttavia possibile" still denies). */
export const BUT = /\b(?:ma|pero|invece)\b|[,;:.]\s*tuttavia\b/u;

/** Mailboxes of a switchboard or help desk ("urp@", "info@", "supporto@"): they fit any comment. */
export const GENERAL_MAILBOX =
	/^(?:urp|info|informazioni|protocollo|segreteria|comune|centralino|supporto|assistenza|support|help|helpdesk|customercare|servizioclienti)[@.]/u;
/** A switchboard or the public relations office named in a sentence: its phone fits any comment. */
export const GENERAL_DESK = /\b(?:urp|relazioni con il pubblico|centralino)\b/u;

/**
 * What the office says it does not know: "Non sai ancora la causa del guasto né il giorno preciso
 * dell'intervento", "Non si sa quanto costerà". Folded text, up to the clause's end.
 */
export const NOT_KNOWN =
	/\b(?:non (?:sai|si sa|sa|sappiamo|conosci|si conosce|si conoscono|e (?:ancora )?not[oa]|sono (?:ancora )?not[ie])|ancora da (?:definire|stabilire|fissare|decidere)|quando (?:\p{L}+'?\s?){1,3}(?:avra|avranno) (?:deciso|stabilito|fissato|scelto))\b[^.;:!?\n]*/gu;
/**
 * What the sheet says there is none of: "il Comune non ha nessun bonus bollette", "non è prevista
 * nessuna apertura della diga". The words after "nessun" name the thing.
 */
export const NONE_GIVEN =
	/\bnon (?:ha|hanno|c'e|ci sono|esiste|esistono|e previst[oa]|sono previst[ie]|prevede|prevedono|offre|offrono|organizza|organizzano) (?:nessun[oa]?|alcun[oa]?)\b[^.,;:!?\n]*/gu;
/** The kinds of value an unknown names: a day, an hour, an amount. */
export const UNKNOWN_KINDS: readonly (readonly [RegExp, readonly ValueKind[]])[] = [
	[/\b(?:giorno|giorni|data|date|quando|entro quando|che giorno)\b/u, ['date', 'weekday']],
	[/\b(?:ora|orario|orari|a che ora)\b/u, ['time']],
	[/\b(?:quanto|importo|costo|cifra|somma|tariffa|quanto costa|quanto costera)\b/u, ['amount']],
];
