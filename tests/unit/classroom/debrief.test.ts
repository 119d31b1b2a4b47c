// The classroom debrief from exported files: replies only when the learner shared them, anonymous
// unless revealed, instructor exercises apart, never in the HR CSV, and sturdy against hostile files.
import { describe, expect, it } from 'vitest';
import { debriefExercises, sortReplies } from '../../../src/classroom/debrief';
import { hrCsv } from '../../../src/classroom/hrCsv';
import { addFiles, emptyRegister } from '../../../src/classroom/register';
import { planExercises } from '../../../src/course/plan';
import { buildExport, serialiseExport } from '../../../src/progress/exportFile';
import type { Profile } from '../../../src/progress/schema';
import { grade, memoryStore } from '../progress/fixtures';
import { COURSE, fileOf, NOW, plan } from './builders';

const INSTRUCTOR_ID = 'docente-0123456789abcdef';
const anonymousLabel = (n: number) => `Corsista ${n}`;

/** A learner who answered es-a and an instructor exercise, and exported with or without replies. */
async function exported(profile: Profile, reply: string, shareReplies: boolean, score = 1) {
	const store = memoryStore(undefined, COURSE);
	store.recordAttempt('es-a', reply, grade(score, { detailed: score > 0.5, name: true, thanks: true }));
	store.saveDraft('es-a', 'una bozza mai valutata');
	store.recordInstructorAttempt(
		INSTRUCTOR_ID,
		{ title: 'La mensa <b>chiusa</b>', fragment: 'e1.abc' },
		`${reply} (docente)`,
		grade(0.5, { detailed: false, name: true, thanks: null }),
	);
	const file = await buildExport(
		store.state,
		profile,
		{ id: COURSE, version: '1.0.0' },
		new Date('2026-11-20T10:00:00.000Z'),
		{ shareReplies },
	);
	return fileOf(`${profile.cognome}.json`, serialiseExport(file));
}

const ANNA: Profile = { nome: 'Anna', cognome: 'Verdi', ente: 'Comune di Valverde' };
const LUCA: Profile = { nome: 'Luca', cognome: 'Bianchi', ente: 'Comune di Roccabella' };

async function loaded(files: Awaited<ReturnType<typeof exported>>[]) {
	const { register } = await addFiles(emptyRegister(), files, plan, NOW);
	return register;
}

describe('the classroom debrief', () => {
	it('shows shared replies per exercise, anonymous, and never a name unless revealed', async () => {
		const register = await loaded([
			await exported(ANNA, 'Ciao Giulia, grazie: apriamo alle 9.', true),
			await exported(LUCA, 'Buongiorno, grazie a lei.', true, 0.4),
		]);
		const anonymous = debriefExercises(register.rows, planExercises(plan), { reveal: false, anonymousLabel });
		expect(anonymous.map((e) => [e.id, e.instructor, e.title, e.replies.length])).toEqual([
			['es-a', false, 'Esercizio A', 2],
			[INSTRUCTOR_ID, true, 'La mensa <b>chiusa</b>', 2],
		]);
		const text = JSON.stringify(anonymous);
		for (const name of ['Anna', 'Verdi', 'Luca', 'Bianchi', 'Valverde', 'Roccabella']) expect(text).not.toContain(name);
		expect(anonymous[0]!.replies.map((r) => r.who).sort()).toEqual(['Corsista 1', 'Corsista 2']);
		// The same learner keeps the same number in every exercise.
		const who = (i: number, reply: string) => anonymous[i]!.replies.find((r) => r.reply.startsWith(reply))?.who;
		expect(who(1, 'Ciao Giulia')).toBe(who(0, 'Ciao Giulia'));
		expect(text).not.toContain('una bozza mai valutata');

		const revealed = debriefExercises(register.rows, planExercises(plan), { reveal: true, anonymousLabel });
		expect(revealed[0]!.replies.map((r) => r.who).sort()).toEqual(['Anna Verdi', 'Luca Bianchi']);
	});

	it('sorts replies by score either way', async () => {
		const register = await loaded([
			await exported(ANNA, 'Ciao, grazie.', true, 0.9),
			await exported(LUCA, 'Buongiorno.', true, 0.3),
		]);
		const [exercise] = debriefExercises(register.rows, planExercises(plan), { reveal: true, anonymousLabel });
		expect(sortReplies(exercise!.replies, 'lowest').map((r) => r.score)).toEqual([0.3, 0.9]);
		expect(sortReplies(exercise!.replies, 'highest').map((r) => r.score)).toEqual([0.9, 0.3]);
	});

	it('breaks ties in score by the number of tips met', () => {
		const reply = (who: string, score: number, met: number) => ({
			who,
			reply: 'x',
			score,
			at: '2026-11-20T10:00:00.000Z',
			verdicts: { detailed: met > 0, name: met > 1, thanks: met > 2 },
		});
		const replies = [reply('A', 0.5, 2), reply('B', 0.5, 1), reply('C', 0.2, 3)];
		expect(sortReplies(replies, 'lowest').map((r) => r.who)).toEqual(['C', 'B', 'A']);
		expect(sortReplies(replies, 'highest').map((r) => r.who)).toEqual(['A', 'B', 'C']);
		expect(sortReplies(replies, 'learner').map((r) => r.who)).toEqual(['A', 'B', 'C']);
	});

	it('carries no reply when the learner did not tick the box', async () => {
		const file = await exported(ANNA, 'Ciao Giulia, grazie: apriamo alle 9.', false);
		expect(await file.text()).not.toContain('apriamo alle 9');
		const register = await loaded([file]);
		expect(debriefExercises(register.rows, planExercises(plan), { reveal: true, anonymousLabel })).toEqual([]);
	});

	it('never writes reply texts or instructor exercises into the HR CSV', async () => {
		const register = await loaded([await exported(ANNA, 'Ciao Giulia, grazie: apriamo alle 9.', true)]);
		const csv = hrCsv(register.rows, plan);
		expect(csv).not.toContain('apriamo alle 9');
		expect(csv).not.toContain('mensa');
	});

	it('ignores replies to exercises the course does not have and the file does not describe', async () => {
		const register = await loaded([await exported(ANNA, 'Ciao Giulia, grazie.', true)]);
		const row = register.rows[0]!;
		const hostile = {
			...row,
			file: { ...row.file, replies: { ...row.file.replies, inventato: 'x', 'docente-ffffffffffffffff': 'y' } },
		};
		const ids = debriefExercises([hostile], planExercises(plan), { reveal: false, anonymousLabel }).map((e) => e.id);
		expect(ids).toEqual(['es-a', INSTRUCTOR_ID]);
	});

	it('refuses a file whose shared replies are not texts, and loads the others', async () => {
		const good = await exported(ANNA, 'Ciao Giulia, grazie.', true);
		const text = JSON.parse(await good.text()) as Record<string, unknown>;
		const { checksum: _, ...body } = text;
		const bad = { ...body, replies: { 'es-a': { html: '<script>' } } };
		const { exportChecksum } = await import('../../../src/progress/exportFile');
		const hostile = fileOf(
			'ostile.json',
			JSON.stringify({ ...bad, checksum: { algorithm: 'SHA-256', value: await exportChecksum(bad) } }),
		);
		const { register } = await addFiles(emptyRegister(), [good, hostile], plan, NOW);
		expect(register.rows).toHaveLength(1);
		expect(register.refused.map((r) => r.code)).toEqual(['invalid']);
	});

	it('keeps at most MAX_INSTRUCTOR_EXERCISES instructor exercises, dropping the least recently used', async () => {
		const { MAX_INSTRUCTOR_EXERCISES } = await import('../../../src/progress/instructor');
		const store = memoryStore(undefined, COURSE);
		const id = (n: number) => `docente-${n.toString(16).padStart(16, '0')}`;
		for (let n = 0; n <= MAX_INSTRUCTOR_EXERCISES; n++)
			store.saveInstructorDraft(id(n), { title: `Esercizio ${n}` }, 'bozza');
		const ids = Object.keys(store.state.instructor ?? {});
		expect(ids).toHaveLength(MAX_INSTRUCTOR_EXERCISES);
		expect(ids).not.toContain(id(0));
		expect(ids.at(-1)).toBe(id(MAX_INSTRUCTOR_EXERCISES));
	});

	it('keeps instructor exercises out of completion and the certificate data', () => {
		const store = memoryStore(undefined, COURSE);
		store.recordInstructorAttempt(
			INSTRUCTOR_ID,
			{ title: 'Mensa' },
			'Ciao',
			grade(1, { detailed: true, name: true, thanks: true }),
		);
		expect(store.state.exercises).toEqual({});
		expect(store.instructorExercise(INSTRUCTOR_ID)?.attempts).toHaveLength(1);
	});
});
