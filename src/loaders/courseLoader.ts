import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads the single course configuration file as a one-entry collection (id `course`). */
export function courseLoader(path: string): Loader {
	return {
		name: 'course-loader',
		load: async ({ store, parseData, watcher }) => {
			const raw: unknown = parse(await readFile(path, 'utf8'));
			const data = await parseData({ id: 'course', data: raw as Record<string, unknown>, filePath: path });
			store.clear();
			store.set({ id: 'course', data, filePath: path });
			watcher?.add(path);
		},
	};
}
