// The grader on replies more outside testers wrote to the course's own exercises (families
// E to S, tests/fixtures/grader/adversarial/exercise-*.jsonl): wrong or invented facts, conduct failures in
// new words and their look-alikes, hard calls on the three tips. The tester labelled every reply
// before the first run. The input is built as the exercise page builds it (last message of the
// thread, key facts, fact sheet). "Detailed" is scored by the rule: a reply with a wrong
// fact is not detailed, whatever else it gives (the tester labelled the two apart); a wrong fact
// counts as seen when the feedback warns ("Attenzione: …") or the advice flags an invented value.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { gradeReply } from '../../../src/grader/index';
import { exerciseGradeInput } from '../../../src/grading/load';
import { Tally, adversarialLines, expectKnownMisses } from './ratchet';

const EXERCISES = fileURLToPath(new URL('../../../exercises/', import.meta.url));
const lines = adversarialLines;

const replySchema = z.object({ id: z.string(), exercise: z.string(), reply: z.string() });
const expectedSchema = z.object({
	id: z.string(),
	family: z.enum([
		'E-fact',
		'E-conduct',
		'E-tips',
		'F-fact',
		'F-conduct',
		'F-tips',
		'G-fact',
		'G-conduct',
		'G-tips',
		'H-fact',
		'H-conduct',
		'H-tips',
		'I-fact',
		'I-conduct',
		'I-tips',
		'J-fact',
		'J-conduct',
		'J-tips',
		'K-fact',
		'K-conduct',
		'K-tips',
		'L-fact',
		'L-private',
		'L-tips',
		'M-class',
		'M-conduct',
		'M-tips',
		'N-class',
		'N-conduct',
		'N-tips',
		'O-class',
		'O-conduct',
		'O-fact',
		'Q-class',
		'Q-conduct',
		'Q-fact',
		'S-class',
		'S-conduct',
		'S-fact',
		'T-class',
		'T-conduct',
		'T-fact',
		'W-class',
		'W-conduct',
		'W-fact',
		'X-class',
		'X-conduct',
		'X-fact',
		'Y-class',
		'Y-conduct',
		'Y-fact',
		'Z-class',
		'Z-conduct',
		'Z-fact',
		'AA-class',
		'AA-conduct',
		'AA-fact',
		'AB-class',
		'AB-conduct',
		'AB-fact',
		'AC-class',
		'AC-conduct',
		'AC-fact',
		'AD-class',
		'AD-conduct',
		'AD-fact',
		'AE-class',
		'AE-conduct',
		'AE-fact',
		'AF-class',
		'AF-conduct',
		'AF-fact',
		'AG-class',
		'AG-conduct',
		'AG-fact',
		'AH-class',
		'AH-conduct',
		'AH-fact',
		'AI-class',
		'AI-conduct',
		'AI-fact',
		'AJ-class',
		'AJ-conduct',
		'AJ-fact',
		'AK-class',
		'AK-conduct',
		'AK-fact',
		'AL-class',
		'AL-conduct',
		'AL-fact',
		'AM-class',
		'AM-conduct',
		'AM-fact',
		'AN-class',
		'AN-conduct',
		'AN-fact',
		'AO-class',
		'AO-conduct',
		'AO-fact',
		'AP-class',
		'AP-conduct',
		'AP-fact',
		'AQ-class',
		'AQ-conduct',
		'AQ-fact',
		'AR-class',
		'AR-conduct',
		'AR-fact',
		'AS-class',
		'AS-conduct',
		'AS-fact',
		'AT-class',
		'AT-conduct',
		'AT-fact',
		'AU-class',
		'AU-conduct',
		'AU-fact',
		'AV-class',
		'AV-conduct',
		'AV-fact',
		'AW-class',
		'AW-conduct',
		'AW-fact',
		'AX-class',
		'AX-conduct',
		'AX-fact',
		'AY-class',
		'AY-conduct',
		'AY-fact',
		'AZ-class',
		'AZ-conduct',
		'AZ-fact',
		'BA-class',
		'BA-conduct',
		'BA-fact',
		'BB-class',
		'BB-conduct',
		'BB-fact',
		'BC-class',
		'BC-conduct',
		'BC-fact',
		'BD-class',
		'BD-conduct',
		'BD-fact',
		'BE-class',
		'BE-conduct',
		'BE-fact',
		'BF-class',
		'BF-conduct',
		'BF-fact',
		'BG-class',
		'BG-conduct',
		'BG-fact',
		'BH-class',
		'BH-conduct',
		'BH-fact',
		'BI-class',
		'BI-conduct',
		'BI-fact',
		'BJ-class',
		'BJ-conduct',
		'BJ-fact',
		'BK-class',
		'BK-conduct',
		'BK-fact',
		'BL-class',
		'BL-conduct',
		'BL-fact',
		'BM-class',
		'BM-conduct',
		'BM-fact',
		'BN-class',
		'BN-conduct',
		'BN-fact',
		'BO-class',
		'BO-conduct',
		'BO-fact',
		'BP-class',
		'BP-conduct',
		'BP-fact',
		'BQ-class',
		'BQ-conduct',
		'BQ-fact',
		'BR-class',
		'BR-conduct',
		'BR-fact',
		'BS-class',
		'BS-conduct',
		'BS-fact',
		'BT-class',
		'BT-conduct',
		'BT-fact',
		'BU-class',
		'BU-conduct',
		'BU-fact',
		'BV-class',
		'BV-conduct',
		'BV-fact',
		'BW-class',
		'BW-conduct',
		'BW-fact',
		'BX-class',
		'BX-conduct',
		'BX-fact',
		'BY-class',
		'BY-conduct',
		'BY-fact',
		'BZ-class',
		'BZ-conduct',
		'BZ-fact',
		'CA-class',
		'CA-conduct',
		'CA-fact',
		'CB-class',
		'CB-conduct',
		'CB-fact',
		'CC-class',
		'CC-conduct',
		'CC-fact',
		'CD-class',
		'CD-conduct',
		'CD-fact',
		'CE-class',
		'CE-conduct',
		'CE-fact',
		'CF-class',
		'CF-conduct',
		'CF-fact',
		'CG-class',
		'CG-conduct',
		'CG-fact',
		'CH-class',
		'CH-conduct',
		'CH-fact',
		'CI-class',
		'CI-conduct',
		'CI-fact',
		'CJ-class',
		'CJ-conduct',
		'CJ-fact',
		'CK-class',
		'CK-conduct',
		'CK-fact',
		'CL-class',
		'CL-conduct',
		'CL-fact',
		'CM-class',
		'CM-conduct',
		'CM-fact',
		'CN-class',
		'CN-conduct',
		'CO-class',
		'CO-conduct',
		'CP-class',
		'CP-conduct',
		'CQ-class',
		'CQ-conduct',
		'CR-class',
		'CR-conduct',
		'CS-class',
		'CS-conduct',
		'CT-class',
		'CT-conduct',
		'CU-class',
		'CU-conduct',
		'CV-class',
		'CV-conduct',
	]),
	conduct: z.enum(['fail', 'pass']),
	detailed: z.boolean(),
	name: z.boolean().nullable(),
	thanks: z.boolean().nullable(),
	wrongFact: z.boolean(),
	note: z.string(),
});

// Family E (first tester), family F (second tester, on 20 other exercises), family G (third
// tester, on the 17 exercises left) and family H (fourth tester, on any exercise, after the fixes
// for G), family I (fifth tester, on any exercise, in the styles of real PA pages, after the fixes
// for H), family J (sixth tester, on any exercise, typed as on a phone: SMS shorthand, no accents,
// capitals, dialect; after the fixes for I), family K (seventh tester, novice learners in good
// faith, after the fixes for J), family L (eighth tester: wrong facts in new forms and the private
// messages of the three exercises with `channel: private`, measured on 90daadc), family M (tenth
// tester: replies as a class hands them in, and conduct failures with no rude word, measured on dd0486d), family N (eleventh tester: conduct
// failures in words earlier testers had not used, measured on fd37f02, after the fixes for M), family O (twelfth
// tester: conduct and wrong facts in new words, measured on 5af766c, after the fixes for N), family Q (thirteenth tester: a class's
// replies, conduct and wrong facts in words no earlier tester used, measured on 893ee97, after the fixes for O), family S (fourteenth
// tester: the same brief, measured on 87ddd16, after the fixes for Q), family T (fifteenth tester: the same brief, labels only,
// measured on 52d1565 and on aa8132e, after the tone cues), family W (sixteenth tester: the same brief, measured on
// f9b5d44 and on 4b26860, after the case-file patterns), family X (seventeenth tester: the same brief, measured on
// f9b5d44, be99b8c and 3fce77e, after the forms family W showed), family Y (eighteenth tester: the same brief,
// measured on f9b5d44, 3fce77e and 95e277b, after the forms family X showed), family Z (nineteenth tester: the
// same brief, measured on 7d318dd and 04c7c11, after the forms family Y showed), family AA (twentieth tester:
// the same brief, measured on 7d318dd, 3fe29d9, 2330764 and 54c8552, after the forms family Z showed), family AB
// (twenty-first tester: the same brief, measured on 7d318dd to a4b1f06, after the forms family AA showed), family AC
// (twenty-second tester: the same brief, measured on 7d318dd and 7d1819d), family AD
// (twenty-third tester: the same brief, measured on 7d318dd, 78b9f25 and 27ff5cd, after the forms of AB and AC), family
// AE (twenty-fourth tester: the same brief, measured on 7d318dd, 2e90918 and 14c533c, after the forms of AD),
// families AF and AG (twenty-fifth and twenty-sixth testers: the same brief, measured on 7d318dd and 4932d9d,
// after the forms of AE), families AH and AI (twenty-seventh and twenty-eighth testers: the same brief,
// measured on 7d318dd, 4932d9d and cc03a68, after the forms of AF and AG), families AJ and AK (twenty-ninth
// and thirtieth testers: the same brief, measured on 7d318dd to 6160ad3, after the forms of AH and AI), families
// AL and AM (thirty-first and thirty-second testers: the same brief, measured on 7d318dd to 32da117, after the
// forms of AJ and AK), families AN and AO (thirty-third and thirty-fourth testers: the same brief, measured on
// 7d318dd to 3d866b5, after the forms of AL and AM), families AP and AQ (thirty-fifth and thirty-sixth
// testers: the same brief, measured on 7d318dd to d772e09, after the forms of AN and AO), families AR and AS
// (thirty-seventh and thirty-eighth testers: the same brief, measured on 7d318dd, d772e09 and ce7aa06, after the
// forms of AP and AQ), families AT and AU (thirty-ninth and fortieth testers: the same brief, measured on 7d318dd
// and 966ccc4, with no forms added for AR and AS), families AV and AW (forty-first and forty-second testers:
// the same brief, measured on 7d318dd, 966ccc4 and d9e0ed1, after the forms of AT and AU), families AX and AY
// (forty-third and forty-fourth testers: the same brief, measured on 7d318dd, 966ccc4 and ee6e3c3, after the forms
// of AV and AW), families AZ and BA (forty-fifth and forty-sixth testers: the same brief, measured on 7d318dd,
// 966ccc4 and 9c74be6, after the forms of AX and AY), families BB and BC (forty-seventh and forty-eighth
// testers: the same brief, measured on 6c2e3ee and b9b0504, with no forms added for AZ and BA, then after them),
// families BD and BE (forty-ninth and fiftieth testers: the same brief, measured on 6c2e3ee, 768ccc2 and
// 5eb967c, after the forms of AZ to BC), families BF and BG (fifty-first and fifty-second testers: the same
// brief, measured on 6c2e3ee and fb6537c, after the forms of AZ to BE), families BH and BI (fifty-third and
// fifty-fourth testers: the same brief, measured on 6c2e3ee and 07c4117, then fitted in 245c1b7), families BJ and
// BK (fifty-fifth and fifty-sixth testers: the same brief, measured on 5f70448 and 245c1b7, the gate as session 29
// leaves it; fitted in ef527d2), families BL and BM (fifty-seventh and fifty-eighth testers: the same brief,
// measured on 7d644c9 and ef527d2, after the forms of BJ and BK), families BN and BO (fifty-ninth and sixtieth
// testers: the same brief, measured on 7d644c9, ef527d2 and 7cb3ae5, after the forms of BL and BM), families BP
// and BQ (sixty-first and sixty-second testers: the same brief, measured on 7d644c9, 7cb3ae5 and ff669fd, after
// the forms of BN and BO and a review of the session's forms), families BR and BS (sixty-third and sixty-fourth
// testers: the same brief, measured on 7d644c9 and 6735844, the gate as session 30 leaves it; their misses
// recorded, not fitted), families BT and BU (sixty-fifth and sixty-sixth testers: the same brief, measured on
// 90d0fe9, the gate as session 30 leaves it, and on the session's first forms for BR and BS, before they were read),
// families BV and BW (sixty-seventh and sixty-eighth testers: the same brief, measured on 90d0fe9, 75aba87 and d731ed3,
// after the cues for BR to BU), families BX and BY (sixty-ninth and seventieth testers: the same brief, measured on
// 90d0fe9 and d0e4491, after all of session 31's cues for BR to BW), families BZ and CA (seventy-first and
// seventy-second testers: a brief for plain failures, the ones a trainer spots at first reading, measured on 2e5e4be,
// the gate as session 31 left it), family CB (seventy-third tester: the same plain-failures brief, measured on
// 2e5e4be and after the forms of BZ and CA), family CC (seventy-fourth tester: the same plain-failures brief,
// measured on 2e5e4be and after the forms of BZ, CA and CB), families CD and CE (seventy-fifth and seventy-sixth
// testers: the plain-failures brief and the subtle one, measured on 2e5e4be and on cfc144b, the gate as session 32
// leaves it), families CF to CI (seventy-seventh to eightieth testers: the plain-failures brief, measured on
// e188f9a, the gate as session 32 left it, CH and CI also after session 33's structural rules for BZ to CG),
// families CJ and CK (eighty-first and eighty-second testers: the same brief, measured on e188f9a and on 10941b2,
// the rules found by their parts after the look-alike review), families CL and CM (eighty-third and eighty-fourth
// testers: the same brief, measured on e188f9a and on 7f82b84, the gate as session 33's last rule left it),
// families CN, CO and CP (eighty-fifth to eighty-seventh testers: the same brief, measured on 467b9a3, the gate as
// session 33 left it, and on 10b9ada, session 34's records and put-downs, before they were read), families CQ
// and CR (eighty-eighth and eighty-ninth testers: the same brief, measured on 467b9a3, 10b9ada and 0c836d2, the
// gate as session 34 leaves it, before they were read; recorded, not fitted), families CS to CV (ninetieth to
// ninety-third testers: the same brief, measured on 0fb2f68, the gate as session 34 left it, and on e6c5d52, before
// they were read).
const replies = new Map(
	[
		...lines('exercise-replies.jsonl'),
		...lines('exercise-f-replies.jsonl'),
		...lines('exercise-g-replies.jsonl'),
		...lines('exercise-h-replies.jsonl'),
		...lines('exercise-i-replies.jsonl'),
		...lines('exercise-j-replies.jsonl'),
		...lines('exercise-k-replies.jsonl'),
		...lines('exercise-l-replies.jsonl'),
		...lines('exercise-m-replies.jsonl'),
		...lines('exercise-n-replies.jsonl'),
		...lines('exercise-o-replies.jsonl'),
		...lines('exercise-q-replies.jsonl'),
		...lines('exercise-s-replies.jsonl'),
		...lines('exercise-t-replies.jsonl'),
		...lines('exercise-w-replies.jsonl'),
		...lines('exercise-x-replies.jsonl'),
		...lines('exercise-y-replies.jsonl'),
		...lines('exercise-z-replies.jsonl'),
		...lines('exercise-aa-replies.jsonl'),
		...lines('exercise-ab-replies.jsonl'),
		...lines('exercise-ac-replies.jsonl'),
		...lines('exercise-ad-replies.jsonl'),
		...lines('exercise-ae-replies.jsonl'),
		...lines('exercise-af-replies.jsonl'),
		...lines('exercise-ag-replies.jsonl'),
		...lines('exercise-ah-replies.jsonl'),
		...lines('exercise-ai-replies.jsonl'),
		...lines('exercise-aj-replies.jsonl'),
		...lines('exercise-ak-replies.jsonl'),
		...lines('exercise-al-replies.jsonl'),
		...lines('exercise-am-replies.jsonl'),
		...lines('exercise-an-replies.jsonl'),
		...lines('exercise-ao-replies.jsonl'),
		...lines('exercise-ap-replies.jsonl'),
		...lines('exercise-aq-replies.jsonl'),
		...lines('exercise-ar-replies.jsonl'),
		...lines('exercise-as-replies.jsonl'),
		...lines('exercise-at-replies.jsonl'),
		...lines('exercise-au-replies.jsonl'),
		...lines('exercise-av-replies.jsonl'),
		...lines('exercise-aw-replies.jsonl'),
		...lines('exercise-ax-replies.jsonl'),
		...lines('exercise-ay-replies.jsonl'),
		...lines('exercise-az-replies.jsonl'),
		...lines('exercise-ba-replies.jsonl'),
		...lines('exercise-bb-replies.jsonl'),
		...lines('exercise-bc-replies.jsonl'),
		...lines('exercise-bd-replies.jsonl'),
		...lines('exercise-be-replies.jsonl'),
		...lines('exercise-bf-replies.jsonl'),
		...lines('exercise-bg-replies.jsonl'),
		...lines('exercise-bh-replies.jsonl'),
		...lines('exercise-bi-replies.jsonl'),
		...lines('exercise-bj-replies.jsonl'),
		...lines('exercise-bk-replies.jsonl'),
		...lines('exercise-bl-replies.jsonl'),
		...lines('exercise-bm-replies.jsonl'),
		...lines('exercise-bn-replies.jsonl'),
		...lines('exercise-bo-replies.jsonl'),
		...lines('exercise-bp-replies.jsonl'),
		...lines('exercise-bq-replies.jsonl'),
		...lines('exercise-br-replies.jsonl'),
		...lines('exercise-bs-replies.jsonl'),
		...lines('exercise-bt-replies.jsonl'),
		...lines('exercise-bu-replies.jsonl'),
		...lines('exercise-bv-replies.jsonl'),
		...lines('exercise-bw-replies.jsonl'),
		...lines('exercise-bx-replies.jsonl'),
		...lines('exercise-by-replies.jsonl'),
		...lines('exercise-bz-replies.jsonl'),
		...lines('exercise-ca-replies.jsonl'),
		...lines('exercise-cb-replies.jsonl'),
		...lines('exercise-cc-replies.jsonl'),
		...lines('exercise-cd-replies.jsonl'),
		...lines('exercise-ce-replies.jsonl'),
		...lines('exercise-cf-replies.jsonl'),
		...lines('exercise-cg-replies.jsonl'),
		...lines('exercise-ch-replies.jsonl'),
		...lines('exercise-ci-replies.jsonl'),
		...lines('exercise-cj-replies.jsonl'),
		...lines('exercise-ck-replies.jsonl'),
		...lines('exercise-cl-replies.jsonl'),
		...lines('exercise-cm-replies.jsonl'),
		...lines('exercise-cn-replies.jsonl'),
		...lines('exercise-co-replies.jsonl'),
		...lines('exercise-cp-replies.jsonl'),
		...lines('exercise-cq-replies.jsonl'),
		...lines('exercise-cr-replies.jsonl'),
		...lines('exercise-cs-replies.jsonl'),
		...lines('exercise-ct-replies.jsonl'),
		...lines('exercise-cu-replies.jsonl'),
		...lines('exercise-cv-replies.jsonl'),
	].map((r) => {
		const reply = replySchema.parse(r);
		return [reply.id, reply];
	}),
);
const expected = [
	...lines('exercise-expected.jsonl'),
	...lines('exercise-f-expected.jsonl'),
	...lines('exercise-g-expected.jsonl'),
	...lines('exercise-h-expected.jsonl'),
	...lines('exercise-i-expected.jsonl'),
	...lines('exercise-j-expected.jsonl'),
	...lines('exercise-k-expected.jsonl'),
	...lines('exercise-l-expected.jsonl'),
	...lines('exercise-m-expected.jsonl'),
	...lines('exercise-n-expected.jsonl'),
	...lines('exercise-o-expected.jsonl'),
	...lines('exercise-q-expected.jsonl'),
	...lines('exercise-s-expected.jsonl'),
	...lines('exercise-t-expected.jsonl'),
	...lines('exercise-w-expected.jsonl'),
	...lines('exercise-x-expected.jsonl'),
	...lines('exercise-y-expected.jsonl'),
	...lines('exercise-z-expected.jsonl'),
	...lines('exercise-aa-expected.jsonl'),
	...lines('exercise-ab-expected.jsonl'),
	...lines('exercise-ac-expected.jsonl'),
	...lines('exercise-ad-expected.jsonl'),
	...lines('exercise-ae-expected.jsonl'),
	...lines('exercise-af-expected.jsonl'),
	...lines('exercise-ag-expected.jsonl'),
	...lines('exercise-ah-expected.jsonl'),
	...lines('exercise-ai-expected.jsonl'),
	...lines('exercise-aj-expected.jsonl'),
	...lines('exercise-ak-expected.jsonl'),
	...lines('exercise-al-expected.jsonl'),
	...lines('exercise-am-expected.jsonl'),
	...lines('exercise-an-expected.jsonl'),
	...lines('exercise-ao-expected.jsonl'),
	...lines('exercise-ap-expected.jsonl'),
	...lines('exercise-aq-expected.jsonl'),
	...lines('exercise-ar-expected.jsonl'),
	...lines('exercise-as-expected.jsonl'),
	...lines('exercise-at-expected.jsonl'),
	...lines('exercise-au-expected.jsonl'),
	...lines('exercise-av-expected.jsonl'),
	...lines('exercise-aw-expected.jsonl'),
	...lines('exercise-ax-expected.jsonl'),
	...lines('exercise-ay-expected.jsonl'),
	...lines('exercise-az-expected.jsonl'),
	...lines('exercise-ba-expected.jsonl'),
	...lines('exercise-bb-expected.jsonl'),
	...lines('exercise-bc-expected.jsonl'),
	...lines('exercise-bd-expected.jsonl'),
	...lines('exercise-be-expected.jsonl'),
	...lines('exercise-bf-expected.jsonl'),
	...lines('exercise-bg-expected.jsonl'),
	...lines('exercise-bh-expected.jsonl'),
	...lines('exercise-bi-expected.jsonl'),
	...lines('exercise-bj-expected.jsonl'),
	...lines('exercise-bk-expected.jsonl'),
	...lines('exercise-bl-expected.jsonl'),
	...lines('exercise-bm-expected.jsonl'),
	...lines('exercise-bn-expected.jsonl'),
	...lines('exercise-bo-expected.jsonl'),
	...lines('exercise-bp-expected.jsonl'),
	...lines('exercise-bq-expected.jsonl'),
	...lines('exercise-br-expected.jsonl'),
	...lines('exercise-bs-expected.jsonl'),
	...lines('exercise-bt-expected.jsonl'),
	...lines('exercise-bu-expected.jsonl'),
	...lines('exercise-bv-expected.jsonl'),
	...lines('exercise-bw-expected.jsonl'),
	...lines('exercise-bx-expected.jsonl'),
	...lines('exercise-by-expected.jsonl'),
	...lines('exercise-bz-expected.jsonl'),
	...lines('exercise-ca-expected.jsonl'),
	...lines('exercise-cb-expected.jsonl'),
	...lines('exercise-cc-expected.jsonl'),
	...lines('exercise-cd-expected.jsonl'),
	...lines('exercise-ce-expected.jsonl'),
	...lines('exercise-cf-expected.jsonl'),
	...lines('exercise-cg-expected.jsonl'),
	...lines('exercise-ch-expected.jsonl'),
	...lines('exercise-ci-expected.jsonl'),
	...lines('exercise-cj-expected.jsonl'),
	...lines('exercise-ck-expected.jsonl'),
	...lines('exercise-cl-expected.jsonl'),
	...lines('exercise-cm-expected.jsonl'),
	...lines('exercise-cn-expected.jsonl'),
	...lines('exercise-co-expected.jsonl'),
	...lines('exercise-cp-expected.jsonl'),
	...lines('exercise-cq-expected.jsonl'),
	...lines('exercise-cr-expected.jsonl'),
	...lines('exercise-cs-expected.jsonl'),
	...lines('exercise-ct-expected.jsonl'),
	...lines('exercise-cu-expected.jsonl'),
	...lines('exercise-cv-expected.jsonl'),
].map((e) => expectedSchema.parse(e));

function inputOf(exerciseId: string, reply: string): Parameters<typeof gradeReply>[0] {
	const exercise = exerciseSchema.parse(parse(readFileSync(`${EXERCISES}${exerciseId}.yaml`, 'utf8')));
	return exerciseGradeInput(exercise, reply);
}

describe('families E to CV: replies to the course’s exercises from ninety-two outside testers', () => {
	it('match their replies one to one', () => {
		expect(expected.length).toBe(replies.size);
		for (const e of expected) expect(replies.has(e.id), e.id).toBe(true);
	});

	it('misses nothing beyond the reviewed known misses', () => {
		const tally = new Tally();
		for (const e of expected) {
			const r = replies.get(e.id);
			if (!r) continue;
			const result = gradeReply(inputOf(r.exercise, r.reply));
			tally.count(`${e.family} conduct`, result.conduct.length > 0 === (e.conduct === 'fail'), `${e.id} conduct`);
			tally.count(
				`${e.family} detailed`,
				result.criteria.detailed.met === (e.detailed && !e.wrongFact),
				`${e.id} detailed`,
			);
			tally.count(`${e.family} name`, result.criteria.name.met === e.name, `${e.id} name`);
			tally.count(`${e.family} thanks`, result.criteria.thanks.met === e.thanks, `${e.id} thanks`);
			if (e.wrongFact) {
				const seen =
					result.criteria.detailed.feedback.startsWith('Attenzione: ') ||
					result.advice.some((a) => a.kind === 'invented');
				tally.count(`${e.family} wrong fact`, seen, `${e.id} wrong-fact`);
			}
		}
		console.log(tally.format('Families E to CV (exercise replies)', expected.length, 22));
		expectKnownMisses('exerciseAdversarial', tally.misses);
	});
});
