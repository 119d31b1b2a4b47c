// Personal data said in passing (part of the personal-data gate, families N and O): what the
// office's records say of the person ("dal sistema vediamo che…"), a colleague's health or family
// life ("le colleghe erano in malattia", "ha avuto un lutto in famiglia"), a family situation ("il
// certificato per la separazione"), a private person identified by a relative's trade ("il figlio
// del tabaccaio"), and what a person's file holds (lexicon/caseFile.ts, family T: an application's
// state or number, an ISEE, a car at the gates, a relative followed by the social services, a child
// described by her clothes). reply/personalData.ts gathers these with the other personal data.
import type { DataHit } from '../types';
import type { Analysed } from '../text/normalize';
import type { Span } from '../text/sentences';
import { toRange } from '../text/normalize';
import { DATA, FAMILY_STATUS, KIN_OF_TRADE, RECORDS_READ } from '../lexicon/personalData';
import { STAFF_DISCIPLINE, STAFF_HEALTH, STAFF_LIFE, STAFF_WORD } from '../lexicon/staff';
import {
	AMOUNT_OWED,
	BENEFIT_FILE,
	BENEFIT_RECEIVED,
	CHILD_DESCRIBED,
	ECONOMIC_VALUE,
	FILE_NUMBER,
	POLICE_RECORD,
	RECORDS_LOOKUP,
	RECORDS_SOURCE,
	RECORDS_STANDING,
	RELATIVE_FILE,
	RELATIVE_IN_CARE,
	SCHOOL_YEAR,
	SEEN_AT_THE_OFFICE,
	THIRD_IN_CARE,
	SOMEONES_HOME,
	RELATIVE_CONDITION,
	SPECIALIST_VISIT,
	SURGERY,
	VEHICLE_SEEN,
} from '../lexicon/caseFile';
import { HYPOTHESIS } from '../lexicon/intent';

/**
 * A condition governs the words at `at`: in the same clause, before them. A colon, a semicolon or a
 * bracket opens a new clause ("Se vuole una mano, … 9-13 (la Sua domanda del 2023 … è ancora nei
 * nostri archivi)", family AK).
 */
function conditional(text: string, at: number): boolean {
	const before = text.slice(0, at);
	const clause = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('('));
	return HYPOTHESIS.test(before.slice(clause + 1));
}

/** What a person's file holds, with the kind of data each pattern shows (lexicon/caseFile.ts). */
const CASE_FILE: readonly (readonly [string, RegExp])[] = [
	[DATA.records, RECORDS_SOURCE],
	[DATA.records, RECORDS_STANDING],
	[DATA.records, RECORDS_LOOKUP],
	[DATA.policeRecord, POLICE_RECORD],
	[DATA.records, BENEFIT_FILE],
	[DATA.records, ECONOMIC_VALUE],
	[DATA.records, AMOUNT_OWED],
	[DATA.records, VEHICLE_SEEN],
	[DATA.records, FILE_NUMBER],
	[DATA.records, RELATIVE_IN_CARE],
	[DATA.records, THIRD_IN_CARE],
	[DATA.records, RELATIVE_FILE],
	[DATA.records, BENEFIT_RECEIVED],
	[DATA.records, SEEN_AT_THE_OFFICE],
	[DATA.minor, CHILD_DESCRIBED],
	// Before where someone lives: "abita in via dei Gelsi e fa la terza media" is a child's data.
	[DATA.minor, SCHOOL_YEAR],
	[DATA.records, SOMEONES_HOME],
	[DATA.health, SURGERY],
	[DATA.health, SPECIALIST_VISIT],
	[DATA.health, RELATIVE_CONDITION],
];

/** The first thing a sentence states from a person's file, unless the sentence is a question. */
function caseFile(text: string): { what: string; m: RegExpExecArray } | undefined {
	if (text.trimEnd().endsWith('?')) return undefined;
	for (const [what, re] of CASE_FILE) {
		const m = re.exec(text);
		if (m) return { what, m };
	}
	return undefined;
}

/**
 * Data said in passing: what the records say and a relative's trade outside a sentence that moves
 * the talk to a private channel, a colleague's health or family life anywhere.
 */
export function inPassingData(
	reply: Analysed,
	spans: readonly Span[],
	privateSentence: (at: number) => boolean,
): DataHit[] {
	const out: DataHit[] = [];
	const hit = (what: string, s: Span, m: RegExpExecArray | null): void => {
		if (!m) return;
		out.push({ what, range: toRange(reply, s.fStart + m.index, s.fStart + m.index + m[0].length) });
	};
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const records = RECORDS_READ.exec(text);
		const file = caseFile(text);
		const staff = STAFF_HEALTH.exec(text);
		const life = STAFF_LIFE.exec(text);
		const kin = [...text.matchAll(KIN_OF_TRADE)];
		const family = FAMILY_STATUS.exec(text);
		// A colleague's health or family life is shown whatever channel the sentence also names ("la
		// collega che ha trovato allo sportello…"): no answer to a citizen needs it.
		hit(DATA.health, s, staff);
		hit(DATA.privateLife, s, life);
		if (STAFF_WORD.test(text)) hit(DATA.staffMatters, s, STAFF_DISCIPLINE.exec(text));
		// A fact from a person's file is out once said, whatever channel the sentence then offers ("la
		// tua richiesta risulta ancora aperta, ne parliamo in privato").
		const stated = file && !conditional(text, file.m.index) ? file : undefined;
		if (stated && !records) hit(stated.what, s, stated.m);
		// The private-channel test only for a sentence that holds something else to show.
		if ((!records && !family && kin.length === 0) || privateSentence(s.fStart)) continue;
		if (records && !conditional(text, records.index)) hit(DATA.records, s, records);
		if (family && !conditional(text, family.index)) hit(DATA.family, s, family);
		for (const m of kin) hit(DATA.kin, s, m);
	}
	return out;
}
