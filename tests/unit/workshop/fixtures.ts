// A typical instructor exercise, as the workshop form would hold it.
import { emptyDraft, type Draft } from '../../../src/workshop/draft';

/** The fact-sheet lead the page uses. */
export const LEAD = 'Informazioni dell’ufficio:';

/** A complete, typical draft: a post, a comment, two key facts, one model answer, two counter-examples. */
export function typicalDraft(): Draft {
	return {
		...emptyDraft('tre-consigli'),
		title: 'La mensa chiusa per lo sciopero',
		topic: 'mensa scolastica',
		instructions:
			'Rispondi a Paola come se fossi l’addetto ai social del Comune. La pagina del Comune di Valverde dà del tu.',
		factSheet:
			'Giovedì 12 marzo la mensa delle scuole primarie resta chiusa per lo sciopero del personale della ditta. I bambini possono uscire alle 12:30 oppure portare il pranzo da casa. Il pasto non viene addebitato. Per informazioni: ufficio scuola, 200 000 123, dal lunedì al venerdì dalle 9 alle 12.',
		platform: 'facebook',
		page: 'Comune di Valverde',
		post: 'Giovedì 12 marzo sciopero del personale delle mense scolastiche: il servizio potrebbe non essere garantito.',
		author: 'Paola Bruni',
		comment: 'Quindi giovedì mio figlio resta senza pranzo? E lo paghiamo lo stesso? Io lavoro fino alle 17!',
		offensive: false,
		keyFacts: [
			{ label: 'il pranzo da casa', variants: 'pranzo da casa\nportare il pranzo', kind: '' },
			{ label: 'il pasto non addebitato', variants: 'non viene addebitato\nnon si paga\nnon pagherete', kind: '' },
		],
		modelAnswers: [
			'Ciao Paola, grazie per la domanda. Giovedì 12 marzo la mensa resta chiusa per lo sciopero: tuo figlio può portare il pranzo da casa e mangiarlo a scuola, oppure uscire alle 12:30. Il pasto di giovedì non viene addebitato. Per altri dubbi chiama l’ufficio scuola al 200 000 123, dal lunedì al venerdì dalle 9 alle 12.',
		],
		hints:
			'Paola lavora fino alle 17: quale soluzione le serve?\nC’è una domanda sul pagamento: rispondi anche a quella.',
		counterExamples: [
			{
				reply: 'Gentile utente, si rimanda al comunicato pubblicato. Cordiali saluti.',
				detailed: 'not_met',
				name: 'not_met',
				thanks: 'not_met',
				conduct: [],
				why: 'Risposta standard: non dice niente a Paola.',
			},
			{
				reply: 'Ciao Paola, grazie! Il servizio potrebbe non essere garantito.',
				detailed: 'not_met',
				name: 'met',
				thanks: 'met',
				conduct: [],
				why: 'Ripete il post senza rispondere alle domande.',
			},
		],
	};
}
