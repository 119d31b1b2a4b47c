import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { realReplySchema, realLabelled, agreement, formatTally } from '../tests/fixtures/grader/cases';
import { gradeReply } from '../src/grader/index';
const items = z.array(realReplySchema).parse(parse(readFileSync(process.argv[2]!, 'utf8')));
const lab = realLabelled(items);
const { tally } = agreement(lab);
console.log(formatTally(tally));
for (const c of lab) { const r = gradeReply(c.input); console.log(c.id, JSON.stringify(c.want), 'got', r.criteria.detailed.met, r.criteria.name.met, r.criteria.thanks.met, r.conduct.map((x) => x.kind).join(','), '|', r.criteria.detailed.feedback.slice(0, 160)); }
