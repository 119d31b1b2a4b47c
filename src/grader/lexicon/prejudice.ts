// Word patterns of the discrimination gate: a public administration's page treats every group alike (art. 3 of the
// Constitution), so it neither voices nor grants a prejudice about a group. The political side is in
// impartiality.ts. Patterns run on folded text (lowercase, no accents, quotes unified).

/** Groups of people a prejudice targets, by origin, religion or way of life. */
const GROUP = String.raw`(?:stranier\p{L}*|immigrat\p{L}*|extracomunitar\p{L}*|migrant\p{L}*|profugh\p{L}*|clandestin\p{L}*|zingar\p{L}*|nomadi|rom|musulman\p{L}*|islamic\p{L}*|african\p{L}*|nigerian\p{L}*|albanes\p{L}*|rumen\p{L}*|romen\p{L}*|marocchin\p{L}*|tunisin\p{L}*|cines[ei]|meridional\p{L}*|terron\p{L}*)`;

/**
 * Under a comment that states a prejudice, the page conceding its ground: "non neghiamo che una
 * parte del problema arrivi anche da lì" (family AL); the group called "certa gente", "anche tra
 * gli stranieri c'è chi…", "chi vuole integrarsi davvero", "se
 * imparano le regole", "qualche timore è comprensibile" (families AR, AS, AT), "tanti di loro arrivano qui
 * senza regole", "chi non parla la lingua finisce più facilmente a delinquere" (families BJ, BK, BL). Said of potholes it is
 * harmless: reply/sides.ts reads it only when the comment states a prejudice.
 */
export const PREJUDICE_CONCEDED =
	/\b(?:mica|non certo|altro che|non) (?:(?:quelli|quelle|coloro|gente) che|chi) (?:bivacc|spacci|rub|delinqu|ciondol)\p{L}*|\b(?:mica|non certo|altro che|non) (?:(?:quelli|quelle|coloro|gente) che|chi) (?:stanno|passano) (?:tutto il giorno |le giornate )?(?:in stazione|al parco|in piazza|a non fare niente)\b|\b(?:non (?:neghiamo|nego|si puo negare|possiamo negare|vogliamo negare)|nessuno nega|e innegabile) che\b[^.!?\n]{0,60}?\b(?:(?:una )?parte del problema|problem\p{L}*|delinquen\p{L}*|criminalit\p{L}*|microcriminalit\p{L}*|degrado|insicurezza)\b|\b(?:con |di |da |per )?(?:certa gente|quella gente|questa gente|certi soggetti|certi stranieri|certi immigrati)\b|\banche tra (?:gli |i |le )?(?:stranieri|immigrati|migranti|extracomunitari|profughi|rom|nuovi arrivati|chi arriva)\b[^.!?\n]{0,20}\bc'e (?:anche )?chi\b|\b(?:integrarsi|integrarli|inserirsi) davvero\b|\bdavvero (?:integrarsi|inserirsi)\b|(?<!\b(?:tutti|tutte|chiunque|ognuno) )\b(?:imparano|imparino|imparassero|rispettano|rispettino|rispettassero) (?:la (?:nostra )?lingua e )?le (?:nostre )?regole\b|\b(?:meno|minori|meno probabilita di|meno rischi di) (?:occasioni|tentazioni) di (?:finire|cadere|delinquere|sbandare)\b|\b(?:giri strani|brutti giri|cattive strade|cattive compagnie)\b|\bnon tutti (?:quelli|coloro) che (?:arrivano|vengono|sbarcano|entrano)\b[^.!?\n]{0,30}?\b(?:buone intenzioni|brave persone|onest\p{L}*|per ?bene)\b|\bqualche (?:timore|paura|preoccupazione|problema|diffidenza)\b[^.!?\n]{0,30}?\b(?:comprensibil\p{L}*|si capisce|si puo capire|ci sta|legittim\p{L}*)|\b(?:(?:tanti|molti|parecchi|troppi|buona parte|la maggior parte) di (?:loro|questi|quelli)|chi non (?:parla|conosce|sa|capisce) (?:(?:la )?(?:nostra )?lingua|l'italiano|italiano|le (?:nostre )?regole))\b[^.!?\n]{0,60}?(?:\b(?:arriva\p{L}*|vive|vivono|cresce|crescono|si comporta\p{L}*) (?:qui )?senza (?:regole|rispetto)\b|\b(?:a |di )?delinqu\p{L}*|\bnei guai\b|\ba rubare\b|\bin (?:galera|carcere)\b|\bcriminalit\p{L}*|\b(?:nei|in) (?:giri sbagliati|brutti giri|cattive compagnie)\b|\bsulla cattiva strada\b|\bnell'illegalita\b)/gu;

/** Traits a prejudice pins on a whole group. */
const TRAIT = String.raw`(?:delinquent|ladr|criminal|parassit|sporc|fannullon|violent|pericolos|spacciator|approfittator|mantenut|scrocc|sanguisug|feccia|besti|animal|incivil|invasor)\p{L}*`;

/**
 * Discriminatory claims, whoever says them: "prima gli italiani", "tornino a casa loro", "vengono
 * qui solo a delinquere", "ci rubano il lavoro", a whole group called criminal.
 */
export const PREJUDICE = new RegExp(
	[
		String.raw`\bprima (?:gli|agli|degli|ai|per gli|noi|i nostri|ai nostri) italian\p{L}*`,
		String.raw`\b(?:gli |agli )?italiani (?:prima|vengono prima|hanno la precedenza|devono venire prima|per primi)\b`,
		String.raw`\bprima (?:vengono|vanno|ci sono|pensiamo a|pensate a) (?:i nostri|gli italiani|noi italiani|noi)\b`,
		String.raw`\b(?:tornino|tornassero|tornatevene|tornatene|rimandiamoli|rimandateli|rimandarli|rimpatriarli|rimpatriateli|cacciateli|cacciarli)\b[^.!?\n]{0,15}(?:a casa (?:loro|propria)|al (?:loro|proprio) paese|da dove (?:sono venuti|vengono))`,
		String.raw`\baiutiamoli a casa loro\b`,
		String.raw`\b(?:vengono|venuti|arrivano|arrivati)(?: qui| in italia| da noi)? (?:solo |soltanto )?(?:a|per) (?:delinquere|rubare|spacciare|approfittar\p{L}*|farsi mantenere|vivere alle nostre spalle|non fare niente|bivaccare)\b`,
		String.raw`\b(?:ci )?(?:rubano|portano via) (?:il lavoro|le case|i soldi|i posti|il posto)\b`,
		String.raw`\b(?:vengono|arrivano|stanno) qui\b[^.!?\n]{0,20}\b(?:non si integrano|non vogliono integrarsi|non lavorano|non pagano)\b`,
		String.raw`\bsostituzione etnica\b|(?=invasione\b)(?<!\b(?:processionari|zanzar|insett|alghe|cimici|topi|ratti|piccion|cinghial|formiche|meduse|cavallett)\p{L}*\b[^.!?\n]{0,30})invasione\b(?![^.!?\n]{0,25}\b(?:zanzar\p{L}*|alghe|processionari\p{L}*|insett\p{L}*|cavallett\p{L}*|cimici|topi|ratti|piccion\p{L}*|cinghial\p{L}*|formiche|meduse|turist\p{L}*|visitator\p{L}*|tifosi|campo|palco)\b)`,
		String.raw`\b${GROUP} (?:(?:sono|che sono|siano) (?:tutti |quasi tutti |spesso |sempre |solo )?)?${TRAIT}`,
		// Family K (K082): the prejudice granted in part, "non neghiamo che qualche problema con alcuni stranieri ci sia";
		// "nessuno nega che certi stranieri creino problemi" (families AH, AI).
		String.raw`\b(?:non (?:neghiamo|nego|si puo negare|possiamo negare|vogliamo negare)|nessuno (?:nega|negherebbe|puo negare|vuole negare)) che\b[^.!?\n]{0,40}\b${GROUP}`,
		// Family AB (AB019): "chi impara la lingua … di solito smette di creare problemi"; family AF
		// (AF018): "chi impara l'italiano si integra e crea meno problemi".
		String.raw`\b(?:chi|stranier\p{L}*|immigrat\p{L}*|migrant\p{L}*|profugh\p{L}*|loro)\b[^.!?\n]{0,60}\b(?:smett\p{L}* di (?:creare|fare|dare|causare)|(?:crea|creano|fa|fanno|da|danno|causa|causano) meno) (?:problemi|guai|danni)\b`,
		// Family AN (AN020): "visto che con internet voi signore di una certa età non andate molto d'accordo";
		// family AQ (AQ019): "succede spesso con le signore di una certa età".
		String.raw`\b(?:succede|capita) (?:spesso |sempre |a volte )?(?:con|alle|agli|ai) (?:le |gli |i )?(?:signore|signori|persone|anziani|nonni|nonne) (?:di una certa eta|anzian\p{L}*)\b`,
		String.raw`\bdi una certa eta\b[^.!?\n]{0,40}\bnon (?:andate|vanno|siete|sono|e) (?:molto |tanto |proprio |mai )?(?:d'accordo|portat\p{L}*|pratic\p{L}*|capac\p{L}*)|\bcon (?:internet|la tecnologia|il computer|lo smartphone|il digitale)\b[^.!?\n]{0,40}\bdi una certa eta\b`,
		// Family AJ (AJ018): age, "a quell'età si sa che la tecnologia entra poco in testa".
		String.raw`\ba (?:quell'|una certa )eta\b[^.!?\n]{0,20}\bsi sa\b|\b(?:entra|entrano) poco in testa\b|\ba quell'eta\b[^.!?\n]{0,40}\bnon (?:entra|si impara|si capisce|ci si arriva)\b`,
		// Family AG (AG019): "con certe comunità i problemi di convivenza ci siano", either way round.
		String.raw`\bcon (?:certe|alcune|quelle) (?:comunita|etnie|nazionalita|culture|popolazioni)\b(?! montan)[^.!?\n]{0,40}\bproblem\p{L}*|\bproblem\p{L}*[^.!?\n]{0,40}\bcon (?:certe|alcune|quelle) (?:comunita|etnie|nazionalita|culture|popolazioni)\b(?! montan)`,
		// Family AE (AE020): "qualche problema con una parte degli stranieri ci sia"; family AM (AM019):
		// "qualche problema di delinquenza con una parte degli stranieri".
		String.raw`\b(?:qualche|alcuni|dei|certi) problem\p{L}*(?: di \p{L}+)? con (?:una parte (?:de|d)\p{L}* |alcuni |certi |gli |i |le )?${GROUP}`,
		// Family BA (BA021): a place's decline dated from a group's arrival, "da quando hanno aperto il
		// centro accoglienza lì dietro la sera è un'altra cosa"; or laid at its door, "per colpa dei profughi".
		String.raw`\bda quando\b[^.!?\n]{0,40}?\b(?:${GROUP}|centr[oi] (?:di )?accoglienza|campo (?:rom|nomadi)|richiedenti asilo)\b[^.!?\n]{0,60}?\b(?:un'altra cosa|non (?:e|sono) piu (?:lo stesso|la stessa|gli stessi|sicur\p{L}*|tranquill\p{L}*|vivibil\p{L}*|come prima)|non si (?:puo|riesce) piu|degrad\p{L}*|insicur\p{L}*|(?:ci sono|sono (?:iniziat|cominciat|arrivat)\p{L}*|nascono) (?:i |tanti |molti )?problem\p{L}*|(?:fa|fanno|mette|c'e) paura|peggiorat\p{L}*)`,
		String.raw`\b(?:per colpa|a causa|colpa) (?:de|d)\p{L}* (?:\p{L}+ )?(?:${GROUP}|centr[oi] (?:di )?accoglienza|richiedenti asilo)\b`,
		// Family BF (BF019): older people laughed at as a group, "abituati ai nonni che scambiano l'app IO
		// per la radio 😄".
		String.raw`\b(?:nonni|nonne|anziani|anziane|vecchietti|vecchiette|over ?[5-9]0)\b (?:che|quando) (?:scambiano|confondono)\b[^.!?\n]{0,60}?(?:[\u{1F604}\u{1F602}\u{1F923}\u{1F605}\u{1F606}]|\bahah)`,
		// Families BN and BO (BN019, BO024): a group or a reception centre tied to a place's decline in any
		// order, "da quando hanno riaperto il centro accoglienza … certe cose succedono più spesso", "con
		// tutte le famiglie straniere arrivate … la sera non ci si sente più tranquilli come una volta".
		String.raw`\b(?:${GROUP}|centr[oi] (?:di )?accoglienza|campo (?:rom|nomadi)|richiedenti asilo)\b[^.!?\n]{0,70}?\b(?:non ci si sente piu|non si (?:sta|vive|esce|cammina) piu|(?:certe cose|furti|episodi|risse|scippi|vandalismi)\b[^.!?\n]{0,20}?\b(?:succedono|capitano|accadono) (?:piu spesso|sempre piu|sempre di piu)|non (?:e|sono) piu (?:sicur|tranquill|vivibil)\p{L}*)\b`,
		// Family BI (BI011): residents of a kind of housing blamed, "la solita compagnia delle case popolari".
		String.raw`\b(?:solit[aoie]|compagnia|gente) (?:\p{L}+ )?(?:delle|dalle|dei|dai) (?:case popolari|palazzoni|casermoni|campo nomadi)\b`,
		// Families BJ and BK: a named group tied to crime or to having no rules (under a prejudice, "tanti di
		// loro" and "chi non parla la lingua" are read by PREJUDICE_CONCEDED).
		String.raw`\b${GROUP}\b[^.!?\n]{0,60}?(?:\bsenza (?:regole|rispetto|educazione|istruzione)\b|\b(?:a |di )?delinqu\p{L}*|\bnei guai\b|\ba rubare\b|\bin (?:galera|carcere)\b|\bcriminalit\p{L}*|\b(?:nei|in) (?:giri sbagliati|brutti giri|cattive compagnie)\b|\bsulla cattiva strada\b|\bnell'illegalita\b)`,
		// Family AA (AA019): "tra chi arriva non sono tutti stinchi di santo".
		String.raw`\b(?:non (?:(?:diciamo|dico|diremmo|diremo) che )?|nessuno (?:dice|sostiene|pensa) che )(?:sono|siano|saranno|sarebbero|e|sia|sara) (?:tutti |tutte |proprio |mica )*(?:stinchi di santo|uno stinco di santo|angioletti|santarellin\p{L}*|brave persone|santi)\b`,
	].join('|'),
	'gu',
);

/** The page grants what it just said: "…ci sia, e non lo neghiamo", "…, è vero". */
export const CONCEDED_HERE =
	/\b(?:non lo (?:neghiamo|nego|possiamo negare)|e innegabile|lo ammettiamo|(?<!\bnon )(?:e|e proprio) vero(?! il contrario| invece))\b/u;

/** The sentence rejects the prejudice it names: "non è vero che…", "è un pregiudizio". */
export const REJECTS_PREJUDICE =
	/\b(?:non (?:e|sia) (?:vero|giusto)|falso|pregiudizi\p{L}*|stereotip\p{L}*|luogo comune|luoghi comuni|generalizz\p{L}*|non (?:si puo|puoi|potete|possiamo) (?:dire|scrivere|accettare)|non (?:sono ammess|e ammess|e tollerat|sono tollerat)\p{L}*|vieta)\b/u;

/**
 * Agreement with what the citizen said: "hai ragione", "è giusto che gli italiani…", "condividiamo
 * il tuo sfogo", "siamo d'accordo". Not "hai ragione a chiedere" (the question, not the prejudice)
 * and not "capiamo la tua rabbia" (empathy, not agreement).
 */
export const AGREEMENT = new RegExp(
	[
		String.raw`(?<!\bnon )\b(?:hai|ha|avete) (?:perfettamente |pienamente |proprio |assolutamente |pure |anche |tutte le )?ragion[ei]\b(?!\s*(?:a|ad|nel|nello|nella|sul|sulla|sullo|su|quando|se)\b)`,
		String.raw`(?<!\bnon )\b(?:e|sarebbe) (?:giusto|sacrosanto|normale) che\b(?=[^.!?\n]{0,50}\b(?:italian|prima|nostr|loro|${GROUP}))`,
		String.raw`\bgiustamente\b(?![^.!?\n]{0,25}\b(?:chied|domand|vuoi sapere|vuole sapere|volete sapere))`,
		String.raw`\b(?:condividiamo|condivido|sottoscriviamo|sottoscrivo) (?:in pieno|pienamente|ogni parola|tutto|quanto|(?:il tuo|il suo|il vostro|la tua|la sua|la vostra) (?:pensiero|opinione|indignazione|punto di vista|rabbia|preoccupazione|sfogo))`,
		String.raw`\bsiamo (?:pienamente |perfettamente |assolutamente )?d'accordo\b|\b(?:concordiamo|concordo)\b`,
		String.raw`\b(?:in parte |pienamente |in pieno )?(?:lo|la) (?:condividiamo|condivido)\b`,
		String.raw`(?<!\bnon )\be vero che\b(?=[^.!?\n]{0,50}\b(?:italian|prima|nostr|loro|vengono|arrivano|tanti|molti|${GROUP}))`,
		String.raw`\bnon (?:hai|ha|avete) (?:tutti i |del tutto )?tort[oi]\b|\bcome (?:darti|darle|darvi) torto\b`,
		String.raw`(?<!\bnon )\b(?:un po'? di |qualche |la |una parte di )?ragione ce l'(?:hai|ha|avete)\b`,
	].join('|'),
	'gu',
);

/**
 * A contrast after the agreement that refuses the offence: "hai ragione, ma non puoi offendere"
 * grants a point and refuses the rest; "condividiamo il tuo sfogo, ma i corsi sono gratuiti" does not.
 */
export const CONTRAST =
	/\b(?:ma|pero|tuttavia|eppure|invece)\b[^.!?\n]*\b(?:offes\p{L}*|offend\p{L}*|insult\p{L}*|discrimin\p{L}*|pregiudiz\p{L}*|non (?:puoi|puo|potete|si puo)|policy|regol\p{L}*|netiquette|ammess\p{L}*|vieta|rispett\p{L}*)/u;
