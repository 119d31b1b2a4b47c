// How a graded reply is shown and announced: the conduct gate first.
import { describe, expect, it } from 'vitest';
import { announceResult, channelKey, conductReason, tally } from '../../../src/grading/verdict';
import { exerciseStrings } from '../../../src/i18n/strings/exercise';
import { gradeReply } from '../../../src/grader/index';

const t = (key: string, v: Record<string, string | number>): string => `${key} ${JSON.stringify(v)}`;

describe('verdict display', () => {
	it('announces a failed conduct gate before the tips', () => {
		const result = gradeReply({
			author: 'Gianni',
			comment: 'Quando riapre?',
			reply: 'Gianni, il pagliaccio sei tu. Riapre il 3 novembre.',
		});
		const said = announceResult(result, t);
		expect(said.startsWith('grade.announceConduct')).toBe(true);
		expect(said).toContain('offende, deride o rimprovera');
		expect(said).toContain('"score":30');
	});

	it('announces a failed gate on a private message as not to be sent, with the reason once', () => {
		const result = gradeReply({
			author: 'Gianni',
			comment: 'Quando riapre?',
			reply: 'Gianni, il pagliaccio sei tu. Riapre il 3 novembre.',
			channel: 'private',
		});
		const said = announceResult(result, t, 'private');
		expect(said.startsWith('grade.announceConductPrivate')).toBe(true);
		expect(said).toContain('"reason":"La risposta offende, deride o rimprovera');
	});

	it('announces the tally when the reply can be published', () => {
		const result = gradeReply({
			author: 'Anna',
			comment: 'Quando passa?',
			reply: 'Ciao Anna, grazie! Passa martedì alle 7.',
		});
		expect(announceResult(result, t).startsWith('grade.announce ')).toBe(true);
		expect(tally(result)).toEqual({ met: 3, applicable: 3 });
	});

	it('drops the heading the message repeats', () => {
		expect(conductReason('Non pubblicabile: la risposta offende chi ha scritto.')).toBe(
			'La risposta offende chi ha scritto.',
		);
		expect(conductReason('Da non inviare: la risposta ripete dati personali.')).toBe(
			'La risposta ripete dati personali.',
		);
		expect(conductReason('Altro testo')).toBe('Altro testo');
	});

	it('picks the private form of a string for a private message, and both forms exist', () => {
		const keys = [
			'grade.conductTitle',
			'grade.conductCapped',
			'grade.announceConduct',
			'reply.hint',
			'exercise.replyTo',
		] as const;
		for (const key of keys) {
			expect(channelKey(key, 'public')).toBe(key);
			expect(channelKey(key, undefined)).toBe(key);
			expect(channelKey(key, 'private')).toBe(`${key}Private`);
			expect(exerciseStrings[channelKey(key, 'private')]).not.toBe(exerciseStrings[key]);
		}
	});
});
