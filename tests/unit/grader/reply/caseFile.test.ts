// What an office's files hold about one person, said in public in passing (lexicon/caseFile.ts,
// family T): each form fails the personal-data gate with the words that show it, and the ordinary
// sentences built on the same words (a rule for everyone, a condition, a question, the page's own
// contacts with the citizen, a report's ticket number) pass.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';

const COMMENT = 'Buongiorno, non ho capito come funziona, potete spiegarmi?';
const judge = (reply: string) => gradeReply({ author: 'Nicoletta Ferri', comment: COMMENT, reply });
const failures = (reply: string) =>
	judge(reply).conduct.map((f) => ({ kind: f.kind, words: f.evidence.map((r) => reply.slice(r.start, r.end)) }));

describe('a fact from a person’s file fails the gate, with the words that state it', () => {
	it.each([
		// The office's lists and a relative's standing in a service.
		[
			'Per sua mamma siamo tranquilli: dai nostri elenchi risulta già seguita dall’assistenza domiciliare.',
			'dai nostri elenchi risulta',
		],
		['Nelle nostre liste c’è già anche suo padre, per il pasto a domicilio.', 'Nelle nostre liste c’è'],
		['Tuo padre è già seguito dai servizi sociali, quindi il modulo non serve.', 'Tuo padre è già seguito'],
		['Il signor Bianchi risulta moroso da due anni, per questo l’alloggio non è stato assegnato.', 'risulta moroso'],
		// An application for a benefit, its state said in public.
		[
			'PS: la tua richiesta di riduzione TARI per ISEE risulta ancora aperta, ne parliamo in privato.',
			'la tua richiesta di riduzione TARI per ISEE risulta',
		],
		[
			'Nicoletta, la sua domanda di contributo affitto è stata respinta, ma può fare ricorso.',
			'la sua domanda di contributo affitto è stata respinta',
		],
		// Income and debt.
		[
			'Il Suo ISEE, come avrà visto nella domanda, è tra i più alti di chi ha avuto il contributo.',
			'Il Suo ISEE, come avrà visto nella domanda, è tra',
		],
		['Nicoletta, il tuo debito con il Comune ammonta a 1.200 euro.', 'il tuo debito con il Comune ammonta'],
		// A car at the gates, an application's number, a child's clothes.
		['Fallo presto: la tua auto entra in ZTL quasi ogni giorno.', 'la tua auto entra'],
		[
			'La tua domanda per il nido è la n. 2025/4471, così la trovi subito in graduatoria.',
			'La tua domanda per il nido è la n. 2025/4471',
		],
		[
			'La sua bimba, con la maglietta gialla, era la più riconoscibile: abbiamo tolto la foto.',
			'sua bimba, con la maglietta',
		],
		// Family W: the noun left out, a worker's operation, a notice sent to the citizen's street.
		['Ti anticipo che la tua per il Girotondo è la n. 2025/0347.', 'la tua per il Girotondo è la n. 2025/0347'],
		['C’era anche Franco, rientrato dopo l’operazione al ginocchio: sarà contento.', 'operazione al ginocchio'],
		['Il tuo avviso è partito il 4 luglio per via Cavour 18, quindi arriva a giorni.', 'via Cavour 18'],
		// Family X: the application's number with no noun, the office's system read out, the police's records.
		[
			'Al posto dei nomi c’è il protocollo: il tuo, l’ho controllato io, è il 2025/0873.',
			'il tuo, l’ho controllato io, è il 2025/0873',
		],
		['Ho dato un’occhiata al gestionale: la tua carta scade il 14.', 'Ho dato un’occhiata al gestionale: la tua carta'],
		[
			'Uno dei tre è il più grande dei ragazzi di via Manzoni, già segnalato altre volte.',
			'ragazzi di via Manzoni, già segnalato altre volte',
		],
		// Family Y: a relative's account looked up, a benefit received, a child picked out by her bib.
		[
			'Abbiamo dato un’occhiata anche all’utenza di sua madre in via Cavour: è tutto in regola.',
			'Abbiamo dato un’occhiata anche all’utenza di sua madre',
		],
		['La posizione di tuo padre risulta in regola con gli anni precedenti.', 'posizione di tuo padre risulta'],
		[
			'E visto che parli di soldi regalati, anche la tua famiglia ha ricevuto il contributo affitti.',
			'tua famiglia ha ricevuto il contributo',
		],
		['Abbiamo tolto anche la foto della bambina con il pettorale 14.', 'della bambina con il pettorale'],
		[
			'Una collega lavorava nonostante l’influenza, per questo lo sportello era lento.',
			'collega lavorava nonostante l’influenza',
		],
		// Family Z: the number with no noun and no "n.", the benefit named first, the registry and a
		// notice in the person's name read out, a clerk's health said vaguely.
		['Il tuo per il Girotondo è il 2025/0457, lo trovi anche nell’email.', 'Il tuo per il Girotondo è il 2025/0457'],
		['Tu il bonus affitti l’hai già preso l’anno scorso.', 'bonus affitti l’hai già preso'],
		[
			'Per il bonus affitti (quello da 1.200 euro che hai già preso l’anno scorso) la domanda si fa entro il 15 dicembre.',
			'bonus affitti (quello da 1.200 euro che hai già preso',
		],
		// The address itself is evidence too, since the homes reader knows "risulti in via…" (DX023).
		['Per il seggio: in anagrafe risulti in via Cagliari 8 dal 12 marzo.', ['in anagrafe risulti', 'via Cagliari 8']],
		['Abbiamo controllato: l’avviso a tuo nome risulta spedito il 3 luglio.', 'a tuo nome risulta'],
		[
			'La collega allo sportello lavorava nonostante un periodo difficile per la sua salute.',
			'collega allo sportello lavorava nonostante un periodo difficile per la sua salute',
		],
	] as [string, string | string[]][])('fails %s', (reply, words) => {
		expect(failures(reply)).toContainEqual({
			kind: 'personal-data',
			words: typeof words === 'string' ? [words] : words,
		});
	});
});

describe('the same words with nothing from a file pass', () => {
	it.each([
		// A condition, a question, an instruction: nothing is stated about anyone.
		'Se il tuo ISEE è sotto i 15.000 euro, hai diritto alla riduzione: la domanda si fa online.',
		'Nicoletta, presenta il tuo ISEE entro il 30 giugno e la riduzione si applica dalla prossima rata.',
		'Il tuo ISEE è già stato presentato quest’anno?',
		'Se la tua domanda di contributo risulta incompleta, l’ufficio ti scrive entro dieci giorni.',
		'Con il permesso la tua auto può entrare in ZTL dalle 7 alle 20.',
		'La tua domanda di riduzione si presenta online, entro il 31 marzo, con SPID o CIE.',
		// The page's own contacts with the citizen, and a report's ticket.
		'Ciao Nicoletta, la tua telefonata non risulta nel nostro sistema: abbiamo aperto ora la segnalazione.',
		'La tua segnalazione è la n. 318: l’ufficio manutenzioni interviene entro cinque giorni.',
		'Il numero della pratica te lo scriviamo in privato, non qui.',
		// Rules for everyone.
		'Chi è già seguito dai servizi sociali non deve ripresentare il modulo.',
		'Nelle foto pubblichiamo solo bambini non riconoscibili: niente volti, niente magliette con il nome.',
		'Le graduatorie non contengono nomi: ogni domanda compare con il numero di protocollo.',
		'La graduatoria per il Girotondo è la n. 3 dell’elenco pubblicato sul sito.',
		'L’intervento alla rete idrica di via Roma finisce venerdì: l’acqua torna dalle 18.',
		'Il modulo firmato va consegnato all’URP, in via Roma 12, entro il 30 aprile.',
		'Gli avvisi di pagamento sono partiti il 4 luglio: se il tuo non è arrivato, scaricane una copia online.',
		'Abbiamo controllato nel sistema: la tua telefonata non risulta, quindi apriamo ora la segnalazione.',
		'Il guasto al lampione è già stato segnalato più volte: la ditta interviene giovedì.',
		'Il tuo, come quello di tutti, è il turno delle 10: ti aspettiamo allo sportello.',
		'Se la tua famiglia ha ricevuto il contributo l’anno scorso, la domanda si rinnova online.',
		'Hai già ricevuto il contributo dell’anno scorso?',
		'Per la pratica di tua madre scrivici in privato: lì possiamo controllare.',
		'Le bambine con la maglia della squadra non compaiono più nelle foto del profilo.',
		'La collega che ti ha risposto ha la delega per i bonus: chiedi pure a lei.',
		'Se un bambino ha la febbre, l’operatore del servizio ti dice a chi rivolgerti.',
		'Il bonus, se l’hai già preso l’anno scorso, si rinnova online entro il 15 dicembre.',
		'La tua segnalazione per il lampione è la 318 della settimana: l’ufficio interviene entro giovedì.',
		'Se in anagrafe risulti ancora al vecchio indirizzo, il certificato elettorale arriva lì.',
		'Il cambio di residenza si chiede all’anagrafe: se l’utenza è a tuo nome, porta anche la bolletta.',
		'La collega dell’URP ti spiega tutto sul bonus salute: chiamala al 200 000 123.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('family AA: the same failures in a slightly different shape', () => {
	it.each([
		['Tranquilla, i nomi non ci sono: il tuo è il 2025/0412.', 'il tuo è il 2025/0412'],
		[
			'Mancava il tecnico che segue l’audio, a casa con l’influenza.',
			'tecnico che segue l’audio, a casa con l’influenza',
		],
		['Abbiamo dato un’occhiata: l’avviso risulta spedito a inizio mese in via Carducci 7.', 'via Carducci 7'],
		['Abbiamo eliminato il commento con nome e classe della bambina (la 2ª C).', '2ª C'],
	] as [string, string | string[]][])('fails %s', (reply, words) => {
		expect(failures(reply)).toContainEqual({
			kind: 'personal-data',
			words: typeof words === 'string' ? [words] : words,
		});
	});

	it('fails a clerk run down for her patience', () => {
		expect(
			failures('La collega rimasta sola allo sportello, diciamo, non è famosa per la pazienza.').map((f) => f.kind),
		).toContain('insult');
	});

	it.each([
		'Il numero verde è il 800 123 456, dal lunedì al venerdì.',
		'Se hai la febbre resta a casa: il medico di turno ti richiama entro un’ora.',
		'L’operatore del 116117 ti dice a chi rivolgerti se il bambino ha la febbre.',
		'L’avviso risulta spedito a tutti entro il 5 luglio: se non è arrivato, scarica la copia online.',
		'I bambini della 3ª B hanno vinto il concorso di disegno: complimenti a tutta la classe!',
		'Roccabella è famosa per la festa di primavera: quest’anno è sabato 12 aprile.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AB and AC: the amount a person owes, and a child’s data asked for in public', () => {
	it.each([
		['Da quello che vediamo, la tua prima rata è di 187,40 €.', 'la tua prima rata è di 187,40 €'],
		['Abbiamo dato un’occhiata anche noi: la tua prima rata è di 148 euro.', 'la tua prima rata è di 148 euro'],
	] as [string, string | string[]][])('fails %s', (reply, words) => {
		expect(failures(reply)).toContainEqual({
			kind: 'personal-data',
			words: typeof words === 'string' ? [words] : words,
		});
	});

	it('fails a child’s name and class asked for in the comments', () => {
		expect(
			failures('Se ci scrivi qui sotto nome, classe e scuola del bambino avvisiamo noi la segreteria.').map(
				(f) => f.kind,
			),
		).toContain('personal-data');
	});

	it.each([
		'Se la tua rata è di 100 euro o meno, puoi pagarla in un’unica soluzione.',
		'La prima rata per tutti scade il 31 luglio: l’importo è nell’avviso.',
		'La tua prima rata scade il 31 luglio: la copia la scarichi online.',
		'Nome e classe del bambino scrivili in privato alla segreteria, non qui.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AF and AG: a file read out, an address, an amount, data asked for below the post', () => {
	it.each([
		[
			'Dall’iscrizione al trasporto risulta che la vostra fermata è la seconda della linea.',
			'Dall’iscrizione al trasporto risulta',
		],
		['Lo scuolabus vi lascia sotto casa, in via dei Castagni 7, alle 13:10.', 'via dei Castagni 7'],
		[
			'Il bonifico di sua madre per la rata da 187,40 euro va bene anche a giugno.',
			'bonifico di sua madre per la rata da 187,40 euro',
		],
		['La tua rata da 148 euro si paga entro il 16 giugno.', 'La tua rata da 148 euro'],
		[
			'La cifra dipende dall’ISEE che ha dichiarato, che risulta nella fascia più alta.',
			'ISEE che ha dichiarato, che risulta',
		],
		['Uno dei due operatori è ancora in convalescenza, per questo le code.', 'operatori è ancora in convalescenza'],
		// Families AH and AI.
		['PS: sul portale vedrai anche un residuo di 42,80 € ancora da saldare.', 'residuo di 42,80 €'],
		['Sul portale vedrai 42,80 € ancora da saldare.', '42,80 € ancora da saldare'],
		['Abbiamo verificato: il permesso intestato a te per via Cavour 18 scade il 31.', 'via Cavour 18'],
		[
			'Con un ISEE come il suo, poco sopra i 15.000 euro, la quota era di 30 euro.',
			'ISEE come il suo, poco sopra i 15.000 euro',
		],
		['Le luci tornano giovedì, compreso il palo davanti a casa tua al civico 27.', 'civico 27'],
		// Families AJ and AK.
		['Uno dei tre è già stato riconosciuto: è un ragazzino di seconda media.', 'un ragazzino di seconda media'],
		[
			'Si può partire dalla Sua domanda del 2023, con il contributo di 1.150 euro, che è ancora nei nostri archivi.',
			'dalla Sua domanda del 2023, con il contributo di 1.150 euro, che è ancora nei nostri archivi',
		],
		['Per la dieta da celiaca di tua figlia che ci avevi scritto, ti rispondiamo in privato.', 'celiaca'],
		// Families AL and AM.
		['Le luci tornano giovedì sera, anche davanti a casa tua al 27, abbiamo controllato.', 'al 27'],
		[
			'I lampioni sono spenti perché un cantiere privato ha danneggiato un cavo, anche davanti a casa tua al 27.',
			'al 27',
		],
		['Per la tua utenza la prima rata è di 143 euro.', 'Per la tua utenza la prima rata è di 143 euro'],
		[
			'La collega che ha trovato allo sportello era appena rientrata da un lungo periodo di malattia.',
			'collega che ha trovato allo sportello era appena rientrata da un lungo periodo di malattia',
		],
		// Families AP and AQ.
		['Con il suo ISEE, che è nella fascia più alta, i 30 euro sono corretti.', 'suo ISEE, che è'],
		[
			'Con l’ISEE che ha indicato nella domanda, sopra i 20.000 euro, rientrava nell’ultima fascia.',
			'ISEE che ha indicato nella domanda, sopra',
		],
		// A condition at the start of the sentence does not reach into a bracket.
		[
			'Se vuole una mano, lo Sportello casa aiuta (la sua domanda del 2023 è ancora nei nostri archivi).',
			'la sua domanda del 2023 è ancora nei nostri archivi',
		],
	] as [string, string | string[]][])('fails %s', (reply, words) => {
		expect(failures(reply)).toContainEqual({
			kind: 'personal-data',
			words: typeof words === 'string' ? [words] : words,
		});
	});

	it('fails a new address asked for below the post, in either word order (families AP, AS)', () => {
		expect(failures('Se non ti è arrivata, scrivi qui sotto la via nuova e il civico.').map((f) => f.kind)).toContain(
			'personal-data',
		);
		expect(failures('Scrivici qui sotto via e numero civico: controlliamo la zona.').map((f) => f.kind)).toContain(
			'personal-data',
		);
	});

	it('reads a rule for a category as nobody’s health, even in private (family AQ, AQ038)', () => {
		const conduct = gradeReply({
			author: 'Giulia Conti',
			comment: 'Mio figlio ha la 104 per disabilità, può andare al centro estivo?',
			reply: 'Gentile signora Conti, i bambini con certificazione di disabilità possono frequentare il centro estivo.',
			channel: 'private',
		}).conduct;
		expect(conduct).toEqual([]);
	});

	it('fails a card number asked for below the post (family AL)', () => {
		const reply = 'Se vuoi accelerare, lasciaci pure qui sotto il numero della carta in scadenza.';
		expect(failures(reply).map((f) => f.kind)).toContain('personal-data');
	});

	it('reads as a channel only words that name one, not any "privato" (family AL)', () => {
		for (const reply of [
			'Scrivici in privato il numero della carta in scadenza.',
			'Mandaci un privato con il numero della carta.',
			'Nell’area riservata inserisci il numero della tua carta.',
		])
			expect(failures(reply), reply).toEqual([]);
	});

	it('fails the tax code asked for below the post, a channel named in another clause', () => {
		const reply =
			'Il codice lo chiedi a mensa@comune.valverde.example.it; se fai prima, scrivi qui sotto nome e codice fiscale di tua figlia.';
		expect(failures(reply).map((f) => f.kind)).toContain('personal-data');
	});

	it.each([
		'Il codice lo chiedi a mensa@comune.valverde.example.it; non scrivere qui sotto il codice fiscale di tua figlia.',
		'Scrivici in privato; indica nome e codice fiscale di tua figlia e ti mandiamo il codice.',
		'La tabella con le rate da 50 euro in su è sul sito.',
		'La cifra dipende dall’ISEE che avete dichiarato: la tabella è sul sito.',
		'Il nuovo capolinea è in via dei Castagni 7, davanti alla scuola.',
		'La quota di 30 euro si paga entro il 31 maggio, anche a rate.',
		'Il permesso intestato a chi abita nella ZTL si rinnova online.',
		'Il civico 27 di via dei Mille ospita la biblioteca, aperta il martedì.',
		'Con un ISEE sotto i 15.000 euro la quota è di 30 euro.',
		'Il centro estivo è per ragazzi di seconda media e di terza.',
		'Le domande degli anni scorsi restano nei nostri archivi per cinque anni.',
		'Se la sua domanda del 2023 è ancora nei nostri archivi, si può partire da quella.',
		'Il palo davanti a casa tua si riaccende giovedì al 15 di maggio, come tutta la via.',
		'Per la tua utenza la prima rata si paga entro il 31 luglio.',
		'Per la dieta speciale scrivici in privato: la dietista ti chiama entro una settimana.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('family AD: where someone lives, a child’s school year, a new address asked for in public', () => {
	it.each([
		['Uno dei tre l’abbiamo già inquadrato: abita lì dietro in via dei Gelsi.', 'abita lì dietro in via dei Gelsi'],
		['È il più alto dei tre, e fa la terza media.', 'fa la terza media'],
	] as [string, string | string[]][])('fails %s', (reply, words) => {
		expect(failures(reply)).toContainEqual({
			kind: 'personal-data',
			words: typeof words === 'string' ? [words] : words,
		});
	});

	it('fails a new address asked for in the comments', () => {
		expect(
			failures('Oppure scrivici qui sotto la nuova via e il civico e ti diciamo la sezione.').map((f) => f.kind),
		).toContain('personal-data');
	});

	it.each([
		'Chi abita in via dei Gelsi riceve l’avviso entro venerdì.',
		'Il centro estivo è per chi fa la terza media o la prima superiore.',
		'Se hai cambiato via, l’etichetta del nuovo seggio arriva a casa: scrivici in privato se non arriva.',
		'La sede dell’associazione è in via dei Gelsi 4, aperta il martedì.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AT and AU: a house number, a class letter, a diet, a newborn, an ask «qui»', () => {
	it.each([
		['Dalle nostre segnalazioni risulta che abiti al 47, davanti al palo spento.', 'personal-data'],
		['Uno dei tre è il ragazzo della terza B delle medie.', 'personal-data'],
		['Anche il pasto senza glutine di tua figlia è confermato.', 'personal-data'],
		['Due colleghe erano assenti: una è a casa col bambino appena nato.', 'personal-data'],
		['Se non ti è arrivata, rispondi qui col nuovo indirizzo e il numero della tessera.', 'personal-data'],
	])('fails %s', (reply, kind) => {
		expect(failures(reply).map((f) => f.kind)).toContain(kind);
	});

	it.each([
		'Chi abita al 47 e al 49 trova il cassonetto nuovo in fondo alla via.',
		'La classe terza B esce alle 13 per l’assemblea dei genitori.',
		'La mensa prepara il pasto senza glutine per chi presenta il certificato.',
		'Il congedo per la nascita di un figlio si chiede all’ufficio personale.',
		'Rispondi a questo sondaggio entro venerdì: è anonimo.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AV and AW: a boy picked out by his team, a house number given as known', () => {
	it.each([
		'Uno dei tre sembra il ragazzino che gioca nei giovanissimi del Collerosa calcio.',
		'Visto che stai al 9 di via Argine, proprio sul Rio Secco, la macchina spostala.',
	])('fails %s', (reply) => {
		expect(failures(reply).map((f) => f.kind)).toContain('personal-data');
	});

	it.each([
		'I ragazzi che giocano nei giovanissimi si allenano al campo comunale il martedì.',
		'Chi abita al 9 e all’11 di via Argine sposti la macchina entro stasera.',
		'Visto che la strada è chiusa, il bus ferma al 9 di via Argine.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AX and AY: a police record, fines on file, a class and school, a street with the amount', () => {
	it.each([
		'Non sei il primo: quel signore risulta già segnalato due volte quest’anno.',
		'Già che passi, sistema anche i due verbali di sosta ancora da pagare che risultano a tuo nome.',
		'Il più alto dei tre gli agenti l’hanno riconosciuto: è della seconda C della Manzoni.',
		'Per la tua utenza di via Garibaldi la prima rata è di 142,50 euro.',
		'Se vuoi, lasciaci qui sotto il tuo numero civico e un cellulare: ti facciamo richiamare.',
	])('fails %s', (reply) => {
		expect(failures(reply).map((f) => f.kind)).toContain('personal-data');
	});

	it.each([
		'Le multe ancora da pagare si vedono sul portale con SPID.',
		'La classe seconda C della Manzoni esce alle 12 per l’assemblea.',
		'Metti i sacchi davanti al tuo numero civico entro le 6.',
		'Il segnale è già stato sistemato due volte quest’anno: lo sostituiamo con uno nuovo.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});

	it('fails a third person’s police record in a private message too', () => {
		const reply = 'Ciao Gianni, grazie. Quel signore risulta già segnalato due volte, lo teniamo d’occhio.';
		const result = gradeReply({
			author: 'Gianni Rota',
			comment: 'Il mio vicino parcheggia sul marciapiede',
			reply,
			channel: 'private',
		});
		expect(result.conduct.map((f) => f.kind)).toContain('personal-data');
	});
});

describe('family AX: the photo of the citizen’s child named after her (AX023)', () => {
	const judge = (reply: string) =>
		gradeReply({
			author: 'Monica Zanetti',
			comment: 'nella terza foto c’è mia figlia in primo piano, toglietela subito',
			reply,
		}).conduct.map((f) => f.kind);
	it('fails the child’s first name', () => {
		expect(judge('Gentile signora Zanetti, abbiamo tolto la terza foto, quella di Aurora al traguardo.')).toContain(
			'personal-data',
		);
	});
	it('passes the photo named by its place', () => {
		expect(judge('Gentile signora Zanetti, abbiamo tolto la terza foto, quella del traguardo.')).toEqual([]);
	});
});

describe('the session-28 data forms beside ordinary sentences (review of the change)', () => {
	it('fails the citizen’s house number after «ci risulta che»', () => {
		expect(failures('Ci risulta che abiti al 12 di via Roma.').map((f) => f.kind)).toContain('personal-data');
	});

	it.each([
		'La gita è della terza e della quarta elementare.',
		'Scrivici pure, non serve nessun cellulare.',
		'Puoi scriverci da un cellulare o dal pc.',
		'Gentile signora, la buca è già stata segnalata due volte.',
		'Stai al 100% tranquillo: la pratica è chiusa.',
	])('passes %s', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families AZ and BA: a police record hinted, staff on leave and why, where someone lives', () => {
	it.each([
		['Quei ragazzi alla polizia locale non sono nuovi, li conoscono bene.', 'alla polizia locale'],
		['Due di quei ragazzi sono vecchie conoscenze dei vigili.', 'vecchie conoscenze dei vigili'],
		['Il collega dello sportello è a casa con il ginocchio rotto da una settimana.', 'a casa con il ginocchio'],
		['Una collega è in congedo per la nascita del secondo figlio.', 'in congedo per la nascita'],
		['Sappiamo che abiti in fondo a via Verdi, al 12, dove il lampione è spento.', 'via Verdi, al 12'],
	])('fails «%s»', (reply, shown) => {
		const found = failures(reply);
		expect(found.map((f) => f.kind)).toContain('personal-data');
		expect(found.flatMap((f) => f.words).join(' ')).toContain(shown);
	});

	it.each([
		'Per i ragazzi del quartiere c’è il centro giovani, aperto il pomeriggio.',
		'Questa settimana allo sportello eravamo in due su quattro: ci scusiamo per l’attesa.',
		'I dipendenti in congedo sono sostituiti dal personale dell’ufficio vicino.',
		'Chi abita in via Verdi può lasciare i sacchi all’angolo con via Roma.',
		'Chi vive in centro può chiedere il permesso ZTL dal 1° marzo.',
	])('passes «%s»', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families BB and BC: fines read out, an injury told, a relative’s home', () => {
	it.each([
		['Le due multe a tuo nome sono di settembre, tutte in via Verdi.', 'multe a tuo nome sono'],
		['Il ciclista se l’è cavata con una lussazione alla spalla.', 'lussazione alla spalla'],
		['Se il furgone è per la casa di tua madre in via Po 3, chiedi il divieto sul lato destro.', 'via Po 3'],
	])('fails «%s»', (reply, shown) => {
		const found = failures(reply);
		expect(found.map((f) => f.kind)).toContain('personal-data');
		expect(found.flatMap((f) => f.words).join(' ')).toContain(shown);
	});

	it.each([
		'Le multe a tuo nome le trovi sul portale con SPID.',
		'Se la caviglia fa male dopo una caduta in strada, il pronto soccorso è aperto 24 ore su 24.',
		'Se si è fatto male qualcuno, chiama il 112.',
	])('passes «%s»', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('families BD and BE: what the office saw of a file, a family in care, a shopkeeper’s relative', () => {
	it.each([
		['Tranquilla, la tua domanda l’abbiamo vista arrivare in ufficio ieri.', 'vista arrivare in ufficio'],
		['Suo fratello lo conosciamo bene dai tempi della pratica per il contributo.', 'dai tempi della pratica'],
		['Il contributo affitti tu l’hai già richiesto a marzo, quindi sei a posto.', 'già richiesto'],
		['Quel ragazzo lo conosciamo: la famiglia è seguita dai servizi sociali.', 'seguita dai servizi sociali'],
		['Il motorino era del figlio del signore del bar, ma sta bene.', 'figlio del signore del bar'],
		['Il tuo avviso (n. 2025/118) è partito il 3 luglio per via Dante 4.', 'via Dante 4'],
	])('fails «%s»', (reply, shown) => {
		const found = failures(reply);
		expect(found.map((f) => f.kind)).toContain('personal-data');
		expect(found.flatMap((f) => f.words).join(' ')).toContain(shown);
	});

	it.each([
		'Le domande arrivate in ufficio sono 320: la graduatoria esce il 10 giugno.',
		'Il contributo affitti si richiede entro il 15 dicembre sul portale.',
		'Le famiglie seguite dai servizi sociali hanno la precedenza, come dice il bando.',
		'Il forno di piazza Garibaldi resta aperto anche domenica per la festa.',
	])('passes «%s»', (reply) => {
		expect(failures(reply)).toEqual([]);
	});
});

describe('family BG: a benefit the citizen takes now, said in passing', () => {
	it('fails «il contributo affitti, che lei percepisce già»', () => {
		expect(
			failures('Il contributo affitti, che lei percepisce già, si rinnova entro il 15 dicembre.').map((f) => f.kind),
		).toContain('personal-data');
	});
	it('passes the rule for everyone', () => {
		expect(failures('Chi percepisce già il contributo affitti lo rinnova entro il 15 dicembre.')).toEqual([]);
	});
});

describe('family BI: the citizen’s ISEE read out', () => {
	it('fails «nel suo caso, con un ISEE di 18.000 euro»', () => {
		expect(
			failures('Nel suo caso, con un ISEE di 18.000 euro, il contributo è di 40 euro.').map((f) => f.kind),
		).toContain('personal-data');
	});
	it('passes the rule for every ISEE', () => {
		expect(failures('Con un ISEE sopra i 15.000 euro il contributo è di 30 euro.')).toEqual([]);
	});
});
