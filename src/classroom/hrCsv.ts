import { t } from '../i18n/classroom';
import { wholePercent } from '../i18n/format';
import type { CoursePlan } from '../course/plan';
import { TIP_IDS } from '../progress/constants';
import { tipRate } from '../progress/summary';
import type { LearnerRow } from './aggregate';
import { toCsv } from './csv';
import { excelDateTime, hours } from './format';

const yesNo = (value: boolean): string => t(value ? 'report.yes' : 'report.no');
/** A score cell: whole percentage points, without the sign (the column title says "%"). */
const percentCell = (share: number): string => String(wholePercent(share));
const maybePercent = (share: number | undefined): string => (share === undefined ? '' : percentCell(share));

/** Column titles: who, what, then one column per module and per tip, so HR can filter in Excel. */
export function csvHeader(plan: CoursePlan): string[] {
	return [
		t('report.csv.cognome'),
		t('report.csv.nome'),
		t('report.csv.ente'),
		t('report.csv.matricola'),
		t('report.csv.email'),
		t('report.csv.classe'),
		t('report.csv.course'),
		t('report.csv.edition'),
		t('report.csv.complete'),
		t('report.csv.completedAt'),
		t('report.csv.creditedHours'),
		t('report.csv.courseHours'),
		t('report.csv.lessons'),
		t('report.csv.exercises'),
		t('report.csv.finalScore'),
		t('report.csv.finalPassed'),
		...plan.modules.map((m) => t('report.csv.module', { order: m.order, title: m.title })),
		...TIP_IDS.map((tip) => t('report.csv.tip', { tip: t(`criterion.${tip}`) })),
		t('report.csv.lastActivity'),
		t('report.csv.code'),
		t('report.csv.file'),
	];
}

/** One learner's cells, in csvHeader order. Every text from the file goes through toCsv's neutralisation. */
export function csvRow(row: LearnerRow, plan: CoursePlan): string[] {
	const { profile } = row.file.progress;
	const { completion } = row;
	return [
		profile.cognome,
		profile.nome,
		profile.ente,
		profile.matricola ?? '',
		profile.email ?? '',
		profile.classe ?? '',
		row.file.course.id,
		row.file.course.version,
		yesNo(completion.complete),
		excelDateTime(completion.completedAt),
		hours(completion.creditedMinutes),
		hours(plan.totalMinutes),
		// "3 su 8", not "3/8": Excel would turn that into the 3rd of August.
		t('report.outOf', { done: completion.lessons.done, total: completion.lessons.total }),
		t('report.outOf', { done: completion.exercises.done, total: completion.exercises.total }),
		completion.final.quizBest === undefined ? '' : percentCell(completion.final.score),
		yesNo(completion.final.passed),
		...row.moduleScores.map(maybePercent),
		...row.tips.map((s) => maybePercent(tipRate(s))),
		excelDateTime(row.lastActivity),
		row.code ?? '',
		row.fileName,
	];
}

/** The HR file: UTF-8 with BOM, semicolons, CRLF, one row per learner. */
export function hrCsv(rows: ReadonlyArray<LearnerRow>, plan: CoursePlan): string {
	return toCsv([csvHeader(plan), ...rows.map((r) => csvRow(r, plan))]);
}
