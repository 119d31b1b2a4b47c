// Italian stemming with the Snowball algorithm shipped by lunr-languages. lunr core is large and we
// only need `lunr.it.stemmer`, so the two plugins are installed on a tiny shim that provides just
// what they touch (Pipeline.registerFunction and generateStopWordFilter). The plugins are
// CommonJS; Vite, vitest and tsx all expose module.exports as the default import.
import installSupport from 'lunr-languages/lunr.stemmer.support.js';
import installItalian from 'lunr-languages/lunr.it.js';

interface ItalianPlugin {
	stemmer: (word: string) => string;
}

interface Shim {
	Pipeline: { registerFunction: () => void };
	generateStopWordFilter: (words: string[]) => () => void;
	it?: ItalianPlugin;
}

// Filled once while the plugins install, never written afterwards.
const stopWordList: string[] = [];
const shim: Shim = {
	Pipeline: { registerFunction: () => undefined },
	generateStopWordFilter: (words) => {
		// lunr.it hands us its Italian stop-word list here: we keep it instead of shipping a second copy.
		stopWordList.push(...words);
		return () => undefined;
	},
};
installSupport(shim);
installItalian(shim);

const italian = shim.it;
if (!italian) throw new Error('lunr-languages did not install the Italian stemmer');
// The Snowball program keeps its current word between setCurrent and getCurrent; each call runs
// start to finish synchronously, so sharing it is safe and the result depends only on the word.
const snowball = italian.stemmer;

/** Italian stop words (lunr-languages list), accent-folded to match our token keys. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	stopWordList.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

// Stems already computed: the same words come back in every grading. The result depends only on the
// word, so remembering it changes nothing; the memory is emptied when it grows past a bound.
const known = new Map<string, string>();
const KNOWN_MAX = 20_000;

/** Snowball stem of a lowercase word; accent-fold the word first so "riaprirà" and "riaprira" agree. */
export function stem(word: string): string {
	const hit = known.get(word);
	if (hit !== undefined) return hit;
	const s = computeStem(word);
	if (known.size >= KNOWN_MAX) known.clear();
	known.set(word, s);
	return s;
}

function computeStem(word: string): string {
	if (word.length < 3 || /\P{L}/u.test(word)) return word;
	// Snowball keeps the "h" of short plurals (buche -> buch, parchi -> parch): Italian writes it only to
	// keep c/g hard before e/i, so dropping it gives buca and buche the same stem.
	return snowball(word).replace(/([cg])h$/u, '$1');
}

/** True when two stems denote the same word family, tolerating Snowball's "buc"/"buch" splits. */
export function sameStem(a: string, b: string): boolean {
	if (a === b) return true;
	// Days and months are exact: "mercato" is not "mercoledì", "settimana" not "settembre".
	if (CALENDAR_STEMS.has(a) || CALENDAR_STEMS.has(b)) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	// A stem of 4+ letters that starts the other one (riapr/riaprir) is the same family; shorter
	// stems are too promiscuous ("sab" would match "sabbia").
	if (short.length >= MIN_PREFIX_STEM && long.startsWith(short)) return true;
	// Snowball leaves the final vowel after "qu" and in some short words (acqua/acque): same length,
	// only the last letter differs.
	return short.length === long.length && short.length > MIN_PREFIX_STEM && short.slice(0, -1) === long.slice(0, -1);
}

/** Shortest stem allowed to match another stem as a prefix. */
const MIN_PREFIX_STEM = 4;

/** Stems of the weekdays and months, which match only themselves. */
const CALENDAR_STEMS: ReadonlySet<string> = new Set(
	(
		'lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile maggio giugno ' +
		'luglio agosto settembre ottobre novembre dicembre'
	)
		.split(' ')
		.map(stem),
);
