// Several checks read the same analysed text in one grading (its sentences, its values): what they
// derive from it is computed once per text object and remembered while the text lives.

/**
 * `compute`, remembered per argument object (a WeakMap, so nothing outlives the text). Callers must
 * not change the value they get: every caller shares it.
 */
export function perText<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	const known = new WeakMap<K, V>();
	return (key) => {
		if (known.has(key)) return known.get(key) as V;
		const value = compute(key);
		known.set(key, value);
		return value;
	};
}
