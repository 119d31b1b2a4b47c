/**
 * Every UI string of the site, in Italian, in one typed dictionary.
 * Components read strings only through `t()`, never hard-coded.
 * Plural forms follow `Intl.PluralRules` categories (`one`, `other`).
 */
import { createTranslator } from './translate';
import { classroomStrings } from './strings/classroom';
import { competenceStrings } from './strings/competences';
import { exerciseStrings } from './strings/exercise';
import { progressStrings } from './strings/progress';
import { searchStrings } from './strings/search';
import { shiftStrings } from './strings/shift';
import { siteStrings } from './strings/site';
import { sharedStrings } from './strings/shared';
import { workshopStrings } from './strings/workshop';

export const it = {
	...siteStrings,
	...exerciseStrings,
	...progressStrings,
	...classroomStrings,
	...searchStrings,
	...workshopStrings,
	...sharedStrings,
	...competenceStrings,
	...shiftStrings,
} as const;

/** A key of the UI dictionary. */
export type UiKey = keyof typeof it;

/** Returns the Italian UI string for `key`, choosing the plural form from `vars.count` when the entry has forms. */
export const t = createTranslator(it);

/** Formats a duration in minutes as Italian hours and minutes ("2 ore e 30 minuti"). */
export function formatDuration(totalMinutes: number): string {
	const hours = Math.floor(totalMinutes / 60);
	const minutes = totalMinutes % 60;
	const h = hours === 1 ? '1 ora' : `${hours} ore`;
	const m = minutes === 1 ? '1 minuto' : `${minutes} minuti`;
	if (hours === 0) return m;
	return minutes === 0 ? h : `${h} e ${m}`;
}
