// Word lists for names and forms of address, folded (lowercase, no accents). Stored as
// space-separated strings because they are the cheapest form to ship to the browser.

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Common Italian first names: used to recognise someone else's name in a vocative. */
export const FIRST_NAMES = set(
	'alberto alessandra alessandro alessia alessio alice andrea angela anna antonella antonio barbara beatrice ' +
		'bruno carla carlo caterina chiara claudia claudio cristina daniela daniele davide domenico elena elisa ' +
		'emanuele enrico fabio federica federico filippo francesca francesco gabriele giacomo gianluca gianni ' +
		'giorgia giorgio giovanna giovanni giulia giulio giuseppe ilaria irene laura lorenzo luca lucia luigi ' +
		'marco margherita maria mario marta martina massimo matteo michela michele monica nicola nicolo paola ' +
		'paolo patrizia pietro riccardo roberta roberto rosa salvatore sara serena silvia simona simone sofia ' +
		'stefania stefano teresa tommaso valentina valeria vincenzo',
);

/** First names that are also ordinary Italian words: they count only in a vocative ("Ciao Rosa"). */
export const WORD_NAMES = set(
	'rosa viola serena chiara bianca bianco vera franco felice stella marina massimo angelo natale ' +
		'domenica sole alba gioia fortunato fortunata speranza celeste fiore libero primo giusto sereno ' +
		'grazia pace margherita gemma perla aurora luce sara mia donato benedetto amato costante fedele ' +
		'clemente fausto santo salvatore pasquale assunta bruna bruno morena neve luna vittoria rosario ' +
		'secondo marino romano leone gentile ambra giada letizia allegra modesto valente innocente oliva',
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

/** Names customarily written with an accent: "Nicolò" greets "Nicolo Rossi" too. */
export const ACCENTED_NAMES = set('nicolo niccolo mose noe giosue jose zoe andre rene ludovico');

/** Courtesy and professional titles that may precede a surname. */
export const TITLES = set(
	'sig signor signore signora signori signorina sigra signa egr egregio egregia dott dottor dottore dottoressa dottssa dr ' +
		'prof professor professore professoressa profssa avv avvocato avvocata ing ingegner ingegnere arch architetto ' +
		'geom geometra rag ragioniere maestro maestra don suor mr mrs ms sindaco sindaca assessore ' +
		'assessora consigliere consigliera presidente comandante',
);

/** Tails of abbreviated titles split by the tokenizer: "sig.ra", "dott.ssa", "gent.ma". */
export const TITLE_TAILS = set('ra na ssa ma mo mi me le');

/** Words that introduce an address: greetings, openings, closings and thanks ("Ciao X", "grazie X"). */
export const GREETINGS = set(
	'ciao salve buongiorno buonasera buondi buon buona giorno sera ehi hey ehila hola hi hello ' +
		'gentile gentilissimo gentilissima gentilissimi gent gentmo gentma caro cara cari care ' +
		'carissimo carissima egregio egregia spett spettabile bentornato bentornata benvenuto benvenuta ' +
		'grazie mille infinite tante giornata serata notte pomeriggio weekend settimana presto saluto ' +
		'saluti abbraccio si no certo esatto ok okay perfetto scusa scusaci scusi dear te',
);

/** Greetings strong enough that a capitalised word after them is taken as a name. */
export const STRONG_GREETINGS = set(
	'ciao salve buongiorno buonasera buondi ehi hey gentile gentilissimo gentilissima gentmo gentma ' +
		'gent caro cara carissimo carissima egregio egregia spett spettabile dear',
);

/** Generic ways to address someone without a name: they do not meet the tip. */
export const GENERIC_ADDRESS = set(
	'utente utenti cittadino cittadina cittadini cittadine signore signora signori signorina amico ' +
		'amica amici amiche tutti tutte contribuente contribuenti elettore elettrice elettori genitore ' +
		'genitori cliente clienti visitatore visitatrice lettore lettrice follower residente residenti ' +
		'concittadino concittadina concittadini utenza interlocutore ragazzi ragazze voi te lei collega ' +
		'colleghi vicino vicini compaesano compaesani sconosciuto anonimo',
);

/** Kinship words used as a nickname's prefix ("zio_pino", "Nonna Lina"): a description, not a name. */
export const KIN_WORDS = set('zio zia nonno nonna mamma papa babbo mammina nipote cugino cugina');

/** Words that make the next name part of a place or a saint's name: "Santa Maria Nuova", "via Giulia". */
export const PLACE_BEFORE = set('san santa santo sant s via viale piazza piazzale corso largo vicolo chiesa basilica');

/** Words that open a surname: "De Luca", "Lo Faro", "D'Angelo", "Della Valle". */
export const PARTICLES = set(
	'de di del dell della dello dei degli da dal dall dalla dalle lo la li le d van von mc mac san sant santa',
);

/** Words marking an organisation's display name. */
export const ORG_WORDS = set(
	'associazione assoc asd aps onlus odv ets comitato circolo parrocchia cooperativa coop societa srl ' +
		'spa snc sas gruppo fondazione consorzio scuola istituto liceo biblioteca museo teatro club ' +
		'polisportiva banda coro misericordia avis caritas comune provincia regione ufficio azienda ditta ' +
		'bar ristorante pizzeria hotel albergo negozio farmacia studio team redazione giornale radio ' +
		'movimento partito sindacato legambiente wwf anpi alpini fratres auser arci acli uisp cai fidas ' +
		'proloco croce protezione amici',
);

/** Parts of a handle that are not a name ("user", "official", "real"). */
export const NON_NAME_PARTS = set(
	'user utente official ufficiale real the account profilo page pagina fb ig insta admin ' +
		'anonimo anonima guest ospite nome name xx xxx',
);

/** Determiners and prepositions: a name right after them is a word ("la rosa", "sarà") not an address. */
export const DETERMINERS = set(
	'il lo la i gli le un uno una l del dello della dei degli delle al allo alla ai agli alle nel ' +
		'nello nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle ' +
		'col questo questa questi queste quel quello quella quei quelle ogni qualche mio mia tuo tua suo ' +
		'sua nostro nostra vostro vostra molto molta poco poca tanta piu di da in con su per tra fra',
);
