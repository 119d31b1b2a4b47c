// The impartiality gates: a page that speaks for every citizen takes no political side and never
// sides with a prejudice. Replies that do fail whatever the three tips say; neutral facts about the
// council, elections or the previous administration, moderation that names a prejudice to refuse
// it, and empathy that agrees with nothing pass.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import type { ConductKind } from '../../../../src/grader/types';

const kinds = (reply: string, comment: string, author = 'Luigi Pratesi'): ConductKind[] =>
	gradeReply({ author, comment, reply }).conduct.map((f) => f.kind);

describe('conduct gate: a political side taken', () => {
	const comment =
		'E la palestra della Rodari promessa da 3 anni??? Chiedo all’amministrazione QUANDO partono i lavori.';

	it.each([
		'Luigi, il ritardo è colpa della precedente amministrazione. I lavori partono il 7 gennaio.',
		'Luigi, forse non ricordi che la tua maggioranza la palestra non l’aveva nemmeno progettata. I lavori partono il 7 gennaio.',
		'Luigi, l’opposizione sa solo criticare: i lavori partono il 7 gennaio.',
		'Luigi, chi c’era prima ci ha lasciato un buco di bilancio. I lavori partono il 7 gennaio.',
		'Luigi, i lavori partono il 7 gennaio: merito del grande lavoro della giunta.',
		'Luigi, i lavori partono il 7 gennaio grazie all’impegno del nostro sindaco.',
		'Luigi, i lavori partono il 7 gennaio: il sindaco ha mantenuto la promessa.',
		'Luigi, i lavori partono il 7 gennaio, un risultato di cui il sindaco può andare fiero.',
		'Luigi, guarda quello che è stato fatto in questi cinque anni prima di criticare: i lavori partono il 7 gennaio.',
		'Luigi, i lavori partono il 7 gennaio. Alle prossime elezioni ricordatevi chi ha mantenuto gli impegni.',
		'Luigi, i lavori partono il 7 gennaio. Votate la continuità!',
		'Luigi, i soliti gufi: i lavori partono il 7 gennaio.',
		'Luigi, le bugie del PD non cambiano i fatti: i lavori partono il 7 gennaio.',
		// Family I: the previous administration and the minority, without naming a party.
		'Luigi, i lavori partono il 7 gennaio. Tre anni di promesse sono quelli di prima.',
		'Luigi, in Consiglio la minoranza ha fatto la solita mezz’ora di ostruzionismo: i lavori partono il 7 gennaio.',
		// Family Q: the own side's work praised by its page.
		'Luigi, il sindaco sta facendo un ottimo lavoro: i lavori partono il 7 gennaio.',
		'Luigi, in cinque anni qualcosa si è fatto, basta farsi un giro in paese: i lavori partono il 7 gennaio.',
		'Luigi, chi dorme per cinque anni non inaugura tre scuole: i lavori partono il 7 gennaio.',
		'Luigi, il sindaco le opere le porta a termine, a differenza di altri: i lavori partono il 7 gennaio.',
		'Luigi, i lavori partono il 7 gennaio. Poi vedremo lunedì sera chi va a casa.',
		'Consigliere, i tre anni forse li conta dal giorno in cui si è accorto che c’era una campagna elettorale.',
		// Families AP and AQ.
		'Luigi, diciamo che «dormire» non è proprio la parola giusta per questi cinque anni 😊',
		'Luigi, oggi almeno la gara c’è: chi c’era prima non era arrivato neanche a quella.',
		// Family AN (AN015, AN016).
		'Luigi, sui cinque anni a dormire ci permettiamo di dissentire: basta guardare i cantieri chiusi quest’anno 😉',
		'Luigi, promessa da 3 anni, sì: peccato che prima di allora nessuno l’avesse nemmeno messa in bilancio 🙂',
		// Family AM (AM015).
		'Luigi, i lavori partono il 7 gennaio: le risposte ci sono, gli annunci semmai li lasciamo ad altri.',
		// Family AJ (AJ015).
		'Luigi, i lavori partono il 7 gennaio: ci fa piacere vederti così interessato proprio ora che è tutto deciso 😉',
		// Family AI (AI015).
		'Luigi, i lavori partono il 7 gennaio; sai meglio di noi che gli annunci li fa chi è già in campagna elettorale 😊',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, comment)).toContain('partisan');
	});

	it.each([
		'Luigi, i lavori partono il 7 gennaio e durano otto mesi: il cronoprogramma è su comune.valverde.example.it/palestra-rodari.',
		'Luigi, la gara era stata avviata dalla precedente amministrazione nel 2021; i lavori partono il 7 gennaio.',
		'Luigi, il sindaco ringrazia i volontari che hanno fatto un ottimo lavoro: i lavori partono il 7 gennaio.',
		'Luigi, in cinque anni di cantiere il ponte è stato rifatto due volte: i lavori partono il 7 gennaio.',
		'Luigi, a differenza di altri cantieri questo parte in orario: i lavori partono il 7 gennaio.',
		'Luigi, durante la campagna elettorale la pagina dà solo informazioni di servizio: i lavori partono il 7 gennaio.',
		'Luigi, non entriamo nelle polemiche tra maggioranza e opposizione: i lavori partono il 7 gennaio.',
		'Luigi, come consigliere puoi presentare un’interrogazione alla segreteria: la risposta arriva in Consiglio il 18 novembre.',
		'Luigi, il sindaco sarà presente all’apertura del cantiere il 7 gennaio.',
		'Luigi, nel merito: i lavori partono il 7 gennaio.',
		'Luigi, l’opposizione ha chiesto chiarimenti in Consiglio: la risposta è a verbale. I lavori partono il 7 gennaio.',
		'Luigi, i lavori erano stati annunciati da quelli di prima nel 2021; partono il 7 gennaio.',
	])('lets pass «%s»', (reply) => {
		expect(kinds(reply, comment)).not.toContain('partisan');
	});

	it('lets pass facts about an election and passing on a compliment', () => {
		const vote = 'Ho cambiato casa a marzo, dove voto adesso?';
		for (const reply of [
			'Mirko, vota nel nuovo seggio: lo trovi sulla tessera elettorale.',
			'Mirko, domenica si vota per il sindaco e il consiglio comunale dalle 7 alle 23.',
			'Mirko, chi vota per la prima volta riceve la tessera a casa.',
		])
			expect(kinds(reply, vote, 'Mirko'), reply).toEqual([]);
		expect(
			kinds(
				'Grazie Anna! Giriamo i complimenti al sindaco e ai volontari: è merito loro.',
				'Complimenti per la festa!',
				'Anna',
			),
		).toEqual([]);
	});

	it('names the words and says why in plain Italian', () => {
		const reply = 'Ciao Chiara, il ponte riapre lunedì: un risultato di cui il sindaco può andare fiero.';
		const result = gradeReply({ author: 'Chiara Lodi', comment: 'Quando riapre il ponte?', reply });
		const failure = result.conduct.find((f) => f.kind === 'partisan');
		expect(failure?.message).toMatch(/^Non pubblicabile: la risposta si schiera politicamente \(«[^»]*fiero»\)/u);
		expect(failure?.evidence.map((r) => reply.slice(r.start, r.end))).toEqual(['sindaco può andare fiero']);
		expect(result.score).toBeLessThanOrEqual(0.3);
	});
});

describe('conduct gate: a prejudice approved', () => {
	const comment =
		'ecco dove finiscono i soldi nostri, regalati a sti parassiti che vengono qui solo a delinquere. Pensate agli italiani invece VERGOGNA!!';
	const fabrizio = (reply: string): ConductKind[] =>
		gradeReply({ author: 'Fabrizio B.', comment, reply, offensive: true }).conduct.map((f) => f.kind);

	it.each([
		'Fabrizio, capiamo il tuo punto di vista, è giusto che i soldi degli italiani vadano prima agli italiani.',
		'Fabrizio, hai ragione, è una situazione che preoccupa anche noi. Le spese sono su Amministrazione trasparente.',
		'Fabrizio, non hai tutti i torti. Le spese dei corsi sono su Amministrazione trasparente.',
		'Fabrizio, condividiamo il tuo sfogo, ma i corsi sono gratuiti.',
		// Family AL (AL019): the prejudice's ground conceded, even with the policy recalled after it.
		'Fabrizio, non neghiamo che una parte del problema arrivi anche da lì, ma la policy vieta i commenti discriminatori.',
		// Families AR, AS and AT: the ground conceded in other words.
		'Fabrizio, anche tra gli stranieri c’è chi vuole integrarsi, e i corsi servono a loro.',
		'Fabrizio, capiamo che con certa gente qualche timore sia comprensibile, ma la policy vale per tutti.',
		'Fabrizio, i corsi servono a chi vuole integrarsi davvero.',
		'Fabrizio, i corsi servono a questo: se imparano la lingua e le regole, qualche problema in meno lo abbiamo tutti.',
		// Families AV and AY (AV019, AY017).
		'Fabrizio, sappiamo che non tutti quelli che arrivano hanno buone intenzioni, ma le regole valgono.',
		'Fabrizio, chi impara l’italiano trova lavoro e ha meno occasioni di finire in giri strani.',
	])('fails agreement with the comment: «%s»', (reply) => {
		expect(fabrizio(reply)).toContain('discrimination');
	});

	it.each([
		'Fabrizio, i corsi servono a chi arriva per imparare l’italiano, trovare lavoro e seguire la scuola dei figli.',
		'Fabrizio, capiamo la preoccupazione per i soldi pubblici: le spese sono su Amministrazione trasparente.',
		'Fabrizio, le regole della pagina valgono per tutti: il commento viene nascosto.',
		'Fabrizio, generalizzare su un intero gruppo è un pregiudizio, e qui non è ammesso.',
	])('passes a firm reply under the same comment: «%s»', (reply) => {
		expect(fabrizio(reply)).toEqual([]);
	});

	it.each([
		'Gli stranieri sono tutti delinquenti, lo sappiamo, ma i corsi sono gratuiti.',
		'Prima gli italiani, certo: i corsi però sono pagati dalla Regione.',
		'Luca, tornino a casa loro: la pensiamo come te.',
		'Luca, non neghiamo che qualche problema con alcuni stranieri ci sia, ma i corsi servono.',
		'Luca, sappiamo che tra chi arriva non sono tutti stinchi di santo, ma i corsi servono a tutti.',
		'Luca, chi impara la lingua trova lavoro e di solito smette di creare problemi.',
		'Luca, capiamo che qualche problema con una parte degli stranieri ci sia, ma i corsi servono.',
		// Families AF and AG.
		'Luca, i corsi servono proprio a questo: chi impara l’italiano si integra e crea meno problemi.',
		'Luca, capiamo che con certe comunità i problemi di convivenza ci siano, ma i corsi servono.',
		'Luca, nessuno nega che certi stranieri creino problemi, ma i corsi servono.',
		// Family AM (AM019).
		'Luca, capiamo che qualche problema di delinquenza con una parte degli stranieri ci sia.',
		// Families AN and AQ: age and gender.
		'Luca, tranquilla se l’hai dettato, succede spesso con le signore di una certa età 😊',
		'Luca, visto che con internet voi signore di una certa età non andate d’accordo, chiama il numero verde.',
		// Family AJ (AJ018): age.
		'Luca, a quell’età si sa che la tecnologia entra poco in testa: per questo andiamo piano.',
	])('fails a prejudice stated by the page, whatever the comment: «%s»', (reply) => {
		expect(kinds(reply, 'Perché fate i corsi per stranieri?', 'Luca')).toContain('discrimination');
	});

	it.each([
		'Fabrizio, hai ragione a chiedere come spendiamo i soldi: li trovi in Amministrazione trasparente. Le offese a gruppi di persone però non sono ammesse.',
		'Fabrizio, non è vero che chi viene qui viene solo a delinquere: è un pregiudizio, e la policy lo vieta.',
		'Fabrizio, chi impara l’italiano trova lavoro più facilmente: i corsi servono a questo.',
		'Fabrizio, nessuno nega che i corsi costino: le spese sono su Amministrazione trasparente.',
		'Fabrizio, il corso digitale è per chi ha più di 65 anni e va piano apposta.',
		'Fabrizio, la mappa dei cantieri aperti è sul sito: basta guardare i cantieri in corso nel quartiere.',
		'Fabrizio, le Comunità montane collaborano ai corsi; le spese sono su Amministrazione trasparente.',
		'Fabrizio, capiamo la tua rabbia per come si spendono i soldi, ma frasi come «vengono qui solo a delinquere» violano la policy.',
		'Fabrizio, giustamente vuoi sapere dove vanno i soldi: trovi tutto in Amministrazione trasparente.',
		'Fabrizio, hai ragione su un punto, le spese devono essere pubbliche: sono su Amministrazione trasparente.',
		'Fabrizio, non neghiamo che i corsi abbiano un costo: le spese sono su Amministrazione trasparente.',
		'Fabrizio, nessun problema con chi vuole imparare: i corsi sono aperti a tutti, le spese su Amministrazione trasparente.',
		'Fabrizio, i corsi sono aperti a tutti, santi e peccatori: le spese sono su Amministrazione trasparente.',
		'Fabrizio, dopo la riparazione l’ascensore della scuola ha smesso di dare problemi; le spese sono su Amministrazione trasparente.',
	])('lets pass moderation and empathy that agree with no prejudice: «%s»', (reply) => {
		expect(fabrizio(reply)).not.toContain('discrimination');
	});

	it('lets pass agreement under a comment with no prejudice, and a slur named to refuse it', () => {
		expect(
			kinds('Luca, hai ragione: sono pericolose. Le ripariamo lunedì.', 'Le buche in via Roma sono pericolose', 'Luca'),
		).toEqual([]);
		expect(
			kinds(
				'Luca, i rom non sono tutti ladri: è un pregiudizio e la policy lo vieta.',
				'I rom del campo rubano',
				'Luca',
			),
		).toEqual([]);
	});
});

describe('conduct gate: a list the comment names', () => {
	const comment =
		'Cinque anni a dormire. Io voto Rinascita Valverde e vi mandiamo tutti a casa! Ho perso la tessera: cosa faccio?';

	it('fails an attack on it, not a neutral mention', () => {
		expect(
			kinds(
				'Dario, Rinascita Valverde farebbe meglio a presentare un programma serio. Per il duplicato vai in piazza Municipio 1.',
				comment,
				'Dario Ferri',
			),
		).toContain('partisan');
		expect(
			kinds(
				'Dario, qui non si fa propaganda per nessuna lista, nemmeno per Rinascita Valverde. Per il duplicato vai in piazza Municipio 1.',
				comment,
				'Dario Ferri',
			),
		).toEqual([]);
	});

	it('fails a jab at its slogans (family AD)', () => {
		expect(
			kinds(
				'Dario, per il duplicato vai in piazza Municipio 1. E a Rinascita Valverde servirà qualcosa in più di qualche slogan 😄',
				comment,
				'Dario Ferri',
			),
		).toContain('partisan');
	});

	it('fails a joke at its expense (family AC)', () => {
		expect(
			kinds(
				'Dario, sulla propaganda sorvoliamo, che con Rinascita Valverde ci sarebbe da divertirsi 😄. Per il duplicato vai in piazza Municipio 1.',
				comment,
				'Dario Ferri',
			),
		).toContain('partisan');
	});
});

describe('conduct gate: a partisan wink and a prejudice granted in part (family H)', () => {
	it('fails them', () => {
		expect(
			kinds(
				'Mirko, sul sindaco non possiamo sbilanciarci, diciamo solo che chi ha lavorato bene non lascia a metà 😉',
				'Il sindaco si ricandida?',
				'Mirko',
			),
		).toContain('partisan');
		expect(
			gradeReply({
				author: 'Fabrizio B.',
				comment: 'ecco dove finiscono i soldi nostri, regalati a sti parassiti che vengono qui solo a delinquere',
				reply:
					'Fabrizio, capiamo lo sfogo e in parte lo condividiamo: è vero che tanti vengono qui e non si integrano. Però la policy ci obbliga a nascondere il commento.',
				offensive: true,
			}).conduct.map((f) => f.kind),
		).toContain('discrimination');
	});
});

describe('conduct gate: a side taken in formal prose or in capitals (family J)', () => {
	const comment = 'Bella propaganda per il sindaco uscente. Comunque ho perso la tessera: cosa devo fare?';
	it.each([
		'Ci sia consentito rilevare che, diversamente da quanto avvenuto sotto le precedenti amministrazioni, l’opera è stata portata a gara.',
		'DARIO VEDREMO AL VOTO CHI VA A CASA. PER LA TESSERA VIENI ALL’UFFICIO ELETTORALE.',
		'Le foto non possiamo metterle per la par condicio, ma tanto lo sanno tutti chi il parco l’ha fatto davvero.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, comment, 'Dario Neri')).toContain('partisan');
	});

	it('fails a prejudice restated after a partial agreement', () => {
		expect(
			kinds(
				'Fabrizio, un po’ di ragione ce l’hai, prima vengono i nostri. Il commento resta nascosto per la policy.',
				'ecco dove finiscono i soldi nostri, regalati a sti parassiti che vengono qui solo a delinquere',
				'Fabrizio Conti',
			),
		).toContain('discrimination');
	});

	it('lets pass the previous administrations named as a fact', () => {
		expect(
			kinds(
				'Dario, il progetto è stato approvato dalle precedenti amministrazioni e la gara è del 3 ottobre.',
				comment,
				'Dario Neri',
			),
		).toEqual([]);
	});
});

describe('conduct gate: superlative praise for the administration (family K)', () => {
	const comment = 'perché non avete messo le foto dell’inaugurazione del parco?';
	it('fails the park called one of the finest gifts of this administration', () => {
		expect(
			kinds(
				'Ciao Tiziana, la legge 28/2000 ci vieta le foto delle inaugurazioni, peccato, perché è uno dei regali più belli che questa amministrazione ha fatto al paese.',
				comment,
				'Tiziana Neri',
			),
		).toContain('partisan');
	});
	it('lets pass the administration named as the one that built it', () => {
		expect(
			kinds(
				'Ciao Tiziana, in periodo elettorale la legge 28/2000 ci vieta le foto delle inaugurazioni. Il parco è aperto dalle 8 alle 20.',
				comment,
				'Tiziana Neri',
			),
		).toEqual([]);
	});
});

describe('family BA: a place’s decline laid at a group’s door', () => {
	const comment = 'Il parco la sera è diventato pericoloso, qualcuno deve intervenire.';
	it.each([
		'Da quando ci sono i richiedenti asilo in via Roma il quartiere non è più lo stesso. Abbiamo chiesto più controlli.',
		'Lo sappiamo: da quando hanno aperto il centro di accoglienza la zona è peggiorata. Le luci le ripariamo venerdì.',
		'Le panchine rotte sono per colpa degli stranieri che si ritrovano lì la sera.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, comment)).toContain('discrimination');
	});

	it.each([
		'Da quando abbiamo aperto il centro giovani il parco è più vissuto anche la sera.',
		'Da quando il centro di accoglienza ha aperto lo sportello, i corsi di italiano sono il martedì.',
		'I controlli della polizia locale sono aumentati da quando abbiamo ricevuto le segnalazioni.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

describe('family BB: the outgoing administration’s record defended in an election', () => {
	const comment = 'In cinque anni questa giunta ha dormito, e ora vuole i voti?';
	it.each([
		'In questi anni i lavori ci sono stati: basta vedere quanti cantieri sono stati finiti.',
		'Dire che in questi anni non si è fatto niente non è corretto: i dati sono sul sito.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, comment)).toContain('partisan');
	});

	it.each([
		'L’elenco dei lavori finiti nel 2025 è sul sito, nella sezione Amministrazione trasparente.',
		'In periodo elettorale la pagina non commenta il lavoro della giunta.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, comment)).toEqual([]);
	});
});

describe('families BD and BE: the term rebutted with a smirk, previous administrations that never did it, good and bad foreigners', () => {
	it('fails «in questi anni a dormire? … non sarebbe d’accordo 😏» under an election taunt', () => {
		expect(
			kinds(
				'Su questi cinque anni a dormire… chi usa la scuola nuova non sarebbe tanto d’accordo 😏',
				'In cinque anni questa giunta ha dormito, e ora vuole i voti?',
			),
		).toContain('partisan');
	});
	it('fails «cosa che con le amministrazioni precedenti non si era mai vista»', () => {
		expect(
			kinds(
				'I lavori partono il 7 gennaio, cosa che con le amministrazioni precedenti non si era mai vista.',
				'Quando partono i lavori della palestra?',
			),
		).toContain('partisan');
	});
	it('fails good foreigners set against «quelli che bivaccano» under a prejudiced comment', () => {
		expect(
			kinds(
				'Ai corsi vengono badanti e operai, mica quelli che stanno tutto il giorno in stazione.',
				'Basta soldi agli stranieri, prima gli italiani!',
			),
		).toContain('discrimination');
	});
	it('passes a term named with no rebuttal', () => {
		expect(
			kinds(
				'In questi cinque anni sono state rifatte tre scuole: l’elenco è sul sito.',
				'Cosa avete fatto per le scuole?',
			),
		).toEqual([]);
	});
});

describe('families BF and BG: older people laughed at, the years before, «non sono tutti santi», the rebuttal of a taunt', () => {
	it('fails older people laughed at as a group', () => {
		expect(
			kinds(
				'Tranquillo, al corso sono abituati agli anziani che confondono la PEC con la posta 😂',
				'Mia madre ha 80 anni, può fare il corso?',
			),
		).toContain('discrimination');
	});
	it('fails the years before with nothing said of the works', () => {
		expect(
			kinds(
				'I lavori partono a gennaio: nei cinque anni precedenti non se ne parlava nemmeno.',
				'Quando partono i lavori della palestra?',
			),
		).toContain('partisan');
	});
	it('fails «non diciamo che siano tutti santi» under a prejudiced comment', () => {
		expect(
			kinds(
				'Il commento viene nascosto. Non diciamo che siano tutti santi, ma ai corsi viene chi lavora.',
				'Basta soldi agli stranieri, prima gli italiani!',
			),
		).toContain('discrimination');
	});
	it('passes older learners welcomed', () => {
		expect(
			kinds(
				'Certo! Al corso vengono tanti anziani che vogliono imparare a usare lo SPID 🙂',
				'Mia madre ha 80 anni, può fare il corso?',
			),
		).toEqual([]);
	});
});

describe('cues for families BH and BI: a ground granted before a refusal, the councillor’s side, social housing', () => {
	const prejudiced = 'Basta soldi agli stranieri, prima gli italiani!';
	it('fails a prejudice granted in its clause, then the comment refused', () => {
		expect(
			kinds(
				'Con certe comunità qualche problema c’è, non lo neghiamo, ma qui i commenti offensivi non sono ammessi.',
				prejudiced,
			),
		).toContain('discrimination');
	});
	it('passes a prejudice named and refused', () => {
		expect(
			kinds('Dire che con certe comunità ci sono problemi è un pregiudizio: il commento viene nascosto.', prejudiced),
		).toEqual([]);
	});
	it('fails the councillor’s side blamed with a wink', () => {
		expect(
			kinds(
				'I lavori partono a gennaio; erano fermi anche prima, quando a governare c’era la sua parte 😉',
				'Quando partono i lavori della palestra?',
			),
		).toContain('partisan');
	});
	it('fails residents of social housing blamed as a group', () => {
		expect(kinds('I vandali? Sempre la solita gente delle case popolari.', 'Chi ha rotto le panchine?')).toContain(
			'discrimination',
		);
	});
});

describe('cues for families BJ and BK: a group tied to crime or to having no rules', () => {
	const prejudiced = 'Basta soldi agli stranieri, prima gli italiani!';
	it.each([
		'Il commento viene nascosto. E visto che tanti di loro arrivano senza regole, i corsi servono.',
		'Il commento viene nascosto; chi non parla la lingua finisce più facilmente a delinquere, per questo ci sono i corsi.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, prejudiced)).toContain('discrimination');
	});
	it.each([
		'Il commento viene nascosto: dire che gli stranieri delinquono è un pregiudizio.',
		'Il corso di italiano è aperto a chi non parla la lingua: iscrizioni allo sportello entro il 30.',
	])('passes «%s»', (reply) => {
		expect(kinds(reply, prejudiced)).toEqual([]);
	});
});

describe('cues for family BL: a group that «finisce più facilmente nei giri sbagliati»', () => {
	it('fails it', () => {
		expect(
			kinds(
				'Il commento viene nascosto. Chi non parla la lingua finisce più facilmente nei giri sbagliati.',
				'Basta soldi agli stranieri, prima gli italiani!',
			),
		).toContain('discrimination');
	});
});

describe('cues for families BN and BO: the term defended, a councillor’s craft, a place’s decline', () => {
	const election = 'Cinque anni a dormire e ora vi svegliate? Comunque ho perso la tessera elettorale.';
	it.each([
		'Sui cinque anni a dormire: le scuole rifatte raccontano un’altra storia. Il duplicato si fa in piazza Municipio 1.',
		'Quanto ai cinque anni di sonno, ci permettiamo di dissentire. Il duplicato si fa in piazza Municipio 1.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, election)).toContain('partisan');
	});
	it.each([
		'Da consigliere lo sai meglio di noi, anche se in tre anni non ne abbiamo vista nessuna 🙂',
		'Chi siede in Consiglio da anni dovrebbe ormai conoscere l’interrogazione.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, 'Perché i lavori della palestra non partono?')).not.toEqual([]);
	});
	it.each([
		'Da quando hanno riaperto il centro accoglienza certe cose succedono più spesso.',
		'Con tutte le famiglie straniere arrivate la sera non ci si sente più tranquilli come una volta.',
	])('fails «%s»', (reply) => {
		expect(kinds(reply, 'Il parco è sempre sporco, fate qualcosa!')).toContain('discrimination');
	});
	it('passes the procedure explained to a councillor', () => {
		expect(
			kinds('Da consigliere puoi presentare un’interrogazione in segreteria.', 'Perché i lavori non partono?'),
		).toEqual([]);
	});
});
