// Facts checked across the course: every exercise's model answer, with one value of a key fact
// changed (another day, hour, amount, phone number, file number or house number), must lose
// "detailed" and name the wrong value. The change is a slip a learner could make: the first number
// of the value moved by two (a day 28-31 or an hour 20-23 moved back), so the result stays valid.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { gradeReply } from '../../../src/grader/index';
import { exerciseGradeInput } from '../../../src/grading/load';
import { readValues } from '../../../src/grader/reply/values';
import { supportedValues } from '../../../src/grader/reply/supported';
import { analyse } from '../../../src/grader/text/normalize';

const DIR = join(import.meta.dirname, '../../../exercises');
const CHECKED = new Set(['date', 'time', 'amount', 'phone', 'reference', 'address', 'duration']);

function slip(text: string): string {
	return text.replace(/\d+/u, (n) => {
		if (n.length >= 6) return n.slice(0, -1) + String((Number(n.at(-1)) + 3) % 10);
		const x = Number(n);
		const back = (x >= 20 && x <= 23) || (x >= 28 && x <= 31);
		return String(back ? x - 2 : x + 2).padStart(n.length, '0');
	});
}

interface Mutation {
	file: string;
	label: string;
	from: string;
	to: string;
	reply: string;
	base: Parameters<typeof gradeReply>[0];
}

const mutations: Mutation[] = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))) {
	const exercise = exerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
	const last = exercise.thread[exercise.thread.length - 1];
	if (!last) continue;
	const base = exerciseGradeInput(exercise, '');
	const supported = supportedValues(exercise.keyFacts, [analyse(last.text), analyse(base.factSheet ?? '')]);
	for (const reply of exercise.modelAnswers) {
		for (const fact of exercise.keyFacts) {
			const variant = fact.variants.find((v) => {
				const checked = readValues(analyse(v)).some((x) => CHECKED.has(x.kind));
				return checked && reply.toLowerCase().includes(v.toLowerCase());
			});
			if (!variant) continue;
			const at = reply.toLowerCase().indexOf(variant.toLowerCase());
			const from = reply.slice(at, at + variant.length);
			const to = slip(from);
			// Every time the answer states the value, it states the slip (a consistent mistake).
			// A slip that lands on another value the exercise gives is not wrong for the grader to know.
			const values = readValues(analyse(to)).filter((x) => CHECKED.has(x.kind));
			if (values.length === 0 || values.every((x) => supported.has(x))) continue;
			mutations.push({ file, label: fact.label, from, to, reply: reply.split(from).join(to), base });
		}
	}
}

describe('a key-fact value changed in a model answer', () => {
	it('covers the course', () => {
		expect(mutations.length).toBeGreaterThan(80);
	});

	it.each(mutations.map((m) => [`${m.file} [${m.label}] ${m.from} → ${m.to}`, m] as const))(
		'%s: not detailed, and the feedback names the wrong value',
		(_, m) => {
			const result = gradeReply({ ...m.base, reply: m.reply });
			expect(result.criteria.detailed.met, result.criteria.detailed.feedback).toBe(false);
			expect(result.criteria.detailed.feedback).toMatch(/^Attenzione: /u);
		},
	);
});
