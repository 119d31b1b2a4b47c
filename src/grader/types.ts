/** A fact the exercise author expects in a good reply, with the wordings accepted for it. */
export interface KeyFact {
	label: string;
	variants: string[];
}

/** Everything one judgement needs: the comment, its author, the learner's reply and optional exercise knowledge. */
export interface GradeInput {
	comment: string;
	author: string;
	reply: string;
	/** The exercise says the comment is offensive; when undefined the grader detects it with its lexicon. */
	offensive?: boolean;
	keyFacts?: KeyFact[];
	/** The learner's replies to other comments in the same session (copy-paste check). */
	previousReplies?: string[];
}

/** UTF-16 offsets into the ORIGINAL reply, end exclusive. */
export interface Range {
	start: number;
	end: number;
}

/** The three tips of the rubric. */
export type CriterionId = 'detailed' | 'name' | 'thanks';

/** Verdict on one tip: met (null = not applicable), nuance score, supporting ranges and Italian feedback. */
export interface CriterionResult {
	met: boolean | null;
	score: number;
	evidence: Range[];
	feedback: string;
}

/** Advice shown apart from the score: it never changes the three verdicts. */
export interface Advice {
	kind: 'jargon' | 'readability' | 'capitals' | 'privacy' | 'length';
	message: string;
	evidence: Range[];
	suggestion?: string;
}

/** Full judgement of one reply; plain JSON-serialisable data. */
export interface GradeResult {
	criteria: Record<CriterionId, CriterionResult>;
	/** Overall 0..1: mean of the scores of the criteria whose `met` is not null. */
	score: number;
	/** Offensive comment, as given by the exercise or detected. */
	offensive: boolean;
	advice: Advice[];
	keyFacts?: { label: string; found: boolean; evidence: Range[] }[];
}
