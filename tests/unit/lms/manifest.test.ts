import { describe, expect, it } from 'vitest';
import { buildManifest, escapeXml, fileHref, xmlId, type ManifestInput } from '../../../src/lms/manifest';

const input = (version: ManifestInput['version']): ManifestInput => ({
	version,
	courseId: 'social-customer-care-pa',
	courseVersion: '1.0.0',
	title: 'Social customer care per la PA & i "cittadini" <online>',
	description: "Rispondere ai cittadini: un'introduzione.",
	launch: 'index.html',
	files: [
		'index.html',
		'_astro/app.js',
		'tre-consigli/ringraziare/index.html',
		'font/titillium web@400.woff2',
		'imsmanifest.xml',
		'index.html',
	],
});

/**
 * A strict enough well-formedness check for generated XML: one root, every tag closed in order,
 * attributes quoted, no stray `<` or `&` in text or attributes.
 */
function wellFormed(xml: string): boolean {
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/u, '');
	const token =
		/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
	const stack: string[] = [];
	let roots = 0;
	let match: RegExpExecArray | null;
	let end = 0;
	while ((match = token.exec(body))) {
		end = token.lastIndex;
		const [, closing, name, , selfClosing, text] = match;
		if (text !== undefined) {
			if (/&(?!(?:amp|lt|gt|quot|apos);)/u.test(text) || (stack.length === 0 && text.trim() !== '')) return false;
		} else if (closing) {
			if (stack.pop() !== name) return false;
		} else if (!selfClosing) {
			if (stack.length === 0) roots++;
			stack.push(name ?? '');
		} else if (stack.length === 0) roots++;
	}
	return end === body.length && stack.length === 0 && roots === 1;
}

describe('buildManifest', () => {
	it('(the checker itself rejects broken XML)', () => {
		for (const bad of ['<a><b></a></b>', '<a x="1 & 2"/>', '<a>1 & 2</a>', '<a/><b/>', '<a x=1/>', '<a>'])
			expect(wellFormed(bad)).toBe(false);
		expect(wellFormed('<?xml version="1.0"?>\n<a x="&amp;"><b/>t &lt; u</a>\n')).toBe(true);
	});

	it.each(['1.2', '2004'] as const)('SCORM %s: well-formed, escaped, every file listed once', (version) => {
		const xml = buildManifest(input(version));
		expect(wellFormed(xml)).toBe(true);
		expect(xml).toContain('<title>Social customer care per la PA &amp; i &quot;cittadini&quot; &lt;online&gt;</title>');
		expect(xml).toContain('un&apos;introduzione');
		const files = [...xml.matchAll(/<file href="([^"]+)"\/>/gu)].map((m) => m[1]);
		expect(files).toEqual([
			'_astro/app.js',
			'font/titillium%20web%40400.woff2',
			'index.html',
			'tre-consigli/ringraziare/index.html',
		]);
		expect(xml).toMatch(/<resource identifier="[^"]+" type="webcontent" adlcp:scorm[tT]ype="sco" href="index.html">/u);
		expect(xml).toContain('identifier="social-customer-care-pa-1.0.0" version="1.0.0"');
	});

	it('SCORM 1.2: IMS CP 1.1.2 and ADL CP 1.2 namespaces, schemaversion 1.2', () => {
		const xml = buildManifest(input('1.2'));
		expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		expect(xml).toContain('adlcp:scormtype="sco"');
		expect(xml).not.toContain('imsss:');
	});

	it('SCORM 2004: 4th edition, ADL CP 1.3 namespace, the content decides completion', () => {
		const xml = buildManifest(input('2004'));
		expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('adlcp:scormType="sco"');
		expect(xml).toContain('completionSetByContent="true" objectiveSetByContent="true"');
	});

	it('the organization points at the resource that exists', () => {
		for (const version of ['1.2', '2004'] as const) {
			const xml = buildManifest(input(version));
			const ref = /identifierref="([^"]+)"/u.exec(xml)?.[1];
			const org = /<organizations default="([^"]+)"/u.exec(xml)?.[1];
			expect(xml).toContain(`<resource identifier="${ref}"`);
			expect(xml).toContain(`<organization identifier="${org}"`);
		}
	});
});

describe('helpers', () => {
	it('escapeXml drops characters XML cannot carry', () => {
		expect(escapeXml('a\u0000b\u0007c & d')).toBe('abc &amp; d');
	});
	it('xmlId makes valid identifiers', () => {
		expect(xmlId('social care/pa 1.0')).toBe('social-care-pa-1.0');
		expect(xmlId('1-corso')).toBe('id-1-corso');
	});
	it('fileHref percent-encodes segments, keeps slashes', () => {
		expect(fileHref('a b/c#d.html')).toBe('a%20b/c%23d.html');
	});
});
