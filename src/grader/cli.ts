// The logic of the `grade` command, kept pure so it is unit-tested: one line of JSON Lines in,
// one output object out. scripts/grade.ts only moves lines between stdin and stdout.
import type { Advice, ConductFailure, CriterionId, CriterionResult, GradeInput, KeyFactVerdict } from './types';
import { gradeReply } from './index';
import { REPLY_CHANNELS } from './types';

/** The JSON written for a line that could be judged. */
export interface LineResult {
	id: string | number | null;
	criteria: Record<CriterionId, CriterionResult>;
	/** Overall score, capped when a conduct gate fails. */
	score: number;
	/** Failed conduct gates (insult, threat, partisan, discrimination, personal data), each with evidence and its Italian message. */
	conduct: ConductFailure[];
	/** Advice apart from the score (invented values, jargon, readability, capitals, privacy, length). */
	advice: Advice[];
	/** Each key fact found, missing or wrong (`wrong` quotes the reply's value); only with key facts. */
	keyFacts?: KeyFactVerdict[];
}

/** The JSON written for a line that could not be judged; the run goes on with the next line. */
export interface LineError {
	id: string | number | null;
	error: string;
}

const REQUIRED = ['author', 'comment', 'reply'] as const;

function idOf(v: unknown): string | number | null {
	return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? v : null;
}

/** Judge one input line; null for a blank line (skipped, no output). */
export function gradeLine(line: string): LineResult | LineError | null {
	const text = String(line)
		.replace(/^\uFEFF/u, '')
		.trim();
	if (!text) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return { id: null, error: `Riga non valida: non è JSON (invalid JSON: ${why})` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { id: null, error: 'La riga deve essere un oggetto JSON (the line must be a JSON object)' };
	}
	const o = data as Record<string, unknown>;
	const id = idOf(o.id);
	const missing = REQUIRED.filter((k) => typeof o[k] !== 'string');
	if (missing.length) {
		const fields = missing.map((k) => `"${k}"`).join(', ');
		return { id, error: `Campo mancante o non di testo: ${fields} (missing or not a string: ${fields})` };
	}
	if (o.offensive !== undefined && typeof o.offensive !== 'boolean') {
		return { id, error: 'Il campo "offensive" deve essere true o false (field "offensive" must be a boolean)' };
	}
	if (o.channel !== undefined && !(REPLY_CHANNELS as readonly unknown[]).includes(o.channel)) {
		return {
			id,
			error: 'Il campo "channel" deve essere "public" o "private" (field "channel" must be "public" or "private")',
		};
	}
	if (o.factSheet !== undefined && typeof o.factSheet !== 'string') {
		return { id, error: 'Il campo "factSheet" deve essere un testo (field "factSheet" must be a string)' };
	}
	for (const k of ['keyFacts', 'previousReplies', 'thread'] as const) {
		if (o[k] !== undefined && !Array.isArray(o[k])) {
			return { id, error: `Il campo "${k}" deve essere una lista (field "${k}" must be an array)` };
		}
	}
	const input: GradeInput = { author: o.author as string, comment: o.comment as string, reply: o.reply as string };
	if (typeof o.offensive === 'boolean') input.offensive = o.offensive;
	if (Array.isArray(o.keyFacts)) input.keyFacts = o.keyFacts as GradeInput['keyFacts'] & object;
	if (Array.isArray(o.previousReplies)) input.previousReplies = o.previousReplies as string[];
	if (typeof o.factSheet === 'string') input.factSheet = o.factSheet;
	if (o.channel === 'private') input.channel = 'private';
	if (Array.isArray(o.thread)) input.thread = o.thread as string[];
	// The CLI is a boundary: a grader crash on one line is reported on that line and the run goes on.
	try {
		const result = gradeReply(input);
		const out: LineResult = {
			id,
			criteria: result.criteria,
			score: result.score,
			conduct: result.conduct,
			advice: result.advice,
		};
		if (result.keyFacts) out.keyFacts = result.keyFacts;
		return out;
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return { id, error: `Errore interno del valutatore (grader error: ${why})` };
	}
}
