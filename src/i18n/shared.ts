import { exerciseStrings } from './strings/exercise';
import { sharedStrings } from './strings/shared';
import { createTranslator } from './translate';

const sharedUi = { ...exerciseStrings, ...sharedStrings } as const;

/** `t()` for the learner's side of instructor exercises: the /esercizio/ page, /progressi/, the export option. */
export const t = createTranslator(sharedUi);
