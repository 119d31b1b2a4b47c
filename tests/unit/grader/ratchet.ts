// The ratchet on labelled corpora: the known misses are recorded in
// tests/fixtures/grader/known-misses.yaml; a new miss fails (a regression), and so does a known
// miss that now agrees (remove it from the list, so the ratchet tightens).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { expect } from 'vitest';
import { z } from 'zod';

const PATH = fileURLToPath(new URL('../../fixtures/grader/known-misses.yaml', import.meta.url));
const schema = z.object({
	corpus: z.array(z.string()),
	realReplies: z.array(z.string()),
	adversarial: z.array(z.string()).default([]),
	exerciseAdversarial: z.array(z.string()).default([]),
});
type Known = z.infer<typeof schema>;

/** The recorded misses per corpus. */
export const knownMisses = (): Known => schema.parse(parse(readFileSync(PATH, 'utf8')));

/** New misses and fixed ones, compared with the record. */
export function compare(misses: readonly string[], known: readonly string[]): { added: string[]; fixed: string[] } {
	const now = new Set(misses);
	const before = new Set(known);
	return { added: misses.filter((m) => !before.has(m)), fixed: known.filter((m) => !now.has(m)) };
}

/** Rewrites the record (run `UPDATE_KNOWN_MISSES=1 npx vitest run tests/unit/grader` after a reviewed change). */
export function record(corpus: keyof Known, misses: readonly string[]): void {
	const known = knownMisses();
	known[corpus] = [...misses].sort();
	writeFileSync(
		PATH,
		`# Misses of the grader on its labelled corpora, reviewed one by one. A new miss fails the tests;\n# a fixed one must be removed. Update with UPDATE_KNOWN_MISSES=1 after a reviewed change.\n${stringify(known)}`,
	);
}

/**
 * The ratchet's check: rewrites the record when UPDATE_KNOWN_MISSES is set, then fails on a new
 * miss (a regression) and on a known miss now fixed (the list must shrink with it).
 */
export function expectKnownMisses(corpus: keyof Known, misses: readonly string[]): void {
	if (process.env['UPDATE_KNOWN_MISSES']) record(corpus, misses);
	const { added, fixed } = compare(misses, knownMisses()[corpus]);
	expect(added, 'new misses (regressions)').toEqual([]);
	expect(fixed, 'fixed misses: remove them from known-misses.yaml').toEqual([]);
}

/** Agreement counted per "family measure" key, with the misses named as "<id> <measure>". */
export class Tally {
	readonly misses: string[] = [];
	readonly #counts = new Map<string, [number, number]>();

	/** Counts one verdict under `key`; a disagreement is recorded as `miss`. */
	count(key: string, agree: boolean, miss: string): void {
		const [a, t] = this.#counts.get(key) ?? [0, 0];
		this.#counts.set(key, [a + (agree ? 1 : 0), t + 1]);
		if (!agree) this.misses.push(miss);
	}

	/** "title: n" and one line per key, sorted, for the test log. */
	format(title: string, n: number, width = 12): string {
		const rows = [...this.#counts]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([k, [a, t]]) => `  ${k.padEnd(width)} ${a}/${t}`);
		return `\n${title}: ${n}\n${rows.join('\n')}`;
	}
}

const ADVERSARIAL = fileURLToPath(new URL('../../fixtures/grader/adversarial/', import.meta.url));

/** The objects of a JSON Lines file of the outside testers (tests/fixtures/grader/adversarial/). */
export function adversarialLines(file: string): unknown[] {
	return readFileSync(`${ADVERSARIAL}${file}`, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as unknown);
}
