import type { Draft } from './draft';

/** A problem with one field of the form: the id to link to, and the Italian message. */
export interface FieldIssue {
	fieldId: string;
	message: string;
}

/** What the page needs of a zod issue (zod and zod/mini share it). */
export interface SchemaIssue {
	code: string;
	path: ReadonlyArray<PropertyKey>;
	minimum?: unknown;
	maximum?: unknown;
	origin?: unknown;
}

/** The form field an exercise path comes from, with the words that name it. */
export interface FieldRef {
	id: string;
	/** Dictionary key of the label, and its variables. */
	label: string;
	vars?: Record<string, number>;
	/** The label of the group the field belongs to (a key fact, a counter-example). */
	group?: { label: string; n: number };
}

/** Ids of the form's fields: the form and the error summary use the same ones. */
export const fieldId = {
	keyFact: (i: number, part: 'label' | 'variants' | 'kind') => `ws-kf-${i}-${part}`,
	earlier: (i: number, part: 'author' | 'text') => `ws-earlier-${i}-${part}`,
	model: (i: number) => `ws-model-${i}`,
	counter: (i: number, part: 'reply' | 'why' | 'detailed') => `ws-ce-${i}-${part}`,
};

/** Maps a path of the exercise built from `draft` back to the field that holds it. */
export function fieldOf(path: ReadonlyArray<PropertyKey>, draft: Draft): FieldRef {
	const [head, index, part] = path;
	const i = typeof index === 'number' ? index : 0;
	const simple: Record<string, string> = {
		title: 'title',
		module: 'module',
		topic: 'topic',
		instructions: 'instructions',
		platform: 'platform',
		page: 'page',
		hints: 'hints',
	};
	if (typeof head === 'string' && head in simple)
		return { id: `ws-${simple[head]}`, label: `workshop.field.${simple[head]}` };
	if (head === 'thread') {
		const hasPost = draft.post.trim() !== '';
		const earlier = i - (hasPost ? 1 : 0);
		if (hasPost && i === 0)
			return part === 'author'
				? { id: 'ws-page', label: 'workshop.field.page' }
				: { id: 'ws-post', label: 'workshop.field.post' };
		if (earlier >= 0 && earlier < draft.earlier.length) {
			const which = part === 'author' ? 'author' : 'text';
			return {
				id: fieldId.earlier(earlier, which),
				label: `workshop.earlier.${which}`,
				group: { label: 'workshop.earlier.legend', n: earlier + 1 },
			};
		}
		return part === 'author'
			? { id: 'ws-author', label: 'workshop.field.author' }
			: { id: 'ws-comment', label: 'workshop.field.comment' };
	}
	if (head === 'keyFacts') {
		const which = part === 'variants' ? 'variants' : part === 'kind' ? 'kind' : 'label';
		return {
			id: fieldId.keyFact(i, which),
			label: `workshop.keyFact.${which}`,
			group: { label: 'workshop.keyFact.legend', n: i + 1 },
		};
	}
	if (head === 'modelAnswers')
		return i === 0
			? { id: fieldId.model(0), label: 'workshop.model.first' }
			: { id: fieldId.model(i), label: 'workshop.model.other', vars: { n: i + 1 } };
	if (head === 'counterExamples') {
		const which = part === 'why' ? 'why' : part === 'expect' ? 'detailed' : 'reply';
		const label = which === 'detailed' ? 'workshop.counter.expectAll' : `workshop.counter.${which}`;
		return { id: fieldId.counter(i, which), label, group: { label: 'workshop.counter.legend', n: i + 1 } };
	}
	return { id: 'ws-title', label: 'workshop.field.title' };
}

/** The message kind of a schema issue, with its number when it has one. */
export function issueKind(issue: SchemaIssue): {
	key: 'tooShort' | 'tooLong' | 'missing' | 'expect' | 'invalid';
	limit?: number;
} {
	if (issue.code === 'too_small') {
		const min = typeof issue.minimum === 'number' ? issue.minimum : Number(issue.minimum);
		return issue.origin === 'string' && min > 1 ? { key: 'tooShort', limit: min } : { key: 'missing' };
	}
	if (issue.code === 'too_big') return { key: 'tooLong', limit: Number(issue.maximum) };
	if (issue.code === 'custom' && issue.path[0] === 'counterExamples') return { key: 'expect' };
	return { key: 'invalid' };
}
