import { gradeReply } from '../src/grader/index';
const reply = process.argv[2]!;
const comment = process.argv[3] ?? 'Quando sistemate la buca?';
const r = gradeReply({ author: process.argv[4] ?? 'Maria Mariani', comment, reply });
console.log(r.conduct.map((c) => c.kind + ':' + c.evidence.map((e) => reply.slice(e.start, e.end)).join('|')));
