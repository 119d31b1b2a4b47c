// Personal data in public: a reply that asks for it in the thread, a reply that shows it (often
// by repeating what the citizen posted), and a comment that exposes it. The advice is always the
// same: move to a private message, and consider hiding the comment.
import type { Advice, Range } from './types';
import type { Analysed } from './normalize';
import { sentenceAt, sentences } from './normalize';
import { ADVICE_TEXT } from './feedback';

// Data patterns on folded text: Italian tax code, IBAN, mobile phone, email.
const DATA: [string, RegExp][] = [
	['codice fiscale', /\b[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z]\b/gu],
	['IBAN', /\bit\s?\d{2}\s?[a-z](?:\s?[0-9a-z]){10,26}/gu],
	['numero di cellulare', /(?:\+39[\s.]?)?\b3\d{2}(?:[\s./-]?\d){6,7}\b/gu],
	['email', /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gu],
];
// Health data, sensitive by law (GDPR art. 9), when it refers to a person.
const HEALTH =
	/\b(?:diagnosi|malattia|patologia|celiachia|celiaco|celiaca|allergia|allergico|allergica|disabilita|disabile|invalidita|gravidanza|terapia|tumore|diabete|depressione|shock anafilattico|ricovero|ricoverato|ricoverata|certificato medico)\b/u;
const PERSON = /\b(?:tu[oae]|tuoi|su[oae]|suoi|vostr[oaie]|mio|mia|miei|mie|sei|hai|soffre|soffri)\b/u;
// Asking for data: a request verb and a kind of personal data in the same sentence...
const ASK =
	/\b(?:scrivi|scrivici|scriveteci|scriva|indica|indicaci|indichi|comunica|comunicaci|comunichi|lascia|lasciaci|lasci|inserisci|dicci|ci dica|fornisci|forniscici|fornisca|mandaci|ci mandi|inviaci|ci invii|riporta|riporti|specifica|specifichi|metti|mettete|aggiungi)\b/u;
const ASKED_DATA =
	/\b(?:codice fiscale|numero di telefono|cellulare|telefono|indirizzo|iban|conto corrente|data di nascita|documento|carta d'identita|targa|isee|dati personali|dati anagrafici|numero di pratica|numero della pratica)\b/u;
// ...unless the same sentence moves the conversation to a private channel.
const PRIVATE =
	/\b(?:privat[oa]|in direct|dm|in chat|messenger|per email|via email|via mail|per mail|telefonicamente|allo sportello|di persona|@)/u;
// Signs that the reply already handles a comment with personal data.
const HANDLED = /\b(?:privat[oa]|nascost[oa]|oscurat[oa]|rimoss[oa]|cancellat[oa]|in direct|dm|messenger)\b/u;

function matches(a: Analysed): { what: string; text: string; range: Range }[] {
	const out: { what: string; text: string; range: Range }[] = [];
	for (const [what, re] of DATA) {
		for (const m of a.folded.matchAll(re)) {
			const range = { start: a.map[m.index] ?? 0, end: a.map[m.index + m[0].length] ?? a.original.length };
			out.push({ what, text: m[0].replace(/\s+/gu, ''), range });
		}
	}
	return out;
}

/** Privacy advice for a reply, knowing the comment it answers. */
export function privacyAdvice(reply: Analysed, comment: Analysed): Advice[] {
	const out: Advice[] = [];
	const spans = sentences(reply);
	const inComment = matches(comment);
	const commentKeys = new Set(inComment.map((m) => m.text));

	// Data in the reply that the citizen posted, or a tax code / IBAN, which no office publishes.
	const shown = matches(reply).filter(
		(m) => commentKeys.has(m.text) || m.what === 'codice fiscale' || m.what === 'IBAN',
	);
	for (const s of spans) {
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const health = HEALTH.exec(text);
		// A health word said of the person, or repeated from the citizen's own comment.
		if (health && (PERSON.test(text) || comment.folded.includes(health[0])) && !PRIVATE.test(text)) {
			shown.push({
				what: 'dati sulla salute',
				text,
				range: { start: reply.map[s.fStart] ?? 0, end: reply.map[s.fEnd] ?? reply.original.length },
			});
		}
	}
	if (shown.length) {
		out.push({
			kind: 'privacy',
			message: ADVICE_TEXT.exposed([...new Set(shown.map((m) => m.what))].join(', ')),
			evidence: shown.map((m) => m.range),
		});
	}

	for (const m of reply.folded.matchAll(new RegExp(ASK.source, 'gu'))) {
		const i = sentenceAt(spans, m.index);
		const s = spans[i];
		if (!s) continue;
		const text = reply.folded.slice(s.fStart, s.fEnd);
		const asked = ASKED_DATA.exec(text);
		if (asked && !PRIVATE.test(text)) {
			const range = { start: reply.map[s.fStart] ?? 0, end: reply.map[s.fEnd] ?? reply.original.length };
			out.push({ kind: 'privacy', message: ADVICE_TEXT.askPrivate(asked[0]), evidence: [range] });
			break;
		}
	}

	const commentHealth = HEALTH.test(comment.folded) && PERSON.test(comment.folded);
	const exposedKinds = [...new Set(inComment.filter((m) => m.what !== 'email').map((m) => m.what))];
	if (commentHealth) exposedKinds.push('dati sulla salute');
	if (exposedKinds.length && !HANDLED.test(reply.folded)) {
		out.push({ kind: 'privacy', message: ADVICE_TEXT.commentExposes(exposedKinds.join(', ')), evidence: [] });
	}
	return out;
}
