import { canonicalJson, sha256Hex } from './canonical';
import { EXPORT_FORMAT, PROGRESS_SCHEMA_VERSION } from './constants';
import type { ExportFileInput, Profile, Progress } from './schema';

/** The export without its checksum: the part the checksum covers. */
type ExportBody = Omit<ExportFileInput, 'checksum'>;

/** Drafts stay in the browser: the export carries results, not half-written replies. */
function withoutDrafts(progress: Progress, profile: Profile): ExportBody['progress'] {
	const exercises = Object.fromEntries(
		Object.entries(progress.exercises).map(([id, e]) => [id, { attempts: e.attempts, revealedModel: e.revealedModel }]),
	);
	const body: ExportBody['progress'] = { ...progress, exercises, profile };
	if (progress.instructor) {
		body.instructor = Object.fromEntries(
			Object.entries(progress.instructor).map(([id, e]) => [
				id,
				{ title: e.title, attempts: e.attempts, revealedModel: e.revealedModel },
			]),
		);
	}
	return body;
}

/**
 * The replies the learner shares for the classroom debrief: for every exercise (course or
 * instructor) with a graded attempt, the reply that attempt graded, so text and verdicts agree.
 */
export function debriefReplies(progress: Progress): Record<string, string> {
	const replies: Record<string, string> = {};
	for (const [id, e] of [...Object.entries(progress.exercises), ...Object.entries(progress.instructor ?? {})]) {
		if (e.attempts.length > 0 && e.gradedReply?.trim()) replies[id] = e.gradedReply;
	}
	return replies;
}

/** Checksum of an export body: SHA-256 of its canonical JSON. */
export async function exportChecksum(body: unknown): Promise<string> {
	return sha256Hex(canonicalJson(body));
}

/**
 * Builds the export file for the learner's results (with the graded replies when `shareReplies`). The checksum detects accidental damage
 * (a truncated download, an edit by mistake); anyone can recompute it, so it is NOT a signature.
 */
export async function buildExport(
	progress: Progress,
	profile: Profile,
	course: { id: string; version: string },
	now: Date,
	options: { shareReplies?: boolean } = {},
): Promise<ExportFileInput> {
	const body: ExportBody = {
		format: EXPORT_FORMAT,
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		course: { id: course.id, version: course.version },
		exportedAt: now.toISOString(),
		progress: withoutDrafts(progress, profile),
	};
	// Reply texts leave the browser only when the learner asks: they are for the classroom debrief.
	if (options.shareReplies) body.replies = debriefReplies(progress);
	// The object written to disk is exactly the one hashed, so a JSON round trip gives back the same canonical text.
	return { ...body, checksum: { algorithm: 'SHA-256', value: await exportChecksum(body) } };
}

/** The file's text: indented, so a curious learner or HR officer can read it. */
export const serialiseExport = (file: ExportFileInput): string => `${JSON.stringify(file, null, 2)}\n`;

/** Lowercase ASCII words joined by dashes, for file names. */
export function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '')
		.slice(0, 40);
}

/** "risultati-rossi-maria-2026-11-03.json" */
export function exportFileName(profile: Profile, now: Date): string {
	const who = [slug(profile.cognome), slug(profile.nome)].filter(Boolean).join('-') || 'corsista';
	return `risultati-${who}-${now.toISOString().slice(0, 10)}.json`;
}
