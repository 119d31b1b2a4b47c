// Rude words for a person, one list for the put-downs that read them (lexicon/putDowns.ts): a word here fails a
// reply only in a frame aimed at the reader ("sei un…", "il … qui sei tu", "scrivi come un…", "tono da…", a
// vocative), never alone. Stems take any ending; a stem that begins innocent words ("infamante", "sciocchezze",
// "volgarità", "trolley") has its endings spelt out. Families up to DL named many of them one by one; session 36
// listed the rest of the common ones at once, so that the next rude word is already here. Session 38 added those
// families DY to EF used ("ubriacone", "violento da bar", "parassita") and "testa dura".

export const RUDE_STEMS = [
	// Manners.
	'maleducat',
	'cafon',
	'villan',
	'incivil',
	'buzzurr',
	'zotic',
	'screanzat',
	'sguaiat',
	'bifolc',
	'ubriacon',
	'avvinazzat',
	'burin',
	'tamarr',
	'troglodit',
	'cavernicol',
	'attaccabrigh',
	'rompiscatol',
	'rompipall',
	'piagnon',
	'lamenton',
	'frignon',
	'rosicon',
	'pettegol',
	'malalingu',
	'ficcanas',
	'impiccion',
	'delator',
	'sbruffon',
	'spaccon',
	'gradass',
	'saputell',
	'megaloman',
	// Wits.
	'ignorant',
	'analfabet',
	'idiot',
	'imbecill',
	'cretin',
	'scem',
	'stupid',
	'deficient',
	'beot',
	'citrull',
	'mentecatt',
	'babbe',
	'grull',
	'bischer',
	'capron',
	'zuccon',
	'teston',
	'capoccion',
	'somar',
	'rimbambit',
	'rincoglionit',
	'rintronat',
	'subnormal',
	'webet',
	// Balance.
	'isteric',
	'maniac',
	'squilibrat',
	'esagitat',
	'invasat',
	'svitat',
	'picchiatell',
	'psicopatic',
	'complottist',
	'terrapiattist',
	// Worth and work.
	'poveracc',
	'poverett',
	'sfigat',
	'frustrat',
	'pezzent',
	'accatton',
	'scroccon',
	'parassit',
	'cialtron',
	'buffon',
	'pagliacc',
	'fannullon',
	'scansafatic',
	'perdigiorn',
	'imbranat',
	'vigliacc',
	'codard',
	'leccapied',
	'lecchin',
	'farabutt',
	'mascalzon',
	'furfant',
	'ciarlatan',
	'imbroglion',
	'teppist',
	'odiator',
	'sciacall',
	'violent',
] as const;

/** Words whose stem begins innocent words: their endings spelt out. */
const WHOLE = String.raw`infam[ei]|scioc(?:co|ca|chi|che)|tont[oaie]|fess[oaie]|stolt[oaie]|volgar[ei]|troll|hater|leon[ei] da tastiera|test[ae] dur[ae]|incompetent[ei]`;

/** A rude word for a person, as a regex source on folded text (no flags, no groups that capture). */
export const RUDE_PERSON = String.raw`(?:(?:${RUDE_STEMS.join('|')})\p{L}*|(?:${WHOLE})\b)`;

/**
 * Words that name insults as words: a rude word after them in the sentence is cited, not said ("rimuoviamo gli insulti
 * personali, ad esempio ladro, bugiardo, ignorante"). Read by the put-downs (lexicon/putDowns.ts) and the insult
 * reader (comment/offensive.ts).
 */
export const NAMING_INSULTS = [
	'esempio',
	'insulti',
	'insulto',
	'parole',
	'termini',
	'espressioni',
	'offese',
	'epiteti',
] as const;

/**
 * Animals and fools the citizen is called or likened to ("guidi come un pollo", "sei una talpa"). One list for every frame that
 * labels the citizen (session 42): "sei …" (lexicon/putDowns.ts), "guidi come un …" (lexicon/mockery.ts); before, three
 * frames spelt three lists of different reach. "Ubriaco" only likens ("guidi come un ubriaco"): "se hai bevuto sei un
 * ubriaco al volante" is a road-safety campaign (r42b).
 */
/**
 * Not a supposition or a denial: no "se", "non", "ne", "quando", "perché" or "chi" earlier in the clause (within 30
 * characters, no punctuation between). One guard for every frame that labels the citizen with "sei / siete …":
 * "scoprono se sei una capra" (a game), "non sei un analfabeta", "se sei incapace di camminare".
 */
export const NOT_SUPPOSED = String.raw`(?<!\b(?:se|non|ne|quando|perche|chi)\b[^.,;:!?\n]{0,30})`;

export const FOOL = String.raw`(?:incapac[ei]|incompetent[ei]|ignorant[ei]|isteric[oa]|isterich[ei]|isterici|matt[oiae]|forsennat[oaie]|invasat[oaie]|poll[oi]|gallin[ae]|somar[oiae]|asin[oiae]|capr[ae]|pecor[ae]|talp[ae]|maial[ei]|porc[oi]|scimmi[ae]|besti[ae]|allocc(?:o|hi)|babbe[oi]|tont[oiae]|scem[oiae]|stupid[oiae]|cretin[oiae]|ciuc(?:o|a|hi|he)|ciucci[oa]|mul[oi]|bufal[oiae]|pazz[oiae]|analfabet[aie]|cavernicol[oi]|troglodit[ai])`;
