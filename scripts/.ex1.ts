import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exerciseSchema } from '../src/schemas/exercise';
import { gradeReply } from '../src/grader/index';
import { exerciseGradeInput } from '../src/grading/load';
const [id, reply] = process.argv.slice(2);
const ex = exerciseSchema.parse(parse(readFileSync(`exercises/${id}.yaml`, 'utf8')));
const r = gradeReply(exerciseGradeInput(ex, reply!));
console.log(r.criteria.detailed.met, r.criteria.detailed.feedback, '|', r.criteria.name.met, r.criteria.name.feedback, '|', r.advice.map((a) => a.kind + ':' + a.message).join(' / '));
