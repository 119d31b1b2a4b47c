/**
 * The competence frameworks the course maps to, as one typed list: the Syllabus "Competenze
 * digitali per la PA" (Dipartimento della funzione pubblica) and DigComp 2.2 (European Commission,
 * JRC, 2022). Modules and the final assessment name competences by id; the schemas accept only the
 * ids listed here.
 *
 * Only names read in a source are listed.
 * - Syllabus: the area names are those of the Syllabus site's area pages; the numbers follow the
 *   Syllabus table of contents (1 "Dati, informazioni e documenti informatici", 2 "Comunicazione e
 *   condivisione"). The titles of the competences inside the areas could not be read in a source,
 *   so the course maps to the areas only.
 * - DigComp: the titles are those of AgID's official Italian translation of DigComp 2.1. DigComp
 *   2.2 keeps the same 21 competences and adds examples of knowledge, skills and attitudes to each.
 */

/** The two frameworks. */
export type Framework = 'syllabus' | 'digcomp';

/** One entry of a framework: a whole area (Syllabus) or a single competence (DigComp). */
export interface Competence {
	framework: Framework;
	/** Id used in content files: the framework's own number ("2", "2.1"). */
	id: string;
	/** Whether the id names an area or a competence inside an area. */
	kind: 'area' | 'competence';
	/** Title in Italian, as the source writes it. */
	title: string;
}

/** Syllabus areas the course maps to (numbered as in the Syllabus). */
export const SYLLABUS = [
	{ framework: 'syllabus', id: '1', kind: 'area', title: 'Dati, informazioni e documenti informatici' },
	{ framework: 'syllabus', id: '2', kind: 'area', title: 'Comunicazione e condivisione' },
] as const satisfies readonly Competence[];

/** DigComp 2.2 competences the course maps to (numbered as in DigComp). */
export const DIGCOMP = [
	{ framework: 'digcomp', id: '1.2', kind: 'competence', title: 'Valutare dati, informazioni e contenuti digitali' },
	{ framework: 'digcomp', id: '1.3', kind: 'competence', title: 'Gestire dati, informazioni e contenuti digitali' },
	{ framework: 'digcomp', id: '2.1', kind: 'competence', title: 'Interagire con gli altri attraverso le tecnologie' },
	{
		framework: 'digcomp',
		id: '2.2',
		kind: 'competence',
		title: 'Condividere informazioni attraverso le tecnologie digitali',
	},
	{
		framework: 'digcomp',
		id: '2.3',
		kind: 'competence',
		title: 'Esercitare la cittadinanza attraverso le tecnologie digitali',
	},
	{ framework: 'digcomp', id: '2.4', kind: 'competence', title: 'Collaborare attraverso le tecnologie digitali' },
	{ framework: 'digcomp', id: '2.5', kind: 'competence', title: 'Netiquette' },
	{ framework: 'digcomp', id: '2.6', kind: 'competence', title: 'Gestire l’identità digitale' },
	{ framework: 'digcomp', id: '3.1', kind: 'competence', title: 'Sviluppare contenuti digitali' },
	{ framework: 'digcomp', id: '4.2', kind: 'competence', title: 'Proteggere i dati personali e la privacy' },
	{ framework: 'digcomp', id: '4.3', kind: 'competence', title: 'Proteggere la salute e il benessere' },
] as const satisfies readonly Competence[];

/** A Syllabus id accepted in content files. */
export type SyllabusId = (typeof SYLLABUS)[number]['id'];
/** A DigComp id accepted in content files. */
export type DigcompId = (typeof DIGCOMP)[number]['id'];

/** Syllabus ids, as a non-empty tuple for `z.enum`. */
export const SYLLABUS_IDS = SYLLABUS.map((c) => c.id) as [SyllabusId, ...SyllabusId[]];
/** DigComp ids, as a non-empty tuple for `z.enum`. */
export const DIGCOMP_IDS = DIGCOMP.map((c) => c.id) as [DigcompId, ...DigcompId[]];

/** What a module or the final assessment develops, by framework. */
export interface CompetenceMap {
	syllabus: readonly SyllabusId[];
	digcomp: readonly DigcompId[];
}

/** The sources of the two frameworks, cited wherever competences are shown. */
export const COMPETENCE_SOURCES = [
	{
		title: 'Syllabus «Competenze digitali per la PA»: Dati, informazioni e documenti informatici',
		url: 'https://www.competenzedigitali.gov.it/syllabus/dati-informazioni-e-documenti-informatici.html',
		publisher: 'Dipartimento della funzione pubblica',
	},
	{
		title: 'Syllabus «Competenze digitali per la PA»: Comunicazione e condivisione',
		url: 'https://www.competenzedigitali.gov.it/syllabus/comunicazione-e-condivisione.html',
		publisher: 'Dipartimento della funzione pubblica',
	},
	{
		title: 'DigComp 2.1, il quadro di riferimento per le competenze digitali dei cittadini (traduzione italiana)',
		url: 'https://docs.italia.it/agid/competenze-digitali/lg-competenze-digitali-base-docs',
		publisher: 'AgID',
	},
	{
		title: 'DigComp 2.2: cosa cambia nel nuovo quadro delle competenze digitali per i cittadini',
		url: 'https://www.agendadigitale.eu/cultura-digitale/digcomp-2-2-cosa-cambia-nel-nuovo-quadro-delle-competenze-digitali-per-i-cittadini/',
		publisher: 'Agenda Digitale',
	},
] as const;

/** Competences of one framework, as shown on a page: the number and the title. */
export interface CompetenceGroup {
	framework: Framework;
	items: { id: string; kind: Competence['kind']; title: string }[];
}

const byFramework: Record<Framework, readonly Competence[]> = { syllabus: SYLLABUS, digcomp: DIGCOMP };

/**
 * The competences of one or more maps, by framework, each once and in the framework's order (the
 * union: a module's page passes its own map, the certificate every module's and the final's).
 */
export function competenceGroups(maps: readonly CompetenceMap[]): CompetenceGroup[] {
	return (['syllabus', 'digcomp'] as const).map((framework) => {
		const wanted = new Set<string>(maps.flatMap((m) => m[framework]));
		const items = byFramework[framework]
			.filter((c) => wanted.has(c.id))
			.map((c) => ({ id: c.id, kind: c.kind, title: c.title }));
		return { framework, items };
	});
}
