// What a value reader is: a pattern and how a match becomes the value's canonical key.
import type { Analysed } from '../../text/normalize';
import type { ValueKind } from '../../types';

/** The text values are read from: folded for the patterns, the original for letter case. */
export type Text = Pick<Analysed, 'original' | 'folded' | 'map'>;

/** One way of writing a value: a pattern and how a match becomes the value's canonical key. */
export interface Reader {
	kind: ValueKind;
	re: RegExp;
	/** The canonical key, or null when the match is not such a value after all. */
	key: (m: RegExpMatchArray, text: Text) => string | null;
}
