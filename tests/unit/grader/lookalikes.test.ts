// Publishable replies written by reviewers in sessions 31 and 32 with the words of conduct patterns, used in an
// ordinary sense (an apology, a procedure, a rule for everyone, thanks): "qui si salva tutto in automatico",
// "la prossima volta presteremo più attenzione", "chi abbandona rifiuti rischia una denuncia". Four rounds
// (r1 to r3 near the session's own cues, r4 near older patterns) found most of them failed; the patterns were
// withdrawn or narrowed. Session 32's two rounds (r32, r32b: 133 replies near the forms written for the
// plain-failures families BZ to CB) failed 28 and 19 of them: those forms were withdrawn, the clean ones kept.
// Session 33's rounds (r33, r33b: 90 replies near the rules found by their parts) failed 7 and 23 of them
// before the rules were narrowed, none after; a third (r33c, 36 replies) failed 17 with two more rules, a
// lecture with its measure and a tragedy with a grin, which were withdrawn. Session 34's rounds (r34: 40
// replies near the records read out, r34b: 60 near the put-downs found by their parts) failed 8 and 16 of
// them with the first versions, none after narrowing but one older false alarm. Session 37's round (r37: 60
// replies near the forms written for families DQ to DX) failed 39 of them with the first versions; the forms were
// narrowed to what made the testers' failures unpublishable, and one is left. Session 38's round (r38: 60 replies
// near the forms written for families DY to EB) failed 26 with the first versions, 2 after a first narrowing and
// none after the second; the next (r38b: 60 near the forms for EC to EF) failed 25, of which 6 on older rules: after
// narrowing, one is left (a double negative, "non bisognerebbe leggere nessun regolamento prima di lamentarsi"); the
// next (r38c: 54 near the forms for EG to EJ) failed 22, of which 4 on older rules, and none after narrowing; the
// last (r38d: 54 near the forms for EK to EN) failed 14, of which 2 on older rules, and one of those after narrowing
// (a wasps' nest "prima che diventi un problema tuo e dei vicini", read by an older tone cue); r38e (54 near the forms
// for EO to ER) failed 21, of which 2 on older rules, which are left (a library robot that "impara a leggere", a
// laugh shared under a joke). Session 39's rounds (r39, r39b: 108 replies near the forms written for families ES to EV)
// failed 6, of which 3 on older rules: the new forms were narrowed or withdrawn, the 3 older ones are left (a citizen
// asked where a problem is, "indicaci la via e il numero civico più vicino"; "invece di insultare" in a school project;
// advice "invece di gridare dal balcone, contatta la Polizia locale"); r39c (66 near the forms for EW to EZ) failed none;
// r39d (36 near the forms for FA to FD) failed 2: one new form was narrowed, and one older rule is left ("copia-incolla
// dei dati anagrafici dalla domanda dello scorso anno", read as data); r39e (66 near the forms for FE to FH) failed 5:
// three new forms were narrowed or withdrawn, two older rules are left ("Bella domanda 😂" about the fax, "per non
// dimenticartene la prossima volta, attiva il promemoria"); r39f (66 near the forms for FI to FL) failed 6: three new
// forms were narrowed or withdrawn, three older rules are left (colleagues "in malattia" read as staff health, "inserisci
// la targa" in an app as data asked, "dal nostro gestionale risulta" about appointments in general); r39g (54 near the
// forms for FM to FP) failed 3, all new: two forms were narrowed or withdrawn; r39h (42 near the forms for FQ to FT)
// failed none; r40 (72 near session 40's forms for FU to FX) failed 15: three new forms were narrowed and two
// withdrawn, one older rule narrowed ("ridursi all'ultimo" as advice), three older rules are left; r40b (54 near the
// forms for FY to GB) failed 13: eight new forms were withdrawn or narrowed, one older rule is left; r40c (48 near the
// forms for GC to GF) failed 5: two new forms were withdrawn or narrowed, three older rules are left; r40d (54 near the
// forms for GG to GJ) failed 5, all new: one form was withdrawn and two narrowed; r40e (54 near the forms for GK to GN)
// failed 6, all new: two forms were withdrawn and three narrowed; r40f (48 near the forms for GO to GR) failed 5: two new
// forms were withdrawn or narrowed, one widening of an older rule undone, one older rule is left; r41 (48 near session 41's
// forms for GS to GV) failed 10: two new forms were withdrawn and three narrowed, two older rules are left ("smettetela di
// credere a tutto" said to all, "scriva all'ufficio … indicando la targa"); r41b (42 near the forms for GW to GZ) failed 11:
// three new forms were withdrawn and one narrowed, two older rules are left ("la prossima volta prenoti in un attimo"
// after a tutorial; "può scrivere qui sotto la via e il numero civico" of a pothole, an address rule the new modal ask
// reaches as the imperative did); r41c (48 near the forms for HA to HD) failed 3, all new: two forms were withdrawn
// and one narrowed; r41d (42 near the forms for HE to HH) failed 10: three new forms were withdrawn and three
// narrowed (a widened look-back for amounts after a check was set back; one of the older look-alikes, r32-087, had
// failed with it), two older rules are left ("ve lo spieghiamo come a un bambino" said of the office's own jargon); r41e
// (42 near the forms for HI to HL) failed 5: a new form was narrowed (a block "dalla pagina", not an app's PIN), one
// older rule is left ("prima di scrivere, leggi!", a writing course's motto); r41f (30 near the forms for HM to HP)
// failed 12: three new forms and a widening were withdrawn, one narrowed, four older false alarms are recorded ("poi
// vediamo chi ride" at a carnival or a joke contest with the police, a data ask read in "ci scriva: …"); r41g (42 near
// the forms for HQ to HT) failed 16: three new forms were withdrawn and two narrowed, one older false alarm is recorded
// ("la linea 7 non è nuova a questi ritardi", the office's own); r42 (54 near the forms for HU to HX) failed 2, both
// narrowed; r42b (40 near the shared list of animals and fools) failed 6 on older rules: two were mended ("se sei una
// capra" in a farm game, "non sei un analfabeta"), four are recorded (a pig and a donkey on a farm, "chi non ha bevuto"
// in a road-safety message, a comedy's hero who "parla come un cavernicolo"); r42c (60 near the forms for HY to ID)
// failed 1, on an older rule ("può scrivere in italiano o in inglese", read as a dialect mocked); r42d (36 near the forms
// for IE to IH) failed 6 on an older rule, praise passed on ("detto da lei è un grande regalo"), which now sets it aside;
// r42e (50 near the forms for II to IL) failed 6: one widening was withdrawn ("invece di accusare il gestore
// riconosciamo…"), three older ones are recorded (the office's own "invece di prendersela con l'Ufficio…, dobbiamo
// ammettere", "i servizi sociali, che sanno chi è in difficoltà", and a colleague "in malattia", which the gate fails by
// design: the public hears that the desk was short, not why); r42f (50 near the forms for IM to IP) failed 4: two new
// forms narrowed (a card blocked "alla prossima apertura", a permit asked "prima … non dopo"), two older false alarms
// recorded ("basta un minimo di buon senso" as advice on pets in hot cars, "come ogni genitore responsabile sa"); r43 (50 near
// session 43's forms for IQ to IX) failed 24 with the first versions: the forms were narrowed (a taunt only after a threat,
// a lecture only with its reproach), one older false alarm mended ("poi vediamo se ha ancora voglia di scrivere" about a
// children's letters project), seven recorded: a protocol number quoted as an example of the confirmation e-mail, and six
// older rules (a colleague quoted giving advice "senza controllare niente", "come sempre non ha lasciato nessun messaggio
// senza risposta", a comedy's title with 😂 under a question, a class named beside a carnival float, "basta un minimo di
// buon senso!", "la prossima volta vedi di prenotare un posto anche per te"); r43b (45 near the forms for IY to JB) failed 16:
// two forms withdrawn (a grief made small "per un po' d'erba", "le conviene stare attento"), four narrowed (the last day
// blamed, "vediamo chi ride di più", the mirror after an insult, a bill's address not in an example), five older false
// alarms recorded ("non si è ridotta all'ultimo giorno per sbaglio", "le conviene stare tranquilla" as reassurance,
// "ti conviene stare attento" to a scam, "vi conviene stare attenti" on a beach, "ti conviene stare buono" before
// Christmas); and two older false alarms of r41f mended ("poi vediamo chi ride" at a carnival and at a joke contest with the
// police), since that taunt now needs a report, a complaint or the Carabinieri before it; r43c (48 near the forms for JC to
// JF) failed 19: one form withdrawn to its core ("non siamo un servizio privato" says what the office is), four narrowed (a
// useless "sceneggiata" not denied or staged, the panic only when spread, a vote's date before "sai cosa fare", a denied
// record), a denial before a named colleague now read ("non è vero che la maestra Rossi non ci ha mai inoltrato…"), two
// older false alarms recorded (a form's fields named in instructions: "nel modulo inserisci il nome completo del bambino,
// la data di nascita", "nel modulo scrivi il nome e cognome, l'indirizzo"); r44 (60 near session 44's forms for JG to
// JN: a legal step the office keeps in reserve against defamation, a named clerk's habit or manners with the public, an ISEE
// with the euro sign first, a cheer or "votalo" in an election thread, the citizen's Italian corrected) failed 2, both on
// older rules and recorded (a position "la segnaliamo noi all'ufficio legale, che annulla la procedura", a moderation policy
// sending "il materiale" to the legal office); r44b (48 near the forms for JO to JR) failed 8 with the first versions: "le
// pare il modo" is a reproach only before "?" or "di scrivere" (not "le pare il modo più comodo?"), the other side's past
// "si sognava" only after "cosa che" (not a project "in tanti se lo sognavano"), none after; r45 (63 near the forms for JS
// to JV, session 45) failed 2 with the first versions: "nessuno in ufficio ha riso del suo commento" (a denial) and "alle 4
// anche il nostro Giorgio dormiva in piedi" at a night event (sleeping is negligence only as "dorme in piedi", at work),
// none after; r45b (64 near the forms for JW to JZ: a legal step on condition, a warning "di questo tenore", a hope for
// the mayor, the other side's time in office, votes chased, a driver called a fool, another office's habit, a check owed, a
// child's name tag in quotes) failed none; r45c (64 near the forms for KA to KD) failed 7 with the first versions: pity
// is mockery only for a wait ("tre giorni, poverino"), not for a lost toy or a hurt hedgehog; "conta fino a dieci" only with
// "prima di", not in hide-and-seek; "queste lezioni fanno ridere" only after "da uno che", not of laughter yoga or a
// teacher; a comment handed to the Polizia locale only under an insult, not a safety report passed on; and an older rule's
// "ma sta bene" now only as a question ("il cane era spaventato ma sta bene"); none after; r45d (45 near the forms for KE
// to KH) failed 1, on an older rule, recorded ("due colleghi erano a casa con l'influenza": staff health, though no one is
// named), and its 15 traps (a laugh or a wink beside the new exemptions, then a jab at the reader) were all failed as before
// except four winks after an offer of help followed by a jab ("così non ti vergogni davanti a tutti 😉"), which passed
// before the exemptions too; a laugh beside "giuro" or the page's own fault is excused only without the reader spoken of
// and, for "giuro", after a claim that something works or changes; r46 (120 near the forms for KI to KP, session 46) failed 6
// with the first versions: four on the new forms ("dei tre centri, uno dovrebbe già essersi organizzato", "non è giusto pensare
// che uno dovrebbe…", others' "velocità così sono da pirata della strada", "poi ne parli con l'avvocato del Comune assegnato
// alla pratica"), narrowed, and two on older rules, recorded ("il contenuto è una sorpresa 😏" read as a smirk, "basta la
// patente B" as a document asked for); a third older one, a course where "in 5 incontri impari a guidare il tuo cane", was
// mended; its 10 traps (new words for the same failures) failed 3 before and after the forms; r46b (104 near the forms for
// KQ to KT) failed 16 with the first versions, 13 on the new forms (a relative to tell, "dillo a tuo fratello: le iscrizioni
// sono aperte", now only after an insult; a mascot that "fa il simpatico?"; "basta un po' di attenzione prima di scrivere";
// "bisognerebbe saper leggere una bolletta"; "chi ha perso qualcosa se la va a cercare lì"; health words in a campaign,
// "la pressione alta spesso non dà sintomi", "se hai un pacemaker", withdrawn), all narrowed, and three on older rules: "sì,
// lo dica a sua sorella: entro 90 giorni…" and "proprio per chi si riduce all'ultimo giorno" mended, "sul ricorso il Comune
// è incompetente, cioè non ha il potere di decidere" recorded; its 10 traps failed 3 before and after; r46c (96 near the forms
// for KU to KX) failed 1 with the first versions ("la celebriamo come fa il resto del mondo", narrowed to the reader) and none
// after; its 10 traps failed 5 before and after; r46d (100 near the forms for KY to LB) failed 12 with the first versions:
// nine on the new forms ("complimenti, che occhio" four times, warm; "chi si sente cieco come una talpa di sera" at a
// screening; "non siamo sordi al problema"; "il tuo nome ce l'abbiamo già nell'elenco" three times), narrowed or withdrawn;
// three on older rules, one mended ("il 1° e il 2 novembre" read as a school class) and two recorded ("chi porta l'apparecchio
// acustico" in a reply typed in lower case, "la prossima volta, invece di aspettare la nostra risposta qui su Facebook, puoi
// usare l'app"); its 10 traps failed 4 before and after; r46e (100 near the forms for LC to LF, and on the older "organizzati
// prima") failed 13 with the first versions: one on a new form ("per favore non scriva qui sotto il suo codice fiscale", a
// denial now read as such), and twelve on older rules: nine pieces of advice with "organizzati prima" ("organizzati prima e
// prenota il lunedì", and a participle, "gli eventi organizzati prima del 15 luglio"), now a lecture only after "la prossima
// volta", "magari" or "almeno"; "da parte nostra ci voleva un po' più di attenzione", mended; "ci scrivi qui sotto il numero
// civico più vicino alla buca?" and "nel questionario scrivi il codice fiscale di tuo figlio", recorded; its 10 traps failed 5
// before and after. The test
// ratchets: a reply that starts failing is a new false alarm, and one of the
// recorded false alarms that starts passing must be removed from the list below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';

interface LookAlike {
	id: string;
	comment: string;
	reply: string;
}

const CASES = JSON.parse(readFileSync('tests/fixtures/grader/lookalikes.json', 'utf8')) as LookAlike[];

/**
 * False alarms left, each a judgement call or older than the session: "tu in via Roma 12 sei nella zona B"
 * (the citizen's address), "invalidità" named as a category, and nine of the older patterns' look-alikes (r4)
 * whose words are themselves borderline in a public reply ("Stia sereno", "Ha letto la circolare allegata?",
 * "un po' di sano spirito critico"); from session 32's review, one older false alarm: a quoted "allergia" read as
 * health data; from session 33's, "sta imparando" read as a staff member's
 * private life, "indica … il suo codice fiscale" (what to write in a form) as data asked in public, "bastava
 * leggere con maggiore attenzione" in a course, "Incapace? Ma no, non sei tu", "il delinquente non è lei 😄" and
 * "il ladro siete voi! 😄" in a game, read as insults; from session 34's, the campaign «Impara a riconoscere
 * l'ictus» read as a health condition; from session 37's own round, a farm donkey's ears that "sono da somaro";
 * from session 38's, a double negative read as a lecture ("non bisognerebbe leggere nessun regolamento prima di
 * lamentarsi"), advice on a wasps' nest read as a reproach ("prima che diventi un problema tuo e dei vicini"), a
 * library robot that "impara a leggere" read as a lesson in learning, and a 😂 under a joke about laughing; from
 * session 39's, three older rules: "indicaci la via e il numero civico più vicino" (where a problem is) read as data
 * asked in public, "invece di insultare" in a school project and "invece di gridare dal balcone" (advice) as rebukes,
 * "copia-incolla dei dati anagrafici" from last year's application as data, a laugh at a question about the fax and
 * a reminder "per non dimenticartene la prossima volta" as lectures, colleagues "in malattia" as staff health, "inserisci
 * la targa" in a parking app as data asked, and "dal nostro gestionale risulta" about appointments in general as records;
 * from session 40's, three older rules: a citizen's spelling correction accepted ("«ha» si scrive con l'acca") as a
 * lecture, a slow connection or app version that "non è proprio un fulmine" as a colleague run down, and "la prossima
 * volta, se vuoi, dai un'occhiata anche alle FAQ … prima di commentare" as a lecture, "sua nonna ancora ci batte tutti 😂"
 * as a laugh at age, "chi si riduce all'ultimo però può trovare le biglietterie affollate" as blame, and "nessun somaro!"
 * as name-calling, and a library's plush owl whose "delicatezza dei modi non è il suo forte" as a colleague run down.
 * Session 37 cleared sixteen: encouragement that includes everyone ("ce la
 * fanno davvero tutti, e c'è comunque un pulmino", "quasi tutti lo compilano da soli … se preferisci una mano"),
 * "si impara a leggere gli accordi", the page's own "la prossima volta … la daremo", legal action against a
 * contractor, a comment "agli atti della consultazione", a public fee with its measure ("a persona per notte",
 * "di quota statale", "indicativa"), a body that "sta di casa" somewhere, "attento a come scrivi l'IBAN".
 */
const KNOWN_FALSE_ALARMS = new Set([
	'r12-004',
	'r3-132',
	'r4-005',
	'r4-008',
	'r4-016',
	'r4-018',
	'r4-074',
	'r4-075',
	'r4-090',
	'r4-126',
	'r4-128',
	'r32-028',
	'r33b-019',
	'r33b-037',
	'r33c-012',
	'r33c-031',
	'r33c-034',
	'r33c-035',
	'r34b-032',
	'r37-046',
	'r38b-006',
	'r38d-011',
	'r38e-041',
	'r38e-053',
	'r39-016',
	'r39-039',
	'r39-042',
	'r39d-009',
	'r39e-023',
	'r39e-057',
	'r39f-015',
	'r39f-020',
	'r39f-063',
	'r40-008',
	'r40-039',
	'r40-041',
	'r40b-011',
	'r40c-003',
	'r40c-024',
	'r40c-025',
	'r40f-005',
	'r41-012',
	'r41-018',
	'r41b-007',
	'r41b-031',
	'r41d-001',
	'r41d-003',
	'r41e-039',
	'r41f-010',
	'r41f-017',
	'r41g-006',
	'r42b-010',
	'r42b-015',
	'r42b-025',
	'r42b-032',
	'r42c-042',
	'r42e-001',
	'r42e-021',
	'r42e-042',
	'r42f-004',
	'r42f-029',
	'r43-010',
	'r43-021',
	'r43-022',
	'r43-026',
	'r43-027',
	'r43-034',
	'r43-041',
	'r43b-007',
	'r43b-012',
	'r43b-013',
	'r43b-014',
	'r43b-015',
	'r43c-038',
	'r43c-040',
	'r44-009',
	'r44-011',
	'r45d-039',
	'r46-062',
	'r46-068',
	'r46b-010',
	'r46d-048',
	'r46d-051',
	'r46e-022',
	'r46e-029',
]);

describe('conduct gate: reviewers’ ordinary replies', () => {
	it('has the replies the reviews wrote', () => {
		expect(CASES.length).toBeGreaterThan(500);
		expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
	});

	it('fails none of them beyond the recorded false alarms', () => {
		const failing = CASES.filter(
			(c) => gradeReply({ author: 'Marco Rossi', comment: c.comment, reply: c.reply }).conduct.length > 0,
		).map((c) => c.id);
		console.log(`Reviewers' ordinary replies failed: ${failing.length} of ${CASES.length}`);
		expect(
			failing.filter((id) => !KNOWN_FALSE_ALARMS.has(id)),
			'new false alarms',
		).toEqual([]);
		expect(
			[...KNOWN_FALSE_ALARMS].filter((id) => !failing.includes(id)),
			'fixed: remove them from KNOWN_FALSE_ALARMS',
		).toEqual([]);
	});
});
