// Rude words turned back on the citizen (part of the put-downs, lexicon/putDowns.ts, which lists them in PUT_DOWNS): the
// citizen as the only one at fault or the only rude one, a rude word as a vocative or thrown back to the mirror, a driver
// called a fool. Moved out of lexicon/putDowns.ts unchanged in session 45, when that file passed 300 lines.

import { FOOL, NAMING_INSULTS, RUDE_PERSON } from './rudeWords';

/**
 * The blame turned back on the citizen, as the one who deserves it: "qui l'unico da licenziare saresti tu",
 * "l'unica che non ha capito sei tu", "qui l'unico cafone che urla «ladri» è lei" (CV047), "l'unico parassita qui è chi scrive"
 * (EE013, session 38), "l'unico incompetente qui è chi non sa leggere una tabella" (FT042), "l'unico parassita qui è chi
 * riempie le pagine pubbliche di razzismo" (GA016, session 40), "somaro è chi non legge, non chi segnala" (GD046), "ladro
 * sarà Lei, e pure maleducato" (GJ002), "il problema è chi guida con la testa tra le nuvole come te" (GG002), "uno così
 * distratto al volante è un pericolo pubblico" (GI020), "o il varco è segnalato da cani o qualcuno guida da cane" (GM003),
 * "è chi guida da somaro con gli occhi chiusi" (GP002),
 * "colpa di un automobilista un po' tonto" (GL046), "qua di incompetenti c'è solo chi i bandi non li legge" (EV046, session 39);
 * an animal in that place, "l'unico cane qui è chi guida senza guardare i cartelli" (GW025, session 41); "di maleducati invece, a leggere il Suo
 * commento, almeno uno sì" (KV012, session 46). Not praise ("l'unico
 * da ringraziare sei tu").
 */
export const ONLY_ONE_IS_YOU = new RegExp(
	String.raw`\bl'unic[oa] (?:da (?:licenziare|cacciare|mandare a casa|rimproverare|multare|denunciare|bloccare)|che (?:non (?:ha capito|capisce|sa)|sbaglia|ha sbagliato|offende|urla)|${RUDE_PERSON}|(?:can[ei]|somar[oi]|asin[oi]|bestia|capra|maial[ei]|mul[oi])\b|(?:incompetent|incapac)\p{L}*|in torto|fuori luogo)\b[^.!?\n]{0,40}?\b(?:(?:saresti|sei|sarebbe|e) (?:proprio |solo )?(?:tu|lei|voi)\b|e chi (?:\p{L}+|non (?:sa|sanno|capisce|legge|ha letto)))|\bdi ${RUDE_PERSON}\b[^.!?\n]{0,50}?\balmeno (?:uno|una) (?:si|c'e)\b|\bdi ${RUDE_PERSON} (?:qui |qua |in questa (?:discussione|pagina|conversazione) )?(?:c'e|ci sono) (?:solo|soltanto) (?:chi|lei|tu|voi)\b|\b(?:${RUDE_PERSON}|somar\p{L}*|asin[oiae]) (?:e|sei|siete) chi non (?:legge|sa leggere|guarda|capisce|vede|ascolta)\b|(?<!\bnon )\b(?:${RUDE_PERSON}|ladr[oaie]|bugiard\p{L}*|imbroglion\p{L}*|truffator\p{L}*) (?:sara|sarai|sarete) (?:lei|tu|voi)\b|\b(?:il problema|la colpa) (?:e|sono) (?:di )?chi\b[^.!?\n]{0,50}?\bcome (?:te|lei|voi)\b|\b(?:sei|siete|e lei) un pericolo pubblico\b|\buno cosi\b[^.!?\n]{0,30}?\be un pericolo\b|\b(?:qualcuno|chi|uno che) (?:guida|parcheggia|scrive|legge) (?:da|come) (?:un )?(?:can[ei]|somar\p{L}*|asin[oiae]|ciec[oa])\b|\bcolpa (?:di|del|dell') ?(?:un |uno |una )?\p{L}+ (?:un po'? )?(?:${RUDE_PERSON})`,
	'gu',
);

/**
 * A driver, a user or a citizen called a fool, where the reply speaks of the one who complained: "tre multe in una
 * settimana non sono colpa del varco ma di un automobilista distratto e pure un po' tonto" (JZ012, session 45); also the
 * southern "sei proprio nu ciuccio al volante" (JW012, in YOU_ARE_JUDGED). Not where a "non" comes between ("un utente
 * non è stupido se chiede").
 */
export const PERSON_CALLED_FOOL =
	/\b(?:automobilist|cittadin|utent|genitor|contribuent|guidator|conducent|ciclist|pedon|signor)\p{L}*\b(?:(?!\bnon\b)[^.!?\n]){0,30}?\b(?:tont|scem|stupid|cretin|imbecill|idiot|deficient|rimbambit|babbe|allocc)[oaie]\b/gu;

/**
 * Families CU to CZ, after they were read (session 35): "cafone che non è altro" (not "che non è altro che",
 * "nothing but"), "si guardi allo specchio", "guidi da somaro", a rude word as a vocative ("…sull'educazione,
 * cafone."; not "chi riconosce di essere, in fondo, ignorante"). Condescension is in lexicon/condescension.ts.
 * Families DY to EB (session 38): the reader's "Lei" ("Lei scrive come un ubriacone all'osteria", DY026), the
 * citizen's words as a rude person's ("il tuo commento da bifolco razzista", EB041), "una testa dura come la sua"
 * (EA034). Families KI to KP (session 46): the comment's words turned back, "da cani guidi tu" (KL013); three fines in one
 * week "sono da pirata della strada" (KP013), not a campaign's "i pirati della strada vanno fermati" or
 * others' speed, "velocità così sono da pirata della strada" (r46); "sei tu che guidi con gli occhi
 * di una talpa e la patente presa coi punti del detersivo" (KT013).
 */
export const NOTHING_ELSE = /\bche non (?:e|sei|siete) altro\b(?! che\b)/gu;
/**
 * The citizen sent to the mirror: "si guardi allo specchio", "gli incompetenti li cerchi allo specchio" (FU041, session 40), "li
 * vada a cercare davanti allo specchio" (HT014, session 41). After an insult, what to say to the mirror: "ladro e
 * incompetente lo vada a dire allo specchio" (JA013, session 43), not advice to rehearse ("prima lo dica allo specchio") or a
 * school paper called Specchio (r43b).
 */
export const MIRROR =
	/\b(?:si guardi|guardati|guardatevi|si guardino|(?:li|lo|la|le) (?:(?:vada|vai|andate) a )?(?:cercare|cerchi|cerchino|cerca|cercate|trovi|trova|trovate|vedi|vede|vedete)) (?:prima |bene )?(?:allo|nello|davanti allo) specchio\b/gu;
export const INSULT_TO_MIRROR = new RegExp(
	String.raw`\b(?:${RUDE_PERSON}|ladr[oiae]|incompetent[ei]|incapac[ei])\b[^.!?\n]{0,30}?\b(?:lo|la|li|le) (?:(?:vada|vai|andate|venga) a )?(?:dire|dica|dici|dite|raccontare|racconti|racconta) (?:pure )?(?:allo|davanti allo) specchio\b`,
	'gu',
);
export const LIKE_A_BRUTE = new RegExp(
	String.raw`\b(?:guidi|parli|scrivi|ragioni|ti comporti|sembri|reagisci|commenti|ti esprimi|guidate|parlate|scrivete|ragionate|vi comportate|sembrate|reagite|commentate|vi esprimete|lei (?:scrive|parla|ragiona|si comporta|sembra|reagisce|commenta|si esprime|guida)) (?:proprio )?(?:da|come) (?:un |una |uno |un')?(?:${RUDE_PERSON}|somar\p{L}*|asin[oiae]|pirat[ai]|besti[ae]|can[ei])\b|\b(?:da|come) (?:un |uno )?(?:can[ei]|somar[oi]|asin[oi]|pirat[ai]|besti[ae]|${RUDE_PERSON}) (?:guidi|scrivi|parli|ragioni|guida|scrive|parla|ragiona) (?:proprio )?(?:tu|lei|voi)\b|(?<!\bnon )(?<=(?:[:;]\s?|\b(?:multe|verbali|sanzioni|infrazioni)\b[^.!?\n]{0,60}))\b(?:sei|siete|e|sono) (?:proprio |roba |cose )?da pirat[ai] della strada\b|\bpatente\b[^.!?\n]{0,30}?\b(?:(?:con i|coi) punti (?:del|della|dei) (?:detersivo|supermercato|benzinaio|fustino|merendine)|nelle patatine|nel fustino|(?:alla|al) (?:lotteria|tombola|supermercato))\b|\b(?:sei tu|e lei|siete voi) che (?:guidi|guida|guidate) (?:con gli occhi di una talpa|a occhi chiusi|con la testa (?:tra|fra) le nuvole)\b`,
	'gu',
);
/**
 * Families DI to DL, after they were read (session 36): a rude word said to be the reader, "il cafone maleducato qui
 * sei tu" (DL001); "scrivere tutto in maiuscolo non ti rende meno cafone" (DI037).
 */
export const YOU_ARE_RUDE = new RegExp(
	String.raw`\b(?:il|la|l'|lo|i|gli|le) ?${RUDE_PERSON}(?: ${RUDE_PERSON})? (?:qui |in questa discussione )?(?:sei|e|siete) (?:solo |proprio |soltanto )?(?:tu|lei|voi)\b(?!\s*\?)|\b(?:ti|la|vi) rend\p{L}* (?:meno|piu|solo|ancora piu) ${RUDE_PERSON}`,
	'gu',
);
/**
 * Families DM to DP, after they were read (session 36): a comment said to be written only by a rude person ("commenti
 * così li scrive solo un poveraccio ignorante", DP002; not "non è solo un incivile"), the citizen told off for
 * playing the wit ("se hai ancora voglia di fare il simpatico", DN007; not "non serve fare il fenomeno", r32-011).
 */
export const ONLY_A_RUDE_ONE = new RegExp(
	String.raw`(?<!\bnon (?:e |sei |sono )?)\bsolo (?:un|una|un'|uno|dei|degli|delle) ?(?:gran |vero |vera |\p{L}+ )?${RUDE_PERSON}|\b(?:voglia di|smettila di|smetti di|smetta di|smettetela di|evita di|eviti di|evitate di) fare (?:il|la|lo|i|le) (?:simpatic|spiritos|fenomen|professor|splendid)\p{L}*|\b(?:un|una|uno|un') (?:gran |vero |vera )?${RUDE_PERSON} come (?:te|lei|voi|la sua|la tua|il suo|il tuo|la vostra|il vostro)\b|\b(?:qui c'e|c'e solo|sei|e solo|e proprio|qui c'e solo) (?:un|una) (?:guidatore|guidatrice|automobilista|conducente|cittadin[oa]|utente|tizi[oa]) (?:un po'? |proprio |davvero |piuttosto |parecchio )?${RUDE_PERSON}`,
	'gu',
);
export const VOCATIVE = new RegExp(
	String.raw`\b(?=${RUDE_PERSON})(?:(?<=[,;:]\s*)(?<!\b(?:essere|e|sia|sei|sono|resta|rimane|diventa|sembra|sembrare)\b[^.!?\n]{0,25})(?<!\b(?:${NAMING_INSULTS.join('|')})\b[^.!?\n]{0,60})${RUDE_PERSON}(?=\s*(?:[.!?]|\p{Extended_Pictographic}|$))|(?<=^|[.!?]\s+)${RUDE_PERSON}\s*[,!])`,
	'gu',
);
/**
 * Whoever fails at something, named a fool or said to be the reader (families IQ to IX, session 43): "chi non vede un varco
 * segnalato è un somaro al volante" (IU012), "chi non sa leggere una tabella qui è Lei" (IT040). Not denied ("chi non
 * conosce la procedura non è un incapace"); the reader only after "qui", "qua", "lì" or "là", since "chi non ha lo SPID
 * e Lei" joins two people.
 */
export const WHOEVER_FAILS_IS = new RegExp(
	String.raw`\bchi non (?:[\p{L}']+ ){1,8}?(?<!\bnon )(?:(?:e|sei|siete) (?:proprio |davvero |solo )?(?:un |una |uno |un')?(?:${FOOL}|${RUDE_PERSON})\b|(?:qui|qua|li|la) (?:e|sei|siete) (?:proprio |solo )?(?:lei|tu|voi)\b(?!\s*\?))`,
	'gu',
);
