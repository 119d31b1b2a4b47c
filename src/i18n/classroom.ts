import { classroomStrings } from './strings/classroom';
import { exerciseStrings } from './strings/exercise';
import { progressStrings } from './strings/progress';
import { createTranslator } from './translate';

const classroomUi = { ...exerciseStrings, ...progressStrings, ...classroomStrings } as const;

/** A key the class report can show: its own strings, plus the tips' names and the learner's figures it reuses. */
export type ClassroomUiKey = keyof typeof classroomUi;

/** `t()` for the class report: its islands and the import, register and HR CSV modules. */
export const t = createTranslator(classroomUi);
