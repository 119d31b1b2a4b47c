// lunr with lunr-languages' Italian trimmer, stop words and Snowball stemmer, installed once. The
// build (index) and the browser (query, highlighting) import this same module, so both sides stem
// alike. Installing twice would make lunr warn that "trimmer-it" is overwritten (and, in vitest,
// lunr is one CommonJS instance shared by test files), hence the marker on the lunr object.
import lunr from 'lunr';
import installSupport from 'lunr-languages/lunr.stemmer.support.js';
import installItalian from 'lunr-languages/lunr.it.js';
import { foldForSearch } from './fold';

/** What lunr-languages adds to lunr for Italian. */
interface ItalianPlugin {
	(this: lunr.Builder): void;
	trimmer: lunr.PipelineFunction;
	stemmer: lunr.PipelineFunction;
	stopWordFilter: lunr.PipelineFunction;
}

/** The Italian toolkit the search needs. */
export interface Italian {
	/** lunr-languages' Italian plugin (registered as "trimmer-it", "stopWordFilter-it", "stemmer-it"). */
	plugin: ItalianPlugin;
	/** Italian stop words, accent-folded like every indexed word ("perche", "piu"). */
	stopWords: ReadonlySet<string>;
	/** Snowball stem of a folded word ("ringraziamenti" and "ringraziare" give "ringraz"). */
	stem: (word: string) => string;
}

const MARKER = Symbol.for('palestra-social-pa.search.italian');
type Host = typeof lunr & { it?: ItalianPlugin; [MARKER]?: Italian };

function install(): Italian {
	const host = lunr as Host;
	const installed = host[MARKER];
	if (installed) return installed;
	if (host.it) throw new Error('lunr.it è già stato installato altrove: installalo solo da src/search/italian.ts');
	// lunr.it hands its stop-word list to generateStopWordFilter and keeps only the closure: we catch
	// the list on the way to fold it, instead of shipping a second copy.
	const generate = lunr.generateStopWordFilter;
	const words: string[] = [];
	lunr.generateStopWordFilter = (list) => {
		words.push(...list);
		return generate(list);
	};
	try {
		installSupport(lunr);
		installItalian(lunr);
	} finally {
		lunr.generateStopWordFilter = generate;
	}
	// Read afresh: the check above narrowed `host.it` to undefined before the install.
	const plugin = (lunr as Host).it;
	if (!plugin) throw new Error('lunr-languages non ha installato il plugin italiano');
	const italian: Italian = {
		plugin,
		stopWords: new Set(words.map(foldForSearch)),
		stem: (word) => {
			const out = plugin.stemmer(new lunr.Token(word, {}), 0, []);
			return out instanceof lunr.Token ? out.toString() : word;
		},
	};
	host[MARKER] = italian;
	return italian;
}

/** lunr itself, with the Italian plugin installed. */
export { lunr };

/** The Italian plugin, its folded stop words and a plain-string stemmer. */
export const italian: Italian = install();
