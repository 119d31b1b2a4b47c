import { exerciseStrings } from './strings/exercise';
import { workshopStrings } from './strings/workshop';
import { createTranslator } from './translate';

const workshopUi = { ...exerciseStrings, ...workshopStrings } as const;

/** A key the workshop and debrief islands can show (with the tips' names and statuses). */
export type WorkshopUiKey = keyof typeof workshopUi;

/** `t()` for the instructor's workshop and the classroom debrief. */
export const t = createTranslator(workshopUi);
