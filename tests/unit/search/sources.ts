// The course content read straight from the files (no Astro), shaped as the search builder wants it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SearchSources } from '../../../src/search/documents';
import { readMdx, readYaml } from '../content/load';

type Lesson = { title: string; description: string; module: string; order: number; objectives: string[] };
type Case = { title: string; description: string; organisation: string };
type Entry = { id: string; term: string; plain: string[]; example?: { before: string; after: string } };
type Exercise = { title: string; topic: string; instructions: string };

/** Every search source of the course, from content/ and exercises/. */
export function readSearchSources(): SearchSources {
	const lessons = readMdx('content/lessons').map((f) => ({ ...(f.data as Lesson), id: f.id, body: f.body }));
	lessons.sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order);
	return {
		modules: parse(readFileSync('content/modules.yaml', 'utf8')) as Array<{ id: string; title: string }>,
		lessons,
		cases: readMdx('content/cases').map((f) => ({ ...(f.data as Case), id: f.id, body: f.body })),
		glossary: parse(readFileSync('content/glossary.yaml', 'utf8')) as Entry[],
		exercises: readYaml('exercises').map((f) => ({ ...(f.data as Exercise), id: f.id })),
		labels: { glossary: 'Glossario', cases: 'Casi di studio' },
	};
}
