// Is the reply about the comment? Content-word stems shared with the comment (inflections and
// synonyms included), facts of the kind the comment asks for ("quando?" -> a date), and a walk
// through the reply's sentences that stops counting facts once a sentence changes subject.
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { sentenceAt, sentences } from '../text/sentences';
import { STOP_WORDS, sameStem, stem } from '../text/stem';
import { ASKS_HOW, CLUSTERS, GENERIC_WORDS, OPEN_QUESTION, SIBLINGS, SYNONYMS, WANTS, WHERE } from '../lexicon/topics';
import { addressTokens } from './places';
import type { Fact, FactKind } from './facts';
import type { Intent } from '../comment/intent';

/** What a piece of text is about: content stems, synonym groups, broad topics, sibling items. */
export interface Topic {
	stems: Set<string>;
	groups: Set<number>;
	clusters: Set<number>;
	/** "set:item" keys of sibling items mentioned ("0:1" = glass in the waste fractions). */
	siblings: Set<string>;
}

/** The comment as seen by the relevance check. */
export interface CommentProfile extends Topic {
	/** Kinds of fact the comment explicitly asks for. */
	wants: Set<FactKind>;
	/** Comment stems bucketed by their first letters, for fast prefix-tolerant lookups. */
	buckets: Map<string, string[]>;
	/** Too little content to judge relevance: everything counts as on topic. */
	vague: boolean;
	/** Asks where: a venue or an office is then a real answer, not a vague pointer. */
	where: boolean;
	/** Praise without a question: the reply must pick up what was praised. */
	compliment: boolean;
	/** A yes/no question ("è gratuito la domenica?"): the answer must pick up its subject. */
	yesNo: boolean;
}

function index(lines: string[]): Map<string, number[]> {
	const map = new Map<string, number[]>();
	lines.forEach((line, n) => {
		for (const w of line.split(' ')) {
			const s = stem(w);
			const list = map.get(s) ?? [];
			if (!list.includes(n)) list.push(n);
			map.set(s, list);
		}
	});
	return map;
}

const SYNONYM_INDEX = index(SYNONYMS);
const CLUSTER_INDEX = index(CLUSTERS);
const SIBLING_INDEX = new Map<string, string>();
SIBLINGS.forEach((items, s) =>
	items.forEach((item, i) => item.split(' ').forEach((w) => SIBLING_INDEX.set(stem(w), `${s}:${i}`))),
);
const GENERIC_STEMS = new Set([...GENERIC_WORDS].map(stem));

// Stems of fewer letters are too ambiguous to show a shared topic ("via", "ore").
const MIN_CONTENT_LENGTH = 3;
// Below this many content stems the comment says too little to judge relevance ("Orari?").
const MIN_COMMENT_STEMS = 2;

function emptyTopic(): Topic {
	return { stems: new Set(), groups: new Set(), clusters: new Set(), siblings: new Set() };
}

// "Buona giornata", "buon lavoro": greetings, not the day or the work the comment talks about.
const GREETING_ADJECTIVES = new Set(['buona', 'buon', 'buonissima', 'felice', 'bella']);

function addWord(t: Topic, k: string, stems: Map<string, string>, prev = ''): void {
	if (GREETING_ADJECTIVES.has(prev)) return;
	if (k.length < MIN_CONTENT_LENGTH && !/^\d+$/u.test(k)) return;
	if (STOP_WORDS.has(k)) return;
	let s = stems.get(k);
	if (s === undefined) {
		s = stem(k);
		stems.set(k, s);
	}
	for (const g of SYNONYM_INDEX.get(s) ?? []) t.groups.add(g);
	for (const c of CLUSTER_INDEX.get(s) ?? []) t.clusters.add(c);
	const sib = SIBLING_INDEX.get(s);
	if (sib) t.siblings.add(sib);
	if (!GENERIC_STEMS.has(s)) t.stems.add(s);
}

/** Topic of a whole text. */
export function topicOf(a: Analysed): Topic {
	const t = emptyTopic();
	const cache = new Map<string, string>();
	const streets = addressTokens(a);
	a.tokens.forEach((tok, i) => {
		if (!streets.has(i)) addWord(t, tok.key, cache, a.tokens[i - 1]?.key);
	});
	return t;
}

/** Topic of each sentence, in one pass over the tokens; `skip` leaves out tokens by folded offset. */
export function sentenceTopics(a: Analysed, spans: readonly Span[], skip?: (fStart: number) => boolean): Topic[] {
	const topics = spans.map(emptyTopic);
	const cache = new Map<string, string>();
	const streets = addressTokens(a);
	let i = 0;
	a.tokens.forEach((tok, n) => {
		while (i < spans.length && (spans[i]?.fEnd ?? 0) <= tok.fStart) i++;
		const t = topics[i];
		if (t && !streets.has(n) && !skip?.(tok.fStart)) addWord(t, tok.key, cache, a.tokens[n - 1]?.key);
	});
	return topics;
}

/** Profile of the comment for relevance checks. */
export function profileComment(a: Analysed, intent: Intent): CommentProfile {
	const topic = topicOf(a);
	const wants = new Set<FactKind>();
	for (const [re, kinds] of WANTS) if (re.test(a.folded)) kinds.forEach((k) => wants.add(k));
	const buckets = new Map<string, string[]>();
	for (const s of topic.stems) {
		const key = s.slice(0, 4);
		const list = buckets.get(key) ?? [];
		list.push(s);
		buckets.set(key, list);
	}
	return {
		...topic,
		wants,
		buckets,
		vague: topic.stems.size < MIN_COMMENT_STEMS,
		where: WHERE.test(a.folded),
		// As the comment's intent reads it: "complimenti 👏👏 3 multe in una settimana" is a complaint.
		compliment: intent.kind === 'praise',
		yesNo: a.folded.includes('?') && !OPEN_QUESTION.test(a.folded) && !ASKS_HOW.test(a.folded),
	};
}

/** The text shares a content word (inflection-tolerant) or a synonym group with the comment. */
export function overlaps(c: CommentProfile, t: Topic): boolean {
	for (const s of t.stems) {
		if (c.stems.has(s)) return true;
		for (const other of c.buckets.get(s.slice(0, 4)) ?? []) if (sameStem(s, other)) return true;
	}
	for (const g of t.groups) if (c.groups.has(g)) return true;
	return false;
}

/** The text names a sibling of the comment's item and not the item itself (glass for organic waste). */
function siblingClash(c: CommentProfile, t: Topic): boolean {
	for (const sib of t.siblings) {
		if (c.siblings.has(sib)) return false;
	}
	const sets = new Set([...c.siblings].map((x) => x.split(':')[0]));
	return [...t.siblings].some((x) => sets.has(x.split(':')[0]));
}

/** The text names a topic, or a sibling item, that the comment does not touch. */
export function foreign(c: CommentProfile, t: Topic): boolean {
	if (siblingClash(c, t)) return true;
	if (t.clusters.size === 0 || c.clusters.size === 0) return false;
	for (const cl of t.clusters) if (c.clusters.has(cl)) return false;
	return true;
}

/**
 * Which facts are about the comment. The reply touches the comment when it shares a word or a
 * synonym with it, gives a fact of the kind asked for, or (except for compliments, where picking up
 * the praise is the point) simply names no other subject (for a yes/no question, also names its broad topic): a reply full of pronouns ("la caldaia è
 * ripartita") gets the benefit of the doubt. Then sentences count until one changes subject, and a
 * sentence that shares words with the comment brings the walk back on topic.
 */
export function relevantFacts(
	reply: Analysed,
	c: CommentProfile,
	facts: Fact[],
): { relevant: Fact[]; touched: boolean } {
	if (c.vague) return { relevant: facts, touched: true };
	const spans = sentences(reply);
	const topics = sentenceTopics(reply, spans);
	const asked = facts.some((f) => c.wants.has(f.kind));
	const sharesCluster = topics.some((t) => [...t.clusters].some((x) => c.clusters.has(x)));
	const touched =
		asked ||
		topics.some((t) => overlaps(c, t) && !siblingClash(c, t)) ||
		(!c.compliment && (!c.yesNo || sharesCluster) && !topics.some((t) => foreign(c, t))) ||
		(c.compliment && sharesCluster);
	if (!touched) return { relevant: [], touched };
	let on = true;
	const onTopic = topics.map((t) => {
		if (siblingClash(c, t)) on = false;
		else if (overlaps(c, t)) on = true;
		else if (foreign(c, t)) on = false;
		return on;
	});
	const relevant = facts.filter((f) => {
		const i = sentenceAt(spans, f.fStart);
		const t = topics[i];
		// The people who did it answer "chi...?" whatever else their sentence mentions.
		return !t || onTopic[i] === true || f.kind === 'who' || (c.wants.has(f.kind) && !foreign(c, t));
	});
	return { relevant, touched };
}
