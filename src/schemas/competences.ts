import { z } from 'astro/zod';
import { DIGCOMP_IDS, SYLLABUS_IDS } from '../course/competences';

/** A list of framework ids: at least one, each once. */
const idList = <T extends string>(ids: readonly [T, ...T[]], framework: string) =>
	z
		.array(
			z.enum(ids, {
				error: `non è un id di ${framework} previsto in src/course/competences.ts (scrivilo tra virgolette: "2.1")`,
			}),
		)
		.min(1, `indica almeno una competenza ${framework}`)
		.refine((list) => new Set(list).size === list.length, `un id ${framework} è ripetuto`);

/** What a module or the final assessment develops: ids from the typed list in src/course/competences.ts. */
export const competenceMapSchema = z.object({
	/** Syllabus "Competenze digitali per la PA" areas, by number ("2"). */
	syllabus: idList(SYLLABUS_IDS, 'Syllabus'),
	/** DigComp 2.2 competences, by number ("2.1", "4.2"). */
	digcomp: idList(DIGCOMP_IDS, 'DigComp'),
});
