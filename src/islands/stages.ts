/**
 * Rendering a page in stages: the first stage is what the learner sees first, each later one comes
 * in a task of its own. One long task would keep the page from answering input while it runs (the
 * Total Blocking Time Lighthouse measures); several short ones let the browser paint and respond
 * between them. Browser only.
 */

/** Resolves in a later task: `scheduler.yield()` where the browser has it, a zero timeout elsewhere. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `advance(1)`, `advance(2)`… up to `last`, each in a task of its own, and stops when the
 * returned function is called (the island was destroyed). For `onMount`.
 */
export function runStages(last: number, advance: (stage: number) => void): () => void {
	let live = true;
	void (async () => {
		for (let stage = 1; stage <= last; stage++) {
			await nextTask();
			if (!live) return;
			advance(stage);
		}
	})();
	return () => {
		live = false;
	};
}
