import { exerciseStrings } from './strings/exercise';
import { workshopStrings } from './strings/workshop';
import { createTranslator } from './translate';

const workshopUi = { ...exerciseStrings, ...workshopStrings } as const;

/** A key the workshop, shared-exercise and debrief islands can show (with the tips' names and statuses). */
export type WorkshopUiKey = keyof typeof workshopUi;

/** `t()` for the workshop, the shared exercise page, instructor exercises in /progressi/ and the debrief. */
export const t = createTranslator(workshopUi);
