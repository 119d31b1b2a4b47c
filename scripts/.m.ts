import { gradeReply } from '../src/grader/index';
const reply = process.argv[2]!;
const r = gradeReply({ author: 'Kevin Rossi', comment: process.argv[3]!, reply });
for (const c of r.conduct) console.log(c.message);
