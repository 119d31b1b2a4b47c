// Topic knowledge for relevance: narrow synonym groups (a reply about "asfalto" answers a comment
// about "buche"), broad PA topics (to spot a sentence about another subject), and sibling items
// that exclude each other (the glass collection day does not answer a question about organic waste).
// Words are folded; relevance.ts stems them once at start-up.
import type { FactKind } from '../types';

/** Words so common in PA replies that sharing them says nothing about the topic. */
export const GENERIC_WORDS = new Set(
	(
		'grazie ciao buongiorno buonasera salve gentile cordiali saluti distinti comune comunale ufficio uffici ' +
		'segnalazione segnalazioni informazioni informazione cittadino cittadini utente utenti messaggio commento ' +
		'pagina post risposta rispondere scritto scrivere possibile problema problemi cosa fare fatto sapere ' +
		'dire detto grazia volta modo parte tutto tutti niente nulla sempre ancora davvero proprio anche solo ' +
		'ragione scusa scusate scusaci caso buona bene male molto poco subito prima dopo adesso ' +
		'oggi mai gia vero certo ciascuno qualcuno nessuno persone gente amministrazione sindaco ' +
		'ogni quando dove come perche quanto quanta quanti quante quale quali qualche altro altra altri altre'
	).split(' '),
);

/** Groups of words that name the same thing in PA conversations. */
export const SYNONYMS: string[] = [
	'buca buche voragine voragini asfalto asfaltare asfaltatura riasfaltare riasfaltatura manto dissesto strada strade',
	'spazzatura immondizia rifiuti sacchetti sacchi pattume monnezza',
	'cassonetto cassonetti bidone bidoni mastello mastelli contenitore contenitori',
	'vigili polizia agenti',
	'identita cie documento',
	'bus autobus pullman corriera navetta corsa corse linea',
	'multa multe sanzione sanzioni verbale contravvenzione',
	'lampione lampioni illuminazione luce luci buio spento spenti',
	'aperto aperta aperti apre aprite apertura riapre riapertura riaprire orari orario chiuso chiusa chiude chiusura',
	'pagare pagamento pago versare bonifico importo rata rate',
	'emergenza pericolo pericoloso urgente urgenza subito soccorso soccorsi caduto caduta crollo incendio fuoco fili cavi gas 112 115 118',
	'tessera elettorale votare voto seggi seggio',
	'bambini bambino figlio figlia figli bimbi bimbo alunni ragazzi',
	'scadenza scade scadere termine proroga prorogata',
	'erba sfalcio taglio',
	'acqua idrico bolletta',
	'neve spazzaneve ghiaccio',
	'foto album immagini video',
	'festa evento eventi manifestazione sagra serata',
	'iscrizione iscrizioni iscrivere iscriversi domanda',
	'rimborso rimborsi restituzione',
	'sito portale online',
	'bello bella belle belli bellissimo bellissima bellissime bellissimi grazioso graziosa graziose stupendo stupenda splendido splendida meraviglioso meravigliosa fantastico fantastica piaciuto piaciuta piaciuti piaciute complimenti bravi bravissimi',
	'maltempo allerta temporale pioggia piogge alluvione vento tempesta nubifragio',
	'verde alberi albero piante piantare piantato aiuole giardini',
	'allagata allagato allagamento allagamenti acqua idrovora pompa',
	'riscaldamento caldaia caldaie termosifoni caloriferi freddo',
	'tari tariffa tariffe',
	'bassa basso basse bassi scesa sceso scese calata calato calo diminuita diminuito diminuzione ridotta ridotto riduzione risparmio',
	'alta alto alte alti aumento aumentata aumentato aumenti rincaro rincari salita cresciuta',
	'parcheggio parcheggi parcheggiare sosta parcometro parcometri',
	'caditoia caditoie tombino tombini pozzetto pozzetti scarichi fognatura',
	'pulito pulita puliti pulite pulire pulizia pulizie ripulito ripulita ripulire spazzato spazzare',
	'piscina piscine nuoto nuotare vasca vasche acquaticita',
	'condizionata condizionatori condizionatore climatizzazione climatizzata climatizzato climatizzate climatizzatori caldo afa fresco raffrescamento',
	'biblioteca biblioteche libri libro prestito prestiti',
	'ambulatorio ambulatori medico medici visita visite cup',
	'treno treni stazione binario binari ferrovia',
	'bici bicicletta biciclette ciclabile ciclabili rastrelliera rastrelliere',
];

/** Broad PA topics: a sentence that names one the comment never touches is about something else. */
export const CLUSTERS: string[] = [
	'rifiuti spazzatura immondizia raccolta differenziata umido organico vetro plastica carta cartone indifferenziato secco ingombranti cassonetto bidone mastello ecocentro compost',
	'strada strade buca buche asfalto marciapiede cantiere lavori traffico semaforo viabilita deviazione segnaletica rotonda ponte',
	'anagrafe identita cie passaporto residenza certificato matrimonio nascita cittadinanza',
	'scuola scuole mensa pasti pasto menu scuolabus nido asilo retta rette insegnanti alunni',
	'tari imu tasi tassa tasse tributi tributo f24 mora',
	'bus autobus corsa corse linea fermata treno navetta sciopero',
	'festa sagra concerto evento spettacolo mercatino fiera cinema film mostra',
	'allerta emergenza alluvione maltempo neve ghiaccio frana terremoto incendio allagamento allagata allagato diga acqua idrovora pompa fuoco 115 112',
	'asl medico vaccino ospedale ambulatorio farmacia',
	'biblioteca libri prestito',
	'multa verbale autovelox',
	'contributo bonus isee sussidio affitto',
	'edilizia cila scia sanatoria condono',
	'cimitero loculo tomba sepoltura defunto',
	'parco giardino alberi potatura sfalcio aiuole',
	'acqua fognatura tombino tombini caditoia caditoie pozzetto pozzetti contatore bolletta',
	'lampione lampioni illuminazione',
	'cane cani gatti randagi canile',
	'piscina palestra',
	'elezioni voto seggio elettorale',
];

/** Items of the same kind that exclude each other: asking about one, an answer about another is off topic. */
export const SIBLINGS: string[][] = [
	[
		'umido organico',
		'vetro',
		'plastica',
		'carta cartone',
		'indifferenziato indifferenziata secco',
		'ingombranti',
		'raee',
		'verde sfalci potature',
	],
	['tari', 'imu', 'tasi', 'canone'],
	// School levels and services: the primary-school enrolment does not answer a question about the nursery.
	['nido', 'infanzia materna', 'primaria elementare elementari', 'secondaria medie', 'prescuola', 'doposcuola'],
];

/** Question words and the kinds of fact that answer them. */
export const WANTS: [RegExp, FactKind[]][] = [
	[
		/\b(?:quando|a che ora|che ore|orari|orario|che giorno|quale giorno|entro quando|fino a quando|da quando|quanto tempo|tempi)\b/u,
		['time', 'date', 'number', 'status'],
	],
	[/\b(?:dove|in che via|indirizzo|sede|a quale ufficio)\b/u, ['place', 'office', 'link']],
	[/\b(?:quanto|quanti soldi|costo|costa|prezzo|tariffa|importo|si paga)\b/u, ['amount', 'number']],
	[
		/\b(?:a chi|chi devo|chi posso|chi chiamo|numero|telefono|contatto|contatti|email|mail)\b/u,
		['phone', 'email', 'office', 'link'],
	],
	// "Che succede?", "perché…?": the cause is the answer, whatever words it uses.
	[
		/\b(?:perche|come mai|per quale motivo|che succede|cosa succede|cosa sta succedendo|che fine ha fatto|che fine hanno fatto)\b/u,
		['answer', 'status'],
	],
	// "Chi ha pulito il parco?" is answered by naming people, a group or an organisation.
	[
		/\bchi (?:ha|hanno|e stato|e stata|sono stati|sono state|si occupa|si e occupato|si e occupata|organizza|gestisce|decide|paga|deve|fa)\b/u,
		['who', 'office'],
	],
	[
		/\b(?:come faccio|come si fa|come posso|come devo|cosa devo|che cosa devo|cosa serve|cosa occorre|che documenti|quali documenti|procedura|in pratica|come fare|come si)\b/u,
		['step', 'document', 'link', 'office', 'place'],
	],
];

/** Question words: a question with none of them is a yes/no question ("Il sabato è aperto?"). */
export const OPEN_QUESTION =
	/\b(?:quando|dove|come|perche|chi|quanto|quanti|quanta|quante|quale|quali|cosa|che cosa|che ora|che ore|di che|che fine)\b/u;
/** Yes/no in form, open in substance: "c'è un modo per...?", "si può...?" ask how. */
export const ASKS_HOW = /\b(?:c'e un modo|un modo per|in che modo|si puo|si possono|e possibile|posso|possiamo)\b/u;
/** Questions asking where. */
export const WHERE = /\b(?:dove|in che via|indirizzo|a quale ufficio|in quale ufficio|a che ufficio)\b/u;
/** Praise words and emoji; four or five stars of a review. */
export const PRAISE =
	/\b(?:complimenti|brav[oaie]|bravissim[oaie]|grazie|gentilissim[oaie]|bellissim[oaie]|stupend[oaie]|fantastic[oaie]|ottim[oaie]|meraviglios[oaie]|magnific[oaie]|splendid[oaie]|eccellent[ei]|eccezional[ei]|impeccabil[ei]|ben fatto|che bell[oaie]|finalmente)\b|[\u{1F44F}\u2764\u{1F60D}\u{1F970}\u{1F44D}\u{1F64F}]|\u2B50{4}/u;
