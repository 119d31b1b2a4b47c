// Phone shorthand and accents typed as apostrophes, rewritten in the folded text before it is
// tokenised (normalize.ts), with the map back to the original offsets kept in step.

/**
 * Phone shorthand, read as the words it stands for: "nn" is "non", "cmq" "comunque", "xke"
 * "perche", "x" between words "per", "p.zza" "piazza"; and an accent typed as an apostrophe ("e'", "perche'",
 * "citta'") is the accented word. So "nn e' garantito" is a denial like "non è garantito".
 */
const SHORTHAND: Readonly<Record<string, string>> = {
	nn: 'non',
	cmq: 'comunque',
	xke: 'perche',
	xche: 'perche',
	pke: 'perche',
	xo: 'pero',
	qnd: 'quando',
	ke: 'che',
	ki: 'chi',
	anke: 'anche',
	sn: 'sono',
	cn: 'con',
	qlc: 'qualche',
	qlcs: 'qualcosa',
	grz: 'grazie',
	// "entro 5 gg lavorativi" (family M): days, as every office writes them.
	gg: 'giorni',
	x: 'per',
	// Street abbreviations ("in p.zza del Municipio"), read as the street word they stand for.
	'p.zza': 'piazza',
	'p.za': 'piazza',
	'p.le': 'piazzale',
	'v.le': 'viale',
	'c.so': 'corso',
};
/** A shorthand word; "x" only between words ("x il servizio", not "3 x 2" nor "x-ztl"). */
const SHORT_WORD = new RegExp(
	`(?<![\\p{L}\\p{N}'@#/.-])(?:${Object.keys(SHORTHAND)
		.filter((k) => k !== 'x')
		.map((k) => k.replace('.', '\\.'))
		.join('|')}|x(?=\\s+\\p{L}))(?![\\p{L}\\p{N}'@/-])`,
	'gu',
);
/**
 * An apostrophe after a word's last vowel, not followed by a letter: an accent ("e'", "piu'"), or
 * the end of a quotation ('buffone'), which is kept.
 */
const APOSTROPHE_ACCENT = /(?<=\p{L}[aeiou]|^[aeiou]|[^\p{L}][aeiou])'(?!\p{L})/gu;
const OPENING_QUOTE = /(?<!\p{L})'(?=\p{L})/gu;

/** Rewrites shorthand in a folded text and its offset map (map is changed in place). */
export function unabbreviate(folded: string, map: number[]): string {
	// Most texts have neither: leave them as they are.
	if (!/[a-z]'/u.test(folded) && folded.search(SHORT_WORD) < 0) return folded;
	// Quotation marks opened with an apostrophe ('buffone'): their closing one is not an accent.
	const opens = [...folded.matchAll(OPENING_QUOTE)].map((m) => m.index);
	const edits: { at: number; len: number; by: string }[] = [];
	// Read in one pass: the line's start and the openings within 80 characters move forward with the
	// matches (looked up afresh for each apostrophe, 200,000 characters of "'a e' " took 6 s).
	let line = 0;
	let next = folded.indexOf('\n');
	let first = 0;
	for (const m of folded.matchAll(APOSTROPHE_ACCENT)) {
		while (next >= 0 && next < m.index) {
			line = next + 1;
			next = folded.indexOf('\n', line);
		}
		while (first < opens.length && (opens[first] ?? 0) < m.index - 80) first++;
		let quoted = false;
		for (let k = first; k < opens.length && (opens[k] ?? m.index) < m.index; k++) {
			const o = opens[k] ?? 0;
			if (o >= line && !folded.slice(o, m.index).includes("' ")) {
				quoted = true;
				break;
			}
		}
		if (!quoted) edits.push({ at: m.index, len: 1, by: '' });
	}
	for (const m of folded.matchAll(SHORT_WORD))
		edits.push({ at: m.index, len: m[0].length, by: SHORTHAND[m[0]] ?? m[0] });
	if (!edits.length) return folded;
	edits.sort((a, b) => a.at - b.at);
	let out = '';
	const outMap: number[] = [];
	// Copied offset by offset: spreading a long slice into push() overflows the call stack (a reply of
	// about 150,000 characters with one shorthand word threw "Maximum call stack size exceeded").
	const copy = (to: number): void => {
		for (let k = from; k < to; k++) outMap.push(map[k] ?? 0);
	};
	let from = 0;
	for (const e of edits) {
		out += folded.slice(from, e.at);
		copy(e.at);
		// Each letter of the full word points into the shorthand; the last ones at its last letter.
		for (let k = 0; k < e.by.length; k++) outMap.push(map[e.at + Math.min(k, e.len - 1)] ?? 0);
		out += e.by;
		from = e.at + e.len;
	}
	out += folded.slice(from);
	copy(map.length);
	map.length = outMap.length;
	for (let k = 0; k < outMap.length; k++) map[k] = outMap[k] ?? 0;
	return out;
}
