// The JSON served at /search-index.json, shared by the build (which writes it) and the browser
// (which reads it). The browser checks its shape before use: an old cached copy or a broken proxy
// must give "search unavailable", not a crash deep inside lunr.
import type { PackedIndex } from './wire';

/** The kinds of things a learner can find. */
export type DocKind = 'lesson' | 'case' | 'glossary' | 'exercise';

const KINDS: readonly string[] = ['lesson', 'case', 'glossary', 'exercise'] satisfies DocKind[];

/** What a result shows: everything but the indexed text. */
export interface StoredDocument {
	kind: DocKind;
	title: string;
	/** Where it sits: the module title, or the section (glossary, case studies). */
	context: string;
	/** Site-root path ("/tre-consigli/ringraziare/"), possibly with a fragment. */
	url: string;
	/** Text shown under the title. */
	snippet: string;
}

/** Current payload shape. */
export const PAYLOAD_VERSION = 1;

/** The JSON served at /search-index.json. */
export interface SearchPayload {
	/** Bumped when the shape changes, so a cached old file is refused rather than misread. */
	version: typeof PAYLOAD_VERSION;
	/** The lunr index in the compact wire format; each ref is a position in `docs`. */
	index: PackedIndex;
	docs: StoredDocument[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isDocument(v: unknown): v is StoredDocument {
	return (
		isRecord(v) &&
		typeof v['kind'] === 'string' &&
		KINDS.includes(v['kind']) &&
		['title', 'context', 'url', 'snippet'].every((k) => typeof v[k] === 'string') &&
		String(v['url']).startsWith('/')
	);
}

function isPackedIndex(v: unknown): v is PackedIndex {
	if (!isRecord(v) || typeof v['lunr'] !== 'string') return false;
	if (!isStrings(v['fields']) || !isStrings(v['pipeline']) || !isStrings(v['terms'])) return false;
	const vectors = v['vectors'];
	return (
		Array.isArray(vectors) &&
		vectors.every((e) => Array.isArray(e) && typeof e[0] === 'string' && e.slice(1).every((n) => Number.isInteger(n)))
	);
}

/** The payload if `json` has the expected shape and version, otherwise undefined. */
export function parsePayload(json: unknown): SearchPayload | undefined {
	if (!isRecord(json) || json['version'] !== PAYLOAD_VERSION) return undefined;
	const { index, docs } = json;
	if (!isPackedIndex(index) || !Array.isArray(docs) || !docs.every(isDocument)) return undefined;
	return { version: PAYLOAD_VERSION, index, docs };
}
