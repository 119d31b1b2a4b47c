// The Italian offence lexicon: insults, profanity, threats and slurs, without false alarms on
// angry but legitimate comments.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/grader/text/normalize';
import { findOffensive } from '../../../src/grader/comment/offensive';

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
