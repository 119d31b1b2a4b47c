import type { ExerciseInput } from '../schemas/exercise';

/**
 * The YAML of an exercise for `exercises/<id>.yaml`, keys in the schema's order. Texts are written
 * as double-quoted scalars (JSON's escapes are YAML's) unless they are plainly safe words, so no
 * value a form can hold ("no", "12:30", "# …", a colon) changes meaning when the file is read.
 */
const SAFE_PLAIN = /^[\p{L}][\p{L}\p{N} ,.'’()àèéìòù!?-]*$/u;
// Words YAML 1.1 readers take for booleans or null, and numbers: these stay quoted.
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/iu;

/** A string as a YAML scalar. */
export function yamlString(text: string): string {
	if (SAFE_PLAIN.test(text) && !AMBIGUOUS.test(text) && !/[ ]$/u.test(text) && !/ #|: /u.test(text)) return text;
	// JSON leaves DEL, C1 controls, line and paragraph separators and the BOM raw: YAML wants them escaped.
	return JSON.stringify(text).replace(
		/[\u007f-\u009f\u2028\u2029\ufeff]/gu,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

type Value = string | boolean | null | undefined | Value[] | { [key: string]: Value };

function lines(value: Value, indent: string): string[] {
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${indent}[]`];
		return value.flatMap((item) => {
			const inner = lines(item, `${indent}  `);
			const first = inner[0] ?? '';
			return [`${indent}- ${first.trimStart()}`, ...inner.slice(1)];
		});
	}
	if (value !== null && typeof value === 'object') {
		return Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.flatMap(([key, v]) => {
				if (Array.isArray(v) ? v.length > 0 : v !== null && typeof v === 'object' && Object.keys(v).length > 0) {
					return [`${indent}${key}:`, ...lines(v, `${indent}  `)];
				}
				return [`${indent}${key}: ${scalar(v)}`];
			});
	}
	return [`${indent}${scalar(value)}`];
}

function scalar(value: Value): string {
	if (value === null) return 'null';
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return yamlString(value);
	if (Array.isArray(value)) return '[]';
	return '{}';
}

/** The exercise as a YAML document. */
export function exerciseYaml(exercise: ExerciseInput): string {
	const ordered: Record<string, Value> = {
		title: exercise.title,
		module: exercise.module,
		topic: exercise.topic,
		instructions: exercise.instructions,
		platform: exercise.platform,
		// Only a private reply says where it goes: public is the default.
		channel: exercise.channel === 'private' ? 'private' : undefined,
		page: exercise.page,
		thread: exercise.thread.map((m) => ({
			author: m.author,
			fromPage: m.fromPage ? true : undefined,
			time: m.time,
			text: m.text,
			image: m.image,
		})),
		offensive: exercise.offensive ?? false,
		keyFacts: (exercise.keyFacts ?? []).map((k) => ({ label: k.label, variants: k.variants, kind: k.kind })),
		modelAnswers: exercise.modelAnswers,
		hints: exercise.hints ?? [],
		counterExamples: (exercise.counterExamples ?? []).map((c) => ({
			reply: c.reply,
			expect: { detailed: c.expect.detailed, name: c.expect.name, thanks: c.expect.thanks, conduct: c.expect.conduct },
			why: c.why,
		})),
	};
	return `${lines(ordered, '').join('\n')}\n`;
}
