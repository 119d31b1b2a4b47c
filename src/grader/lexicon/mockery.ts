// Mockery and sarcasm aimed at the citizen, by form: the page makes fun of them, lectures them,
// brushes them off or turns the blame on them. Each entry is a whole expression on folded text
// (lowercase, no accents), so that "si informi" alone (an invitation: "si informi allo sportello")
// does not match while "si informi prima di scrivere" does. Every entry has a witness sentence in
// tests/unit/grader/lexicon/mockery.test.ts: add one with each new entry.

import { LECTURE_FORMS } from './lectures';
import { TURNED_BLAME_FORMS } from './turnedBlame';
import { OTHER_OFFICE } from './thirdParty';
import { FOOL, NOT_SUPPOSED, RUDE_PERSON } from './rudeWords';

/** The forms of mockery, each a list of regex sources (one expression each). */
export const MOCKERY_FORMS = {
	/** Lecturing the citizen ("si informi prima di scrivere"): lexicon/lectures.ts. */
	lecture: LECTURE_FORMS,
	/** Ironic praise: a compliment that means the opposite ("bravo, un genio", "sempre un piacere leggere i suoi commenti", "il suo generoso contributo"). */
	ironicPraise: [
		String.raw`\b(?:(?:bravo|brava|bravi|brave|complimenti|che)(?:,|!)? (?:(?:un|una|dei|proprio un|proprio una|davvero un)\s)?(?:genio|geni|genietto|scienziat[oaie]|fenomeno|fenomeni|luminare|premio nobel))`,
		String.raw`(?:e|che) bello leggere (?:un |dei |certi )?comment\p{L}* (?:cosi|come (?:questo|il suo|il tuo)|del genere|simili)`,
		String.raw`\bun piacere leggere i (?:suoi|tuoi|vostri) commenti\b`,
		// Family AJ (AJ011): three fines in a week called "un bel record, effettivamente 😅".
		String.raw`\b(?:e |un |proprio un |davvero un )(?:bel|gran|vero|bellissimo) record\b(?=[^.!?\n]{0,30}(?:\beffettivamente\b|\beh\b|\banche per te\b|\bper te\b|😅|😄|😉|😏|🙃))`,
		// Family AT (AT011): "tre in una settimana però è un bel ritmo, eh 😅".
		String.raw`\b(?:e |un |proprio un |davvero un )(?:bel|gran|discreto|notevole) (?:ritmo|primato|media)\b[^.!?\n]{0,15}(?:\beh\b|😅|😉|😄|😜|🙃|😏)`,
		String.raw`\b(?:commentat(?:ore|rice)|follower) piu affezionat\p{L}*`,
		String.raw`\b(?:il suo|il tuo|il vostro) sarcasmo\b`,
		// Family DY (DY002, session 38): a favour mocked, "mandiamo il camion apposta per lei, con la banda davanti 🎺
		// Scherzi a parte: …"; under praise "li abbiamo comprati praticamente per te, scherzi a parte" is warm (r38).
		String.raw`\bapposta per (?:lei|te|voi)\b[^.!?\n]{0,120}?[.!?\p{Extended_Pictographic}\s]+scherzi a parte\b`,
		String.raw`\bcomplimenti anche a (?:te|lei|voi)\b`,
		// LB015 (session 46): "… un fax! Ci è arrivata da sola o le ha dato una mano il nipote? 😂"; not "complimenti, che occhio" (r46d).
		String.raw`\bci (?:sei|e|siete) arrivat[oaie] da sol[oaie] o (?:ti|le|vi|gli) (?:ha|hanno) (?:dato una mano|aiutat\p{L}*)`,
		// Family FE (FE024, session 39): "Complimenti Rita, ha scoperto che esistono ancora i fax! 😂"; family HU (HU027, session
		// 42): "ci voleva proprio Lei per scoprire che i fax non esistono più 👏👏".
		String.raw`\b(?:complimenti|bravo|brava|bravi|brave)\b[^.!?\n]{0,20}?\b(?:ha|hai|avete) (?:appena )?scoperto che\b|\b(?:ha|hai|avete) scoperto l'acqua calda\b|\bci voleva (?:proprio |davvero )?(?:lei|te|tu|voi) per scoprire che\b`,
		// Of the citizen's words ("la sua proposta fa un po' sorridere", family N) or of what someone did ("fa un po'
		// sorridere che la fretta arrivi proprio da chi…", families T and Y): "uno spettacolo che fa sorridere grandi
		// e piccoli" is praise of the show (a review in session 31).
		String.raw`\b(?:proposta|commento|domanda|idea|richiesta|osservazione|affermazione|pretesa|lamentela|critica|post|messaggio|teoria|ricostruzione)\b[^.!?\n]{0,30}?\bfa (?:un po'? |quasi )?sorridere\b|\bfa (?:un po'? |quasi )?sorridere che\b`,
		// Not "prezioso contributo": the sincere formula for a suggestion (family J, J069).
		String.raw`\b(?:generos|affettuos)\p{L}* contribut\p{L}* (?:alla discussione|al dibattito|alla conversazione|alla pagina|ai commenti)\b`,
		String.raw`\bpiu affezionat\p{L}* (?:dei|tra i) contribuenti\b`,
		// Irony announced to the citizen (real reply v-002): "si permetterà l'ironia", "ci passi la battuta".
		String.raw`\b(?:si permettera|ci si permetta|ci permetta|permetta(?:teci)?|mi permetta|ci perdoni|perdoni|perdonate(?:ci)?|ci passi|passateci|passatemi|concedeteci|ci conceda) (?:l'|un po'? di |una punta di |un pizzico di |la )?(?:ironia|battuta|sarcasmo|provocazione)\b`,
		// Family N (N024): the mock surprise of "pensa un po'", opening a clause.
		String.raw`(?<=^|[,.;:!?]\s*)(?:pens(?:a|i|ate)|immagin(?:a|i|ate)) un po'?(?=[\s,.:!])`,
		// First tester (A24, A56): "i defunti non scappano", "lo sappiamo, abbiamo anche la cartina".
		String.raw`\b(?:i defunti|i morti|i nostri cari) non (?:scappano|se ne vanno)\b`,
		String.raw`\b(?:lo )?sappiamo\b[^.!?\n]{0,20}\babbiamo anche (?:la cartina|una cartina|la mappa|una mappa|il calendario|un calendario|l'orologio|un orologio)\b`,
		// Family O (O022): a mock favour, "la prossima volta ti mandiamo un invito personale con la cartolina".
		String.raw`\b(?:ti|vi|le|gli) (?:mandiamo|manderemo|spediamo|spediremo|prepariamo|prepareremo|stendiamo|stenderemo|facciamo avere|faremo avere|recapitiamo) (?:anche |pure )?(?:un |una |il |la )?(?:invito personale|cartolin\p{L}*|telegramma|piccione viaggiatore|tappeto rosso|carrozza)\b`,
		// Family HU, after it was read (session 42): the citizen's reading mocked, "era scritto in italiano, mica in latino
		// notarile" (HU029), the plain language set against a foreign or dead one; not "il modulo è scritto in italiano e in inglese".
		String.raw`\b(?:era|e|c'e|c'era|l'abbiamo|lo abbiamo|l'avevamo) (?:scritto|spiegato|detto) in (?:italiano|chiaro)\b,?\s*(?:mica|non) in (?:latino|arabo|cinese|aramaico|sanscrito|ostrogoto|turco|giapponese|geroglific\p{L}*|codice)\b`,
		// Family HZ, after it was read (session 42): "vedo che lei si diverte con poco!" (HZ042), said to the citizen; not
		// "i bambini si divertono con poco".
		String.raw`\b(?:(?:vedo|vediamo) che (?:lei |tu |voi )?(?:si diverte|ti diverti|vi divertite)|(?:ti diverti|vi divertite)) con (?:poco|niente)\b`,
		// Families JS to JV, after they were read (session 45): a title thrown back after a question, "Ben due ore, Marco? Un eroe
		// 🦸‍♂️" (JT014), not "i volontari sono stati degli eroi"; the office laughing at the comment, "qui in ufficio abbiamo riso
		// dieci minuti, Stefano voleva incorniciare il Suo commento" (JV015), not "il suo commento ci ha fatto sorridere" under a joke, nor "nessuno in ufficio ha riso del suo commento" (r45).
		String.raw`(?<=\?\s*)(?:un|una|che|un vero|una vera|proprio un|proprio una|davvero un|davvero una) (?:eroe|eroina|martire|campione|campionessa|santo|santa|mito|leggenda)\b`,
		// Families KA to KD, after they were read (session 45): mock pity for a wait, "Ohhh tre giorni, poverino 😢" (KA014), not
		// "che dispiacere, poverino 😢" for a child's lost toy or "Ohhh, poverino!" for a hurt hedgehog (r45c).
		String.raw`\b(?:\d+|un|una|mezz'|due|tre|quattro|cinque|sei|dieci|venti) ?(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei])\b[^.!?\n]{0,15}?,\s*pover(?:in|ett|acci)[oaie]\b`,
		String.raw`\b(?:abbiamo|hanno|ho) (?:riso|sghignazzato|ridacchiato) (?:per )?(?:\d+|due|tre|cinque|dieci|venti|mezz'ora|un'ora|un quarto d'ora)(?: (?:minuti|ore|giorni))?\b|(?<!\b(?:nessuno|non)\b[^.!?\n]{0,30})\b(?:riso|ridere|risate|ridendo|ridiamo|ridono)\b[^.!?\n]{0,30}?\b(?:del|per il|col|con il|sul|leggendo il) (?:suo|tuo|vostro) (?:commento|messaggio|post|domanda|reclamo|richiesta)\b|\bincornici\p{L}* (?:il|la|i|le) (?:suo|sua|tuo|tua|vostro|vostra|suoi|sue|tuoi|tue) (?:commento|commenti|messaggio|messaggi|domanda|domande|post|reclamo|richiesta)\b`,
	],
	/** Name-calling: the citizen labelled or the insult sent back ("il pagliaccio sei tu", "sei un troll", "gente come te", "terrapiattista"). */
	nameCalling: [
		String.raw`\b(?:(?:il|la|i|le) (?:pagliacci[oa]?|buffon[ei]|ridicol[oiae]|ignorant[ei]|incapac[ei]) (?:sei tu|e lei|sara lei|sarai tu|sarete voi|siete voi|siete|sei|e)\b)`,
		String.raw`\b(?:(?:lo|la) (?:sara|e) (?:lei|lui|tu)\b)`,
		String.raw`\b(?:leon[ei] da tastiera)`,
		// Not supposed or denied (r42b, session 42; one guard with the other labels, session 43): "scoprono se sei una capra,
		// una pecora o un mulo" (a farm game), "non sei un analfabeta perché non hai finito la scuola", "chi ti ha detto che
		// sei un rosicone?".
		String.raw`(?=sei |e |siete )${NOT_SUPPOSED}\b(?:(?:sei|e|siete) (?:un |una |dei |delle |il solito |la solita |i soliti |le solite |proprio un |proprio una )?(?:troll|hater|haters|analfabet[aie]|analfabeti funzionali|capr[ae]|boomer|rosicon[ei]|complottist[aie]|frignon[ei]|lamenton[ei]|piagnon[ei]|brontolon[ei]))`,
		String.raw`\b(?:(?:rosica|rosicate|rosichi)\b)`,
		String.raw`(?:povero|povera|poveri|povere) (?:illus|ingenu|scem|ignorant|sciocc)\p{L}*`,
		String.raw`\b(?:gli|i|le|l')\s?(?:incompetent|ignorant|maleducat|cafon|ridicol|buffon|pagliacc|incapac|ladr|analfabet)\p{L}* (?:sono|siete|e|sei) (?:quell[ie]|chi|tu|lei|voi)\b`,
		String.raw`\b(?:sei|siete) (?:proprio |davvero |anche )?piu (?:lent|stupid|ignorant|scem|tont|cretin|pigr|nois|inutil|sord|testard|antipatic|lamentos|pesant|insopportabil)\p{L}* (?:di|del|della|dello|dei|delle) \p{L}+`,
		String.raw`\b(?:quelli|quelle|gente) come (?:te|lei|voi)\b`,
		String.raw`\b(?:maleducat|ignorant|incivil|cafon|incompetent|arrogant|villan)\p{L}* come (?:te|lei|voi)\b`,
		// Family L (L056): the citizen's report called spying, a mean thing.
		String.raw`\bfare (?:la spia|il delatore|la delatrice)\b|\b(?:e|sei|siete) (?:stat[oa] )?(?:una cosa |un gesto |un comportamento |proprio |davvero )?meschin\p{L}*`,
		// Families BZ and CA (BZ012, CA013): the citizen compared to an animal or a fool, "guidi come un pollo",
		// "guidi come un somaro"; families CD, CF, CG: "smettila di urlare in maiuscolo come una pazza",
		// "guidi come un incapace". Only the citizen's own doing (a second or polite person, not
		// "lavoriamo", nor the impersonal "si cammina quasi come una capra"), or told to stop doing it;
		// not denied or supposed ("non guidi come un incapace: è il navigatore", "se quando vedi la pista
		// ti comporti come un bambino, sei in ottima compagnia", reviewers' look-alikes r33b).
		String.raw`\b(?=smett|finisc|evit|guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)(?<!\b(?:se|non)\b[^.,;:!?\n]{0,40})(?:(?:smettila|smetti|smetta|smettetela|smettete|finiscila|evita|eviti|evitate) di (?:guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)are|(?<!\bsi )(?:guid|parl|ragion|comport|lament|url|sbrait|frign|cammin)(?:i|a|ate|e|ete))\b(?: [\p{L}']+){0,3}? come (?:un |uno |una |un'|dei |degli |delle )?(?:${FOOL}|ubriac(?:o|a|hi|he)|bambin[oia]|ragazzin[oia])\b`,
		String.raw`\bterrapiattist\p{L}*`,
		String.raw`\bla terra (?:e|sia) piatta\b`,
		String.raw`\bcome (?:certe|certi|la sua|la tua|sua|tua) (?:mamme|madri|nonne|nonni|mamma|madre|nonna|nonno|suocera|suocere)\b`,
		// Family DG (DG030): "verrebbe da chiedersi chi dei due sia l'intelligenza artificiale", of the citizen's spelling.
		String.raw`\b(?:verrebbe|viene|vien) da (?:chiedersi|chiederti|domandarsi|pensare) chi (?:dei due|tra noi|tra (?:i|voi|noi) due) (?:sia|e|fosse)\b`,
		// Families DI and DL (DI043, DL050): "guidi con gli occhi foderati di prosciutto", "più che i cartelli ti servono
		// un paio d'occhiali".
		String.raw`\b(?:occhi|orecchie) foderat\p{L}* di prosciutto\b`,
		String.raw`\bpiu che\b[^.!?\n]{0,30}?\b(?:ti|le|vi) serv(?:e|ono|irebbe|irebbero) (?:un paio d'|degli |gli |un )(?:occhiali|oculista)\b`,
		// Families EW to EZ, after they were read (session 39): "genio della tastiera" (EZ033), any such title "della/da tastiera";
		// "bulletto da tastiera" (HX011, session 42).
		String.raw`\b(?:genio|geni|eroe|eroi|bull[oi]|bullett[oi]|guerrier[oi]|fenomen[oi]|professor[ei]|giurist[ai]|avvocat[oi]|scienziat[oi]|sceriff[oi]|giustizier[ei]|detective|investigator[ei]|poliziott[oi]) (?:della|da) tastiera\b`,
		// Families FE to FH, after they were read (session 39): "basta non guidare come un somaro col telefono in mano" (FF035).
		String.raw`\bbasta (?:non )?(?:guidare|parlare|comportarsi|scrivere|parcheggiare|ragionare) come (?:un|una|uno|un') ?${FOOL}\b`,
		// Families FU to FX, after they were read (session 40): "il tuo commento è un piccolo capolavoro di ignoranza"
		// (FX002); "gli incompetenti li cerchi allo specchio" (FU041) is putDowns.ts's MIRROR.
		String.raw`\b(?:capolavor|trionf|concentrat|campionari|festival|sagra|fiera|manuale)\p{L}* (?:di|dell'|della|delle|dei) ?(?:ignoranz|maleducazion|stupidit|incivilt|qualunquism|idiozi|cafonagg)\p{L}*`,
		// Family HV, after it was read (session 42): "bisogna essere proprio una talpa per non vederli" (HV021), whatever the
		// noun: only someone who is one could miss it; not "bisogna essere residenti per iscriversi", nor the office's own
		// "non bisogna essere distratti per non vederli, erano troppo piccoli" (r42).
		String.raw`(?=bisogna|occorre|dev|si deve)(?<!\bnon )\b(?:bisogna|occorre|devi|deve|dovete|si deve) (?:proprio |davvero )?essere (?:proprio |davvero |veramente )?(?:(?:un|una|uno|dei|delle|degli) |un')?\p{L}+ per non (?:vederl\p{L}*|vedere|notarl\p{L}*|notare|accorgers\p{L}*|capirl\p{L}*|capire|leggerl\p{L}*|sentirl\p{L}*)\b`,
		// Family HZ (HZ046, session 42): "cafone e maleducato come pochi", a rude word made a record; not "un temporale
		// violento come pochi" (manners only).
		String.raw`\b(?:maleducat|cafon|villan|ignorant|arrogant|incivil|zotic|screanzat|bifolc|cretin|stupid|idiot|imbecill|scortes|prepotent|presuntuos)\p{L}* come (?:pochi|poche|nessuno|pochissim[ie])\b`,
		// Families IK and IL, after they were read (session 42): the citizen named one, "in buona lingua italiana si dice
		// somaro 🐴" (IK028); "chi guida con il cervello di una gallina 🐔" (IL037).
		String.raw`\b(?:si dice|si chiama|si definisce)\s*:?\s*(?:${FOOL}|${RUDE_PERSON})(?!\p{L})`,
		String.raw`\bcervell\p{L}* (?:di|da) (?:una |un )?(?:gallin|poll|passer|formic|moscerin|criceto|canarin|scimmi|gallinacc)\p{L}*`,
		// Families KY to LB, after they were read (session 46): the citizen's writing likened to a fool's, "scrivere tutto in
		// maiuscolo come una pazza isterica" (KY012); "cieco come una talpa" (LA013), "le prende un somaro al volante" (LB012).
		String.raw`(?=scriv)(?<!\b(?:se|non)\b[^.,;:!?\n]{0,40})\bscriv(?:i|e|ete|ere)\b(?: [\p{L}']+){0,4}? come (?:un |uno |una |un')?${FOOL}\b`,
		String.raw`(?<!\bsent\p{L}* )\bciec[oaie] come (?:una talpa|un pipistrello|delle talpe)\b|\b(?:un|una|uno) (?:somar[oa]|asin[oa]|cretin[oa]|imbecill[ei]|scem[oa]|ciuccio|pirla) al volante\b`,
	],
	/** Dismissal: the citizen brushed off or told to go away ("chi se ne frega", "se ne faccia una ragione", "problema suo", "non è un hotel a 5 stelle"). */
	dismissal: [
		String.raw`\b(?:ci (?:sei|e) o ci (?:fai|fa)\b)`,
		String.raw`\b(?:ci (?:fa|fai) o ci (?:e|sei))`,
		String.raw`\b(?:(?:fatti|si faccia|fatevi) una vita)`,
		String.raw`\b(?:non abbiamo tempo da perdere con (?:te|lei|voi|chi))`,
		String.raw`\b(?:(?:mettiti|si metta|mettetevi) (?:il cuore|l'anima) in pace)`,
		String.raw`\b(?:(?:chi|e chi) (?:ti|vi|la|le|si) (?:credi|crede|credete) di essere)`,
		String.raw`che (?:pena|tristezza|squallore) (?:leggere|vedere|sentire)`,
		String.raw`(?:mi|ci) secc(?:o|a|hiamo|a molto) (?:a )?(?:leggere|rispondere)`,
		String.raw`(?<!\bnon )(?:e|sono) (?:un |affari |)?(?:problema|problemi|affar[ei]) (?:tuo|tuoi|suo|suoi|vostro|vostri)\b`,
		String.raw`\bnon (?:insistere|insista|insistete)\s*(?:[.!]|$)`,
		String.raw`\b(?:e )?sti cavoli\b`,
		String.raw`\bsticazzi\b`,
		String.raw`\bchi se ne (?:frega|importa|fotte)\b`,
		String.raw`\bchissenefrega\b`,
		String.raw`\b(?:piantala|piantatela|la pianti|smettila|smettetela|la smetta) di (?:lamentar\p{L}*|frignare|piagnucolare|rompere|scrivere|commentare|polemizzare|criticare)\b`,
		String.raw`\b(?:fattene|fatevene|se ne faccia) una ragione\b`,
		String.raw`\be allora (?:prendi|prenda|prendete|vai|vada|andate|usa|usi|usate|compra|compri|comprate|cambia|cambi|cambiate|trasferisciti|si trasferisca)\b[^.!?\n]{0,40}!`,
		String.raw`\b(?:abbiamo|ha|hanno) (?:anche )?(?:altro|cose piu importanti|di meglio) da fare\b`,
		String.raw`\bchi e causa del suo mal\b`,
		String.raw`\b(?:trovarsi|trovarti|trovati|si trovi) un hobby\b`,
		String.raw`\b(?:smettere|smetta|smetti) di seguirci\b`,
		String.raw`\bmeno (?:lamentele|polemiche)\b`,
		String.raw`\bse ne fara(?:i|nno)? una ragione\b`,
		String.raw`\bse (?:\p{L}+ ){0,4}(?:le|ti|vi) piace(?:va)? (?:cosi )?tanto\b(?=[^.!?\n]{0,60}\b(?:vada|vai|andate|andarci|ci vada|trasferisc\p{L}*|trasloc\p{L}*|treni|treno|partono|parte|biglietto|si accomodi|accomodati|nessuno (?:la|ti|vi) trattiene))`,
		String.raw`\bnon (?:e|siamo) (?:mica )?(?:un|in un) (?:hotel|albergo|resort)(?: a (?:5|cinque) stelle)?\b`,
		String.raw`\bnon (?:si aspetti|ti aspettare|vi aspettate|aspettatevi|si aspettino) (?:dei )?miracoli\b`,
		String.raw`\bstaremmo (?:freschi|proprio freschi)\b`,
		String.raw`\bnon siamo (?:mica )?(?:il (?:tuo|suo|vostro) |un |il )?(?:call center|centralino|servizio clienti|servizio personale|maggiordom\p{L}*|segretari\p{L}*|babysitter|bancomat)\b|\bnon e (?:mica )?(?:il (?:tuo|suo|vostro) |un |il )?(?:call center|centralino|servizio clienti|maggiordom\p{L}*|segretari\p{L}*|babysitter|bancomat)\b(?!\s+(?:attiv|apert|h24|notturn|di notte|per le emergenze|del|della|dei|delle|dello|comunal)\p{L}*)`,
		// Family S (S016): a frightened citizen told that only fools believe it ("ci crede chi ha voglia
		// di crederci", "li mette in giro chi non ha niente di meglio da fare").
		String.raw`\bci crede chi (?:ha voglia di|vuole) crederci\b|\bchi non ha (?:niente|nulla|altro) di meglio da fare\b`,
		// Family Q (Q035): the staff's private life held up against a complaint ("anche chi gestisce
		// questa pagina nel weekend ha una vita").
		String.raw`\banche (?:noi|loro|chi\b[^.!?\n]{0,60}?|(?:gli|i|le|la|il|lo) (?:operator|dipendent|impiegat|collegh|addett|social media manager)\p{L}*) (?:abbiamo|ha|hanno|avremo|avra|avranno) (?:pure |anche )?una vita\b|\b(?:abbiamo|hanno) (?:pure |anche )?una vita anche (?:noi|loro)\b`,
		// Family ID (ID030, session 42): the citizen's dialect mocked, "se scrive in italiano magari ci capiamo meglio 😄".
		String.raw`\bse (?:scrive|scrivi|scrivete|parla|parli|parlate) in italiano\b[^.!?\n]{0,30}?\b(?:ci capiamo|(?:la|ti|vi|l[oa]) capiamo|capiamo)\b`,
	],
	/** Exasperation: the page tired of the citizen ("gliel'abbiamo detto mille volte", "quante volte dobbiamo ripeterlo", "ma insomma!"). */
	exasperation: [
		String.raw`\bma insomma\s*!`,
		String.raw`\b(?:te|ve|glie|l')?l?[oaie]?\s?(?:abbiamo|ho|avevamo|avevo) (?:gia )?(?:detto|ripetuto|spiegato|scritto) (?:(?:gia|almeno|piu di) )?(?:mille|cento|centomila|un milione di|\d{1,3}(?:\.\d{3})+|\d{3,}) volte`,
		String.raw`\bper (?:la |l')?(?:millesima|centesima|ennesima) volta\b[^.!?\n]{0,30}!`,
		String.raw`\bquante volte (?:dobbiamo|devo|dovremo|bisogna|si deve) (?:dirlo|ripeterlo|spiegarlo|scriverlo|ripetere|dire|spiegare|scrivere)\b`,
		String.raw`\bma davvero\s*\?`,
		String.raw`\b(?<verb>apre|arriva|passa|riapre|finisce|parte|risponde|ripara) quando \k<verb>\b`,
		String.raw`\bcome (?:gia )?ampiamente (?:spiegato|detto|scritto|chiarito|ripetuto)\b`,
		String.raw`\bnon c'era bisogno di (?:dircelo|scriverlo|ricordarcelo|ripeterlo|farcelo notare)\b`,
		String.raw`\bla pazienza e la virtu dei forti\b`,
		// Family M (M030): "come già spiegato più volte", "come detto decine di volte".
		String.raw`\bcome (?:gia )?(?:detto|spiegato|scritto|ripetuto|chiarito|ribadito) (?:gia )?(?:piu volte|mille volte|cento volte|decine di volte|n volte|fino alla noia|ripetutamente|in tutte le salse)\b`,
		// Family IB (IB008, session 42): a citizen writing in capitals mocked, "abbassa il volume che ti sentiamo fino al vivaio!!
		// Urli più tu di tutto il condominio".
		String.raw`\b(?:urli|strilli|gridi|urla|strilla|grida|urlate|strillate|gridate) piu (?:tu|lei|voi) (?:di|del|dello|della|dei|degli|delle|che)\b|\babbass\p{L}* (?:il volume|la voce)\b[^.!?\n]{0,30}?\b(?:ti|la|vi) sentiamo\b`,
		// Families KA to KD (session 45): "scusa se nel weekend non eravamo qui ad aspettare solo te" (KB015), not "i posti sono lì ad aspettare proprio te".
		String.raw`\b(?:ad|a) aspettare (?:solo|soltanto) (?:te|lei|voi)\b`,
		// Families JS to JV, after they were read (session 45): a hashtag that calls the complaint a drama, "#drammadelgiorno"
		// (JT014), not "#emergenzacaldo" or "#protezionecivile".
		String.raw`#(?:dramm|drama|tragedi|piagnist|vittimis|lagn|frign|capricc|isteri|sceneggiat|lamentel|polemic)\p{L}*`,
	],
	/** Turning the blame on the citizen ("detto da uno che…"): lexicon/turnedBlame.ts. */
	blame: TURNED_BLAME_FORMS,
	/** Gossip: other people run down on the page, a supplier or a colleague ("campa cavallo", "non è la prima volta che ci combinano scherzi", "tra colleghi lo diciamo da anni"). */
	gossip: [
		String.raw`\bcampa cavallo\b`,
		String.raw`\b(?:e|con (?:quell[ie]|loro) e) (?:sempre )?la (?:solita|stessa) storia\b`,
		String.raw`\b(?:ci|ne) (?:combina|combinano|ha combinat\p{L}*|hanno combinat\p{L}*) (?:un'altra|di tutti i colori|scherzi|una delle sue|delle sue)\b`,
		// Family Y (Y022): "ne combina una al mese"; Y023: colleagues who "vivono ancora nel 1995".
		String.raw`\b(?:ci|ne) (?:combina|combinano) (?:una|due|tre|una nuova) (?:al giorno|alla settimana|a settimana|al mese|all'anno|ogni (?:giorno|settimana|mese))\b`,
		String.raw`\bviv(?:e|ono|ete) ancora (?:nel|negli|nell'|al|agli) ?(?:1\d{3}|anni (?:'|’)?[1-9]0|anni (?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)|secolo scorso|medioevo|preistoria|eta della pietra|giurassico|ottocento|novecento)\b`,
		String.raw`\btra (?:noi )?collegh\p{L}* (?:lo )?(?:diciamo|si dice|si sa|sappiamo)\b`,
		// Family AE (AE016, AE014): "con loro conviene insistere"; a councillor told "stavolta ci vediamo lì
		// invece che nei commenti 😉".
		String.raw`\bcon (?:loro|quell\p{L}*|questi|queste) (?:conviene|bisogna|serve|tocca) insistere\b`,
		String.raw`\b(?:ci vediamo|ci vedremo|la aspettiamo|ti aspettiamo|vi aspettiamo) (?:li|la|in aula|in consiglio) (?:invece che|anziche|piuttosto che) (?:nei|sui|sotto i) (?:commenti|social|post)\b`,
		// Family AD (AD018): the bus company's call centre that answers "quando va bene".
		String.raw`\b(?:rispond\p{L}*|arriv\p{L}*|passa|passano|funzion\p{L}*|lavora|lavorano) (?:solo )?quando (?:va bene|gli va|ne hanno voglia|hanno voglia|gli gira|capita)\b`,
		// Family AA (AA018, AA016): a company that "non è nuova a letture un po' strampalate"; the ribbon
		// that "stavolta lo taglierà qualcun altro".
		String.raw`\bnon (?:e|sono) (?:propriamente |proprio |certo )?nuov[oaie] (?:a|ad) [^.!?\n]{0,30}?\b(?:strampalat|sbagliat|errat|ritard|pasticc|error|disserviz|guast|svist|figurac|scivolon)\p{L}*`,
		String.raw`\bnastr[oi]\b[^.!?\n]{0,30}?\b(?:lo |li )?(?:taglier\p{L}*|tagli\p{L}*) (?:qualcun altro|qualcun'altra|un altro|un'altra|altri)\b`,
		// Family S (S022): "ormai lo sanno tutti che il postino passa un giorno sì e tre no".
		String.raw`\b(?:ormai|tanto) lo sanno tutti\b|\bun giorno si e (?:due|tre|quattro|dieci|\d+) no\b`,
		// Family Q (Q031): another person's reputation told to the citizen ("non sei il primo a
		// lamentarti di quel signore", "la Polizia locale lo conosce già bene").
		String.raw`\bnon (?:sei|e|siete) (?:il primo|la prima|i primi|le prime|l'unic[oa]|gli unici|le uniche) a (?:lamentar\p{L}*|segnalar\p{L}*|protestar\p{L}*) (?:di|per|contro|su) (?:quel|quella|quei|quelle|quello|questo|questa|il|la|lo|i|le|gli) (?:signor\p{L}*|vicin\p{L}*|tizi\p{L}*|person\p{L}*|ragazz\p{L}*|famiglia|inquilin\p{L}*|condomin\p{L}*|uomo|donna|individu\p{L}*)`,
		String.raw`\b(?:la polizia(?: locale| municipale)?|i vigili|i carabinieri|gli agenti|i servizi sociali|(?:tutto )?il quartiere) (?:lo|la|li|le) (?:conosce|conoscono|conosciamo) (?:gia |ormai |molto |fin troppo |piuttosto )*(?:bene|benissimo)\b`,
		// Family FK (FK045, session 39): the citizen's own calls told, "al centralino la conosciamo bene, una sfuriata a settimana".
		String.raw`\b(?:al centralino|allo sportello|in ufficio|qui|da noi) (?:la|lo|ti|vi) conosciamo (?:gia |ormai |tutti |fin troppo )*(?:bene|benissimo)\b`,
		// Families FU to FX, after they were read (session 40): "I soliti geni dei servizi informatici anche stavolta hanno
		// combinato un disastro" (FV023; not "a noi tocca raccogliere i cocci", said after a storm, r40); "la signora Rinaldi,
		// che con il pubblico purtroppo non è proprio il massimo" (FW050), "che con il pubblico non è mai stata molto portata" (GA036),
		// "che conosce mezzo paese ma con la fila non è mai stata svelta" (GO012).
		String.raw`\b(?:i soliti|quei|quelli) (?:geni|genietti|fenomeni|luminari|scienziati|professoroni|espertoni) (?:dei|del|della|delle|dell'|degli) ?${OTHER_OFFICE}`,
		String.raw`\bche\b[^.!?\n]{0,30}?\bcon (?:il pubblico|la gente|gli utenti|i cittadini|la fila|le code)\b[^.!?\n]{0,20}?\bnon (?:e|e mai stat[oa]|sono|sono mai stat[ie]) (?:proprio |esattamente |certo |propriamente |molto |troppo |tanto )?(?:il massimo|un granche|una cima|un fulmine|portat\p{L}*|svelt\p{L}*|veloc\p{L}*|rapid\p{L}*)\b`,
		// Families KI to KP, after they were measured and read (session 46): mock surprise and a gloss for a child, "il Comune non le
		// fa, sorpresa! 🙃 … guardi il contatore (sì, quella scatola con i numerini)" (KJ015), not "Sorpresa! 🎉 Il corso è gratuito".
		String.raw`\bsorpresa\s*!+\s*(?:\u{1F643}|\u{1F60F})|\(si,? (?:quell[ao]|quei|quelle) (?:\p{L}+ ){1,3}?con (?:i|le|gli) \p{L}+in[ie]\)`,
	],
	/** Shaming: telling the citizen to be ashamed ("si vergogni", "dovrebbe vergognarsi"). */
	shaming: [
		String.raw`\b(?:(?:vergognati|si vergogni|vergognatevi|vergogna a (?:lei|te|voi)))`,
		String.raw`\b(?:dovrebbe|dovrebbero|dovresti|dovreste) vergognar\p{L}*`,
		// Family Y (Y011): "ci sarebbe molto meno di cui vergognarsi".
		String.raw`\b(?:molto |ben |assai )?(?:meno|piu) (?:di cui|da) vergognar\p{L}*`,
		String.raw`\b(?:si|vi|ti) dovrebbe(?:ro)? vergognare\b`,
		// Family Q (Q041): a comment said to shame the whole town.
		String.raw`\b(?:comment\p{L}*|parole|messaggi|post|frasi|cose) (?:del genere|come (?:questo|questi|queste|il suo|il tuo|i suoi|i tuoi)|simili|cosi) (?:fanno|fa|farebbero|farebbe) vergognare\b`,
		// Family DE (DE047): "a vergognarsi dovrebbe essere chi scrive così".
		String.raw`\ba vergognar(?:si|ti|vi) (?:dovrebbe|dovrebbero|deve|devono|dovresti|dovreste) (?:essere )?(?:chi|tu|lei|voi)\b`,
	],
} as const satisfies Record<string, readonly string[]>;

/** The kinds of mockery, as named in MOCKERY_FORMS. */
export type MockeryForm = keyof typeof MOCKERY_FORMS;

/**
 * Every form of mockery as a pattern of its own, for the gate: run one by one they take about half
 * the time of one pattern with all of them as alternatives, tried at every position. Ironic praise
 * apart: under a compliment "che bello leggere commenti così" is sincere (family AE).
 */
const each = (forms: readonly string[]): readonly RegExp[] => forms.map((form) => new RegExp(form, 'gu'));
export const MOCKERY_EACH: readonly RegExp[] = each(
	Object.entries(MOCKERY_FORMS).flatMap(([kind, forms]) => (kind === 'ironicPraise' ? [] : forms)),
);
export const IRONIC_PRAISE_EACH: readonly RegExp[] = each(MOCKERY_FORMS.ironicPraise);
