// Clear, specific next steps that count as detailed even without a time, a link or a contact
// (rubric: "a concrete fact ... or a clear, specific next step"): asking the citizen for one
// precise piece of data together with what the office then does with it ("mandaci in privato il
// numero del verbale e ti indichiamo i documenti"), or naming the procedure that solves the problem
// ("puoi chiedere l'annullamento in autotutela"). A vague promise ("verificheremo", "a breve")
// asks for nothing and names nothing, so it stays out. Patterns run on the folded reply.
import type { Analysed } from '../text/normalize';
import type { Fact } from './facts';
import { containsWord } from './factFilters';

// Verbs asking the citizen to send something: tu, Lei and voi, with or without "ci".
const SEND =
	/\b(?:scrivici|scriveteci|ci scriva|mandaci|mandateci|ci mandi|inviaci|inviateci|ci invii|indicaci|indicateci|ci indichi|comunicaci|comunicateci|ci comunichi|segnalaci|segnalateci|ci segnali|lasciaci|ci lasci|passaci|dacci|ci dia|fornisci(?:ci)?|ci fornisca|(?:puoi|potresti|puo|potrebbe|potete|potreste) (?:fornirci|indicarci|comunicarci|mandarci|inviarci|dirci)|abbiamo bisogno (?:di|del|della|dei|delle|dell')|(?:ci )?(?:serve|servono|occorre|occorrono)|(?:e|sono) necessari[oa]?)\b/gu;
// One precise piece of data that identifies the citizen's case; "i tuoi dati" or "più dettagli" do not.
const DATA =
	/\b(?:(?:il |l')?numero (?:del(?:la)? |di |dell')?(?:verbale|pratica|protocollo|domanda|fattura|bolletta|contratto|avviso|ticket|tessera|contatore|utenza|cartella|ricevuta|prenotazione|segnalazione)|(?:la )?targa|(?:il )?codice (?:utente|cliente|fiscale|pagatore|pratica|utenza|avviso|iuv|prenotazione)|(?:l')?iban|(?:il )?pod|(?:il )?pdr|(?:l')?indirizzo (?:esatto|preciso|della segnalazione|del(?:la)? \p{L}+)|(?:il )?civico|(?:la )?matricola|(?:la )?data (?:del(?:la)?|di) (?:verbale|domanda|pagamento|prenotazione|richiesta)|(?:la )?(?:stazione|fermata)|(?:la )?direzione (?:del (?:treno|bus|tram|convoglio|mezzo)|di marcia)|(?:il )?numero (?:della |del )?(?:vettura|corsa|treno|bus|autobus|tram|linea))\b/u;
// What the office then does, said as a present commitment or a purpose: "e verifichiamo", "così
// controlliamo", "per annullarla". A future "verificheremo" is the vague promise and does not count.
const ACTION =
	/\b(?:(?:e|cosi|cosi che|in modo che|poi|quindi)\s(?:(?:ti|vi|le|la|lo|ne|ce|glie)\s)?(?:(?:ne|lo|la|li|le)\s)?(?:subito\s)?(?:verifichiamo|controlliamo|ricontrolliamo|diciamo|indichiamo|rispondiamo|annulliamo|sblocchiamo|correggiamo|aggiorniamo|rimborsiamo|sistemiamo|mandiamo|inviamo|spieghiamo|ricerchiamo|cerchiamo|recuperiamo|riattiviamo|procediamo|apriamo|segnaliamo|passiamo|facciamo|fissiamo|prenotiamo|chiamiamo|richiamiamo|contattiamo|rintracciamo|diamo)|per\s(?:(?:poter|potere)\s)?(?:eseguire|fare|effettuare)\s(?:una\s|le\s|gli\s|i\s)?(?:verific|controll|accertament)\p{L}*|per\s(?:(?:poter|potere)\s)?(?:verificar|controllar|annullar|rimborsar|correggere|correggerl|sbloccar|aggiornar|recuperar|rintracciar|riattivar|ricercar|sistemar|intervenir|inoltrar)\p{L}*|per\s(?:la|il|l')\s?(?:segnalazione|verifica|controllo|intervento|sopralluogo|rimborso|annullamento)\s(?:a|al|alla|all'|ai|agli|del|della|dei)\s?\p{L}{3,})\b/u;
// Named procedures that solve a problem on their own: the citizen knows what to ask for.
const PROCEDURE =
	/\b(?:(?:annullamento |annullarla |annullarlo |annullare )?in autotutela|ricorso al (?:giudice di pace|prefetto)|istanza di (?:rimborso|rateizzazione|sgravio|riesame|annullamento)|ravvedimento operoso|accesso (?:agli atti|civico)|rateizzazione|sgravio)\b/gu;
// A workaround while the problem lasts: "nel frattempo paga con la contactless", "in alternativa
// puoi usare la biglietteria automatica". A means to do the thing itself, not a referral.
const WORKAROUND =
	/\b(?:nel frattempo|intanto|in alternativa|nell'attesa)\s?,?\s(?:(?:puoi|potete|puo|si puo) )?(?:paga|pagate|pagare|usa|usate|usare|utilizza|utilizzate|utilizzare|acquista|acquistate|acquistare|compra|comprate|comprare|prendi|prendete|prendere|scarica|scaricate|scaricare|valida|validate|validare|timbra|timbrate|timbrare)\b[^.!?\n]{0,40}?\b(?:con|tramite|presso|alla|al|allo|all'|alle|ai|dalla|dal|dall'|sulla|sul|sull'|nella|nel|nell'|via|la|il|l'|le|i|gli)\s?\p{L}{3,}/gu;
// The data and the action must sit close to the request: within one sentence of this many characters.
const MAX_STEP = 220;

/**
 * Specific next steps in the reply, as facts of kind 'next' (procedures the citizen already named
 * excluded). When the citizen asks how to do something (`asksHow`), the answer is the procedure:
 * asking for their data instead does not tell them how, so only named procedures count then.
 */
export function nextSteps(reply: Analysed, comment: Analysed, asksHow: boolean): Fact[] {
	const out: Fact[] = [];
	const text = reply.folded;
	for (const m of asksHow ? [] : text.matchAll(SEND)) {
		const rest = text.slice(m.index, m.index + MAX_STEP);
		// "via e n. civico": the full stop of an abbreviation does not end the clause.
		const stop = rest.search(/(?<!\b(?:n|nr|num|tel|sig|ecc))[.!?\n](?:\s|$)/u);
		const clause = stop >= 0 ? rest.slice(0, stop) : rest;
		const data = DATA.exec(clause);
		// The purpose may come first: "Per eseguire una verifica, abbiamo bisogno della stazione".
		// Back to the clause's start, at most MAX_STEP characters (searched with a pattern anchored at the end,
		// the whole text before was re-read from every position: quadratic in a reply of endless sentences).
		const from = Math.max(0, m.index - MAX_STEP);
		const head = text.slice(from, m.index);
		const cut = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('\n'));
		const start = cut >= 0 ? from + cut + 1 : from;
		if (!data || !(ACTION.test(clause.slice(data.index)) || ACTION.test(text.slice(start, m.index)))) continue;
		const end = m.index + data.index + data[0].length;
		out.push({
			kind: 'next',
			fStart: m.index,
			fEnd: end,
			text: text.slice(m.index, end),
		});
	}
	for (const m of text.matchAll(WORKAROUND))
		out.push({ kind: 'next', fStart: m.index, fEnd: m.index + m[0].length, text: m[0] });
	for (const m of text.matchAll(PROCEDURE)) {
		if (containsWord(comment.folded, m[0])) continue;
		out.push({
			kind: 'next',
			fStart: m.index,
			fEnd: m.index + m[0].length,
			text: m[0],
		});
	}
	return out;
}
