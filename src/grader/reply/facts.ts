// Concrete facts a citizen can use: times, dates, weekdays, amounts, numbers with units, links,
// emails, phone numbers, addresses and places, named offices, documents, procedure steps and the
// status of an intervention. Patterns run on the folded reply (lowercase, no accents).
import type { Analysed } from '../text/normalize';
import type { Fact, FactKind } from '../types';
import { isCapitalised } from '../text/normalize';
import {
	ARTICLE_BEFORE,
	GENERIC_OBJECTS,
	INFINITIVE,
	LAW_REFERENCE,
	MODAL_BEFORE,
	NAMED,
	NOT_STREET,
	PATTERNS,
	STEP_VERB,
	STREET,
	STREET_LINKS,
} from '../lexicon/facts';

function streets(a: Analysed, out: Fact[]): void {
	a.tokens.forEach((t, i) => {
		if (!STREET.has(t.key)) return;
		let k = i + 1;
		while (STREET_LINKS.has(a.tokens[k]?.key ?? '') && k < i + 3) k++;
		const next = a.tokens[k];
		if (!next || NOT_STREET.has(next.key) || !/^[\s']*$/u.test(a.folded.slice(a.tokens[k - 1]?.fEnd ?? 0, next.fStart)))
			return;
		const numbered = [k, k + 1, k + 2].some((m) => /^\d+$/u.test(a.tokens[m]?.key ?? '') && m > i);
		if (isCapitalised(a, next) || numbered || /^\d+$/u.test(next.key)) {
			const last = numbered && /^\d+$/u.test(a.tokens[k + 1]?.key ?? '') ? k + 1 : k;
			out.push({
				kind: 'place',
				fStart: t.fStart,
				fEnd: a.tokens[last]?.fEnd ?? next.fEnd,
				text: a.folded.slice(t.fStart, a.tokens[last]?.fEnd ?? next.fEnd),
			});
		}
	});
}

function steps(a: Analysed, out: Fact[], stop: ReadonlySet<string>): void {
	a.tokens.forEach((t, i) => {
		const prev = a.tokens[i - 1]?.key ?? '';
		const verb = STEP_VERB.test(t.key) || (MODAL_BEFORE.has(prev) && INFINITIVE.test(t.key));
		// "di non usare insulti" forbids, it does not instruct; "si è provveduto a segnalarla" is what
		// the office did.
		const office = prev === 'a' && /^provved\p{L}*$/u.test(a.tokens[i - 2]?.key ?? '');
		if (!verb || ARTICLE_BEFORE.has(prev) || prev === 'non' || office) return;
		for (let k = i + 1; k <= i + 4 && k < a.tokens.length; k++) {
			const o = a.tokens[k];
			// A bracket closes the step too: a quote must never cut inside one («allegare (basta»).
			if (!o || /[.!?;\n()[\]]/u.test(a.folded.slice(a.tokens[k - 1]?.fEnd ?? 0, o.fStart))) return;
			if (o.key.length >= 4 && !stop.has(o.key) && !GENERIC_OBJECTS.has(o.key) && !STEP_VERB.test(o.key)) {
				out.push({ kind: 'step', fStart: t.fStart, fEnd: o.fEnd, text: a.folded.slice(t.fStart, o.fEnd) });
				return;
			}
		}
	});
}

function named(a: Analysed, out: Fact[]): void {
	// A quoted, capitalised title names a service or a form: «Consultazione domande», "Richiesta dieta speciale".
	for (const m of a.folded.matchAll(/"([^"\n]{3,60})"/gu)) {
		if (/^\p{Lu}/u.test(a.original.slice(a.map[m.index + 1] ?? 0))) {
			out.push({ kind: 'document', fStart: m.index, fEnd: m.index + m[0].length, text: m[0] });
		}
	}
	a.tokens.forEach((t, i) => {
		const skip = a.tokens[i + 1]?.key === 'online' ? 1 : 0;
		const next = a.tokens[i + 1 + skip];
		if (!NAMED.has(t.key) || !next || !/^\s+$/u.test(a.folded.slice(a.tokens[i + skip]?.fEnd ?? t.fEnd, next.fStart)))
			return;
		if (isCapitalised(a, next) && !GENERIC_OBJECTS.has(next.key)) {
			out.push({
				kind: t.key === 'app' || t.key === 'portale' ? 'document' : 'office',
				fStart: t.fStart,
				fEnd: next.fEnd,
				text: a.folded.slice(t.fStart, next.fEnd),
			});
		}
	});
}

/** All concrete facts in a text, in order of position. */
export function findFacts(a: Analysed, stopWords: ReadonlySet<string>): Fact[] {
	const out: Fact[] = [];
	// Marks every folded position inside a law citation: constant-time lookups on long texts.
	const law = new Uint8Array(a.folded.length + 1);
	for (const m of a.folded.matchAll(LAW_REFERENCE)) law.fill(1, m.index, m.index + m[0].length);
	const inLaw = (s: number, e: number): boolean => law[s] === 1 || law[Math.max(s, e - 1)] === 1;
	for (const [kind, re, gate] of PATTERNS) {
		if (gate && !gate.test(a.folded)) continue;
		for (const m of a.folded.matchAll(re)) {
			if (kind !== 'link' && kind !== 'email' && inLaw(m.index, m.index + m[0].length)) continue;
			out.push({ kind, fStart: m.index, fEnd: m.index + m[0].length, text: m[0] });
		}
	}
	streets(a, out);
	steps(a, out, stopWords);
	named(a, out);
	return out.sort((x, y) => x.fStart - y.fStart || y.fEnd - x.fEnd);
}

/** Facts that count only in pairs or with a strong fact: naming an office or a document alone is
 * what boilerplate does ("rivolgersi all'Ufficio tributi"). */
export const WEAK_KINDS: ReadonlySet<FactKind> = new Set<FactKind>(['office', 'document', 'step']);

/** A venue word ("municipio", "ecocentro") rather than a street address: also weak. */
export function isWeak(f: Fact): boolean {
	return WEAK_KINDS.has(f.kind) || (f.kind === 'place' && !STREET.has(f.text.split(/[\s']/u)[0] ?? ''));
}

// A link whose path says nothing ("/", "/home", "/index.html", "/it"): it opens on a home page.
const HOME_PATH =
	/^(?:https?:\/\/)?([^/?#\s]+)(?:\/(?:it\/?|en\/?)?(?:home(?:page)?|index|default)?(?:\.(?:html?|php|aspx?|jsp))?)?\/?$/u;
// Labels that name the kind of body, not a service: "www.comune.genova.it", "www.asl.bari.it".
const BODY_LABELS = new Set(['www', 'comune', 'citta', 'regione', 'provincia', 'asl', 'ausl', 'ats', 'ulss', 'usl']);
// Second-level suffixes: in "pagopa.gov.it" the body is "pagopa", not "gov"; in "www.gtt.to.it" a
// province code ("to") is the suffix and "gtt" the body.
const SECOND_LEVEL = /^(?:gov|edu|[a-z]{2})$/u;

/**
 * True for links that are only a body's home page ("www.comune.x.it", "www.aslroma1.it", "atm.it/home"):
 * whatever the body, they fit any comment. A service's own host ("anpr.interno.it",
 * "prenota.asl.example.it") names the service, so it stays a specific link.
 */
export function isHomePage(f: Fact): boolean {
	const host = f.kind === 'link' ? HOME_PATH.exec(f.text)?.[1] : undefined;
	if (!host) return false;
	const labels = host.split('.').filter((l) => l.length > 0);
	labels.pop();
	if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1] ?? '')) labels.pop();
	while (labels[0] === 'www') labels.shift();
	return labels.length <= 1 || BODY_LABELS.has(labels[0] ?? '');
}

/** The shared fact types, re-exported for the modules that read facts. */
export type { Fact, FactKind } from '../types';
