import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIGCOMP, SYLLABUS, competenceGroups } from '../../../src/course/competences';
import { competenceMapSchema } from '../../../src/schemas/competences';
import { courseSchema } from '../../../src/schemas/course';
import { moduleSchema } from '../../../src/schemas/module';

const rawModules = parse(readFileSync('content/modules.yaml', 'utf8')) as { id: string }[];
const rawCourse = parse(readFileSync('content/course.yaml', 'utf8')) as { finalAssessment: { competences: unknown } };

/** Every module and the final assessment, with the competence map its schema validated. */
const mapped = [
	...rawModules.map((m) => [`modulo ${m.id}`, moduleSchema.parse(m).competences] as const),
	['verifica finale', courseSchema.parse(rawCourse).finalAssessment.competences] as const,
];

describe.each(mapped)('%s', (_name, map) => {
	it('maps to at least one Syllabus area and one DigComp competence, all listed in src/course/competences.ts', () => {
		const groups = competenceGroups([map]);
		expect(groups.find((g) => g.framework === 'syllabus')?.items.length).toBeGreaterThan(0);
		expect(groups.find((g) => g.framework === 'digcomp')?.items.length).toBeGreaterThan(0);
		for (const id of map.syllabus) expect(SYLLABUS.map((c) => c.id)).toContain(id);
		for (const id of map.digcomp) expect(DIGCOMP.map((c) => c.id)).toContain(id);
	});
});

describe('the competence schema', () => {
	it.each([
		['an unknown DigComp id', { syllabus: ['2'], digcomp: ['9.9'] }],
		['an unknown Syllabus id', { syllabus: ['7'], digcomp: ['2.1'] }],
		['an unquoted number', { syllabus: ['2'], digcomp: [2.1] }],
		['an empty framework', { syllabus: ['2'], digcomp: [] }],
		['a missing framework', { syllabus: ['2'] }],
		['a repeated id', { syllabus: ['2'], digcomp: ['2.1', '2.1'] }],
	])('refuses %s', (_case, value) => {
		expect(competenceMapSchema.safeParse(value).success).toBe(false);
	});

	it('refuses a module without competences', () => {
		expect(moduleSchema.safeParse({ order: 1, title: 'Modulo', summary: 'Un riassunto abbastanza lungo.' }).success).toBe(false);
	});
});

describe('competenceGroups', () => {
	it('joins maps once each, in the order of the frameworks', () => {
		const groups = competenceGroups([
			{ syllabus: ['2'], digcomp: ['4.2', '2.1'] },
			{ syllabus: ['1', '2'], digcomp: ['2.1'] },
		]);
		expect(groups.map((g) => [g.framework, g.items.map((i) => i.id)])).toEqual([
			['syllabus', ['1', '2']],
			['digcomp', ['2.1', '4.2']],
		]);
	});

	it('lists framework ids once each', () => {
		for (const list of [SYLLABUS, DIGCOMP]) expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
	});
});
