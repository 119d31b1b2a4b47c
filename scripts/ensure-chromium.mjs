// Makes sure a Chromium for the end-to-end tests exists. Playwright's own browser download cannot
// work here (no network beyond the package registries), so we use Debian's chromium package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
	console.error(
		`Chromium non trovato in ${path}.\n` +
			'Installalo con: sudo apt-get update && sudo apt-get install -y chromium\n' +
			'oppure indica il percorso di un Chromium o Chrome esistente con CHROMIUM_PATH=/percorso/chromium npm test',
	);
	process.exit(1);
}
console.log('Chromium manca: lo installo dai pacchetti Debian (apt-get install chromium)...');
try {
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit',
	});
} catch {
	console.error('Installazione di Chromium non riuscita: prova a mano con apt-get install -y chromium');
	process.exit(1);
}
