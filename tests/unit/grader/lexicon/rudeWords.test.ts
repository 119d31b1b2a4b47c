// The rude words for a person (src/grader/lexicon/rudeWords.ts): one witness word per stem, in the same order;
// every one fails the gate when said to the reader, and the innocent words that share a stem stay clear.
import { describe, expect, it } from 'vitest';
import { RUDE_PERSON, RUDE_STEMS } from '../../../../src/grader/lexicon/rudeWords';
import { gradeReply } from '../../../../src/grader/index';

const WITNESSES = (
	'maleducato cafone villano incivile buzzurro zotico screanzato sguaiato bifolco ubriacone avvinazzato burino tamarro troglodita ' +
	'cavernicolo attaccabrighe rompiscatole rompipalle piagnone lamentone frignone rosicone pettegolo malalingua ficcanaso impiccione delatore sbruffone ' +
	'spaccone gradasso saputello megalomane ignorante analfabeta idiota imbecille cretino scemo stupido deficiente ' +
	'beota citrullo mentecatto babbeo grullo bischero caprone zuccone testone capoccione somaro rimbambito ' +
	'rincoglionito rintronato subnormale webete isterico maniaco squilibrato esagitato invasato svitato picchiatello ' +
	'psicopatico complottista terrapiattista poveraccio poveretto sfigato frustrato pezzente accattone scroccone parassita ' +
	'cialtrone buffone pagliaccio fannullone scansafatiche perdigiorno imbranato vigliacco codardo leccapiedi ' +
	'lecchino farabutto mascalzone furfante ciarlatano imbroglione teppista odiatore sciacallo violento'
).split(' ');

const whole = new RegExp(`^${RUDE_PERSON}$`, 'u');

describe('rude words for a person', () => {
	it('has one witness per stem, in order, and no stem twice', () => {
		expect(new Set(RUDE_STEMS).size).toBe(RUDE_STEMS.length);
		expect(WITNESSES).toHaveLength(RUDE_STEMS.length);
		RUDE_STEMS.forEach((stem, i) => expect(WITNESSES[i]?.startsWith(stem), `${stem}: ${WITNESSES[i]}`).toBe(true));
	});

	it('reads the words with spelt-out endings, and not the innocent words that share their start', () => {
		for (const w of ['infame', 'sciocco', 'tonto', 'fesso', 'stolto', 'volgare', 'troll', 'hater', 'leone da tastiera'])
			expect(whole.test(w), w).toBe(true);
		for (const w of ['infamante', 'sciocchezze', 'volgarita', 'trolley', 'fessura', 'tontina', 'stoltezza'])
			expect(whole.test(w), w).toBe(false);
	});

	it('fails the gate on every word said to the reader, and on none said of a situation', () => {
		const comment = 'Sono tre settimane che aspetto la carta d’identità, è una vergogna.';
		const fact = 'La carta si prenota online su comune.valverde.example.it/cie.';
		const passed = WITNESSES.filter(
			(w) =>
				gradeReply({ author: 'Marco Bianchi', comment, reply: `Marco, sei proprio un ${w}. ${fact}` }).conduct
					.length === 0,
		);
		expect(passed).toEqual([]);
		const clear = gradeReply({
			author: 'Marco Bianchi',
			comment,
			reply: `Marco, tre settimane sono troppe: lo diciamo senza giri di parole, non è una sciocchezza. ${fact}`,
		});
		expect(clear.conduct).toEqual([]);
	});
});
