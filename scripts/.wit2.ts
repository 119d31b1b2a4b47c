import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/grader/text/normalize';
const forms: Record<string, string[]> = JSON.parse(readFileSync('/tmp/forms.json', 'utf8'));
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(ya?ml|jsonl)$/.test(p)) files.push(p); } };
walk('tests/fixtures'); walk('exercises');
const texts: string[] = [];
for (const f of files) {
	for (const l of readFileSync(f, 'utf8').split('\n')) {
		if (f.endsWith('.jsonl')) { try { const o = JSON.parse(l); if (typeof o.reply === 'string') texts.push(o.reply); } catch {} }
		else { const m = /^\s*(?:- )?(?:reply|text|answer)?:?\s*['"]?(.*?)['"]?$/.exec(l); if (m && m[1]!.length > 15) texts.push(m[1]!); }
	}
}
const out: Record<string, [string, string | null][]> = {};
for (const [form, alts] of Object.entries(forms)) {
	out[form] = alts.map((alt) => {
		const re = new RegExp(alt, 'u');
		for (const t of texts) {
			const a = analyse(t);
			const m = re.exec(a.folded);
			if (!m) continue;
			const f = a.folded;
			let s = m.index, e = m.index + m[0].length;
			while (s > 0 && !/[.!?\n]/.test(f[s - 1]!)) s--;
			while (e < f.length && !/[.!?\n]/.test(f[e - 1]!)) e++;
			const orig = t.slice(a.map[s], a.map[e]).trim();
			if (orig.length < 200) return [alt, orig];
		}
		return [alt, null];
	});
}
console.log(JSON.stringify(out, null, 1));
