import { describe, expect, it } from 'vitest';
import { profileToForm, validateProfile, type ProfileForm } from '../../../src/progress/profile';

const form = (over: Partial<ProfileForm>): ProfileForm => ({
	...profileToForm(undefined),
	nome: 'Maria',
	cognome: 'Rossi',
	ente: 'Comune di Valverde',
	...over,
});

describe('profile validation', () => {
	it('accepts the required fields and leaves blank optional ones out', () => {
		expect(validateProfile(form({ email: '  ' }))).toEqual({
			ok: true,
			profile: { nome: 'Maria', cognome: 'Rossi', ente: 'Comune di Valverde' },
		});
	});

	it('tidies spaces', () => {
		const result = validateProfile(form({ nome: '  Anna   Maria ' }));
		expect(result.ok && result.profile.nome).toBe('Anna Maria');
	});

	it.each([
		['nome', '', 'profile.error.nome'],
		['cognome', ' ', 'profile.error.cognome'],
		['ente', '', 'profile.error.ente'],
		['email', 'maria.rossi', 'profile.error.email'],
		['email', 'maria@comune', 'profile.error.email'],
		['classe', 'PA<2026>', 'profile.error.classe'],
		['nome', 'x'.repeat(101), 'profile.error.tooLong'],
		['cognome', 'Rossi\u202Eissor', 'profile.error.characters'],
		['ente', 'Comune\u0007', 'profile.error.characters'],
	] as const)('refuses %s = %j with %s', (field, value, key) => {
		const result = validateProfile(form({ [field]: value }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[field]?.key).toBe(key);
	});

	it('accepts Italian names and class codes as typed', () => {
		expect(
			validateProfile(
				form({ cognome: "D'Alò", classe: 'PA-2026/A', matricola: '00123', email: 'm.dalo@comune.valverde.it' }),
			).ok,
		).toBe(true);
	});
});
