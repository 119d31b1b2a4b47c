/** Keys that could reach an object's prototype when copied around: a learner file never needs them. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Why an untrusted text was not accepted as JSON. */
export type JsonRefusal = 'notJson' | 'tooDeep' | 'forbiddenKeys';

/**
 * Deepest nesting of arrays and objects in a JSON text, counted without parsing and stopping as
 * soon as `limit` is passed: a file of a million brackets costs one linear scan, not a stack overflow.
 */
export function nestingExceeds(text: string, limit: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // backslash: skip the escaped character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) {
			if (++depth > limit) return true;
		} else if (c === 0x5d || c === 0x7d) depth--;
	}
	return false;
}

class ForbiddenKey extends Error {}

/**
 * Parses a JSON text from an untrusted file: refuses deep nesting before parsing and any
 * prototype-related key while parsing. The result is still unvalidated data.
 */
export function parseUntrustedJson(
	text: string,
	maxDepth: number,
): { ok: true; value: unknown } | { ok: false; code: JsonRefusal } {
	if (nestingExceeds(text, maxDepth)) return { ok: false, code: 'tooDeep' };
	try {
		const value: unknown = JSON.parse(text, (key, item: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey();
			return item;
		});
		return { ok: true, value };
	} catch (error) {
		return { ok: false, code: error instanceof ForbiddenKey ? 'forbiddenKeys' : 'notJson' };
	}
}
