// Put-downs that testers and reviewers wrote in new words after session 33, found by their parts
// where a phrase list kept missing them: the citizen told to be quiet or to leave, their words called
// nonsense, their sanity or their grasp questioned, a lesson in learning or in manners. The reader is
// reply/putDowns.ts; every pattern runs on folded text, and the patterns read with `matchAll` are global.

import { FOOL, NOT_SUPPOSED, RUDE_PERSON } from './rudeWords';
import {
	INSULT_TO_MIRROR,
	LIKE_A_BRUTE,
	MIRROR,
	NOTHING_ELSE,
	ONLY_A_RUDE_ONE,
	ONLY_ONE_IS_YOU,
	PERSON_CALLED_FOOL,
	VOCATIVE,
	WHOEVER_FAILS_IS,
	YOU_ARE_RUDE,
} from './rudeRetorts';
import { ADULTS_KNOW, EXPECTED_BETTER, HARD_TO_READ, LIKE_A_CHILD, TALKED_DOWN, WRITTEN_BIG } from './condescension';

/**
 * Told to be quiet or to stop: "stai zitto", "smettila", "taci", "chiudi il becco", "fatti gli affari tuoi". Not "apri la bocca,
 * chiudi la bocca" (a game at the dentist's) nor "l'app ci pensa per te".
 */
export const SILENCE =
	/\b(?:(?:stai|state|stia|statevi|stattene|stiate) zitt[oaie]|smettila|smettetela|piantala|piantatela|finiscila|taci|tacete|chiud\p{L}* (?:quella bocca|la boccaccia|il becco)|fatti (?:gli affari|i fatti) tuoi|pensa ai fatti tuoi|risparmia(?:ci|teci) (?:le|i|la|il|questi|queste)\b)\b/gu;

/** Words for nonsense. */
const NONSENSE = String.raw`(?:fesseri|sciocchezz|stupidaggin|cavolat|idiozi|scemenz|baggianat|cretinat|boiat|stronzat|castroneri|corbelleri|vaccat|min[ck]hiat|cazzat)\p{L}*`;

/**
 * Nonsense the citizen writes or says: "evita di scrivere fesserie", "le sue sciocchezze", "quante
 * stupidaggini hai scritto". Not hoaxes that go round ("su questo tema girano molte sciocchezze") nor a
 * denial ("nessuna domanda è una stupidaggine", "non è affatto una cavolata quella che ci scrivi"):
 * reply/putDowns.ts skips a sentence with a negation before the word.
 */
export const NONSENSE_SAID = new RegExp(
	String.raw`\b(?:(?:scrivi|dici|spari|racconti|scrivete|dite|sparate|raccontate|scriva|dica|spari|scrivere|dire|sparare|raccontare|(?:le|queste) (?:tue|sue|vostre)|tue|sue|vostre)\s+(?:\p{L}+\s+){0,2}${NONSENSE}|${NONSENSE}\b[^.!?\n]{0,15}?\b(?:(?:che )?(?:hai|ha|avete) (?:scritto|detto)|(?:che )?(?:scrivi|dici|scrive|dice|scrivete|dite)))`,
	'gu',
);

/** A negation or a denial before a word, in its sentence: "nessuna domanda è una…", "non è affatto una…". */
export const DENIED_BEFORE = /\b(?:non|nessun[oa]?|affatto|mai)\b/u;

/**
 * Sent away: "se non ti va bene puoi sempre trasferirti in un altro Comune", "nessuno la obbliga a
 * restare, può sempre andarsene", "sei libero di cambiare città". Not a move named for itself ("se si
 * trasferisce, cambi la residenza", "puoi sempre trasferirti nel gruppo del martedì"), nor "fai le
 * valigie" or "la porta è aperta", said in jest or welcome.
 */
export const GO_AWAY =
	/\b(?:se non (?:ti|le|vi) (?:va|vanno|sta|stanno|piace|piacciono|garba|aggrada|trovi|trova)(?: bene)?|nessuno (?:ti|la|vi) (?:obbliga|costringe|trattiene)|(?:puoi|puo|potete) (?:sempre|benissimo)|(?:sei|e|siete) (?:sempre )?liber[oaie] di)\b[^.!?\n]{0,40}?\b(?:andar(?:tene|sene|vene)|(?:cambiare|cambia|cambi) (?:comune|citta|paese|aria)|emigrare|trasferir(?:ti|si|vi) (?:altrove|da un'altra parte|in un altro (?:comune|paese|posto)|in un'altra citta))\b/gu;

/**
 * Sanity questioned: "ma ti senti bene?", "ci sei o ci fai?", "hai battuto la testa?"; "ma sta bene" only as a question,
 * not "il cane era spaventato ma sta bene" (r45c, session 45).
 */
export const SANITY =
	/\b(?:ma (?:ti senti|si sente|vi sentite|stai|sta|state) bene(?=[^.!?\n]{0,30}\?)|ma (?:sei|siete) (?:seri[oa]|normal[ei]|fuori)|ci (?:sei|e|siete) o ci (?:fai|fa|fate)|ci (?:fai|fa|fate) o ci (?:sei|e|siete)|(?<!\bse )(?:hai|ha|avete) (?:bevuto|battuto la testa)|ti sei (?:fumat|bevut)\p{L}*)\b/gu;

/**
 * The citizen's grasp belittled: "magari stavolta lo capisci", "così finalmente ci arrivi". Singular
 * forms only ("speriamo che questa volta lo capiate tutti" speaks to everyone); not "si capisca".
 */
export const GRASP_BELITTLED =
	/\b(?:stavolta|questa volta|finalmente|per una volta|almeno cosi|cosi almeno)\b[^.!?\n]{0,25}?(?<!\bsi )\b(?:(?:lo|la|li|le|l') ?)?(?:capisci|capisca|capirai|capira|ci arrivi|ci arriverai|comprendi|comprenda|(?:ti|le) entra in testa|riesci a capire|riesca a capire)\b/gu;

/**
 * A lesson in learning: "impara a organizzarti", "impari a leggere", "dovrebbe imparare a comportarsi",
 * "prima o poi conviene imparare a leggerlo".
 * Not someone else learning ("il bambino impara a leggere", "chi impara a guidare"), nor what a course teaches ("in 5 incontri
 * impari a guidare il tuo cane al guinzaglio", r46).
 */
export const LEARN_TO =
	/(?<!\b(?:si|chi|che|dove|come|ognuno|ciascuno|tutti|bambin[oia]|bimb[oia]|ragazz[oia]|alunn[oia]|student\p{L}*|figli[oa]?|nipote) |\b(?:incontri|lezioni|corso|corsi|laboratori[oi]?|settimane)\b[^.!?\n]{0,15})\b(?:impara|impari|imparate|(?:devi|deve|dovete|dovresti|dovrebbe|dovreste|conviene|bisogna|bisognerebbe|e ora di|sarebbe ora di|prima o poi) (?:prima |ancora |proprio )?imparare)\b(?: (?:prima|bene|una buona volta|finalmente))? a (?:\p{L}+r(?:ti|si|vi)\b|(?:legger|scriver|capir)l[oaie]\b|leggere|scrivere|contare|guidare|parcheggiare|rispettare|aspettare|ascoltare|vivere|stare al mondo|ragionare|pensare|capire)/gu;

/**
 * A bare call for manners: "un po' di educazione!", "Gianni, un minimo di rispetto", "ci vuole più educazione", "Un po'
 * di educazione, per favore:" (EG040, session 38), "un po' di senso civico ci vuole." (HF022, session 41), "E un po' di
 * rispetto per chi in questo Comune lavora." to a grieving citizen (KD016, session 45); "un po' di riconoscenza, che diamine!" (LF027,
 * session 46).
 */
export const MANNERS_DEMAND =
	/(?<=^|[.!?]\s*|\p{L},\s*)(?:(?:ma|e|dai|su),? )?(?:(?:ci vuole|ci vorrebbe|serve|servirebbe) )?(?:un po'?|un minimo|un briciolo|piu|almeno un po'?) di (?:educazione|buona educazione|rispetto|buone maniere|creanza|civilta|senso civico|riconoscenza|gratitudine)(?: (?:per|verso|nei confronti di) (?:chi|il personale|i dipendenti|gli operatori|i lavoratori|i colleghi)\b[^.!?\n]{0,40})?(?: (?:ci vuole|ci vorrebbe|serve|servirebbe|non guasterebbe))?(?:,? (?:per (?:favore|piacere|cortesia)|che diamine|perbacco|accidenti))?\s*(?:[.!:]|$)/gu;

/** The citizen's way of writing praised under an insult: "complimenti per il linguaggio", "si vede che hai studiato". */
export const LANGUAGE_PRAISED =
	/\b(?:(?:complimenti|bravo|brava|bravi|ottim[oa]|notevole|che bel(?:lo)?) (?:per )?(?:il |i |l'|lo |la |questo |quel |quello )?(?:tuo |suo |vostro )?(?:linguaggio|lessico|vocabolario|toni|tono|modi|italiano|grammatica|ortografia|francesismo|francesismi|proprieta di linguaggio)|si vede che (?:hai|ha|avete) studiato)\b/gu;

/**
 * The citizen judged by an adjective, in the second person: "sei ridicolo", "è lei la maleducata", "siete
 * i soliti polemici". Not the third person: "è ridicolo aspettare tre mesi" agrees with a complaint. The rude
 * words for a person (lexicon/rudeWords.ts) count here too; the list below holds only the adjectives they lack. An
 * adverb may come first: "Lei è semplicemente un maleducato" (IC018, session 42). The animals and fools ("sei una
 * talpa", session 42) count too, but not as "incapace di" (unable to). Neither counts where a supposition or a denial
 * comes before it in the clause (`NOT_SUPPOSED`, session 43): "se sei incapace di camminare a lungo, chiedi il
 * contrassegno", "se peschi il bollino bianco sei una pecora" (a game, r42b), "non diciamo certo che sei polemico".
 */
export const YOU_ARE_JUDGED = new RegExp(
	String.raw`(?=sei |siete |lei |voi |e lei |sembr)${NOT_SUPPOSED}\b(?:sei|siete|(?:lei|voi) (?:e|siete)|e lei|sembri|sembrate|(?:lei|voi) (?:sembra|sembrate))\b (?:(?:proprio|davvero|veramente|solo|soltanto|semplicemente|solamente|chiaramente|evidentemente|palesemente|francamente|sempre|un po'?|piuttosto|alquanto|decisamente|il solito|la solita|i soliti|le solite|il classico|la classica|i classici|le classiche|il tipico|la tipica|un vero|una vera|il vero|la vera|un|una|uno|il|la) )*(?:${RUDE_PERSON}|(?:ridicol|patetic|penos|arrogant|presuntuos|infantil|immatur|fissat|paranoic|insopportabil|ottus|meschin|ipocrit|bugiard|disonest|prepotent|polemic|lagnos|permalos|noios|ingrat|sbadat|egoist|viziat)\p{L}*)` +
		String.raw`|(?=sei |siete )${NOT_SUPPOSED}\b(?:sei|siete) (?:proprio |davvero |veramente |sempre )?(?:(?:un|una|uno|dei|degli|delle|nu|na) |un')?${FOOL}\b(?! di\b)`,
	'gu',
);

/** Told they understand nothing: "non capisci niente", "non hai capito un tubo"; not a hypothesis ("se non capisci nulla…"). */
export const UNDERSTAND_NOTHING =
	/(?<!\bse )\bnon (?:capisci|capite|hai capito|avete capito|ci capisci|ne capisci)\b (?:proprio |davvero |mai )?(?:niente|nulla|un tubo|un accidente|una mazza|un cavolo|un fico secco)\b/gu;

/** Their words ridiculed: "il tuo commento fa ridere", "il suo ragionamento non ha senso". */
export const WORDS_RIDICULED =
	/\b(?:tuo|suo|vostro) (?:commento|post|messaggio|ragionamento|discorso|intervento|sfogo)\b[^.!?\n]{0,20}?\b(?:(?:mi |ci )?fa (?:proprio |davvero |solo )?(?:ridere|pena|cadere le braccia)|non ha (?:alcun |nessun |nemmeno un |neanche un )?senso|e (?:ridicol|patetic|assurd|delirant|sconclusionat)\p{L}*)/gu;

/**
 * Sent off with an imperative, opening a sentence: "torna a dormire", "cresci", "fatti una vita". Not
 * "torna a giocare anche il calcetto" (the third person), nor "rilassati" (said kindly too).
 */
export const DISMISSED =
	/(?<=^|[.!?]\s*|\p{L},\s*)(?:(?:e |ma |dai,? )?(?:torna|tornatene|tornate|vattene|andate|andatevene) a (?:dormire|zappare|letto|cuccia|quel paese|nanna)|(?:cresci|crescete|svegliati|svegliatevi|datti una (?:calmata|regolata)|fatti una vita|trovati un hobby)\b)/gu;

/** Sarcasm on nerve: "hai proprio un bel coraggio", "che faccia tosta"; not "la faccia di bronzo" of a statue. */
export const NERVE =
	/\b(?:(?:hai|ha|avete) (?:proprio |davvero |anche )?(?:un bel|una bella) (?:coraggio|faccia tosta)|che faccia tosta)\b/gu;

/** An answer refused with contempt: "non ti rispondiamo nemmeno", "non meriti neanche una risposta". */
export const NOT_WORTH_ANSWER =
	/\bnon (?:(?:ti|le|vi) (?:rispondiamo|rispondo|risponderemo|risponderemmo)|(?:meriti|merita|meritate)) (?:nemmeno|neanche|neppure)\b/gu;

/** Told they have no idea: "non ha la minima idea di come si progetti", "non sai di cosa parli"; not "se non ha idea…". */
export const NO_IDEA =
	/(?<!\bse )\bnon (?:(?:ha|hai|avete) (?:la (?:minima|piu pallida|piu vaga) idea|nessuna idea di cosa)|(?:sa|sai|sapete) (?:nemmeno |neanche )?di cosa (?:parla|parli|parlate|sta parlando|stai parlando))\b/gu;

/**
 * Contempt for where they speak from: "lamentele da bar", "chi commenta dal divano", "esperti da tastiera", "questi drammi
 * da social" (HZ050, session 42).
 */
export const FROM_THE_SOFA =
	/\b(?:(?:lamentel|teori|discors|chiacchier|polemich|opinion|espert|tuttolog|sfog|critich|ingegner|urbanist|allenator|razzist|dramm|sceneggiat|piagnister)\p{L}* da (?:bar|divano|tastiera|osteria|social|facebook|stadio)|(?:commenta|commenti|commentano|pontifica|pontifichi|giudica|giudichi) dal divano)\b/gu;

/**
 * The mind called on or found wanting: "accenda il cervello", "usa il cervello prima di scrivere", "serve un minimo
 * di cervello, evidentemente troppo per te" (CT031), "chi guida col cervello spento" (CS027).
 */
export const USE_YOUR_BRAIN =
	/\b(?:(?:accend\p{L}*|usa|usi|usate|usare|connett\p{L}*|attiv\p{L}*) (?:il |un po'? il |anche il )?(?:cervello|neuroni|materia grigia)|(?:un minimo|un briciolo|un po'?) di (?:cervello|neuroni|materia grigia|sale in zucca)|(?:col|con il|a) cervello (?:spento|in vacanza|in ferie|in pausa|all'ammasso|scollegato|staccato))\b|\b(?:evidentemente|forse|decisamente|chiaramente) troppo per (?:te|lei|voi)\b/gu;

/** Their opinions said to matter to no one: "le sue opinioni qui non interessano a nessuno". */
export const NOBODY_CARES =
	/\b(?:tu[oeia]|tuoi|su[oeia]|suoi|vostr[oeia]) (?:opinion|critich|lamentel|comment|idee|teorie|polemich|sfog|parer)\p{L}*\b[^.!?\n]{0,25}?\bnon (?:interess\p{L}*|import\p{L}*) (?:proprio |davvero )?a nessuno\b/gu;

/** Sent to the experts: "lasci lavorare chi se ne intende", "lasci l'urbanistica a chi l'ha studiata". */
export const LEAVE_IT_TO_EXPERTS =
	/\blasci(?:a|ate)? (?:[\p{L}']+ ){0,2}(?:a )?chi (?:se ne intende|ne capisce|ne sa (?:di piu|qualcosa)|l'ha studiat\p{L}*|ha studiato|e competente|sa (?:cosa fa|quello che fa))\b/gu;

/**
 * Out of the world: "se lei vive su un altro pianeta", "vivi sotto un sasso?"; or out of the country, "si vede che è cresciuto in
 * città: da noi in campagna…" (KT016, session 46).
 */
export const OTHER_PLANET =
	/\b(?:vive|vivi|vivete|viva) (?:su un altro pianeta|sulla luna|su marte|in un altro mondo|sotto un sasso|fuori dal mondo)\b|\bsi vede (?:proprio |bene )?che (?:e|sei|siete) (?:cresciut|nat|vissut)\p{L}* (?:in citta|in campagna|in paese|al nord|al sud)(?=\s*(?:[,.;:!?]|$))/gu;

/**
 * Told they could have seen it alone or should stop fussing: "per capirlo da solo", "invece di agitarsi", "invece di
 * gridare su Facebook" (EU005, session 39), said of the comment itself: not advice, "invece di gridare dal balcone,
 * contatta la Polizia locale", nor "invece di fare polemica a distanza, tanti hanno portato proposte" (r39); "invece
 * di sbuffare" (FA043), not of the page's own people ("invece di mugugnare per la pioggia, i nostri giardinieri…", r39d).
 */
export const ON_YOUR_OWN =
	/\b(?:capir(?:e|lo|la|ci)|arrivarci) da sol[oaie]\b|\binvece di (?:agitar|strillar|sbraitar|urlar|starnazzar|frignar|piagnucol)\p{L}*|\binvece di (?:sbuffar|brontolar|mugugnar|lagnar)\p{L}*(?![^.!?\n]{0,40}\b(?:noi|nostr\p{L}*|abbiamo|\p{L}+iamo)\b)|\binvece di (?:gridar\p{L}*|fare (?:polemic\p{L}*|la polemica|casino|caciara))(?=\s*(?:[,.;:!?]|$)|\s+(?:qui|qua|su facebook|sui social|nei commenti|in pubblico|online|sotto (?:il|un|questo) post)\b)/gu;

/**
 * Their way of writing called rude: "è roba da maleducati senza argomenti", "è da maleducata e da
 * ignorante", "chi scrive così a dei dipendenti è solo un cafone", "chi scrive «buffone» sotto il post di un
 * parco dimostra solo di essere un gran maleducato" (CQ016), "con i cafoni che urlano in maiuscolo di solito
 * non perdiamo tempo" (CQ005). Not the uncivil who leave rubbish: only people who write or shout.
 */
export const RUDE_WAY = new RegExp(
	String.raw`\b(?:(?<!\bnon (?:e|sono) )(?:e|sono|roba|cosa|cose|atteggiamento|comportamento|uscita|tono|toni|modi|maniere|linguaggio|reazione|commento|commenti|messaggio|messaggi|applausi|battute|scenate|pretese|discorso|discorsi|ragionamento|ragionamenti|frasi) da ${RUDE_PERSON}|chi (?:scrive|commenta|parla|si esprime|insulta|urla|offende|accusa|da (?:del|della|dei|delle|dello|degli))\b[^.!?\n]{0,90}?\b(?:e|sono|resta|rimane|si conferma|si dimostra) (?:solo |soltanto |proprio |semplicemente )?(?:un |una |un')?(?:gran |grande |vero |vera )?${RUDE_PERSON}|\b(?:sono|e) colpa (?:di|del|della) (?:un|una|uno|un') ?${RUDE_PERSON}|dimostr\p{L}* (?:solo |soltanto |soprattutto |proprio )?di essere (?:un |una |un')?(?:gran |grande |vero |vera |bel |bella )?${RUDE_PERSON}|(?:i|gli|le|certi|certe|questi|queste) ${RUDE_PERSON} che (?:urlan|scrivon|insultan|commentan|strillan|sbraitan|offendon)\p{L}*|con (?:i|gli|le|certi|certe|quelli come te|gente come te) (?:${RUDE_PERSON} ?){1,2}\b[^.!?\n]{0,20}?\bnon (?:perdiamo|perderemmo|sprechiamo) tempo\b(?!\s+(?:in|a|con|nel|nella|nei)\b)|\bda (?:un|uno|una|un') ?${RUDE_PERSON}\b[^.!?\n]{0,30}?\bcome (?:te|lei|voi) non ci (?:aspettavamo|aspettiamo|saremmo aspettati) (?:altro|di meglio|niente di (?:diverso|meglio))\b)`,
	'gu',
);

/** Answering only because paid to: "ti rispondiamo solo perché siamo pagati per farlo". */
export const ONLY_PAID_TO = /\b(?:(?:ti|le|vi) rispond\p{L}* solo perche|solo perche (?:siamo|ci) pagat\p{L}*)/gu;

/** Their idleness set against someone's work: "il sindaco lavora, tu invece passi le giornate su Facebook". */
export const YOU_IDLE =
	/\b(?:tu|lei|voi) invece (?:passi|passa|passate|stai|sta|state|perdi|perde|perdete) (?:le giornate|le tue giornate|tutto il giorno|il tempo|tempo)\b/gu;

/**
 * The citizen told not to complain or be surprised at what follows: "poi non lamentarti se ti vengono a cercare"
 * (CP003), "non puoi stupirti se finisce in foto" (DF018).
 */
export const DONT_COMPLAIN =
	/\b(?:poi non (?:lamentarti|lamentatevi|si lamenti|venire a lamentarti|venga a lamentarsi|venite a lamentarvi|prendertela|se la prenda|ve la prendete)|non (?:puoi|puo|potete) (?:poi )?(?:stupirti|stupirsi|stupirvi|meravigliarti|meravigliarsi|meravigliarvi)|(?:poi )?non (?:stupirti|si stupisca|stupitevi|meravigliarti|si meravigli|meravigliatevi)) (?:se|quando)\b/gu;

/**
 * Every put-down read on its own, in the order the gate lists its evidence (reply/putDowns.ts); the condescending
 * forms of condescension.ts among them. NONSENSE_SAID and LANGUAGE_PRAISED are read with a condition there.
 */
export const PUT_DOWNS: readonly RegExp[] = [
	SILENCE,
	GO_AWAY,
	SANITY,
	GRASP_BELITTLED,
	LEARN_TO,
	MANNERS_DEMAND,
	YOU_ARE_JUDGED,
	UNDERSTAND_NOTHING,
	WORDS_RIDICULED,
	DISMISSED,
	NERVE,
	NOT_WORTH_ANSWER,
	NO_IDEA,
	FROM_THE_SOFA,
	USE_YOUR_BRAIN,
	NOBODY_CARES,
	LEAVE_IT_TO_EXPERTS,
	OTHER_PLANET,
	LIKE_A_CHILD,
	ON_YOUR_OWN,
	RUDE_WAY,
	ONLY_ONE_IS_YOU,
	PERSON_CALLED_FOOL,
	ONLY_PAID_TO,
	YOU_IDLE,
	ADULTS_KNOW,
	WRITTEN_BIG,
	DONT_COMPLAIN,
	NOTHING_ELSE,
	MIRROR,
	INSULT_TO_MIRROR,
	EXPECTED_BETTER,
	HARD_TO_READ,
	TALKED_DOWN,
	LIKE_A_BRUTE,
	VOCATIVE,
	YOU_ARE_RUDE,
	ONLY_A_RUDE_ONE,
	WHOEVER_FAILS_IS,
];
