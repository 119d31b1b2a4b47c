/** Kinds of value a key fact can be about; a reply stating another value of the same kind is wrong. */
export type ValueKind = 'date' | 'time' | 'weekday' | 'amount' | 'phone' | 'email' | 'link' | 'reference';

/** A fact the exercise author expects in a good reply, with the wordings accepted for it. */
export interface KeyFact {
	label: string;
	variants: string[];
	/** The kind of value the fact is; inferred from the variants when absent. */
	kind?: ValueKind;
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
	/**
	 * What the office knows, as the exercise tells the learner ("Dall'Ufficio sport: …"). Values in the
	 * reply that are neither here, in the comment nor in the key facts are invented: advice says so.
	 */
	factSheet?: string;
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
	kind: 'jargon' | 'readability' | 'capitals' | 'privacy' | 'length' | 'invented';
	message: string;
	evidence: Range[];
	suggestion?: string;
}

/** One key fact in the reply: found, or missing, or stated with a wrong value (`wrong` quotes it). */
export interface KeyFactVerdict {
	label: string;
	found: boolean;
	evidence: Range[];
	/** The reply gives another value for this fact (another date, another number): the words. */
	wrong?: string;
}

/** What makes a reply unpublishable, whatever the three tips say. */
export type ConductKind = 'insult' | 'threat' | 'personal-data';

/** One failed conduct gate: its kind, the Italian message for the learner and the words that cause it. */
export interface ConductFailure {
	kind: ConductKind;
	message: string;
	evidence: Range[];
}

/** Full judgement of one reply; plain JSON-serialisable data. */
export interface GradeResult {
	criteria: Record<CriterionId, CriterionResult>;
	/**
	 * Overall 0..1: mean of the scores of the criteria whose `met` is not null, capped at
	 * CONDUCT_CAP when a conduct gate fails.
	 */
	score: number;
	/** Failed conduct gates, judged before the tips; empty when the reply could be published. */
	conduct: ConductFailure[];
	/** Offensive comment, as given by the exercise or detected. */
	offensive: boolean;
	advice: Advice[];
	keyFacts?: KeyFactVerdict[];
}
