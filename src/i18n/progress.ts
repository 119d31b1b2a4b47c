import { exerciseStrings } from './strings/exercise';
import { progressStrings } from './strings/progress';
import { createTranslator } from './translate';

const progressUi = { ...exerciseStrings, ...progressStrings } as const;

/** A key the progress islands can show (their own strings plus the tips' names and statuses). */
export type ProgressUiKey = keyof typeof progressUi;

/** `t()` for the progress and certificate islands. */
export const t = createTranslator(progressUi);
