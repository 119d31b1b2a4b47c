/** Italian UI strings: Course search: results, the header combobox and the /cerca/ page. */
export const searchStrings = {
	'search.results': 'Risultati della ricerca',
	'search.kind.lesson': 'Lezione',
	'search.kind.case': 'Caso di studio',
	'search.kind.glossary': 'Glossario',
	'search.kind.exercise': 'Esercizio',
	'search.announce': {
		one: '%{count} risultato. Usa le frecce su e giù per sceglierlo e Invio per aprirlo.',
		other: '%{count} risultati. Usa le frecce su e giù per sceglierne uno e Invio per aprirlo.',
	},
	'search.none': 'Nessun risultato per «%{query}». Premi Invio per i suggerimenti.',
	'search.loading': 'Preparazione della ricerca…',
	'search.unavailable': "La ricerca non è disponibile in questo momento. Premi Invio per aprire l'indice del corso.",
	'search.all': { one: 'Vedi il risultato nella pagina di ricerca', other: 'Vedi tutti i %{count} risultati' },
	'search.page.title': 'Cerca nel corso',
	'search.page.label': 'Che cosa cerchi?',
	'search.page.hint': 'Scrivi una o più parole: per esempio «commenti offensivi» o «dati personali».',
	'search.page.count': { one: '%{count} risultato per «%{query}»', other: '%{count} risultati per «%{query}»' },
	'search.page.docTitle': 'Risultati per «%{query}»',
	'search.page.none': 'Nessun risultato per «%{query}».',
	'search.page.tips': 'Qualche suggerimento',
	'search.page.tipSpelling': 'Controlla come hai scritto le parole.',
	'search.page.tipFewer':
		'Usa meno parole, o parole più generiche: «insulti» invece di «insulti al sindaco su Facebook».',
	'search.page.tipGlossary': 'Cerca le espressioni burocratiche nel glossario «Burocratese → italiano chiaro».',
	'search.page.tipIndex': "Sfoglia l'indice del corso, qui sotto.",
	'search.page.unavailable':
		"La ricerca non è disponibile in questo momento. Trovi ogni lezione nell'indice del corso qui sotto.",
	'search.page.noscript':
		"Per cercare nel corso serve JavaScript, che nel tuo browser non è attivo. Trovi comunque ogni lezione nell'indice del corso qui sotto.",
	'search.page.index': 'Indice del corso',
} as const;
