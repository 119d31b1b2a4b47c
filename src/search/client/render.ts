// Segments to DOM: plain text nodes and <mark> elements, never innerHTML, so whatever the content or
// the query contains is shown as text.
import type { Segment } from '../snippet';

/** Appends the segments to `parent`, matches wrapped in <mark>. */
export function appendSegments(parent: Element, segments: readonly Segment[]): void {
	for (const segment of segments) {
		if (segment.match) {
			const mark = parent.ownerDocument.createElement('mark');
			mark.textContent = segment.text;
			parent.append(mark);
		} else {
			parent.append(segment.text);
		}
	}
}

/** A new element with a class, children appended by the caller. */
export function element<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	className: string,
): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	el.className = className;
	return el;
}
