// How each kind of value is written in Italian, one reader per notation, each giving a canonical
// key: dates and times (dates.ts), amounts, phones and durations (numbers.ts), emails, links,
// references and addresses (contacts.ts). values.ts runs them in this order and settles overlaps:
// an email is read before the link inside it.
import type { Reader } from './reader';
import { DATE_TIME_READERS, WEEKDAY_READERS } from './dates';
import { NUMBER_READERS } from './numbers';
import { CONTACT_READERS, REFERENCE_READERS } from './contacts';

export type { Reader, Text } from './reader';

/** The readers, each tried on the whole text; scan() in values.ts settles the overlaps. */
export const READERS: readonly Reader[] = [
	...DATE_TIME_READERS,
	...NUMBER_READERS,
	...CONTACT_READERS,
	...WEEKDAY_READERS,
	...REFERENCE_READERS,
];
