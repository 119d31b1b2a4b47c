import type { ProgressUiKey as UiKey } from '../i18n/progress';
import { profileSchema, type Profile } from './schema';

/** The profile fields in form order. */
export const PROFILE_FIELDS = ['nome', 'cognome', 'ente', 'matricola', 'email', 'classe'] as const;
/** One profile field. */
export type ProfileField = (typeof PROFILE_FIELDS)[number];
/** The form as typed: every field a string, empty when left blank. */
export type ProfileForm = Record<ProfileField, string>;
/** An Italian message for one field: a dictionary key and its variables. */
export interface FieldError {
	key: UiKey;
	vars?: Record<string, string | number>;
}
/** Messages by field, only for fields in error. */
export type ProfileErrors = Partial<Record<ProfileField, FieldError>>;

/** Longest accepted value per field (the schema says the same). */
const MAX_LENGTH: Record<ProfileField, number> = {
	nome: 100,
	cognome: 100,
	ente: 200,
	matricola: 50,
	email: 200,
	classe: 50,
};

/** A field as the form presents it. */
interface FieldUi {
	label: UiKey;
	hint?: UiKey;
	/** Message when a required field is left blank; optional fields have none. */
	missing?: UiKey;
	required: boolean;
	/** Browser autofill token. */
	autocomplete: 'given-name' | 'family-name' | 'organization' | 'email' | 'off';
}

/** Label, hint, requirement and autofill of each field. */
export const FIELD_UI: Record<ProfileField, FieldUi> = {
	nome: { label: 'profile.nome', missing: 'profile.error.nome', required: true, autocomplete: 'given-name' },
	cognome: { label: 'profile.cognome', missing: 'profile.error.cognome', required: true, autocomplete: 'family-name' },
	ente: {
		label: 'profile.ente',
		hint: 'profile.enteHint',
		missing: 'profile.error.ente',
		required: true,
		autocomplete: 'organization',
	},
	matricola: { label: 'profile.matricola', hint: 'profile.matricolaHint', required: false, autocomplete: 'off' },
	email: { label: 'profile.email', required: false, autocomplete: 'email' },
	classe: { label: 'profile.classe', hint: 'profile.classeHint', required: false, autocomplete: 'off' },
};
/** Same rule as the schema: no control characters, no bidirectional overrides. */
const FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** Deliberately loose: the check is there to catch typos, the schema does the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
/** Class codes are given by the instructor: letters, digits, spaces, dots, dashes, slashes. */
const CLASS_CODE = /^[\p{L}\p{N} ./_-]+$/u;

/** The form pre-filled from a saved profile. */
export function profileToForm(profile: Profile | undefined): ProfileForm {
	return {
		nome: profile?.nome ?? '',
		cognome: profile?.cognome ?? '',
		ente: profile?.ente ?? '',
		matricola: profile?.matricola ?? '',
		email: profile?.email ?? '',
		classe: profile?.classe ?? '',
	};
}

function fieldError(field: ProfileField, value: string): FieldError | undefined {
	if (value === '') {
		const key = FIELD_UI[field].missing;
		return key ? { key } : undefined;
	}
	if (value.length > MAX_LENGTH[field]) return { key: 'profile.error.tooLong', vars: { max: MAX_LENGTH[field] } };
	if (FORBIDDEN.test(value)) return { key: 'profile.error.characters' };
	if (field === 'email' && !EMAIL.test(value)) return { key: 'profile.error.email' };
	if (field === 'classe' && !CLASS_CODE.test(value)) return { key: 'profile.error.classe' };
	return undefined;
}

/** Validates the form; returns the profile (blank optional fields left out) or a message per wrong field. */
export function validateProfile(
	form: ProfileForm,
): { ok: true; profile: Profile } | { ok: false; errors: ProfileErrors } {
	const errors: ProfileErrors = {};
	const values: Partial<Record<ProfileField, string>> = {};
	for (const field of PROFILE_FIELDS) {
		const value = form[field].trim().replace(/\s+/gu, ' ');
		const error = fieldError(field, value);
		if (error) errors[field] = error;
		else if (value !== '') values[field] = value;
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const parsed = profileSchema.safeParse(values);
	if (parsed.success) return { ok: true, profile: parsed.data };
	// The schema is stricter than the checks above only for unusual e-mail addresses.
	for (const issue of parsed.error.issues) {
		const field = issue.path[0];
		if (typeof field === 'string' && (PROFILE_FIELDS as readonly string[]).includes(field)) {
			errors[field as ProfileField] = { key: field === 'email' ? 'profile.error.email' : 'profile.error.characters' };
		}
	}
	return { ok: false, errors };
}

export { fullName } from './profileName';
