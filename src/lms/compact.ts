import { TIP_IDS } from '../progress/constants';
import type { Attempt } from '../progress/schema';

/**
 * The small pieces of the suspend-data text: whole numbers in base 36, times as seconds after a
 * base time, shares (0..1) as thousandths in two characters, the three tip verdicts in one.
 * Readers return undefined on anything unexpected; the codec turns that into "unreadable".
 */

/** Base-36 digits only: what every number field must look like. */
const DIGITS = /^[0-9a-z]+$/u;

/** A non-negative integer in base 36. */
export const int36 = (n: number): string => Math.max(0, Math.trunc(n)).toString(36);

/** Reads an integer written by int36. */
export function readInt36(text: string): number | undefined {
	if (!DIGITS.test(text) || text.length > 10) return undefined;
	const n = parseInt(text, 36);
	return Number.isSafeInteger(n) ? n : undefined;
}

/** Whole seconds since the Unix epoch of an ISO timestamp. */
export const epochSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** The ISO timestamp of `base + offset` seconds, or undefined outside the range a Date can hold. */
export function isoAt(base: number, offset: number): string | undefined {
	const ms = (base + offset) * 1000;
	return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** Largest value of a two-character base-36 field. */
const SHARE_STEPS = 1000;

/**
 * A share in two characters, as thousandths rounded DOWN: a quantised score never passes a mark the
 * real one missed (0.6996 must not become 0.7). The epsilon absorbs float noise (0.57 × 1000).
 */
export const share2 = (share: number): string =>
	int36(Math.min(SHARE_STEPS, Math.floor(Math.max(0, share) * SHARE_STEPS + 1e-9))).padStart(2, '0');

/** Reads a share written by share2. */
export function readShare2(text: string): number | undefined {
	const n = text.length === 2 ? readInt36(text) : undefined;
	return n !== undefined && n <= SHARE_STEPS ? n / SHARE_STEPS : undefined;
}

const VERDICT_DIGIT = (v: boolean | null): number => (v === null ? 0 : v ? 2 : 1);
const DIGIT_VERDICT = [null, false, true] as const;

/** Characters of an attempt after its time: verdicts (1), three tip scores (2 each), score (2). */
export const ATTEMPT_TAIL = 9;

/** An attempt without its time: ATTEMPT_TAIL characters. */
export function attemptTail(attempt: Attempt): string {
	const verdicts = TIP_IDS.reduce((code, tip) => code * 3 + VERDICT_DIGIT(attempt.verdicts[tip]), 0);
	return `${int36(verdicts)}${TIP_IDS.map((tip) => share2(attempt.scores[tip])).join('')}${share2(attempt.score)}`;
}

/** Reads an attempt tail back, with the time given. */
export function readAttemptTail(tail: string, at: string): Attempt | undefined {
	if (tail.length !== ATTEMPT_TAIL) return undefined;
	let code = readInt36(tail.slice(0, 1));
	const shares = [1, 3, 5, 7].map((i) => readShare2(tail.slice(i, i + 2)));
	const [detailed, name, thanks, score] = shares;
	if (
		code === undefined ||
		code > 26 ||
		detailed === undefined ||
		name === undefined ||
		thanks === undefined ||
		score === undefined
	)
		return undefined;
	const digits: number[] = [];
	for (let i = 0; i < TIP_IDS.length; i++) {
		digits.unshift(code % 3);
		code = Math.floor(code / 3);
	}
	const verdict = (i: number) => DIGIT_VERDICT[digits[i] ?? 0] ?? null;
	return {
		at,
		verdicts: { detailed: verdict(0), name: verdict(1), thanks: verdict(2) },
		scores: { detailed, name, thanks },
		score,
	};
}
