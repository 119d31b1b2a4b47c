import type { Range } from '../grader/types';

/** A run of text, marked when a verdict rests on it. */
export interface Segment {
	text: string;
	marked: boolean;
}

/** Splits `text` into plain and marked runs from possibly overlapping, unsorted, out-of-bounds ranges. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
	const clean = ranges
		.map((r) => ({
			start: Math.max(0, Math.min(r.start, text.length)),
			end: Math.max(0, Math.min(r.end, text.length)),
		}))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.start - b.start);
	const merged: Range[] = [];
	for (const r of clean) {
		const last = merged[merged.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	const out: Segment[] = [];
	let cursor = 0;
	for (const r of merged) {
		if (r.start > cursor) out.push({ text: text.slice(cursor, r.start), marked: false });
		out.push({ text: text.slice(r.start, r.end), marked: true });
		cursor = r.end;
	}
	if (cursor < text.length) out.push({ text: text.slice(cursor), marked: false });
	return out;
}
