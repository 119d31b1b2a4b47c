// What a citizen's comment does, in words: the patterns the intent reader uses, and the answers a
// reply gives to each kind of comment (a stance, a condition, a cause). Folded text.

/** Words that open a yes/no question: "Posso…?", "Si può…?", "È aperto…?", "C'è…?". */
export const YES_NO_OPENERS =
	/(?:^|[.!?\n]\s*)(?:ma |scusate,? |buongiorno,? |salve,? |ciao,? |una domanda:? )?(?:posso|possiamo|si puo|si possono|e possibile|e consentito|e permesso|e vietato|e obbligatorio|e necessario|e vero che|e aperto|e aperta|e chiuso|e chiusa|sono aperti|sono chiusi|c'e|ci sono|ci sara|devo|dobbiamo|bisogna|serve|servono|occorre|vale|valgono|funziona|passa|passano|avete|hanno|anche|quindi)\b/u;

/**
 * "Chi" that opens a relative clause, not a question about who: "Chi ha la domanda in attesa lo
 * riceverà?" asks yes or no about those who have one.
 */
export const RELATIVE_CHI =
	/\bchi (?:ha|hanno|e|sono|abbia|non ha|ha gia|gia ha)\b[^?]{3,80}?\b(?:lo|la|li|le|ne|potra|puo|deve|dovra|riceve|ricevera|avra|rientra|rientrera)\b[^?]*\?/u;

/**
 * A rhetorical question that asks for nothing: "dove sta la tolleranza?", "dov'è il buon senso?",
 * "che senso ha?". It voices a grievance.
 */
export const RHETORICAL =
	/\b(?:dove (?:sta|stanno|e|sono|e finit[oa]|sono finit[ie])|dov'e|dov'e finit[oa]) (?:la |il |l'|lo )?(?:tolleranza|logica|giustizia|buon ?senso|rispetto|coerenza|umanita|educazione|trasparenza|meritocrazia|equita|civilta|vergogna|serieta|professionalita)\b|\bche senso ha\b|\b(?:ma )?(?:qualcuno|c'e qualcuno che) (?:lavora|lavori|fa (?:qualcosa|niente|nulla)|muove un dito)\b|\bci prendete in giro\b|\bvi rendete conto\b|\bma (?:vi|ti|si) vergogna(?:te|no)?\b|\be cosi che\b|\b(?:ancora|sempre) cosi\b|\be questo il modo\b|\b(?:vi|ti|le) (?:sembra|pare) (?:normale|giusto|possibile|serio|corretto|accettabile)\b|\b(?:ma )?(?:qualcuno|c'e qualcuno che) (?:legge|ci legge|risponde|ascolta|controlla)\b/u;

/** Words that ask in a statement: "chiedo…", "vorrei sapere…", "ditemi…". */
const ASKING =
	'chiedo|chiediamo|vorrei sapere|vorremmo sapere|volevo sapere|volevamo sapere|domando|domandiamo|desidero sapere|desideriamo sapere|vorrei capire|ditemi|mi dite|fatemi sapere|sapete dirmi|mi sapete dire|potete dirmi|mi potete dire';

/**
 * A yes/no question asked without a question mark: "chiediamo se le fermate sono autorizzate", and
 * the citizen's own doubt ("mi chiedo se…", "mi chiedevo se…", real reply d-007).
 */
export const INDIRECT_YES_NO = new RegExp(
	String.raw`\b(?:${ASKING}|mi chiedo|ci chiediamo|mi chiedevo|ci chiedevamo|mi domando|mi domandavo|(?:volevo|vorrei|volevamo|vorremmo) chiedere) se\b[^.!?\n]*`,
	'u',
);

/**
 * A question for information asked without a question mark, or besides a question that asks
 * nothing ("E la palestra promessa da 3 anni??? Chiedo all'amministrazione QUANDO partono i
 * lavori", "volevo sapere per il ritiro del divano come si fa"). Not a request to do something
 * ("vi chiedo di sistemare la strada come promesso": no infinitive before the question word).
 */
export const INDIRECT_INFO = new RegExp(
	String.raw`\b(?:${ASKING})(?: (?![^\s.!?]*(?:are|ere|ire)\b)[^\s.!?]+){0,6}? (?:quando|dove|come|quanto|quanti|quante|a che ora|chi|a chi|perche|cosa|che cosa)\b[^.!?\n]*`,
	'u',
);

/** Words that ask for a piece of information, and which one. */
export const ASKED: readonly (readonly [RegExp, Asked])[] = [
	[
		/\b(?:quando|a che ora|che ore|che giorno|quale giorno|entro quando|fino a quando|da quando|quanto tempo|orari|orario)\b/u,
		'when',
	],
	[/\b(?:dove|in che via|indirizzo|a quale ufficio|in quale ufficio)\b/u, 'where'],
	[
		// Not "in quanto" (because), "per quanto riguarda", "quanto prima".
		/\b(?:quanto costa|quanto si paga|quanto devo|quanto costano|costo|prezzo|tariffa|importo|(?<!\b(?:in|per|tanto) )quanto(?! (?:prima|riguarda|detto|scritto|segue|previsto|possibile)))\b/u,
		'howMuch',
	],
	[
		/\b(?:che documenti|quali documenti|cosa devo portare|cosa serve|cosa occorre|documenti|modulo|moduli)\b/u,
		'documents',
	],
	[/\b(?:a chi|chi devo|chi posso|chi chiamo|chi)\b/u, 'who'],
	[
		/\b(?:come|in che modo|c'e un modo|procedura|(?:cosa|che cosa|che) (?:devo|dobbiamo|deve|bisogna|occorre|si deve) fare|cosa fare)\b/u,
		'how',
	],
	[
		/\b(?:perche|xke|xche|come mai|per quale motivo|che succede|cosa succede|cosa sta succedendo|che fine ha fatto|che fine hanno fatto)\b/u,
		'why',
	],
];

/** The pieces of information a question can ask for. */
export type Asked = 'when' | 'where' | 'howMuch' | 'documents' | 'who' | 'how' | 'why';

/** A report of a problem: something broken, dirty, missing or dangerous, often with a place. */
export const REPORT =
	/\b(?:segnalo|segnala|segnalano|segnalazione|(?:avevo|avevamo|ho|abbiamo) (?:gia )?segnalat[oaie]|vi segnalo|si segnala|segnaliamo|ho riscontrato|abbiamo riscontrato|si riscontra|danneggiat[oaie]|danneggiamento|si chiede|si richiede|chiedo(?! scusa| perdono)|chiediamo(?! scusa| perdono)|richiedo|richiediamo|non (?:posso|riesco a|riusciamo a|si riesce a|si puo)|da segnalare|rott[oaie]|guast[oaie]|spent[oaie]|buca|buche|voragine|perdita d'acqua|allagat[oaie]|abbandonat[oaie]|rifiuti|immondizia|spazzatura|cassonett[oi]|non (?:e|sono) (?:passat[oaie]|stat[oaie] ritirat[oaie])|non (?:funziona|funzionano|passa|passano)|non e mai passat[oa]|pericolos[oaie]|pericolo|caduto|caduta|crollat[oaie]|erba alta|sporc[oaie]|degrado|lampion[ei]|semafor[oi]|senza (?:acqua|luce|corrente|elettricita|gas|riscaldamento|linea|connessione))\b/u;

/** A complaint: the citizen is unhappy with a service or a decision. */
export const COMPLAINT =
	/\b(?:vergogna|vergognoso|schifo|assurdo|assurda|inaccettabile|incredibile|ridicolo|disservizio|disservizi|ritardo|ritardi|soppress[oaie]|cancellat[oaie]|sempre (?:in ritardo|peggio|chiuso|chiusa)|mai (?:una volta|puntuale)|ancora (?:niente|nulla)|nessuno (?:risponde|ha risposto)|non risponde nessuno|(?:da|sono) (?:\d+ |due |tre |quattro |cinque |sei |sette |dieci |diversi |molti |tanti )?(?:giorni|settimane|mesi)|abbiamo pagato|paghiamo|lamento|protesto|protesta|protestano|si lamenta|si lamentano|costa troppo|costano troppo|troppo car[oaie]|e un furto|indignat[oaie]|non e possibile|non e normale|non e accettabile|scandal[oi]|scandalos[oaie]|inammissibile|pazzesco|pazzesca|indecente|indecenti|pessimo|pessima|da cani|fare cassa|(?:macchin\p{L}*|bancomat) (?:da|per fare|per far) soldi|al buio|nessuno (?:ci|mi) dice|ma niente|nessuna risposta|nessun riscontro|nessuna notizia|non c'entra (?:niente|nulla))\b/u;

/** An opinion or a political grievance: about laws, government, taxes, the administration's choices. */
export const OPINION =
	/\b(?:governo|politici|politica|parlamento|ministro|ministri|(?:la|una|questa|quella|nuova|della|dalla|alla|nella|per|di|le|queste|nuove|delle) (?:legge|leggi)|decreto|tasse|partito|sindaco|giunta|amministrazione|opposizione|elezioni|secondo me|io penso|a mio parere|non e giusto|ingiusto|ingiustizia|dovreste|dovrebbero|bisognerebbe)\b/u;

/** Spam: selling, links to earn money, crypto. */
export const SPAM =
	/\b(?:guadagna|guadagnare|guadagno|clicca|offerta|promo|sconto|bitcoin|crypto|criptovalut\p{L}*|investimento|investi|trading|seguimi|follow|dm per info|scrivimi in privato per|lavoro da casa|prestiti?)\b/u;

/**
 * A stance on a yes/no question: "sì", "no", "è possibile", "non è consentito", "si può", "puoi",
 * "anche fuori…", "solo se…", "non serve", "ci sono".
 */
export const STANCE =
	/\b(?:si|no|certo|certamente|esatto|assolutamente|(?:non )?(?:e|sono|risulta|risultano) (?:possibile|possibili|autorizzat[oaie]|consentit[oaie]|permess[oaie]|vietat[oaie]|obbligatori[oaie]|necessari[oaie]|previst[oaie]|ammess[oaie]|gratuit[oaie]|a pagamento|valid[oaie]|apert[oaie]|chius[oaie])|(?:non )?(?:si puo|si possono|puo|puoi|potete|possono|serve|servono|occorre|bisogna|basta|e sufficiente|rientra|rientrano|vale|valgono)|(?:non )?(?:ci sono|c'e)|anche (?:fuori|se|senza|con|per|dentro|oltre|nei|nel|nella|la|il)|(?:non )?(?:prevede|prevedono|consente|consentono|permette|permettono|ammette|ammettono|vieta|vietano|esclude|escludono) (?:anche )?(?:tale|questa|la|una simile) possibilita|solo (?:se|per|con|su|nei|nel|dopo|prima)|soltanto (?:se|per|con))\b/u;

/**
 * A condition, an exception or a reason attached to the stance; also who it applies to ("tutti
 * coloro che hanno i requisiti", "chi ha presentato la domanda").
 */
export const CONDITION =
	/\b(?:purche|(?:tutti |tutte )?coloro che|tutt[ie] (?:quelli|quelle|quanti|quante) che|chi (?:ha|abbia) (?:i requisiti|diritto|presentato|fatto|gia)|a patto che|a condizione che|solo se|soltanto se|se|ma|pero|tranne|salvo|eccetto|a meno che|perche|poiche|in quanto|dato che|visto che|quindi|pertanto|dunque|per cui|cioe|infatti|stando attent\p{L}*|rispettando|con (?:la|il|le|i|l'|un|una)|senza|entro|fino a|dopo|prima)\b/u;

/**
 * A clause that supposes rather than states: "se sua madre ha una disabilità…", "qualora dal
 * sistema risulti…", "nel caso in cui…" (not "nel caso di tua figlia", which states, nor the
 * pronoun of "se l'è cavata con una distorsione", "se ne è andato", "se ne occupa l'Ufficio", families BC and BF). What follows it in its
 * clause says nothing about anyone.
 */
export const HYPOTHESIS =
	/\b(?:se\b(?! l'(?:e|era) cavat\p{L}*| ne (?:(?:e|sono|era|erano|sta|stanno|stava|stavano) )?(?:andat|occup|accort|accorg|cur|torn)\p{L}*| ne (?:va|vanno)\b| la (?:cav|sbrig)\p{L}*)|qualora|nel caso (?:in )?cui|nel caso che)\b/u;

/** A cause given for a disservice: "causa guasto", "a causa dello sciopero", "per un incidente". */
export const CAUSE =
	/\b(?:(?:a )?causa (?:di |del |della |dello |dei |delle |dell')?\p{L}{3,}|(?:a|in) seguito (?:a|al|alla|allo|ai|alle|all'|di|del|della|dello|dei|delle|dell')\s?(?!(?:sua|tua|vostra|sue|tue|vostre|suo|tuo|vostro|nostr|verific|controll|accertament|sopralluog|segnalazion|richiest|comunicazion|mail|email|e-mail|lettera|reclam|domand|telefonat|nota|istanz|quanto|precedent)\p{L}*)\p{L}{4,}|per via (?:di|del|della|dello|dei|delle|dell')|dovut[oaie] (?:a|al|alla|allo|ai|alle|all')|(?:e|sono) stat[oaie] causat[oaie]|per (?:un|una|il|lo|la|l') ?(?:guasto|sciopero|incidente|malore|problema tecnico|errore|intervento|allerta|maltempo|lavori|manutenzione|blackout|interruzione)|(?:e |e stato |c'e stato |si e verificato )?un (?:guasto|incidente|malore|problema tecnico|errore tecnico)|(?:ci sono stat[ie]|c'e stat[oa]|si (?:e|sono) verificat[oaie]) (?:alcun[ie] |dei |delle |degli |una |un |numeros[ie] |divers[ie] |divers[ie] |due |tre |molt[ie] )?(?:rottur[ae]|guast[oi]|perdit[ae]|allagament[oi]|fran[ae]|incident[ei]|interruzion[ei]|blackout|black out|scioper[oi]|smottament[oi]|crolli?|cedimen[ti]\p{L}*)|(?:e partit[oa]|e stat[oa] inviat[oa]) (?:per errore|inavvertitamente|per sbaglio)|per (?:motivi|ragioni|esigenze) (?:di )?\p{L}+ (?:conness|legat|dovut|relativ)[ie] (?:a|al|alla|allo|ai|alle|agli|all')\s?\p{L}{3,})/u;

/**
 * A reason given for a decision or a limit: "non sono installabili in quanto non esistono
 * strumenti omologati", or what holds despite the citizen's point ("anche se con il contrassegno,
 * l'auto era in divieto di sosta"). What a complaint calls for (rubric: "the reason or the rule
 * behind it").
 */
export const REASON =
	/\b(?:in quanto|poiche|dato che|visto che|perche|anche se|nonostante|sebbene|benche|(?:dat[oaie]|vist[oaie]|considerat[oaie]) (?:la|il|lo|l'|i|gli|le)\s?(?:assenza|mancanza|presenza|gravita|entita|urgenza|necessita|numero|quantita|situazione|condizioni|norm\p{L}*|regol\p{L}*)\b)/u;

/**
 * The rule or the purpose behind a decision, said without "perché": "è prevista dall'ordinanza
 * n. 45/2024", "è dovuta per legge", "ai sensi dell'art. 1", "per garantire il ricambio dei posti",
 * "le strisce blu garantiscono il ricambio". What a "perché…?" or a complaint calls for.
 */
export const RULE_OR_PURPOSE =
	/\b(?:(?:e|sono|era|erano|e stat[oaie]|sono stat[oaie]) (?:previst[oaie]|stabilit[oaie]|impost[oaie]|disciplinat[oaie]|regolat[oaie]|decis[oaie]|istituit[oaie]) (?:da|dal|dalla|dallo|dai|dalle|dall'|con|per)\s?(?:legge|leggi|l'ordinanz\p{L}*|ordinanz\p{L}*|regolament\p{L}*|decret\p{L}*|deliber\p{L}*|norm\p{L}*|codice|l'art\p{L}*|art\p{L}*|dpcm|circolar\p{L}*|piano|contratto|convenzione|giunta|consiglio)|(?:e|sono) dovut[oaie] per legge|\bvig(?:e|ono|eva|evano) (?:gia )?(?:il |l'|un |una |lo |la )?(?:divieto|divieti|obbligo|obblighi|limite|limiti|ordinanza|regola|regole|norma|zona|ztl)|(?:lo|la|li|le) (?:prevede|prevedono|stabilisce|stabiliscono|impone|impongono) (?:la |il |l'|lo |una |un )?(?:legge|ordinanza|regolamento|decreto|delibera|norma|codice|art\p{L}*)|(?:la |il |l'|lo )?(?:procedura|legge|regolamento|ordinanza|normativa|norma|codice della strada|codice|decreto|delibera|disciplinare|contratto di servizio) (?:comunale |vigente |nazionale |regionale )?(?:prevede|prevedono|impone|impongono|stabilisce|stabiliscono|vieta|vietano|consente|consentono|obbliga|obbligano) (?:che |di |la |il |l'|lo |le |i |gli |un |una )?\s?\p{L}{4,}|(?:ai sensi|in base|in applicazione|in forza|in attuazione) (?:del|della|dello|dell'|dei|delle|al|alla|allo|all'|ai|alle)\s?(?:legge|art\p{L}*|ordinanz\p{L}*|regolament\p{L}*|decret\p{L}*|delibera\p{L}*|norm\p{L}*|codice|d\.?\s?lgs|dpr|dpcm|piano)|(?:servono|serve|servira|serviranno) (?:a|per) \p{L}{4,}|per (?:garantire|permettere|consentire|favorire|tutelare|proteggere|ridurre|evitare|limitare|assicurare|agevolare|migliorare|contenere|prevenire|incentivare|scoraggiare|disincentivare|rispettare)|(?:garantisce|garantiscono|permette|permettono|consente|consentono|evita|evitano|riduce|riducono|assicura|assicurano|favorisce|favoriscono) (?:il|la|lo|l'|i|gli|le|un|una|che|di) ?\p{L}{4,})/u;

/**
 * A remedy already granted or under way: "questo Comando ha iniziato la pratica per il rimborso",
 * "abbiamo disposto la sostituzione del contatore", "è stato effettuato l'intervento".
 */
export const REMEDY =
	/\b(?:ha|abbiamo|hanno|e stat[oa]|sono stat[ie]|e|sono) (?:gia )?(?:avviat[oaie]|iniziat[oaie]|disposto|dispost[oaie]|emess[oaie]|effettuat[oaie]|accreditat[oaie]|predispost[oaie]|concess[oaie]|riconosciut[oaie]|annullat[oaie]|sostituit[oaie]|riparat[oaie]|ripristinat[oaie]|rimoss[oaie]|sistemat[oaie]|risolt[oaie]|completat[oaie]|ultimat[oaie])\b[^.!?\n]{0,60}?\b(?:rimbors[oi]|annullament[oi]|sgravi[oi]?|risarciment[oi]|indennizz[oi]|sostituzion[ei]|riparazion[ei]|ripristin[oi]|rimozion[ei]|pratica|intervent[oi]|lavori)\b/u;

/**
 * The body that is competent, named: "la zona del Nereo è nel Comune di Noli", "la competenza è
 * della Regione", "la strada è gestita da ANAS". Unlike a bare "non è di nostra competenza", it
 * says where the matter is decided (rubric's table).
 */
export const COMPETENT_BODY =
	/\b(?:(?:e|sono|ricade|ricadono|rientra|rientrano|si trova|si trovano) (?:nel territorio (?:del|della|dell') ?|nel |nella |di competenza (?:del|della|dell'|di) ?|in capo (?:al|alla|all') ?|gestit[oaie] da(?:l|lla|ll')? ?)|(?:la )?competenza (?:e|spetta) (?:del|della|dell'|al|alla|all'|di) ?)(?:comune|regione|provincia|citta metropolitana|anas|rfi|consorzio|asl|ausl|ats|stato|demanio|autostrade|soprintendenza|prefettura|questura|capitaneria|parco|ente parco|gestore|ministero)\b/u;

/** A wrong claim corrected: "Nessun dissesto idrogeologico ma la rottura di un tubo". */
export const CORRECTION =
	/\b(?:nessun[oa]?|non (?:e|era|si tratta di|c'e stat[oa]))\s[^.!?\n]{2,50}?,?\s(?:ma|bensi)\s(?:solo\s)?(?:la|il|lo|un|una|l'|i|le|gli|del|della|dello|da|dal|dalla|dai|dagli)\s?\p{L}{3,}/u;

/** Pushing the matter elsewhere without saying where it is decided: not an answer to a grievance. */
export const DEFLECTION =
	/\b(?:chiedete|chieda|chiedi|rivolgetevi|si rivolga|rivolgiti|prendetevela|se la prenda|prenditela) (?:ai|al|alla|agli|con (?:i|il|la|gli)) (?:politic\p{L}*|rappresentanti|governanti|governo|parlamento|parlamentari|legislatore|partiti)\b|\bnon (?:e|e di) (?:nostra )?competenza\b/u;

/** An apology from the page: "ci scusiamo", "scusaci", "ci dispiace", "siamo spiacenti". */
export const APOLOGY =
	/\b(?:ci scusiamo|mi scuso|scusaci|scusateci|ci scusi|ci scusa|ci scuserete|chiediamo scusa|le chiediamo scusa|ti chiediamo scusa|vi chiediamo scusa|le nostre scuse|(?:ci|mi) dispiace|siamo spiacenti|ci rammarica)\b/u;

/** A promise that commits to nothing: no date, no who, no how. */
export const VAGUE_PROMISE =
	/\b(?:a breve|appena possibile|prima possibile|quanto prima|prossimamente|nei prossimi giorni|verificheremo|valuteremo|provvederemo|ci attiveremo|ci stiamo lavorando|stiamo (?:verificando|valutando|lavorando)|faremo (?:il possibile|sapere)|terremo aggiornat\p{L}*|(?:inoltrat[oa]|girat[oa]|trasmess[oa]|passat[oa]|segnalat[oa]) (?:agli|all'|al|alla|ai) (?:uffici|ufficio|settore|servizio|servizi|reparto|area) (?:competent[ei]|prepost[oi]|interessat[oi])|(?:inoltrat[oa]|girat[oa]|trasmess[oa]|passat[oa]|segnalat[oa]|segnalarl[oa]|inoltrarl[oa]|trasmetterl[oa]) (?:agli|all'|al|alla|ai) (?:competent[ei]|prepost[oi]) (?:uffici|ufficio|settore|servizio|servizi|reparto|area))/u;
