import { canonicalJson, sha256Hex } from './canonical';
import type { Profile, Progress } from './schema';

/** Hex characters of the hash shown on the certificate: short enough to read aloud, long enough not to collide by chance in a class. */
export const CODE_LENGTH = 10;

/**
 * What the verification code covers: who, which course edition, and every result. Drafts and
 * "model revealed" are left out, so the code computed from an export file (which has no drafts)
 * is the one printed on the certificate.
 */
export function certifiedContent(progress: Progress, profile: Profile, course: { id: string; version: string }) {
	return {
		course: { id: course.id, version: course.version },
		learner: { nome: profile.nome, cognome: profile.cognome, ente: profile.ente },
		lessons: progress.lessons,
		exercises: Object.fromEntries(Object.entries(progress.exercises).map(([id, e]) => [id, e.attempts])),
		quizzes: progress.quizzes,
	};
}

/** "3F9A2-C41B7": the first CODE_LENGTH hex characters of SHA-256 of the certified content, in two groups. */
export async function verificationCode(
	progress: Progress,
	profile: Profile,
	course: { id: string; version: string },
): Promise<string> {
	const hex = (await sha256Hex(canonicalJson(certifiedContent(progress, profile, course))))
		.slice(0, CODE_LENGTH)
		.toUpperCase();
	return `${hex.slice(0, CODE_LENGTH / 2)}-${hex.slice(CODE_LENGTH / 2)}`;
}
