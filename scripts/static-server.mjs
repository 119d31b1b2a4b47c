// A minimal static file server for tests: serves a built folder under a URL prefix, like a sub-path
// deployment or an LMS does. Usage: node scripts/static-server.mjs <dir> <port> [prefix]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', portArg = '4322', prefix = '/'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

function fileFor(urlPath) {
	if (!urlPath.startsWith(prefix)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, rel);
	if (!file.startsWith(root)) return undefined;
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		statSync(file);
		return file;
	} catch {
		return undefined;
	}
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = fileFor(url.pathname);
	if (!file) {
		res.writeHead(404, { 'content-type': types['.html'] });
		createReadStream(join(root, '404.html'))
			.on('error', () => res.end('404'))
			.pipe(res);
		return;
	}
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(Number(portArg), '127.0.0.1');
