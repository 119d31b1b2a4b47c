/** An entry with plural forms, chosen with Intl.PluralRules. */
export type PluralForms = { readonly one: string; readonly other: string };
/** A dictionary of UI strings with flat dotted keys. */
export type Dictionary = Readonly<Record<string, string | PluralForms>>;
/** Values for `%{name}` placeholders; `count` also picks the plural form. */
export type Vars = Record<string, string | number>;

const pluralRules = new Intl.PluralRules('it-IT');

function interpolate(text: string, vars: Vars): string {
	return text.replace(/%\{(\w+)\}/gu, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/**
 * A `t(key, vars)` bound to one dictionary. Islands bind only the strings they use, so a page
 * ships the words it shows and not the whole site's dictionary.
 */
export function createTranslator<D extends Dictionary>(dictionary: D): (key: keyof D & string, vars?: Vars) => string {
	return (key, vars = {}) => {
		const entry = dictionary[key] as string | PluralForms;
		if (typeof entry === 'string') return interpolate(entry, vars);
		const count = typeof vars['count'] === 'number' ? vars['count'] : 0;
		return interpolate(pluralRules.select(count) === 'one' ? entry.one : entry.other, vars);
	};
}
