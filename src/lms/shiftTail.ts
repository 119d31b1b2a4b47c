import type { ShiftPlay } from '../progress/schema';
import { int36, readInt36, readShare2, share2 } from './compact';

/** Characters of a shift play after its time: score, replies, decisions (2 each), urgent first (1), handled and total (2 each). */
export const PLAY_TAIL = 11;

const URGENT_DIGIT = (v: boolean | undefined): string => (v === undefined ? '0' : v ? '2' : '1');
const count2 = (n: number): string => int36(Math.min(50, n)).padStart(2, '0');

/** A shift play without its time: PLAY_TAIL characters. */
export const playTail = (play: ShiftPlay): string =>
	`${share2(play.score)}${share2(play.replies)}${share2(play.decisions)}${URGENT_DIGIT(play.urgentFirst)}${count2(play.handled)}${count2(play.total)}`;

/** Reads a play tail back, with the time given; undefined when malformed. */
export function readPlayTail(tail: string, at: string): ShiftPlay | undefined {
	if (tail.length !== PLAY_TAIL) return undefined;
	const [score, replies, decisions] = [0, 2, 4].map((i) => readShare2(tail.slice(i, i + 2)));
	const urgent = tail[6];
	const [handled, total] = [7, 9].map((i) => readInt36(tail.slice(i, i + 2)));
	if (
		score === undefined ||
		replies === undefined ||
		decisions === undefined ||
		handled === undefined ||
		total === undefined
	)
		return undefined;
	if (handled > 50 || total > 50 || !['0', '1', '2'].includes(urgent ?? '')) return undefined;
	return { at, score, replies, decisions, ...(urgent === '0' ? {} : { urgentFirst: urgent === '2' }), handled, total };
}
