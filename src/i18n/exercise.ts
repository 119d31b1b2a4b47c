import { exerciseStrings } from './strings/exercise';
import { createTranslator } from './translate';

/** `t()` for the exercise islands: only the strings they show travel with them. */
export const t = createTranslator(exerciseStrings);
