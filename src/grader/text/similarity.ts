// Near-duplicate detection between the reply and the learner's earlier replies: the Dice
// coefficient on word bigrams (2 * shared / total), the measure of words/dice-coefficient applied to
// words instead of letters, so swapping the greeted name does not hide a pasted reply.

// Enough words to compare any social reply; beyond this the rest is ignored to bound the time.
const MAX_TOKENS = 3000;

function bigrams(words: readonly string[]): Map<string, number> {
	const out = new Map<string, number>();
	const n = Math.min(words.length, MAX_TOKENS);
	for (let i = 0; i + 1 < n; i++) {
		const g = `${words[i]} ${words[i + 1]}`;
		out.set(g, (out.get(g) ?? 0) + 1);
	}
	return out;
}

/** Dice coefficient (0..1) between two word sequences, on word bigrams. */
export function dice(left: readonly string[], right: readonly string[]): number {
	const a = bigrams(left);
	const b = bigrams(right);
	let total = 0;
	let shared = 0;
	for (const c of a.values()) total += c;
	for (const c of b.values()) total += c;
	if (total === 0) return 0;
	for (const [g, c] of a) shared += Math.min(c, b.get(g) ?? 0);
	return (2 * shared) / total;
}

/** Edits (insert, delete, substitute one character) that turn one word into the other, up to `max` + 1. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				(prev[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				(prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		prev = row;
	}
	return Math.min(prev[b.length] ?? max + 1, max + 1);
}
