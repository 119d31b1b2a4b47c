/** Italian UI strings: the Syllabus and DigComp competences on module pages and the certificate. */
export const competenceStrings = {
	'competences.title': 'Competenze',
	'competences.module':
		'Le competenze digitali che questo modulo sviluppa, nei due quadri di riferimento per i dipendenti pubblici e per i cittadini europei.',
	'competences.certificate': 'Competenze sviluppate',
	'competences.syllabus': 'Syllabus «Competenze digitali per la PA» (Dipartimento della funzione pubblica)',
	'competences.digcomp': 'DigComp 2.2, quadro europeo delle competenze digitali (Commissione europea)',
	'competences.area': 'Area %{id}',
	'competences.note':
		"Per il Syllabus il corso indica l'area; per DigComp il numero e il titolo della competenza nella traduzione italiana di AgID.",
} as const;
