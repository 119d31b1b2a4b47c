// Where an exercise island keeps its work: a course exercise in the learner's record, an
// instructor's exercise (opened from a link) apart, never counting toward completion.
import { describe, expect, it } from 'vitest';
import { exerciseTrack } from '../../../src/progress/exerciseTrack';
import { grade, memoryStore } from './fixtures';

const met = { detailed: true, name: true, thanks: true } as const;

describe('exerciseTrack', () => {
	it('keeps a course exercise’s draft, attempts and revealed model in the learner’s record', () => {
		const store = memoryStore();
		const track = exerciseTrack(store, 'es-a');
		expect(track.saved()).toBeUndefined();
		track.saveDraft('Ciao Maria, la biblioteca');
		expect(track.saved()?.lastReply).toBe('Ciao Maria, la biblioteca');
		track.recordAttempt('Ciao Maria, la biblioteca riapre lunedì. Grazie!', grade(1, met));
		track.revealModel();
		const saved = track.saved();
		expect(saved?.attempts).toHaveLength(1);
		expect(saved?.attempts[0]?.score).toBe(1);
		expect(saved?.gradedReply).toBe('Ciao Maria, la biblioteca riapre lunedì. Grazie!');
		expect(saved?.revealedModel).toBe(true);
		expect(store.instructorExercise('es-a')).toBeUndefined();
	});

	it('keeps an instructor’s exercise apart, with its title, out of the course’s exercises', () => {
		const store = memoryStore();
		const track = exerciseTrack(store, 'docente-1', { title: 'La mensa chiusa', fragment: 'e1.abc' });
		track.saveDraft('Ciao Luca');
		track.recordAttempt('Ciao Luca, la mensa riapre domani. Grazie!', grade(0.8, met));
		track.revealModel();
		const saved = store.instructorExercise('docente-1');
		expect(saved?.title).toBe('La mensa chiusa');
		expect(saved?.attempts).toHaveLength(1);
		expect(saved?.attempts[0]?.score).toBe(0.8);
		expect(saved?.revealedModel).toBe(true);
		expect(track.saved()).toEqual(saved);
		expect(store.exercise('docente-1')).toBeUndefined();
	});
});
