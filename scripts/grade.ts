// `npm run --silent grade`: JSON Lines in on stdin, one JSON line out per input line, in order.
// Input:  {"id": "...", "author": "...", "comment": "...", "reply": "...", "offensive": true?}
// Output: {"id": "...", "criteria": {"detailed": {...}, "name": {...}, "thanks": {...}}, "score": 0.83}
// A broken line gets {"id": ..., "error": "..."} and the run goes on; blank lines are skipped.
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { gradeLine } from '../src/grader/cli';

// A reader that stops early (`| head`) closes the pipe: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
	const out = gradeLine(line);
	if (out === null) continue;
	// Respect back-pressure so a large file streams in constant memory.
	if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain');
}
