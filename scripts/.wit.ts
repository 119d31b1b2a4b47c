import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/grader/text/normalize';
const alts: string[] = JSON.parse(readFileSync('/tmp/alts.json', 'utf8'));
const res = alts.map((a) => new RegExp(a, 'u'));
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(ya?ml|jsonl|ts)$/.test(p)) files.push(p); } };
walk('tests'); walk('exercises');
const lines: string[] = [];
for (const f of files) for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim().length > 10) lines.push(l);
const folded = lines.map((l) => analyse(l).folded);
res.forEach((re, i) => {
	const hits = folded.filter((l) => re.test(l));
	console.log(i, hits.length, alts[i]!.slice(0, 70));
});
