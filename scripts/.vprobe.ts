// Dumps every verdict the grader gives on all labelled texts: one line per graded reply.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeReply } from '../src/grader/index';
import type { GradeInput } from '../src/grader/types';
import { exerciseSchema } from '../src/schemas/exercise';
import { exerciseGradeInput } from '../src/grading/load';
import { loadCorpus, loadRealReplies } from '../tests/fixtures/grader/cases';
const inputs: [string, GradeInput][] = [];
for (const c of loadCorpus()) inputs.push([`corpus ${c.id}`, { author: c.author, comment: c.comment, reply: c.reply, offensive: c.offensive, keyFacts: c.keyFacts, previousReplies: c.previousReplies, factSheet: c.factSheet }]);
for (const r of loadRealReplies()) inputs.push([`real ${r.id}`, { author: r.author ?? '', comment: r.comment, reply: r.reply, offensive: r.offensive }]);
const ex = new Map<string, ReturnType<typeof exerciseSchema.parse>>();
for (const f of readdirSync('exercises').filter((x) => x.endsWith('.yaml'))) {
	const e = exerciseSchema.parse(parse(readFileSync(`exercises/${f}`, 'utf8')));
	const id = f.replace('.yaml', '');
	ex.set(id, e);
	e.modelAnswers.forEach((a, i) => inputs.push([`model ${id}#${i}`, exerciseGradeInput(e, a)]));
	(e.counterExamples ?? []).forEach((c, i) => inputs.push([`counter ${id}#${i}`, exerciseGradeInput(e, typeof c === 'string' ? c : (c as { reply: string }).reply)]));
}
const dir = 'tests/fixtures/grader/adversarial';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl') && /replies/.test(x))) {
	for (const l of readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean)) {
		const o = JSON.parse(l);
		if (o.exercise) { const e = ex.get(o.exercise); if (e) inputs.push([`adv ${o.id}`, exerciseGradeInput(e, o.reply)]); }
		else inputs.push([`adv ${o.id}`, { author: o.author, comment: o.comment, reply: o.reply }]);
	}
}
const full = process.argv.includes('--feedback');
for (const [id, input] of inputs) {
	const r = gradeReply(input);
	const v = `${id} | C:${r.conduct.map((c) => c.kind).join(',')} D:${+r.criteria.detailed.met} N:${+r.criteria.name.met} T:${+r.criteria.thanks.met} A:${r.advice.map((a) => a.kind).join(',')}`;
	console.log(full ? `${v} | ${r.criteria.detailed.feedback} | ${r.criteria.name.feedback} | ${r.criteria.thanks.feedback} | ${r.conduct.map((c) => c.message).join(' / ')}` : v);
}
