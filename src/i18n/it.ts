/**
 * Every UI string of the site, in Italian, in one typed dictionary.
 * Components read strings only through `t()`, never hard-coded.
 * Plural forms follow `Intl.PluralRules` categories (`one`, `other`).
 */
export const it = {
	'site.name': 'Palestra Social PA',
	'site.tagline': 'Corso di social customer care per la pubblica amministrazione',
	'skipLink.label': 'Vai al contenuto principale',
	'nav.main': 'Menu principale',
	'nav.course': 'Il corso',
	'nav.practice': 'Palestra libera',
	'nav.shift': 'Turno al Comune',
	'nav.progress': 'I miei progressi',
	'nav.glossary': 'Glossario',
	'nav.cases': 'Casi di studio',
	'nav.instructor': 'Modalità docente',
	'search.label': 'Cerca nel corso',
	'search.placeholder': 'Es. commenti offensivi',
	'search.submit': 'Cerca',
	'breadcrumbs.label': 'Percorso',
	'breadcrumbs.home': 'Home',
	'lesson.objectives': 'Obiettivi della lezione',
	'lesson.readingTime': { one: '%{count} minuto di lettura', other: '%{count} minuti di lettura' },
	'lesson.studyTime': { one: 'Tempo stimato: %{count} minuto', other: 'Tempo stimato: %{count} minuti' },
	'lesson.toc': 'In questa pagina',
	'lesson.sources': 'Fonti',
	'lesson.cases': 'Casi di studio collegati',
	'lesson.module': 'Modulo %{order}',
	'lesson.of': 'Lezione %{order} di %{total}',
	'pagination.label': 'Lezione precedente e successiva',
	'pagination.previous': 'Precedente',
	'pagination.next': 'Successiva',
	'module.lessons': 'Lezioni del modulo',
	'module.count': { one: '%{count} lezione', other: '%{count} lezioni' },
	'module.instructorGuide': 'Guida per chi insegna questo modulo',
	'minutes.count': { one: '%{count} minuto', other: '%{count} minuti' },
	'hours.total': 'Durata complessiva: %{hours}',
	'home.modules': 'I moduli del corso',
	'home.start': 'Inizia dalla prima lezione',
	'home.audience': 'A chi è rivolto',
	'home.what': 'Cosa impari',
	'home.practice': 'Allenati subito',
	'footer.accessibility': 'Dichiarazione di accessibilità',
	'footer.privacy': 'Privacy e dati nel browser',
	'footer.note': 'I tuoi dati restano nel tuo browser: il sito non usa cookie, analisi del traffico o servizi esterni.',
	'aside.nota': 'Nota',
	'aside.consiglio': 'Consiglio',
	'aside.attenzione': 'Attenzione',
	'cases.title': 'Casi di studio',
	'cases.intro': 'Storie reali di amministrazioni sui social, con le fonti.',
	'cases.organisation': 'Ente',
	'cases.year': 'Anno',
	'glossary.title': 'Burocratese → italiano chiaro',
	'glossary.intro': 'Espressioni burocratiche frequenti e le alternative semplici da usare nelle risposte ai cittadini.',
	'glossary.plain': 'Scrivi invece',
	'glossary.before': 'Prima',
	'glossary.after': 'Dopo',
	'notFound.title': 'Pagina non trovata',
	'notFound.text': 'La pagina che cerchi non esiste o è stata spostata.',
	'notFound.home': 'Torna alla pagina iniziale del corso',
	'instructor.title': 'Modalità docente',
	'instructor.intro': 'Guide per condurre ogni modulo in aula, in sessioni di 2-3 ore, con tempi, domande per la discussione e attività di gruppo.',
	'instructor.duration': 'Durata della sessione: %{duration}',
} as const;

type Dictionary = typeof it;
/** A key of the UI dictionary. */
export type UiKey = keyof Dictionary;
type PluralForms = { one: string; other: string };
type Vars = Record<string, string | number>;

const pluralRules = new Intl.PluralRules('it-IT');

function interpolate(text: string, vars: Vars): string {
	return text.replace(/%\{(\w+)\}/gu, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Returns the Italian UI string for `key`, choosing the plural form from `vars.count` when the entry has forms. */
export function t(key: UiKey, vars: Vars = {}): string {
	const entry: string | PluralForms = it[key];
	if (typeof entry === 'string') return interpolate(entry, vars);
	const count = typeof vars['count'] === 'number' ? vars['count'] : 0;
	const form = pluralRules.select(count) === 'one' ? entry.one : entry.other;
	return interpolate(form, vars);
}

/** Formats a duration in minutes as Italian hours and minutes ("2 ore e 30 minuti"). */
export function formatDuration(totalMinutes: number): string {
	const hours = Math.floor(totalMinutes / 60);
	const minutes = totalMinutes % 60;
	const h = hours === 1 ? '1 ora' : `${hours} ore`;
	const m = minutes === 1 ? '1 minuto' : `${minutes} minuti`;
	if (hours === 0) return m;
	return minutes === 0 ? h : `${h} e ${m}`;
}
