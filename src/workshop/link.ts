import { deflateSync, Inflate } from 'fflate';
import { parseUntrustedJson } from '../classroom/safeJson';
import { MAX_FRAGMENT_CHARS } from '../progress/constants';
import { sharedExerciseSchema, type SharedExercise } from './shared';

/** Version prefix of the fragment: a later format gets another prefix, and old links still open. */
export const LINK_PREFIX = 'e1.';
/** Longest fragment opened (also the cap of a stored one): a typical exercise needs under 2,000. */
export const MAX_FRAGMENT = MAX_FRAGMENT_CHARS;
/** Largest JSON text a fragment may inflate to: a full shared exercise is well under 40 KB. */
export const MAX_JSON_BYTES = 64_000;
/** Deepest nesting of a shared exercise's JSON: it has 4 levels. */
const MAX_DEPTH = 6;
/** Compressed bytes fed to the inflater at a time, so a "zip bomb" is stopped early. */
const CHUNK = 512;

/** Why a link was refused (each has an Italian message: `shared.error.<code>`). */
export type LinkError = 'empty' | 'tooLarge' | 'notLink' | 'newer' | 'corrupt' | 'invalid';

/** The outcome of reading a link's fragment. */
export type LinkRead = { ok: true; exercise: SharedExercise } | { ok: false; code: LinkError };

/** The smallest equivalent object: defaults and empty lists left out, so links stay short. */
function compact(exercise: SharedExercise): Record<string, unknown> {
	const out: Record<string, unknown> = {
		title: exercise.title,
		instructions: exercise.instructions,
		platform: exercise.platform,
		page: exercise.page,
		thread: exercise.thread.map(({ fromPage, ...m }) => (fromPage ? { ...m, fromPage } : m)),
		modelAnswers: exercise.modelAnswers,
	};
	if (exercise.offensive) out['offensive'] = true;
	if (exercise.keyFacts.length > 0) out['keyFacts'] = exercise.keyFacts;
	if (exercise.hints.length > 0) out['hints'] = exercise.hints;
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]+$/u.test(text)) return undefined;
	try {
		const binary = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

/** Inflates at most `max` bytes: 'over' when it would inflate to more, undefined when it is not deflate. */
function inflateCapped(data: Uint8Array, max: number): Uint8Array | 'over' | undefined {
	const parts: Uint8Array[] = [];
	let total = 0;
	let over = false;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > max) over = true;
		else parts.push(chunk);
	});
	try {
		for (let i = 0; i < data.length && !over; i += CHUNK)
			inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
	} catch {
		return undefined;
	}
	if (over) return 'over';
	const out = new Uint8Array(total);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** The fragment (without "#") that carries an exercise: prefix + base64url of its deflated JSON. */
export function encodeExercise(exercise: SharedExercise): string {
	const json = new TextEncoder().encode(JSON.stringify(compact(exercise)));
	return LINK_PREFIX + toBase64Url(deflateSync(json, { level: 9 }));
}

/**
 * Reads a fragment from an untrusted link: size first, then base64, a capped inflate, strict
 * UTF-8, JSON without deep nesting or prototype keys, and the shared-exercise schema. Never throws.
 */
export function decodeExercise(fragment: string): LinkRead {
	try {
		const raw = fragment.replace(/^#/u, '').trim();
		if (raw === '') return { ok: false, code: 'empty' };
		if (raw.length > MAX_FRAGMENT) return { ok: false, code: 'tooLarge' };
		const version = /^e(\d{1,3})\./u.exec(raw);
		if (!version) return { ok: false, code: 'notLink' };
		if (`e${version[1]}.` !== LINK_PREFIX) return { ok: false, code: Number(version[1]) > 1 ? 'newer' : 'notLink' };
		const bytes = fromBase64Url(raw.slice(LINK_PREFIX.length));
		if (!bytes) return { ok: false, code: 'notLink' };
		const inflated = bytes.length === 0 ? undefined : inflateCapped(bytes, MAX_JSON_BYTES);
		if (inflated === 'over') return { ok: false, code: 'tooLarge' };
		if (!inflated) return { ok: false, code: 'corrupt' };
		const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
		const parsed = parseUntrustedJson(json, MAX_DEPTH);
		if (!parsed.ok) return { ok: false, code: 'corrupt' };
		const checked = sharedExerciseSchema.safeParse(parsed.value);
		return checked.success ? { ok: true, exercise: checked.data } : { ok: false, code: 'invalid' };
	} catch {
		return { ok: false, code: 'corrupt' };
	}
}
