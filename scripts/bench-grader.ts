// Grader benchmark, called by `npm run bench` (scripts/bench.ts): judgements per second on the
// labelled corpus, mean time per ordinary reply, and the time for a 100,000-character reply.
// Run alone with `npx tsx scripts/bench-grader.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { gradeReply } from '../src/grader/index';
import type { GradeInput } from '../src/grader/types';

// Enough passes over the corpus for a stable figure, a warm-up pass so the JIT has settled.
const PASSES = 20;
const WARMUP_PASSES = 2;
const LONG_REPLY_CHARS = 100_000;

/** Measure the grader; returns label/value rows for the bench table. */
export async function benchGrader(): Promise<Array<{ label: string; value: string }>> {
	const corpusPath = fileURLToPath(new URL('../tests/fixtures/grader/corpus.yaml', import.meta.url));
	const cases = parse(readFileSync(corpusPath, 'utf8')) as GradeInput[];
	for (let p = 0; p < WARMUP_PASSES; p++) for (const c of cases) gradeReply(c);
	const started = performance.now();
	for (let p = 0; p < PASSES; p++) for (const c of cases) gradeReply(c);
	const elapsed = performance.now() - started;
	const judgements = PASSES * cases.length;

	const sentence = 'Ciao Giulia, grazie! La buca di via Roma 12 la chiudiamo giovedì 3 marzo alle 9:30. ';
	const longReply = sentence.repeat(Math.ceil(LONG_REPLY_CHARS / sentence.length)).slice(0, LONG_REPLY_CHARS);
	const longStarted = performance.now();
	gradeReply({ author: 'Giulia Ferri', comment: 'Quando sistemate la buca in via Roma?', reply: longReply });
	const longElapsed = performance.now() - longStarted;

	return [
		{ label: 'grader: judgements per second (corpus)', value: `${Math.round((judgements / elapsed) * 1000)}/s` },
		{ label: 'grader: mean time per ordinary reply', value: `${(elapsed / judgements).toFixed(3)} ms` },
		{ label: 'grader: 100,000-character reply', value: `${longElapsed.toFixed(1)} ms` },
	];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	for (const row of await benchGrader()) console.log(`${row.label.padEnd(45)} ${row.value}`);
}
