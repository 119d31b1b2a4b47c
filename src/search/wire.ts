// A compact wire format for lunr's serialised index. lunr's own JSON stores every posting twice:
// once in `fieldVectors` (term number and score per field of each document) and once in
// `invertedIndex` (per term, the documents of each field, each with empty metadata since we keep no
// positions). The inverted index can be rebuilt from the vectors and the term list, and term numbers
// compress far better as gaps: together this lets the whole course text fit the size budget.

/** lunr.Index#toJSON(), as far as this module reads and writes it. */
export interface LunrIndexJson {
	version: string;
	fields: string[];
	/** ["title/3", [termNumber, score, termNumber, score, …]] with ascending term numbers. */
	fieldVectors: Array<[string, number[]]>;
	/** [term, { _index: termNumber, <field>: { <ref>: {} } }], sorted by term. */
	invertedIndex: Array<[string, Record<string, unknown>]>;
	pipeline: string[];
}

/** The index as served: terms by number, vectors as [fieldRef, gap, score × 1000, …]. */
export interface PackedIndex {
	lunr: string;
	fields: string[];
	pipeline: string[];
	terms: string[];
	vectors: Array<[string, ...number[]]>;
}

/** lunr rounds vector scores to 3 decimals, so × 1000 they are integers and come back exactly. */
const SCALE = 1000;

/** Packs lunr's index JSON for the wire. */
export function packIndex(json: LunrIndexJson): PackedIndex {
	const terms: string[] = [];
	for (const [term, posting] of json.invertedIndex) terms[Number(posting['_index'])] = term;
	const vectors = json.fieldVectors.map(([fieldRef, elements]): [string, ...number[]] => {
		const packed: [string, ...number[]] = [fieldRef];
		let previous = 0;
		for (let i = 0; i + 1 < elements.length; i += 2) {
			const term = elements[i] ?? 0;
			packed.push(term - previous, Math.round((elements[i + 1] ?? 0) * SCALE));
			previous = term;
		}
		return packed;
	});
	return { lunr: json.version, fields: json.fields, pipeline: json.pipeline, terms, vectors };
}

/** Rebuilds lunr's index JSON from the wire format (input already shape-checked by the caller). */
export function unpackIndex(packed: PackedIndex): LunrIndexJson {
	const postings = packed.terms.map((_term, index) => {
		const posting: Record<string, unknown> = { _index: index };
		for (const field of packed.fields) posting[field] = {};
		return posting;
	});
	const fieldVectors = packed.vectors.map(([fieldRef, ...values]): [string, number[]] => {
		const slash = fieldRef.indexOf('/');
		const field = fieldRef.slice(0, slash);
		const ref = fieldRef.slice(slash + 1);
		const elements: number[] = [];
		let term = 0;
		for (let i = 0; i + 1 < values.length; i += 2) {
			term += values[i] ?? 0;
			elements.push(term, (values[i + 1] ?? 0) / SCALE);
			const fieldPostings = postings[term]?.[field] as Record<string, object> | undefined;
			if (fieldPostings) fieldPostings[ref] = {};
		}
		return [fieldRef, elements];
	});
	const invertedIndex = packed.terms
		.map((term, index): [string, Record<string, unknown>] => [term, postings[index] ?? {}])
		// lunr.Index.load feeds the terms to a TokenSet builder, which needs them in this exact order.
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { version: packed.lunr, fields: packed.fields, fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
