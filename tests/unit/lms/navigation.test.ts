import { describe, expect, it } from 'vitest';
import { bookmarkUrl, packageRoot, pagePath } from '../../../src/lms/navigation';

const root = packageRoot('https://moodle.ente.it/pluginfile.php/42/mod_scorm/content/3/index.html');

describe('pagePath', () => {
	it('gives plan-style paths for pages of the package, however the LMS serves them', () => {
		expect(root.href).toBe('https://moodle.ente.it/pluginfile.php/42/mod_scorm/content/3/');
		expect(pagePath(`${root.href}index.html`, root)).toBe('/');
		expect(pagePath(`${root.href}tre-consigli/ringraziare/index.html`, root)).toBe('/tre-consigli/ringraziare/');
		expect(pagePath(`${root.href}tre-consigli/ringraziare/`, root)).toBe('/tre-consigli/ringraziare/');
		expect(pagePath(`${root.href}casi/x/index.html#fonti`, root)).toBe('/casi/x/');
	});

	it('is undefined outside the package', () => {
		expect(pagePath('https://moodle.ente.it/course/view.php?id=7', root)).toBeUndefined();
		expect(pagePath('https://www.inps.it/', root)).toBeUndefined();
		expect(pagePath('https://moodle.ente.it/pluginfile.php/42/mod_scorm/content/4/index.html', root)).toBeUndefined();
	});
});

describe('bookmarkUrl', () => {
	const pages = new Set(['/uno/a/', '/verifica-finale/']);
	it('turns a bookmarked plan page into its index.html inside the package', () => {
		expect(bookmarkUrl('/uno/a/', pages, root)?.href).toBe(`${root.href}uno/a/index.html`);
	});
	it('ignores anything that is not a page of the plan', () => {
		for (const junk of [
			'',
			'/',
			'uno/a/',
			'//evil.example/',
			'https://evil.example/',
			'/uno/a/../../../x/',
			'javascript:alert(1)',
		]) {
			expect(bookmarkUrl(junk, pages, root)).toBeUndefined();
		}
	});
});
