// Word lists for names and forms of address, folded (lowercase, no accents). Stored as
// space-separated strings because they are the cheapest form to ship to the browser.

import { words } from './compile';

/** Common masculine first names in Italy (the gender feedback may use: "signor Castelli" for Bruno). */
export const MASCULINE_NAMES = words(
	'MASCULINE_NAMES',
	'achille adriano alberto aldo alessandro alessio alex alfonso alfredo amedeo andrea angelo ' +
		'antonino antonio arturo attilio augusto aurelio bernardo biagio bruno calogero carlo carmelo ' +
		'carmine cesare christian claudio corrado cosimo cristian cristiano dario davide demetrio diego ' +
		'dino domenico daniele edoardo egidio elia elio emanuele emilio enrico enzo ermanno ernesto ' +
		'ettore eugenio fabio fabrizio federico felice ferdinando fernando filippo flavio francesco ' +
		'franco gabriele gaetano gennaro gerardo giacinto giacomo giampaolo giampiero giancarlo ' +
		'gianfranco gianluca gianmarco gianni gino giordano giorgio giovanni girolamo giuliano giulio ' +
		'giuseppe graziano guido ignazio igor ivan ivano jacopo kevin leonardo lorenzo luca luciano ' +
		'lucio luigi manuel marcello marco mariano mario massimiliano massimo matteo mattia maurizio ' +
		'mauro michele mirco mirko mohamed nazzareno nicola nicolo niccolo omar oreste osvaldo ottavio ' +
		'paolo pasquale patrizio pier pierluigi piero piergiorgio pietro raffaele raimondo renato renzo ' +
		'riccardo rino roberto rocco rodolfo rosario ruggero salvatore samuele sandro saverio sebastiano ' +
		'sergio silvano silvio simone stefano tiziano tommaso tullio ugo umberto valentino valerio ' +
		'vincenzo vito vittorio walter mose noe giosue jose andre rene ludovico',
);

/** Common feminine first names in Italy ("signora Zanetti" for Monica). */
export const FEMININE_NAMES = words(
	'FEMININE_NAMES',
	'ada adele adriana agata agnese alba alessandra alessia alice amalia anastasia angela angelica ' +
		'anita anna annalisa annamaria antonella antonia arianna assunta aurora barbara beatrice ' +
		'benedetta bianca camilla carla carlotta carmela carmen carolina caterina cecilia chiara cinzia ' +
		'clara claudia concetta cristina daniela debora deborah denise diana donatella dora elena ' +
		'eleonora elisa elisabetta emanuela emma erica erika ester fabiola fatima federica fiorella ' +
		'flavia franca francesca gabriella gaia gemma giada gianna gina ginevra giorgia giovanna gisella giulia ' +
		'giuliana giuseppina greta ida ilaria ines irene isabella iolanda jessica lara laura lea letizia ' +
		'licia liliana linda livia loredana lorena lorenza luana lucia luciana lucrezia luisa mara ' +
		'marcella margherita maria mariella marina marisa marta martina matilde melissa michela milena ' +
		'miriam monica nadia natalia nicole nicoletta noemi ornella paola patrizia piera raffaella ' +
		'rebecca renata rita roberta romina rosa rosalba rosanna rossana rossella sabrina samanta ' +
		'samantha sandra sara serena silvana silvia simona sofia sonia stefania susanna tania teresa ' +
		'tiziana valentina valeria vanessa vera veronica viola virginia vittoria wanda zoe',
);

/**
 * Common first names in Italy: recognise someone else's name in a vocative, and the only parts of a
 * handle or a pseudonym ("Kevin_Dos_Santos", "Anonimo Sardo") taken as a name.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...MASCULINE_NAMES, ...FEMININE_NAMES]);

/** First names that are also ordinary Italian words: they count only in a vocative ("Ciao Rosa"). */
export const WORD_NAMES = words(
	'WORD_NAMES',
	'rosa viola serena chiara bianca bianco vera franco felice stella marina massimo angelo natale ' +
		'domenica sole alba gioia fortunato fortunata speranza celeste fiore libero primo giusto sereno ' +
		'grazia pace margherita gemma perla aurora luce sara mia donato benedetto amato costante fedele ' +
		'clemente fausto santo salvatore pasquale assunta bruna bruno morena neve luna vittoria rosario ' +
		'secondo marino romano leone gentile ambra giada letizia allegra modesto valente innocente oliva ' +
		'gaia gloria costanza franca cristiano linda augusto fra vale fede toni max pino salvo',
);

/** Nicknames and the full names they shorten, both ways ("gianni_74" may be greeted as Giovanni). */
export const NICKNAMES: readonly (readonly [string, string])[] = (
	'gianni:giovanni vanni:giovanni beppe:giuseppe peppe:giuseppe pino:giuseppe peppino:giuseppe toto:salvatore ' +
	'salvo:salvatore tonino:antonio toni:antonio anto:antonio anto:antonella nino:antonino gigi:luigi pippo:filippo ' +
	'mimmo:domenico enzo:vincenzo franco:francesco betta:elisabetta eli:elisa bice:beatrice bea:beatrice ' +
	'nando:ferdinando sandro:alessandro sandra:alessandra lele:gabriele max:massimiliano ricky:riccardo ' +
	'robi:roberto robi:roberta fede:federica fede:federico vale:valentina vale:valeria vale:valerio ale:alessandra ' +
	'ale:alessandro ale:alessia ale:alessio fra:francesca fra:francesco giuly:giulia giuli:giulia manu:manuela ' +
	'manu:emanuele dani:daniela dani:daniele simo:simona simo:simone nico:nicola nico:nicolo nico:nicoletta ' +
	'cate:caterina marti:martina patty:patrizia tommy:tommaso lory:lorena'
)
	.split(' ')
	.map((pair) => pair.split(':') as [string, string]);

/**
 * Common words written with a final accent (or, typed on a phone, an apostrophe: "cosi'"): never the
 * truncated vocative of a name ("così" is no "Cosimo" cut short, as "Antò" is Antonio).
 */
export const ACCENTED_WORDS = words(
	'ACCENTED_WORDS',
	'cosi pero perche poiche affinche finche benche sicche purche nonche cosicche gia piu puo cioe',
);

/** Names customarily written with an accent: "Nicolò" greets "Nicolo Rossi" too. */
export const ACCENTED_NAMES = words('ACCENTED_NAMES', 'nicolo niccolo mose noe giosue jose zoe andre rene ludovico');

/** Courtesy and professional titles that may precede a surname. */
export const TITLES = words(
	'TITLES',
	'sig signor signore signora signori signorina sigra signa egr egregio egregia dott dottor dottore dottoressa dottssa dr ' +
		'prof professor professore professoressa profssa avv avvocato avvocata ing ingegner ingegnere arch architetto ' +
		'geom geometra rag ragioniere maestro maestra don suor mr mrs ms sindaco sindaca assessore ' +
		'assessora consigliere consigliera presidente comandante famiglia fam coniugi',
);

/** Abbreviated or variant titles and the full words written in a sentence, masculine / feminine. */
// Abbreviated or variant titles and the full words written in a sentence, masculine / feminine.
export const TITLE_WORDS: Record<string, readonly [string, string]> = {
	sig: ['signor', 'signora'],
	signor: ['signor', 'signora'],
	signore: ['signor', 'signora'],
	signora: ['signor', 'signora'],
	sigra: ['signor', 'signora'],
	signorina: ['signor', 'signorina'],
	signa: ['signor', 'signorina'],
	dott: ['dottor', 'dottoressa'],
	dottor: ['dottor', 'dottoressa'],
	dottore: ['dottor', 'dottoressa'],
	dottoressa: ['dottor', 'dottoressa'],
	dottssa: ['dottor', 'dottoressa'],
	dr: ['dottor', 'dottoressa'],
	prof: ['professor', 'professoressa'],
	professor: ['professor', 'professoressa'],
	professore: ['professor', 'professoressa'],
	professoressa: ['professor', 'professoressa'],
	profssa: ['professor', 'professoressa'],
	avv: ['avvocato', 'avvocata'],
	avvocato: ['avvocato', 'avvocata'],
	avvocata: ['avvocato', 'avvocata'],
	ing: ['ingegner', 'ingegnera'],
	arch: ['architetto', 'architetta'],
	maestro: ['maestro', 'maestra'],
	maestra: ['maestro', 'maestra'],
	// A family writing together ("Famiglia Bianchi", "Fam. Rossi"): addressed like a title, "Gentile
	// famiglia Bianchi", "alla famiglia Bianchi".
	famiglia: ['famiglia', 'famiglia'],
	fam: ['famiglia', 'famiglia'],
	coniugi: ['coniugi', 'coniugi'],
};
/** Title words for more than one person. */
export const PLURAL_TITLES = new Set(['coniugi']);
/** Title words whose folded form alone says the person is a woman. */
export const FEMININE_TITLES = words(
	'FEMININE_TITLES',
	'signora sigra signorina signa dottoressa dottssa professoressa profssa avvocata maestra famiglia fam',
);
/** Tails of split abbreviations that make the title feminine: "sig.ra", "dott.ssa", "prof.ssa". */
export const FEMININE_TAILS = new Set(['ra', 'na', 'ssa']);

/**
 * Public roles and professional titles: a name after one is someone named in that role ("il
 * geometra Bellini", "l'assessora Paola"), not a private person nor the reader.
 */
export const PUBLIC_ROLES = words(
	'PUBLIC_ROLES',
	'assessore assessora sindaco sindaca vicesindaco vicesindaca dott dottor dottore dottoressa dr consigliere ' +
		'consigliera presidente direttore direttrice dirigente comandante prof professore professoressa ' +
		'avv avvocato avvocata ing ingegnere ingegnera arch architetto architetta geom geometra ministro ministra ' +
		'onorevole senatore senatrice deputato deputata maestro maestra agente vigile ispettore ispettrice ' +
		'responsabile funzionario funzionaria impiegato impiegata addetto addetta',
);
/** Kin and clergy: a first name after one ("suo figlio Luca", "don Mario") is not the reader. */
const KIN_AND_CLERGY = words('KIN_AND_CLERGY', 'don suor padre madre figlio figlia marito moglie');
/** Role words: a first name right after one ("l'assessora Paola") is that person, not the reader. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([...PUBLIC_ROLES, ...KIN_AND_CLERGY]);

/** Tails of abbreviated titles split by the tokenizer: "sig.ra", "dott.ssa", "gent.ma". */
export const TITLE_TAILS = words('TITLE_TAILS', 'ra na ssa ma mo mi me le');

/** Words that introduce an address: greetings, openings, closings and thanks ("Ciao X", "grazie X"). */
export const GREETINGS = words(
	'GREETINGS',
	'ciao salve buongiorno buonasera buondi buon buona giorno sera ehi hey ehila hola hi hello ' +
		'gentile gentilissimo gentilissima gentilissimi gent gentmo gentma caro cara cari care ' +
		'carissimo carissima egregio egregia spett spettabile bentornato bentornata benvenuto benvenuta ' +
		'grazie mille infinite tante giornata serata notte pomeriggio weekend settimana presto saluto ' +
		'saluti abbraccio si no certo esatto ok okay perfetto scusa scusaci scusi dear te',
);

/** Thanks words that call the person after them: "grazie vale", "grz fede" (stretched forms are squeezed first). */
export const THANKS_CALLS = words('THANKS_CALLS', 'grazie grz thanks thx');

/** Greetings strong enough that a capitalised word after them is taken as a name. */
export const STRONG_GREETINGS = words(
	'STRONG_GREETINGS',
	'ciao salve buongiorno buonasera buondi ehi hey gentile gentilissimo gentilissima gentmo gentma ' +
		'gent caro cara carissimo carissima egregio egregia spett spettabile dear',
);

/** Generic ways to address someone without a name: they do not meet the tip. */
export const GENERIC_ADDRESS = words(
	'GENERIC_ADDRESS',
	'utente utenti cittadino cittadina cittadini cittadine signore signora signori signorina amico ' +
		'amica amici amiche tutti tutte contribuente contribuenti elettore elettrice elettori genitore ' +
		'genitori cliente clienti visitatore visitatrice lettore lettrice follower residente residenti ' +
		'concittadino concittadina concittadini utenza interlocutore ragazzi ragazze voi te lei collega ' +
		'colleghi vicino vicini compaesano compaesani sconosciuto anonimo',
);

/** Words that make a display name a pseudonym ("Anonimo Sardo", "Utente Marco"): only a known first name after them is a name. */
export const PSEUDONYM_WORDS = words(
	'PSEUDONYM_WORDS',
	'anonimo anonima anonimi anon utente user guest ospite nickname',
);

/** Kinship words used as a nickname's prefix ("zio_pino", "Nonna Lina"): a description, not a name. */
export const KIN_WORDS = words('KIN_WORDS', 'zio zia nonno nonna mamma papa babbo mammina nipote cugino cugina');

/** Words that make the next name part of a place or a saint's name: "Santa Maria Nuova", "via Giulia". */
export const PLACE_BEFORE = words(
	'PLACE_BEFORE',
	'san santa santo sant s via viale piazza piazzale corso largo vicolo lungomare lungarno salita chiesa basilica',
);

/** Places named after a person: "istituto Leonardo", "teatro Verdi". With PLACE_BEFORE, a first name after them is no one. */
export const INSTITUTION_BEFORE = words(
	'INSTITUTION_BEFORE',
	'istituto scuola liceo plesso asilo nido centro palazzo teatro parco',
);

/** Words that open a surname: "De Luca", "Lo Faro", "D'Angelo", "Della Valle". */
export const PARTICLES = words(
	'PARTICLES',
	'de di del dell della dello dei degli da dal dall dalla dalle lo la li le d van von mc mac san sant santa el al ben bin ibn abu du',
);

/** Words marking an organisation's display name. */
export const ORG_WORDS = words(
	'ORG_WORDS',
	'associazione assoc asd aps onlus odv ets comitato circolo parrocchia cooperativa coop societa srl ' +
		'spa snc sas gruppo fondazione consorzio scuola istituto liceo biblioteca museo teatro club ' +
		'polisportiva banda coro misericordia avis caritas comune provincia regione ufficio azienda ditta ' +
		'bar ristorante pizzeria hotel albergo negozio farmacia studio team redazione giornale radio ' +
		'movimento partito sindacato legambiente wwf anpi alpini fratres auser arci acli uisp cai fidas ' +
		'proloco croce protezione amici',
);

/** Parts of a handle that are not a name ("user", "official", "real"). */
export const NON_NAME_PARTS = words(
	'NON_NAME_PARTS',
	'user utente official ufficiale real the account profilo page pagina fb ig insta admin ' +
		'anonimo anonima guest ospite nome name xx xxx',
);

/** Determiners and prepositions: a name right after them is a word ("la rosa", "sarà") not an address. */
export const DETERMINERS = words(
	'DETERMINERS',
	'il lo la i gli le un uno una l del dello della dei degli delle al allo alla ai agli alle nel ' +
		'nello nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle ' +
		'col questo questa questi queste quel quello quella quei quelle ogni qualche mio mia tuo tua suo ' +
		'sua nostro nostra vostro vostra molto molta poco poca tanta piu di da in con su per tra fra',
);
