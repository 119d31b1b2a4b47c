import { describe, expect, it } from 'vitest';
import { embeddedExercises } from '../../../src/course/embeds';
import { buildDocuments, MAX_SNIPPET_CHARS, type SearchSources } from '../../../src/search/documents';
import { firstWords, mdxToText } from '../../../src/search/mdxText';

describe('mdxToText', () => {
	const body = [
		"import Foo from './Foo.astro';",
		'## Una foto e due risposte',
		'Testo con **grassetto**, _corsivo_ e un [collegamento](/moderazione/).',
		'{/* commento per gli autori */}',
		'<Aside kind="consiglio" title="La prova del telefono">',
		'> Citazione',
		'- voce di elenco',
		'1. primo passo',
		'| Chi | Quando |',
		'|---|---|',
		'| Dogane | 8-20 |',
		'<ReplyExercise id="esercizio" />',
		'```',
		'codice da non indicizzare',
		'```',
	].join('\n');
	const { headings, text } = mdxToText(body);

	it('keeps headings and aside titles apart', () => {
		expect(headings).toEqual(['Una foto e due risposte', 'La prova del telefono']);
	});

	it('keeps the words and drops syntax, imports, comments, components and code', () => {
		expect(text).toBe(
			'Testo con grassetto, corsivo e un collegamento. Citazione voce di elenco primo passo Chi Quando Dogane 8-20',
		);
	});
});

describe('firstWords', () => {
	it('bounds a text by words', () => {
		expect(firstWords('uno  due tre', 2)).toBe('uno due');
		expect(firstWords('uno', 2)).toBe('uno');
	});
});

describe('buildDocuments', () => {
	const sources: SearchSources = {
		modules: [{ id: 'tre-consigli', title: 'I tre consigli' }],
		lessons: [
			{
				id: 'tre-consigli/ringraziare',
				module: 'tre-consigli',
				title: 'Ringraziare',
				description: 'Perché ringraziare.',
				objectives: ['Ringraziare bene.'],
				body: '## Come\nTesto.\n<ReplyExercise id="es-1" />',
			},
		],
		cases: [
			{ id: 'pistoia', title: 'Pistoia', description: 'Un caso.', organisation: 'Comune di Pistoia', body: 'Testo.' },
		],
		glossary: [
			{
				id: 'a-mezzo-di',
				term: 'a mezzo (di)',
				plain: ['con', 'tramite'],
				example: { before: 'A mezzo posta.', after: 'Con la posta.' },
			},
		],
		exercises: [
			{ id: 'es-1', title: 'Un esercizio', topic: 'rifiuti', instructions: 'Rispondi.' },
			{ id: 'orfano', title: 'Mai usato', topic: 'niente', instructions: 'Nessuna pagina.' },
		],
		labels: { glossary: 'Glossario', cases: 'Casi di studio' },
	};
	const docs = buildDocuments(sources);

	it('gives every document a site-root URL and a context', () => {
		expect(docs.map((d) => [d.kind, d.url, d.context])).toEqual([
			['lesson', '/tre-consigli/ringraziare/', 'I tre consigli'],
			['case', '/casi/pistoia/', 'Casi di studio'],
			['glossary', '/glossario/#a-mezzo-di', 'Glossario'],
			['exercise', '/tre-consigli/ringraziare/#es-1-heading', 'I tre consigli'],
		]);
	});

	it('leaves out exercises that no lesson embeds', () => {
		expect(docs.some((d) => d.title === 'Mai usato')).toBe(false);
		expect(embeddedExercises('<ReplyExercise id="a" />\n<Quiz id="q" />\n<ReplyExercise  id="b" />')).toEqual([
			'a',
			'b',
		]);
	});

	it('bounds snippet texts', () => {
		const long = buildDocuments({ ...sources, cases: [{ ...sources.cases[0]!, description: 'parola '.repeat(200) }] });
		const snippet = long.find((d) => d.kind === 'case')?.snippet ?? '';
		expect(snippet.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS + 1);
		expect(snippet.endsWith('…')).toBe(true);
	});
});
