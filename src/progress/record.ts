import { migrate } from './migrations';
import type { RecordRead } from './emptyRecord';
import { progressSchema } from './schema';

export { emptyProgress, type RecordRead, type RecordReader } from './emptyRecord';

/** Zod issues as one readable line: "quizzes.x.score: Too big". */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
	return issues
		.slice(0, 5)
		.map((i) => `${i.path.map(String).join('.') || 'record'}: ${i.message}`)
		.join('; ');
}

/** Parses, migrates and validates a stored record; never throws. */
export function readRecord(raw: string, courseId: string): RecordRead {
	try {
		const parsed = progressSchema.safeParse(migrate(JSON.parse(raw)));
		if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
		if (parsed.data.courseId !== courseId)
			return { ok: false, reason: `il record appartiene a un altro corso (${parsed.data.courseId})` };
		return { ok: true, progress: parsed.data };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
}
