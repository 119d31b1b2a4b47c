// The Italian offence lexicon: insults, profanity, threats and slurs, without false alarms on
// angry but legitimate comments.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/grader/text/normalize';
import { findOffensive } from '../../../../src/grader/comment/offensive';
import { gradeReply } from '../../../../src/grader/index';

const hits = (text: string) => findOffensive(analyse(text));

describe('offensive lexicon', () => {
	it.each([
		'Siete dei ladri!',
		'LADRI',
		'sindaco incapace',
		'siete una manica di incompetenti',
		'Il sindaco è un idiota',
		'Buffoni!',
		'Quando riapre, pagliacci??',
		'stronzi',
		'Vaffanculo a tutti',
		'che cazzo fate',
		'm3rda di comune',
		'c*zzo',
		'pezzi di merda',
		'fate schifo',
		'porco dio',
		'andate a quel paese',
		'negri di merda',
		'froci',
		'terroni',
		'pirla',
		'siete dei parassiti',
		'mangiapane a tradimento',
	])('insult: %s', (text) => {
		expect(hits(text).length).toBeGreaterThan(0);
	});

	it.each([
		'vi ammazzo',
		'ti spacco la faccia',
		'so dove abiti',
		've la faccio pagare',
		'dovete morire tutti',
		'morte al sindaco',
		'vi do fuoco al comune',
		'vi vengo a prendere',
	])('threat: %s', (text) => {
		expect(hits(text).some((h) => h.kind === 'threat')).toBe(true);
	});

	it.each([
		'Che schifo questa strada',
		'fa schifo il servizio',
		'Vergognatevi!',
		'i ladri hanno rubato le bici',
		'sono stati i ladri',
		'sono ignorante in materia',
		'le buche ti spaccano le gomme',
		'mi annoio a morte',
		'Comune di Troia',
		'il vigile Negri è gentilissimo',
		'la cazzuola del muratore',
		'strade crepate',
		'deficienze strutturali',
		"il cane è stato ucciso da un'auto",
		've la faccio avere domani',
		'finocchio e sedano al mercato',
		'gli asini del parco',
		'vi denuncio',
		'Buffon allo stadio',
		'zoccoli olandesi',
	])('not offensive: %s', (text) => {
		expect(hits(text)).toEqual([]);
	});

	it('points at the offensive words in the original text', () => {
		const text = 'Ma andate a cagare, str*nzi!';
		const found = hits(text).map((h) => text.slice(h.range.start, h.range.end));
		expect(found).toContain('andate a cagare');
		expect(found).toContain('str*nzi');
	});
});

// From the rules added after an evaluation (general-rules).
describe('veiled threats: coming over with a weapon or with something to start a fire', () => {
	it.each([
		'Lunedì torno allo sportello con la spranga, vedrete',
		'Se non mi ridate i soldi verrò in municipio col coltello',
		'Passiamo sotto casa dell’assessore con le molotov',
		'Domani arrivo lì con una tanica piena',
	])('threat: %s', (text) => {
		expect(findOffensive(analyse(text)).some((h) => h.kind === 'threat')).toBe(true);
	});

	it.each([
		'le radici ti spaccano il marciapiede',
		'Non ci passo con il passeggino, il marciapiede è stretto',
		'Vengo con mia madre a ritirare la carta d’identità',
		'Torno a casa con la benzina finita perché il distributore era chiuso',
	])('not a threat: %s', (text) => {
		expect(findOffensive(analyse(text))).toEqual([]);
	});
});

// From the rules added after an evaluation (proper-nouns).
describe('offensive comments detected without the flag', () => {
	it.each([
		['a threat to break everything', 'Se non sistemate il lampione vengo lì e spacco tutto'],
		['a slur with a contempt word', 'Quei rom schifosi e quegli zingari luridi stanno ancora lì'],
		['an insult as a vocative', 'Parassiti, ci rubate i soldi. Quando riaprite la piscina?'],
	])('%s', (_, comment) => {
		const r = gradeReply({ author: 'Paola Riva', comment, reply: 'Paola, rispetta la netiquette.' });
		expect(r.offensive).toBe(true);
		expect(r.criteria.thanks.met).toBeNull();
	});

	it.each([
		['literal thieves', 'I ladri hanno rubato le bici davanti alla stazione, quando mettete le telecamere?'],
		['dirty streets', 'Le strade sporche del centro sono una vergogna, pulite più spesso.'],
		['angry but clean', 'Incredibile, la buca è ancora lì dopo un mese!'],
	])('not offensive: %s', (_, comment) => {
		expect(gradeReply({ author: 'Paola Riva', comment, reply: 'Grazie Paola.' }).offensive).toBe(false);
	});
});
