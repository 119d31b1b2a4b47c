import type { ScormVersion } from './discovery';

/**
 * imsmanifest.xml for the course: one organization with one item, launched by one SCO (the whole
 * site: the SCORM session spans its pages), whose resource lists every file of the package.
 * Pure: the packaging script passes the file list and writes the result.
 */

/** What the manifest says about the course. */
export interface ManifestInput {
	version: ScormVersion;
	/** course.yaml `id`. */
	courseId: string;
	/** course.yaml `version` (semver). */
	courseVersion: string;
	title: string;
	description: string;
	/** The launch page, relative to the package root. */
	launch: string;
	/** Every file of the package except the manifest, as paths relative to its root with `/`. */
	files: string[];
}

/** Text safe in XML content and in double-quoted attributes. */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/gu, '&amp;')
		.replace(/</gu, '&lt;')
		.replace(/>/gu, '&gt;')
		.replace(/"/gu, '&quot;')
		.replace(/'/gu, '&apos;');
}

/** An XML ID (the type of `identifier` attributes): letters, digits, `-`, `_`, `.`, starting with a letter. */
export function xmlId(text: string): string {
	const cleaned = text.replace(/[^A-Za-z0-9._-]+/gu, '-');
	return /^[A-Za-z_]/u.test(cleaned) ? cleaned : `id-${cleaned}`;
}

/** A package path as a URL reference: each segment percent-encoded, `/` kept. */
export const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Namespaces of the root element, per edition (IMS CP 1.1.2 + ADL CP 1.2; IMS CP 1.1.4 + ADL CP/SEQ/NAV 1.3). */
const NAMESPACES: Readonly<Record<ScormVersion, string>> = {
	'1.2': [
		'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		'xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
	].join(' '),
	'2004': [
		'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
		'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
		'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
		'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
		'xmlns:lom="http://ltsc.ieee.org/xsd/LOM"',
	].join(' '),
};

/** The course's description as inline LOM metadata (1.2 uses the IMS MD binding, 2004 IEEE LOM). */
function lom(input: ManifestInput): string {
	const p = input.version === '1.2' ? 'imsmd' : 'lom';
	const lifecycle = input.version === '1.2' ? 'lifecycle' : 'lifeCycle';
	const text = (value: string) =>
		input.version === '1.2'
			? `<${p}:langstring xml:lang="it">${escapeXml(value)}</${p}:langstring>`
			: `<${p}:string language="it">${escapeXml(value)}</${p}:string>`;
	return [
		`    <${p}:lom>`,
		`      <${p}:general>`,
		`        <${p}:title>${text(input.title)}</${p}:title>`,
		`        <${p}:language>it</${p}:language>`,
		`        <${p}:description>${text(input.description)}</${p}:description>`,
		`      </${p}:general>`,
		// IMS MD 1.2.1 spells it `lifecycle`, IEEE LOM `lifeCycle`.
		`      <${p}:${lifecycle}>`,
		`        <${p}:version>${text(input.courseVersion)}</${p}:version>`,
		`      </${p}:${lifecycle}>`,
		`    </${p}:lom>`,
	].join('\n');
}

/** The imsmanifest.xml text for one edition. */
export function buildManifest(input: ManifestInput): string {
	const is12 = input.version === '1.2';
	const base = xmlId(`${input.courseId}-${input.courseVersion}`);
	const org = xmlId(`${input.courseId}-org`);
	const title = escapeXml(input.title);
	const scormType = is12 ? 'adlcp:scormtype' : 'adlcp:scormType';
	const files = [...new Set(input.files)].filter((f) => f !== 'imsmanifest.xml').sort();
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${escapeXml(base)}" version="${escapeXml(input.courseVersion)}" ${NAMESPACES[input.version]}>`,
		'  <metadata>',
		'    <schema>ADL SCORM</schema>',
		`    <schemaversion>${is12 ? '1.2' : '2004 4th Edition'}</schemaversion>`,
		lom(input),
		'  </metadata>',
		`  <organizations default="${org}">`,
		`    <organization identifier="${org}">`,
		`      <title>${title}</title>`,
		`      <item identifier="${xmlId(`${input.courseId}-item`)}" identifierref="${xmlId(`${input.courseId}-sco`)}"${is12 ? ' isvisible="true"' : ''}>`,
		`        <title>${title}</title>`,
		// 2004: the SCO itself decides completion and success, the LMS must not assume them on exit.
		...(is12
			? []
			: [
					'        <imsss:sequencing>',
					'          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
					'        </imsss:sequencing>',
				]),
		'      </item>',
		'    </organization>',
		'  </organizations>',
		'  <resources>',
		`    <resource identifier="${xmlId(`${input.courseId}-sco`)}" type="webcontent" ${scormType}="sco" href="${escapeXml(fileHref(input.launch))}">`,
		...files.map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`),
		'    </resource>',
		'  </resources>',
		'</manifest>',
		'',
	].join('\n');
}
