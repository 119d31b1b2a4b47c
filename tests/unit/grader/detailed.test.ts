// The detailed tip, table-driven over the traps in rubric.md.
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../../src/grader/index';
import type { GradeInput } from '../../../src/grader/types';

const BUCA = 'Buca enorme in via Roma davanti al civico 8. Quando la sistemate?';
const verdict = (comment: string, reply: string, extra: Partial<GradeInput> = {}) =>
	gradeReply({ author: 'Anna Rossi', comment, reply, ...extra }).criteria.detailed;

describe('detailed tip: concrete facts', () => {
	it.each([
		['a date', 'La chiudiamo giovedì 12 marzo.'],
		['a time', 'La squadra arriva alle 14:30.'],
		['a timeframe', 'La chiudiamo entro fine settimana.'],
		['a status', 'La buca è già stata chiusa stamattina.'],
		['a phone number', 'Per urgenze chiama lo 0573 000 123.'],
		['an email', 'Manda una foto a manutenzioni@comune.valverde.example.it.'],
		['a specific link', 'Segui i lavori su comune.valverde.example.it/lavori-via-roma.'],
		['an amount', 'Il risarcimento arriva fino a 500 euro.'],
		['a number of things', 'In via Roma chiudiamo 3 buche.'],
		['an address', 'Il cantiere parte da via Mazzini 4.'],
		['steps with documents', 'Compila il modulo di risarcimento e allega la fattura del gommista.'],
	])('met with %s', (_, reply) => {
		const r = verdict(BUCA, reply);
		expect(r.met, r.feedback).toBe(true);
		expect(r.evidence.length).toBeGreaterThan(0);
	});

	it('answers a where-question with a venue', () => {
		expect(
			verdict('Dove si buttano le pile?', 'Le pile vanno nei contenitori in tabaccheria o all\u2019ecocentro.').met,
		).toBe(true);
	});

	it('accepts a yes/no answer that restates the subject', () => {
		expect(verdict('Il sabato la biblioteca è aperta?', 'Sì, il sabato la biblioteca è aperta.').met).toBe(true);
		expect(verdict('Domani le scuole sono chiuse?', 'Le scuole domani sono aperte regolarmente.').met).toBe(true);
		expect(verdict('È così che trattate gli anziani?', 'No, ci dispiace molto.').met).toBe(false);
	});
});

describe('detailed tip: not met', () => {
	it.each([
		['boilerplate', 'Grazie per la segnalazione, la inoltreremo agli uffici competenti.', 'uffici competenti'],
		['URP pointer', "Per informazioni contattare l'URP.", 'generica'],
		['vague promise', 'Interverremo il prima possibile.', 'generica'],
		['home page', 'Trovi tutto su www.comune.valverde.it', 'concreta'],
		['law citation', 'Le opere sono disciplinate dal DPR 380/2001.', 'concreta'],
		[
			'bureaucratic length',
			'In riferimento alla Sua comunicazione si rappresenta che la medesima verrà trasmessa per le opportune valutazioni del caso, e che sarà cura dello scrivente fornire ogni utile riscontro nei tempi tecnici necessari, compatibilmente con i carichi di lavoro e le risorse disponibili.',
			'',
		],
	])('%s', (_, reply, hint) => {
		const r = verdict(BUCA, reply);
		expect(r.met, r.feedback).toBe(false);
		expect(r.feedback.toLowerCase()).toContain(hint.toLowerCase());
	});

	it('rejects an office named alone', () => {
		const r = verdict(
			"Ho pagato due volte l'IMU, come chiedo il rimborso?",
			"Per il rimborso si rivolga all'Ufficio tributi.",
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('ufficio');
	});

	it('rejects details about something else', () => {
		const r = verdict(
			'Quando ritirate il vetro in via Garibaldi?',
			'La raccolta della carta è il lunedì, dalle 6 alle 12.',
		);
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('non riguardano');
		expect(verdict('Quando scade la prima rata della TARI?', "La prima rata dell'IMU scade il 16 giugno.").met).toBe(
			false,
		);
		expect(
			verdict('Lo scuolabus può fermarsi in via dei Mulini?', 'Sabato alle 21 c\u2019è il concerto in piazza!').met,
		).toBe(false);
	});

	it('rejects a reply already used for another comment, even with facts', () => {
		const previous = ['Ciao Marco, grazie! La buca la chiudiamo giovedì 12 con asfalto a freddo.'];
		const r = verdict(BUCA, 'Ciao Anna, grazie! La buca la chiudiamo giovedì 12 con asfalto a freddo.', {
			previousReplies: previous,
		});
		expect(r.met).toBe(false);
		expect(r.feedback).toContain('copia e incolla');
		expect(r.score).toBe(0);
	});

	it('keeps a rewritten reply that shares some words with an earlier one', () => {
		const previous = ['Ciao Marco, grazie! Lo sfalcio del parco è mercoledì 21.'];
		expect(
			verdict(BUCA, 'Ciao Anna, grazie! La buca di via Roma la chiudiamo giovedì 12.', { previousReplies: previous })
				.met,
		).toBe(true);
	});
});

describe('detailed tip: compliments', () => {
	const PRAISE = 'Festa bellissima, complimenti a tutti!';
	it('a bare thanks is not detailed', () => {
		expect(verdict(PRAISE, 'Grazie! 😊').met).toBe(false);
	});
	it('picking up the praise without adding anything is not detailed', () => {
		expect(verdict(PRAISE, 'Siamo felici che la festa ti sia piaciuta!').met).toBe(false);
	});
	it('picking up the praise and adding where the photos are is detailed', () => {
		expect(
			verdict(PRAISE, 'Siamo felici che la festa ti sia piaciuta! Le foto sono su comune.valverde.example.it/festa.')
				.met,
		).toBe(true);
	});
});

describe('detailed tip: offensive comments', () => {
	it('without a request, recalling the rules is enough', () => {
		const r = verdict(
			'Sindaco pagliaccio!',
			'Su questa pagina non sono ammessi insulti, lo prevede la social media policy.',
			{ offensive: true },
		);
		expect(r.met).toBe(true);
	});
	it('with a real request, the rules alone are not enough', () => {
		const comment = 'Siete dei ladri! Quando riapre la piscina?';
		expect(verdict(comment, 'Il suo commento viola la netiquette.', { offensive: true }).met).toBe(false);
		expect(
			verdict(comment, 'Niente insulti, per favore (netiquette). La piscina riapre lunedì 3 novembre.', {
				offensive: true,
			}).met,
		).toBe(true);
	});
});

describe('detailed tip: key facts', () => {
	const keyFacts = [
		{ label: 'il giorno del recupero', variants: ['venerdì 2 maggio', 'venerdì'] },
		{ label: "l'orario", variants: ['entro le 6', 'dalle 20'] },
		{ label: 'dove controllare', variants: ['calendario', 'comune.roccabella.example.it/rifiuti'] },
	];
	const comment = 'Il 1° maggio passate per l\u2019umido o devo aspettare lunedì?';

	it('scores the share of key facts found and names the missing ones', () => {
		const r = gradeReply({
			author: 'Marco',
			comment,
			reply: 'Il recupero è venerdì 2 maggio, metti fuori il bidone dalle 20 di giovedì.',
			keyFacts,
		});
		expect(r.criteria.detailed.met).toBe(true);
		expect(r.criteria.detailed.feedback).toContain('dove controllare');
		expect(r.keyFacts?.map((k) => k.found)).toEqual([true, true, false]);
		expect(r.criteria.detailed.score).toBeCloseTo(0.83, 2);
	});

	it('accepts inflections and number words in variants', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'Quanto ci vuole?',
			reply: 'Ti rispondiamo in cinque giorni lavorativi e le raccolte differenziate restano uguali.',
			keyFacts: [
				{ label: 'i tempi', variants: ['5 giorni'] },
				{ label: 'la raccolta', variants: ['raccolta differenziata'] },
			],
		});
		expect(r.keyFacts?.every((k) => k.found)).toBe(true);
	});

	it('accepts codes with other separators', () => {
		const r = gradeReply({
			author: 'Marco',
			comment: 'A che ora passa?',
			reply: 'Passa alle 7.40, chiama lo 0573000123 per dubbi.',
			keyFacts: [
				{ label: "l'ora", variants: ['7:40'] },
				{ label: 'il telefono', variants: ['0573 000 123'] },
			],
		});
		expect(r.keyFacts?.every((k) => k.found)).toBe(true);
	});

	it('is not met when no key fact is there', () => {
		const r = gradeReply({ author: 'Marco', comment, reply: 'Ciao Marco, grazie! Stiamo verificando.', keyFacts });
		expect(r.criteria.detailed.met).toBe(false);
		expect(r.criteria.detailed.feedback).toContain("il giorno del recupero, l'orario e dove controllare");
	});
});
