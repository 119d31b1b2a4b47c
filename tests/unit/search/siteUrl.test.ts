import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/search/client/siteUrl';

describe('siteUrl', () => {
	it.each([
		[
			'domain root',
			'https://corso.example/',
			'/tre-consigli/ringraziare/',
			'https://corso.example/tre-consigli/ringraziare/',
		],
		[
			'sub-path',
			'https://pa.example/formazione/corso/',
			'/glossario/#pec',
			'https://pa.example/formazione/corso/glossario/#pec',
		],
		[
			'query string',
			'https://pa.example/corso/',
			'/cerca/?q=citt%C3%A0',
			'https://pa.example/corso/cerca/?q=citt%C3%A0',
		],
		['the index file', 'https://pa.example/corso/', '/search-index.json', 'https://pa.example/corso/search-index.json'],
		[
			'SCORM package: folders get index.html',
			'https://lms.example/pkg/123/index.html',
			'/tre-consigli/ringraziare/#es-heading',
			'https://lms.example/pkg/123/tre-consigli/ringraziare/index.html#es-heading',
		],
		[
			'SCORM package: a file stays a file',
			'https://lms.example/pkg/123/index.html',
			'/search-index.json',
			'https://lms.example/pkg/123/search-index.json',
		],
		[
			'SCORM package: a query on a folder',
			'https://lms.example/pkg/index.html',
			'/cerca/?q=x',
			'https://lms.example/pkg/cerca/index.html?q=x',
		],
	])('%s', (_what, home, path, url) => {
		expect(siteUrl(path, home)).toBe(url);
	});

	it('never leaves the site, even for a protocol-relative path', () => {
		expect(new URL(siteUrl('//evil.example/x/', 'https://pa.example/corso/')).host).toBe('pa.example');
	});
});
