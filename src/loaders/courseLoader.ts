import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads the single course configuration file as a one-entry collection (id `course`). */
export function courseLoader(path: string): Loader {
	return {
		name: 'course-loader',
		load: async (context) => {
			const raw: unknown = parse(await readFile(path, 'utf8'));
			const data = await context.parseData({ id: 'course', data: raw as Record<string, unknown>, filePath: path });
			context.store.clear();
			context.store.set({ id: 'course', data, filePath: path });
			context.watcher?.add(path);
		},
	};
}
