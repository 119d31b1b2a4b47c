import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeReply } from '../src/grader/index';
const items = parse(readFileSync('/work/scratch/batch-u/batch-T.yaml', 'utf8')) as any[];
for (const id of process.argv.slice(2)) {
	const it = items.find((i) => i.id === id);
	const r = gradeReply({ author: it.author ?? '', comment: it.comment, reply: it.reply, offensive: it.offensive });
	console.log(`== ${id} author=${it.author}\nC: ${it.comment}\nR: ${it.reply}\nCONDUCT: ${r.conduct.map((c) => c.message + ' [' + c.evidence.map((e) => it.reply.slice(e.start, e.end)).join(' | ') + ']').join('\n')}\nNAME: ${r.criteria.name.feedback}\nNOTE: ${it.note}\n`);
}
