/** Italian UI strings: the learner's side of instructor exercises (the shared exercise page, /progressi/, the export option). */
export const sharedStrings = {
	'shared.title': 'Esercizio del docente',
	'shared.description': 'Un esercizio di risposta preparato dal tuo docente e condiviso con un link.',
	'shared.intro':
		'Rispondi al commento come faresti sulla pagina del tuo ente: la valutazione avviene nel tuo browser.',
	'shared.notice':
		'Questo esercizio è stato scritto dal tuo docente, non dagli autori del corso. Il tentativo resta nel tuo browser, compare in «I miei progressi» tra gli esercizi del docente e non conta per il completamento del corso.',
	'shared.loading': 'Apertura dell’esercizio…',
	'shared.noscript':
		'L’esercizio funziona con JavaScript attivo: il calcolo avviene nel tuo browser, senza inviare nulla.',
	'shared.error.title': 'Non possiamo aprire questo esercizio',
	'shared.error.empty': 'Il link non contiene nessun esercizio. Chiedi al docente il link completo.',
	'shared.error.tooLarge':
		'Il link è troppo lungo: un esercizio del laboratorio non supera %{max} caratteri. Chiedi al docente un nuovo link.',
	'shared.error.notLink':
		'Il link è incompleto o è stato modificato. Copialo di nuovo per intero, oppure chiedi al docente un nuovo link.',
	'shared.error.newer':
		'Il link è stato creato con una versione più recente del corso: chiedi al docente un link aggiornato.',
	'shared.error.corrupt': 'Il link è danneggiato e non si può leggere. Chiedi al docente un nuovo link.',
	'shared.error.invalid':
		'Il link contiene un esercizio non valido: mancano dei campi o sono troppo lunghi. Chiedi al docente un nuovo link.',
	'shared.error.safe': 'Per sicurezza non abbiamo usato nulla del suo contenuto.',
	'progress.instructor.title': 'Esercizi del docente',
	'progress.instructor.intro':
		'Gli esercizi che il tuo docente ha condiviso con un link. Non contano per il completamento del corso.',
	'progress.instructor.none': 'Non hai ancora svolto esercizi del docente.',
	'progress.instructor.attempts': { one: '%{count} tentativo', other: '%{count} tentativi' },
	'progress.instructor.best': 'miglior punteggio %{score}%',
	'progress.instructor.notGraded': 'non ancora valutato',
	'progress.instructor.open': 'Apri di nuovo «%{title}»',
	'export.shareReplies': 'includi le mie risposte per la discussione in aula',
	'export.shareRepliesHint':
		'Il file conterrà il testo delle risposte che hai fatto valutare. Le leggerà il docente a cui mandi il file; in aula le mostrerà alla classe senza il tuo nome, a meno che non scelga di mostrare i nomi. Non finiscono nel CSV per l’ufficio del personale.',
} as const;
