// A cheap test before an expensive one: the words a pattern cannot match without. Most conduct
// patterns are long alternations that match nothing in a given reply, and the regex engine tries each
// of them at every word; `String.includes` over a few literal runs is much faster. The reading is
// conservative: any construct it does not understand gives up (null), and the pattern is then
// always run. tests/unit/grader/text/prefilter.test.ts checks it against every pattern it is used on.

/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = /^[.\\/\-()[\]{}?+*|^$'"]$/u;

/**
 * The top-level alternatives of a pattern's source, split at each `|` that stands outside a group, a class
 * or an escape (`atomEnd` steps over those whole). A `RegExp`'s source is always well formed.
 */
function alternatives(source: string): string[] {
	const out: string[] = [];
	let from = 0;
	for (let i = 0; i < source.length;) {
		if (source[i] !== '|') {
			i = atomEnd(source, i);
			continue;
		}
		out.push(source.slice(from, i));
		from = ++i;
	}
	out.push(source.slice(from));
	return out;
}

/** The index just after the atom that starts at i (a group, a class, an escape or one character). */
function atomEnd(source: string, i: number): number {
	const c = source[i];
	if (c === '\\') {
		const next = source[i + 1] ?? '';
		if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && /[{<]/u.test(source[i + 2] ?? '')) {
			const close = source.indexOf(source[i + 2] === '{' ? '}' : '>', i + 2);
			return close < 0 ? source.length : close + 1;
		}
		if (next === 'u') return i + 6;
		if (next === 'x') return i + 4;
		if (next === 'c') return i + 3;
		return i + 2;
	}
	if (c === '[') {
		for (let j = i + 1; j < source.length; j++) {
			if (source[j] === '\\') j++;
			else if (source[j] === ']') return j + 1;
		}
		return source.length;
	}
	if (c === '(') {
		let depth = 0;
		let inClass = false;
		for (let j = i; j < source.length; j++) {
			const d = source[j];
			if (d === '\\') j++;
			else if (inClass) inClass = d !== ']';
			else if (d === '[') inClass = true;
			else if (d === '(') depth++;
			else if (d === ')' && --depth === 0) return j + 1;
		}
		return source.length;
	}
	// A character outside the Basic Multilingual Plane (an emoji) is one atom of two code units.
	const code = source.charCodeAt(i);
	return code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
}

/** The quantifier after an atom: its end, and whether the atom may be absent. */
function quantifier(source: string, i: number): { end: number; optional: boolean; repeated: boolean } {
	const q = source[i];
	let end = i;
	let optional = false;
	let repeated = false;
	if (q === '?' || q === '*') {
		optional = true;
		repeated = q === '*';
		end = i + 1;
	} else if (q === '+') {
		repeated = true;
		end = i + 1;
	} else if (q === '{') {
		const close = source.indexOf('}', i);
		const body = source.slice(i + 1, close < 0 ? source.length : close);
		optional = /^0/u.test(body);
		repeated = true;
		end = close < 0 ? source.length : close + 1;
	}
	if (end > i && source[end] === '?') end++;
	return { end, optional, repeated };
}

/** The shortest run of a set: the set with the longest shortest run filters best. */
const weakest = (runs: readonly string[]): number => Math.min(...runs.map((r) => r.length));

/** A group's body without its opening, or null for a lookaround (it matches no text). */
function groupBody(atom: string): string | null {
	if (/^\(\?<?[=!]/u.test(atom)) return null;
	const named = /^\(\?<[^>]*>/u.exec(atom);
	const open = named ? named[0].length : atom.startsWith('(?:') ? 3 : 1;
	return atom.slice(open, -1);
}

/**
 * The runs of which a match of one alternative contains at least one: its longest literal run, or
 * the runs of a group it cannot match without, whichever filters best; null when it has none.
 */
function requiredOfAlternative(alt: string): string[] | null {
	const candidates: string[][] = [];
	let run = '';
	const close = (): void => {
		if (run.length >= 3) candidates.push([run]);
		run = '';
	};
	for (let i = 0; i < alt.length;) {
		const end = atomEnd(alt, i);
		const atom = alt.slice(i, end);
		const q = quantifier(alt, end);
		let literal: string | null = null;
		if (atom.length === 1 && !/[.^$()[\]{}?*+|\\]/u.test(atom)) literal = atom;
		else if (atom.length === 2 && (atom.codePointAt(0) ?? 0) > 0xffff) literal = atom;
		else if (atom.length === 2 && atom[0] === '\\' && LITERAL_ESCAPE.test(atom[1] ?? '')) literal = atom[1] ?? null;
		if (literal === null || q.optional) {
			close();
			const body = atom.startsWith('(') && !q.optional ? groupBody(atom) : null;
			const inner = body === null ? null : requiredOfSource(body);
			if (inner !== null) candidates.push(inner);
		} else {
			run += literal;
			if (q.repeated) close();
		}
		i = q.end;
	}
	close();
	let best: string[] | null = null;
	for (const c of candidates) if (best === null || weakest(c) > weakest(best)) best = c;
	return best;
}

/**
 * The runs of which a match of the whole source contains at least one, or null. Every run is at least three
 * characters long: a shorter literal run is never a candidate, and a group gives runs only through this function.
 */
function requiredOfSource(source: string): string[] | null {
	const out = new Set<string>();
	for (const alt of alternatives(source)) {
		const runs = requiredOfAlternative(alt);
		if (runs === null) return null;
		for (const r of runs) out.add(r);
	}
	return [...out];
}

/** A pattern's runs, with a hash of the first three characters of each for a quick look-up. */
interface Runs {
	readonly runs: readonly string[];
	readonly keys: Uint16Array;
}

/** The first three UTF-16 units of `s` from `i`, hashed into 16 bits. */
const hash3 = (s: string, i: number): number =>
	(s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & 0xffff;

const cache = new WeakMap<RegExp, Runs | null>();

function runsOf(re: RegExp): Runs | null {
	// One look-up: a pattern read before is there, as its runs or as null.
	const known = cache.get(re);
	if (known !== undefined) return known;
	const runs = re.flags.includes('i') || re.flags.includes('v') ? null : requiredOfSource(re.source);
	const entry = runs === null ? null : { runs, keys: Uint16Array.from(runs, (r) => hash3(r, 0)) };
	cache.set(re, entry);
	return entry;
}

/**
 * The literal runs of which a text must contain at least one for the pattern to match it, or null
 * when the pattern cannot be read that way (case-insensitive, or an alternative without a run of
 * three characters it cannot match without).
 */
export function requiredRuns(re: RegExp): readonly string[] | null {
	return runsOf(re)?.runs ?? null;
}

// The hashes of every three-unit window of the text asked about last, marked with a stamp: the gates ask about one text
// hundreds of times in a row, and reading one cell is cheaper than searching the text for each run. A run whose first
// three units' cell lacks the stamp is not in the text; one whose cell has it is searched for (hashes may collide).
const seen = new Uint32Array(1 << 16);
let stamp = 0;
let indexed: string | null = null;

function index(text: string): void {
	if (text === indexed) return;
	stamp = (stamp + 1) >>> 0;
	if (stamp === 0) {
		seen.fill(0);
		stamp = 1;
	}
	for (let i = 0; i + 2 < text.length; i++) seen[hash3(text, i)] = stamp;
	indexed = text;
}

/** False when the pattern certainly matches nothing in the text; true when it may. */
export function mayMatch(re: RegExp, text: string): boolean {
	const entry = runsOf(re);
	if (entry === null) return true;
	index(text);
	const { runs, keys } = entry;
	for (let i = 0; i < runs.length; i++) if (seen[keys[i] ?? 0] === stamp && text.includes(runs[i] ?? '')) return true;
	return false;
}
