import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** A content file with its parsed frontmatter or YAML data and its body. */
export interface ContentFile {
	/** Path from the repository root, for messages. */
	path: string;
	/** Collection id: path under the collection folder without extension. */
	id: string;
	data: unknown;
	body: string;
}

function files(dir: string, ext: string, recursive: boolean): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory() && recursive) out.push(...files(full, ext, recursive));
		else if (e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('_')) out.push(full);
	}
	return out.sort();
}

/** Reads every published `.mdx` under `dir`, splitting frontmatter from body. */
export function readMdx(dir: string): ContentFile[] {
	return files(dir, '.mdx', true).map((path) => {
		const text = readFileSync(path, 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
		return { path, id: relative(dir, path).replace(/\.mdx$/u, ''), data: match ? (parse(match[1]!) as unknown) : undefined, body: match?.[2] ?? text };
	});
}

/** Reads every published `.yaml` directly in `dir`. */
export function readYaml(dir: string): ContentFile[] {
	return files(dir, '.yaml', false).map((path) => ({
		path,
		id: relative(dir, path).replace(/\.yaml$/u, ''),
		data: parse(readFileSync(path, 'utf8')) as unknown,
		body: '',
	}));
}
