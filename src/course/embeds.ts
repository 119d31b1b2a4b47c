/**
 * What a lesson embeds: the reply exercises and quizzes its MDX body places with
 * `<ReplyExercise id="…" />` and `<Quiz id="…" />`. Completion rules (through the course plan), the
 * search and the content checks all read embeds here, so they cannot disagree about a lesson.
 * Plain string work on the raw body: it runs at build time and in Node tests alike.
 */

/** The components a lesson embeds by id. */
export type EmbedTag = 'ReplyExercise' | 'Quiz';

/** Ids used by `<Tag id="…" />` in an MDX body, in order. */
export const embeddedIds = (body: string, tag: EmbedTag): string[] =>
	[...body.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'gu'))].map((m) => m[1] ?? '');

/** Ids of the reply exercises an MDX body embeds, in order. */
export const embeddedExercises = (body: string): string[] => embeddedIds(body, 'ReplyExercise');

/** Ids of the quizzes an MDX body embeds, in order. */
export const embeddedQuizzes = (body: string): string[] => embeddedIds(body, 'Quiz');
