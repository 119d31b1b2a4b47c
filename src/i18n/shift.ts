import { exerciseStrings } from './strings/exercise';
import { shiftStrings } from './strings/shift';
import { createTranslator } from './translate';

/** `t()` for the shift simulator: its own strings plus the exercise ones it reuses (tips, grading, reply box). */
export const t = createTranslator({ ...exerciseStrings, ...shiftStrings } as const);
