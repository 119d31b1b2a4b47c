// Workshop figures for `npm run bench`: the length of a typical exercise link (the aim is about
// 2,000 characters, so it fits a chat message and a QR code a phone reads off a projector), and the
// time to refuse the worst fragments a link may carry.
import { exerciseFromDraft, sharedFrom } from '../src/workshop/draft';
import { decodeExercise, encodeExercise, LINK_PREFIX, MAX_FRAGMENT } from '../src/workshop/link';
import { sharedExerciseSchema } from '../src/workshop/shared';
import { LEAD, typicalDraft } from '../tests/unit/workshop/fixtures';

/** A plausible deployment address: the link's length counts it. */
const ORIGIN = 'https://formazione.comune.example.it/palestra-social-pa/esercizio/#';
const LINK_AIM = 2000;

function timeMs(fn: () => unknown, runs = 20): number {
	const start = performance.now();
	for (let i = 0; i < runs; i++) fn();
	return (performance.now() - start) / runs;
}

export function benchWorkshop(): Array<{ label: string; value: string }> {
	const exercise = exerciseFromDraft(typicalDraft(), LEAD);
	const shared = sharedExerciseSchema.parse(sharedFrom(exercise));
	const fragment = encodeExercise(shared);
	const json = JSON.stringify(shared).length;
	const worst = `${LINK_PREFIX}${'A'.repeat(MAX_FRAGMENT)}`;
	return [
		{ label: 'typical exercise, JSON', value: `${json} characters` },
		{
			label: 'typical exercise, link',
			value: `${(ORIGIN + fragment).length} characters (aim ≤ ${LINK_AIM}) ${(ORIGIN + fragment).length <= LINK_AIM ? 'ok' : 'OVER'}`,
		},
		{
			label: 'decode + validate a typical link',
			value: `${timeMs(() => decodeExercise(fragment), 200).toFixed(2)} ms`,
		},
		{
			label: `refuse a ${MAX_FRAGMENT.toLocaleString('en')}-character junk fragment`,
			value: `${timeMs(() => decodeExercise(worst)).toFixed(2)} ms`,
		},
	];
}
