import { describe, expect, it } from 'vitest';
import { embeddedExercises, embeddedQuizzes } from '../../../src/course/embeds';

describe('what a lesson embeds', () => {
	const body = [
		'## Prova',
		'<ReplyExercise id="a" />',
		'<Quiz id="q1" />',
		'Testo con <Aside kind="nota">una nota</Aside>.',
		'<ReplyExercise  id="b" />',
		'<Quiz\n  id="q2"\n/>',
	].join('\n');

	it('lists the reply exercises in order, and nothing else', () => {
		expect(embeddedExercises(body)).toEqual(['a', 'b']);
	});
	it('lists the quizzes in order, also when the tag spans lines', () => {
		expect(embeddedQuizzes(body)).toEqual(['q1', 'q2']);
	});
	it('finds nothing in a lesson without embeds', () => {
		expect(embeddedExercises('Solo testo.')).toEqual([]);
		expect(embeddedQuizzes('Solo testo.')).toEqual([]);
	});
});
