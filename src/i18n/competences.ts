import { competenceStrings } from './strings/competences';
import { createTranslator } from './translate';

/** A key the competence list can show. */
export type CompetenceUiKey = keyof typeof competenceStrings;

/** `t()` for the competence list, shared by module pages and the certificate island. */
export const t = createTranslator(competenceStrings);
