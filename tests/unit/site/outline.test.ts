import { describe, expect, it } from 'vitest';
import {
	buildOutline,
	neighbours,
	readingMinutes,
	type LessonInfo,
	type ModuleInfo,
} from '../../../src/course/outline';

const modules: ModuleInfo[] = [
	{ id: 'b', order: 2, title: 'B', summary: '' },
	{ id: 'a', order: 1, title: 'A', summary: '' },
];
const lesson = (id: string, module: string, order: number, minutes = 10): LessonInfo => ({
	id,
	module,
	order,
	title: id,
	description: '',
	minutes,
});
const lessons = [lesson('b/uno', 'b', 1, 20), lesson('a/due', 'a', 2), lesson('a/uno', 'a', 1)];

describe('buildOutline', () => {
	it('orders modules and lessons by their order field, and sums minutes', () => {
		const outline = buildOutline(modules, lessons);
		expect(outline.modules.map((m) => m.id)).toEqual(['a', 'b']);
		expect(outline.lessons.map((l) => l.id)).toEqual(['a/uno', 'a/due', 'b/uno']);
		expect(outline.modules.map((m) => m.minutes)).toEqual([20, 20]);
		expect(outline.minutes).toBe(40);
	});

	it('names the lesson and the missing module when a lesson points nowhere', () => {
		expect(() => buildOutline(modules, [lesson('x/y', 'x', 1)])).toThrow(/"x\/y".*"x"/u);
	});

	it('refuses a module id that would hide a site page', () => {
		expect(() => buildOutline([{ id: 'palestra', order: 1, title: 'P', summary: '' }], [])).toThrow(/riservato/u);
	});
});

describe('neighbours', () => {
	const outline = buildOutline(modules, lessons);
	it.each([
		['a/uno', undefined, 'a/due'],
		['a/due', 'a/uno', 'b/uno'],
		['b/uno', 'a/due', undefined],
	])('%s crosses module boundaries', (id, previous, next) => {
		const n = neighbours(outline, id);
		expect(n.previous?.id).toBe(previous);
		expect(n.next?.id).toBe(next);
	});
	it('returns nothing for an unknown lesson', () => {
		expect(neighbours(outline, 'zzz')).toEqual({});
	});
});

describe('readingMinutes', () => {
	it('counts Italian words, elisions included, at 180 words per minute', () => {
		expect(readingMinutes(Array.from({ length: 360 }, () => "l'attività").join(' '))).toBe(2);
	});
	it('ignores MDX tags and never returns less than a minute', () => {
		expect(readingMinutes('<ReplyExercise id="x" />')).toBe(1);
	});
});
