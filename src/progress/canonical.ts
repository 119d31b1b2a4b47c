/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped,
 * numbers as JSON.stringify writes them. Two equal values always give the same text, whatever the
 * key order they were built or parsed with, so a hash of it survives a JSON round trip.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		// JSON.stringify turns NaN and Infinity into null and leaves undefined out, as the file would.
		return JSON.stringify(value) ?? 'null';
	}
	if (Array.isArray(value))
		return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	const members = Object.keys(value)
		.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
	return `{${members.join(',')}}`;
}

/** Lowercase hex SHA-256 of a text's UTF-8 bytes (Web Crypto: browsers and Node 22 alike). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
