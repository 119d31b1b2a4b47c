import * as z from 'zod/mini';
import type { ExerciseInput } from '../schemas/exercise';
import { CONDUCT_KINDS } from '../grader/types';
import { PLATFORMS, VALUE_KINDS, type SharedExerciseInput } from './shared';

/** What a counter-example must get on one tip: anything, met, not met, not applicable. */
export const EXPECTATIONS = ['any', 'met', 'not_met', 'not_applicable'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];
/** The conduct gates a counter-example can be meant to fail. */
export { CONDUCT_KINDS };

/** Times shown on the mock-up: the form does not ask for them. */
export const POST_TIME = '3 h';
export const EARLIER_TIME = '2 h';
export const COMMENT_TIME = '1 h';
/** Comments before the one to answer: with the post and the comment, a link's thread holds at most 8 messages. */
export const MAX_EARLIER = 6;

const str = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
const expectation = z._default(z.enum(EXPECTATIONS), 'any');

/** The form as the instructor fills it in: plain texts, saved as a draft in this browser. */
export const draftSchema = z.object({
	title: str(200),
	module: str(100),
	topic: str(200),
	instructions: str(3000),
	factSheet: str(3000),
	platform: z._default(z.enum(PLATFORMS), 'facebook'),
	page: str(200),
	post: str(3000),
	earlier: z._default(z.array(z.object({ author: str(100), text: str(3000) })).check(z.maxLength(MAX_EARLIER)), []),
	author: str(100),
	comment: str(3000),
	offensive: z._default(z.boolean(), false),
	keyFacts: z._default(
		z
			.array(
				z.object({
					label: str(200),
					variants: str(3000),
					kind: z._default(z.union([z.literal(''), z.enum(VALUE_KINDS)]), ''),
				}),
			)
			.check(z.maxLength(15)),
		[],
	),
	modelAnswers: z._default(z.array(str(3000)).check(z.maxLength(5)), ['']),
	hints: str(3000),
	counterExamples: z._default(
		z
			.array(
				z.object({
					reply: str(3000),
					detailed: expectation,
					name: expectation,
					thanks: expectation,
					conduct: z._default(z.array(z.enum(CONDUCT_KINDS)), []),
					why: str(1000),
				}),
			)
			.check(z.maxLength(10)),
		[],
	),
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftKeyFact = Draft['keyFacts'][number];
export type DraftCounterExample = Draft['counterExamples'][number];
export type DraftComment = Draft['earlier'][number];

/** An empty form. */
export const emptyDraft = (module = ''): Draft => draftSchema.parse({ module });
/** An empty earlier comment. */
export const emptyComment = (): DraftComment => ({ author: '', text: '' });
/** An empty key fact row. */
export const emptyKeyFact = (): DraftKeyFact => ({ label: '', variants: '', kind: '' });
/** An empty counter-example row. */
export const emptyCounterExample = (): DraftCounterExample => ({
	reply: '',
	detailed: 'any',
	name: 'any',
	thanks: 'any',
	conduct: [],
	why: '',
});

/** A stored draft, if it is one (anything else is ignored, never cast). */
export function readDraft(value: unknown): Draft | undefined {
	const parsed = draftSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** Lines of a text area, trimmed, empty ones left out. */
export const lines = (text: string): string[] =>
	text
		.split(/\r?\n/u)
		.map((l) => l.trim())
		.filter(Boolean);

/** Text without lone surrogates (they cannot be written as UTF-8) and without outer spaces. */
const clean = (text: string): string =>
	text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD').trim();

const verdictOf = (e: Expectation): boolean | null | undefined =>
	e === 'any' ? undefined : e === 'not_applicable' ? null : e === 'met';

/**
 * The course exercise the form describes, in the shape of src/schemas/exercise.ts: the fact sheet
 * joins the instructions (the grader reads it there, as in every course exercise), the page's
 * post opens the thread, earlier comments follow, the citizen's comment to answer closes it. Every row of the form is kept, empty or
 * not, so a schema issue's path points at the row it is about. Not validated here.
 */
export function exerciseFromDraft(d: Draft, factSheetLead: string): ExerciseInput {
	const factSheet = clean(d.factSheet);
	const instructions = [clean(d.instructions), factSheet ? `${factSheetLead} ${factSheet}` : '']
		.filter(Boolean)
		.join(' ');
	const page = clean(d.page);
	const post = clean(d.post);
	return {
		title: clean(d.title),
		module: clean(d.module),
		topic: clean(d.topic),
		instructions,
		platform: d.platform,
		page,
		thread: [
			...(post ? [{ author: page, fromPage: true, time: POST_TIME, text: post }] : []),
			...d.earlier.map((m) => ({ author: clean(m.author), time: EARLIER_TIME, text: clean(m.text) })),
			{ author: clean(d.author), time: COMMENT_TIME, text: clean(d.comment) },
		],
		offensive: d.offensive,
		keyFacts: d.keyFacts.map((k) => ({
			label: clean(k.label),
			variants: lines(clean(k.variants)),
			...(k.kind ? { kind: k.kind } : {}),
		})),
		modelAnswers: d.modelAnswers.map(clean),
		hints: lines(clean(d.hints)),
		counterExamples: d.counterExamples.map((c) => {
			const expect: NonNullable<ExerciseInput['counterExamples']>[number]['expect'] = {};
			for (const tip of ['detailed', 'name', 'thanks'] as const) {
				const v = verdictOf(c[tip]);
				if (v !== undefined) expect[tip] = v;
			}
			if (c.conduct.length > 0) expect.conduct = [...c.conduct];
			return { reply: clean(c.reply), expect, why: clean(c.why) };
		}),
	};
}

/** The part of an exercise a link carries: what the learner's page needs. */
export function sharedFrom(e: ExerciseInput): SharedExerciseInput {
	const { title, instructions, platform, page, thread, offensive, keyFacts, modelAnswers, hints } = e;
	return { title, instructions, platform, page, thread, offensive, keyFacts, modelAnswers, hints };
}
