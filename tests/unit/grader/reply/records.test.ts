// The office's records of a citizen read out in public (src/grader/reply/records.ts, session 34): a debt
// of theirs, or an amount with the records consulted, in a sentence that makes it theirs. Each case failed
// the gate before the rule; each look-alike passes (more in tests/fixtures/grader/lookalikes.json, r34).
import { describe, expect, it } from 'vitest';
import { gateFor, gradedFor } from './gateCases';

const { kinds, quoted } = gradedFor('Nicoletta Bruni');
const gate = gateFor(kinds);

describe('the office’s records of a citizen read out', () => {
	const TARI = 'Mi è arrivata la lettera della TARI ma non capisco quanto devo pagare e quando scade';
	gate(
		TARI,
		[
			[
				'Ciao Nicoletta, grazie! Ho controllato nel gestionale: per l’appartamento di via Verdi 8 risulta un avviso di 312,40 euro.',
				'personal-data',
			],
			[
				'Gentile signora, abbiamo verificato: a suo nome risulta ancora un arretrato del 2023 da saldare.',
				'personal-data',
			],
			['Abbiamo controllato. Per lei e sua madre la prima rata è di 214 euro.', 'personal-data'],
			['Signora, lei ha due rate della mensa non pagate da febbraio, per un totale di 96 euro.', 'personal-data'],
			// An email address alone does not make the sentence private (shownData's own test for a private sentence).
			[
				'Ho controllato nel gestionale: per l’appartamento di via Verdi 8 risulta un avviso di 312,40 euro, per altro tributi@comune.valverde.it',
				'personal-data',
			],
		],
		[
			'Abbiamo controllato la delibera: per le famiglie di tre persone la tariffa è di 2,10 euro al metro quadro.',
			'Abbiamo verificato il regolamento: per te, come per tutti, la prima rata scade il 31 luglio.',
			'Per sapere quanto deve pagare, entri con SPID nello sportello online: trova il suo avviso e la rata.',
			'Se le risulta un importo diverso, ci scriva in privato e controlliamo il suo avviso.',
			'Abbiamo verificato: con un ISEE fino a 15.000 euro per lei la tariffa è ridotta.',
			'Le risulta un arretrato? Ci scriva in privato con il numero dell’avviso.',
			'Abbiamo verificato: per lei, come residente, il permesso annuale costa 30 euro e si chiede online.',
		],
	);

	it('shows the amount and the debt', () => {
		const reply = 'Abbiamo controllato: a suo nome risulta un verbale non pagato di 173 euro.';
		expect(quoted(reply, TARI)).toEqual(expect.arrayContaining(['non pagato', '173 euro']));
	});

	it('takes an amount the citizen gave as theirs to give', () => {
		const comment = 'Mi avete mandato un avviso di 640 euro, il doppio del solito!';
		const reply = 'Abbiamo controllato: per il suo avviso di 640 euro la prima rata scade il 31 luglio.';
		expect(kinds(reply, comment)).toEqual([]);
	});
});

describe('an application’s number or score read out with whose it is', () => {
	gate(
		'Ciao! Quando esce la graduatoria del nido? Ci saranno i nomi dei bambini?',
		[
			[
				'Ho controllato: la domanda di Edoardo ha il numero di protocollo 2025/3318 e per ora il punteggio è 42.',
				'personal-data',
			],
			['Intanto ho guardato io: la domanda per il piccolo Leonardo è la n. 2025/0387 😊', 'personal-data'],
		],
		[
			'La graduatoria esce il 10 giugno e non ha nomi: ogni domanda compare con il numero di protocollo.',
			'In merito alla Sua pratica con numero 814770, le comunichiamo che i lavori finiscono a giugno.',
			'Marco, la tua pratica n. 4521 è in lavorazione: ti scriviamo appena è chiusa.',
			'La domanda si presenta entro il 31 maggio con il modulo numero 5, anche per i fratelli.',
		],
	);
});

describe('a date of birth as records write it (family CS, session 35)', () => {
	const PORTAL = 'Il portale delle iscrizioni al nido non funziona e domani scade. Come faccio?';
	gate(
		PORTAL,
		[
			[
				'Ho controllato: la domanda per Giulia Pellegatta (nata il 14/02/2024) risulta salvata in bozza.',
				'personal-data',
			],
			['La domanda di tua figlia, data di nascita 3.5.2023, è arrivata.', 'personal-data'],
		],
		[
			'Il nuovo portale è nato il 14 febbraio 2024 e dal 17 marzo la scadenza è spostata.',
			'Possono iscriversi i bambini nati dal 1° gennaio 2023 al 31 dicembre 2024.',
			'Per l’iscrizione serve la data di nascita del bambino: la scriva nel modulo, non qui.',
		],
	);
});

describe('records read out in new words (families CU to CY, session 35)', () => {
	const TARI = 'Mi è arrivata la lettera della TARI ma non capisco quanto devo pagare e quando scade';
	gate(
		TARI,
		[
			[
				'Ciao Nicoletta, ho controllato nel gestionale: risulta che l’avviso ti è stato spedito in via Carducci 18 e che la prima rata è di 143,50 euro.',
				'personal-data',
			],
			[
				'Ciao Nicoletta, ho controllato: per l’appartamento di via Cavour 8 la prima rata è di 186,40 euro, visto che l’anno scorso avevi pagato in ritardo.',
				'personal-data',
			],
			['Ciao Nicoletta, occhio: con tre verbali a tuo nome conviene pagare in tempo.', 'personal-data'],
		],
		[
			'Ciao Nicoletta, l’avviso è stato spedito a tutti i contribuenti a inizio mese: la prima rata scade il 31 luglio.',
			'Ciao Nicoletta, come l’anno scorso la prima rata scade il 31 luglio e la tariffa è di 2,10 euro al metro quadro.',
			'Ciao Nicoletta, chi ha pagato in ritardo riceve un sollecito: la prima rata scade il 31 luglio.',
		],
	);
});

describe('an address from the registry read out (family DB, session 35)', () => {
	gate(
		'Mi sono trasferito, dove voto adesso?',
		[['Ho controllato in anagrafe: con la nuova residenza in via dei Gelsi 27 voti alla sezione 4.', 'personal-data']],
		['Con la nuova residenza voti nella sezione del nuovo indirizzo: la trovi sulla tessera elettorale.'],
	);
	// Families DE, DG, DJ and DM, after they were read (session 36).
	gate(
		'Mi sono trasferito, dove voto adesso?',
		[
			[
				'Ho controllato: il tuo cambio di residenza in via dei Pini 7 risulta registrato dal 14 marzo.',
				'personal-data',
			],
			['Dopo il trasloco di marzo in via Cagliari 27 sei iscritto alla sezione 6.', 'personal-data'],
			['Ho verificato: col trasloco in via Roma 31 risulti iscritto alla sezione 6.', 'personal-data'],
			['Ho verificato: col trasferimento in via Sassari 7 sei passato alla sezione 4.', 'personal-data'],
		],
		[
			'Dopo il trasloco dell’anagrafe in via Roma 12 gli orari restano gli stessi.',
			'Il cambio di residenza si fa online su ANPR, o allo sportello in via Roma 12.',
		],
	);
});
