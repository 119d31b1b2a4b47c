import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeCss, relativizeHtml, rootPrefix } from '../../../src/build/relativeUrls';

describe('relativeUrl', () => {
	it.each([
		['/', 'index.html', './'],
		['/casi/', 'index.html', './casi/'],
		['/', 'tre-consigli/index.html', '../'],
		['/casi/inps/', 'tre-consigli/nome/index.html', '../../casi/inps/'],
		['/cerca/?q=a#b', 'glossario/index.html', '../cerca/?q=a#b'],
		['/_astro/x.css', 'a/b/index.html', '../../_astro/x.css'],
	])('%s seen from %s is %s', (url, file, expected) => {
		expect(relativeUrl(url, file)).toBe(expected);
	});

	it.each([
		['/', 'index.html', './index.html'],
		['/casi/', 'a/index.html', '../casi/index.html'],
		['/cerca/?q=x', 'index.html', './cerca/index.html?q=x'],
		['/favicon.svg', 'index.html', './favicon.svg'],
	])('with explicit index, %s from %s is %s', (url, file, expected) => {
		expect(relativeUrl(url, file, { explicitIndex: true })).toBe(expected);
	});
});

describe('relativizeHtml', () => {
	it('rewrites links, assets, forms and island loaders but not external or protocol-relative URLs', () => {
		const html =
			'<a href="/casi/">c</a><a href="https://x.it/a">x</a><img src="//cdn/x.png">' +
			'<form action="/cerca/"></form><astro-island component-url="/_astro/A.js" renderer-url="/_astro/c.js">' +
			'<a href="#top">t</a>';
		expect(relativizeHtml(html, 'm/l/index.html')).toBe(
			'<a href="../../casi/">c</a><a href="https://x.it/a">x</a><img src="//cdn/x.png">' +
				'<form action="../../cerca/"></form><astro-island component-url="../../_astro/A.js" renderer-url="../../_astro/c.js">' +
				'<a href="#top">t</a>',
		);
	});
	it('leaves text that merely looks like an attribute alone', () => {
		expect(relativizeHtml('<p>href="/x/" è un esempio</p>', 'index.html')).toBe('<p>href="/x/" è un esempio</p>');
	});
});

describe('relativizeCss and rootPrefix', () => {
	it('points font URLs at the stylesheet folder', () => {
		expect(relativizeCss('src:url(/_astro/f.woff2) format("woff2"),url("/_astro/g.woff")')).toBe(
			'src:url(./f.woff2) format("woff2"),url("./g.woff")',
		);
	});
	it('counts the folder depth', () => {
		expect(rootPrefix('index.html')).toBe('./');
		expect(rootPrefix('a/b/index.html')).toBe('../../');
	});
});
