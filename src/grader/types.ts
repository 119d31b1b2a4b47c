/** Kinds of value a key fact can be about; a reply stating another value of the same kind is wrong. */
export const VALUE_KINDS = [
	'date',
	'time',
	'weekday',
	'amount',
	'phone',
	'email',
	'link',
	'reference',
	'address',
	'duration',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A fact the exercise author expects in a good reply, with the wordings accepted for it. */
export interface KeyFact {
	label: string;
	variants: string[];
	/** The kind of value the fact is; inferred from the variants when absent. */
	kind?: ValueKind | undefined;
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
	/**
	 * The rest of the thread as the learner sees it: earlier comments and the times the platform
	 * shows ("venerdì alle 19:02"). A value there is not invented ("ci hai scritto venerdì alle 19"),
	 * though it is no office fact either.
	 */
	thread?: string[];
	/**
	 * Where the reply goes: 'public' (the default), under the comment for everyone to read, or
	 * 'private', a private message to its author (Messenger, a direct message). Asking for personal
	 * data there is right (not in the public comments); repeating data the answer does not need (the
	 * tax code, IBAN or document number the comment showed, a child's, a health condition, someone
	 * else's) still fails, and the conduct messages speak of sending, not publishing.
	 */
	channel?: ReplyChannel;
}

/** Where a reply goes: under the comment, or to its author alone. */
export const REPLY_CHANNELS = ['public', 'private'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

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

/**
 * What makes a reply unpublishable, whatever the three tips say: an insult or mockery, a threat, a
 * political side taken, a prejudice approved, personal data shown or asked in public. One list for
 * the grader, the content schemas and the workshop.
 */
export const CONDUCT_KINDS = ['insult', 'threat', 'partisan', 'discrimination', 'personal-data'] as const;
export type ConductKind = (typeof CONDUCT_KINDS)[number];

/** One piece of personal data found in a reply, and where (the personal-data gate's evidence). */
export interface DataHit {
	what: string;
	range: Range;
}

/**
 * A value of the reply that the office's fact sheet gives otherwise, and the sheet's own words
 * ('' for a contact the sheet does not give at all).
 */
export interface SheetConflict {
	range: Range;
	text: string;
	expected: string;
}

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

/** Kinds of concrete fact. */
export type FactKind =
	| 'time'
	| 'date'
	| 'amount'
	| 'number'
	| 'link'
	| 'email'
	| 'phone'
	| 'place'
	| 'office'
	| 'document'
	| 'step'
	| 'status'
	| 'answer'
	/** A clear, specific next step: send us this datum and we do that, or a named procedure. */
	| 'next'
	/** Who did or does something, for "chi...?": volunteers, a named association, a company. */
	| 'who';

/** A concrete fact, as a span of the folded reply. */
export interface Fact {
	kind: FactKind;
	fStart: number;
	fEnd: number;
	text: string;
}

/** The author as feedback should call them. */
export interface Addressee {
	/** "Gianni", "Maria Grazia", "dottoressa Bianchi"; '' when there is no personal name. */
	name: string;
	/** The name is a title with a surname ("signora Rossi"): it takes an article. */
	titled: boolean;
	/** Grammatical gender when known from a title; null otherwise. */
	feminine: boolean | null;
	/** A couple writing together ("Coniugi Parodi"): plural article, "ai coniugi Parodi". */
	plural?: boolean;
}

/** One way the reply addresses someone, with where it is and the words used. */
export interface AddressHit {
	range: Range;
	text: string;
}
