import type { Profile } from './schema';

/** "Nome Cognome" for tables, certificates and file names (apart from profile.ts: no validation code). */
export const fullName = (profile: Pick<Profile, 'nome' | 'cognome'>): string => `${profile.nome} ${profile.cognome}`;
