// The header search box as a WAI-ARIA APG combobox ("list autocomplete with manual selection"):
// typing lists results in a listbox popup, ArrowDown/ArrowUp move the active option (shown with
// aria-activedescendant while focus stays in the field), Enter opens it, Escape closes the list and
// then clears the field. Enter with no active option submits the form to /cerca/, like without
// JavaScript. Loaded by SearchBox.astro on first focus, together with the index.
import { search, type SearchEngine } from '../query';
import { loadSearch } from './loadSearch';
import { appendSegments, element } from './render';
import { homeHref, siteUrl } from './siteUrl';
import { readStrings, type SearchTranslator } from './strings';

/** Results listed under the box; the rest are one Enter away on /cerca/. */
const MAX_OPTIONS = 6;
/** Snippet length in the list: about two short lines. */
const SNIPPET_CHARS = 110;
/** Pause before announcing the count, so a screen reader is not interrupted at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;

/** The server-rendered elements the combobox drives. */
interface Parts {
	input: HTMLInputElement;
	listbox: HTMLElement;
	popup: HTMLElement;
	note: HTMLElement;
	live: HTMLElement;
}

class SearchCombobox {
	readonly #input: HTMLInputElement;
	readonly #listbox: HTMLElement;
	readonly #popup: HTMLElement;
	readonly #note: HTMLElement;
	readonly #live: HTMLElement;
	readonly #t: SearchTranslator;
	#engine: SearchEngine | undefined;
	#failed = false;
	#urls: string[] = [];
	#active = -1;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(host: HTMLElement, parts: Parts, t: SearchTranslator) {
		({ input: this.#input, listbox: this.#listbox, popup: this.#popup, note: this.#note, live: this.#live } = parts);
		this.#t = t;
		this.#input.addEventListener('input', () => this.#update());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		host.addEventListener('focusout', (event) => {
			if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) this.#close();
		});
		// Keep focus in the field while an option is clicked, as the pattern requires.
		this.#listbox.addEventListener('mousedown', (event) => event.preventDefault());
		this.#listbox.addEventListener('click', (event) => {
			const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
			const url = this.#urls[this.#options().indexOf(option as HTMLElement)];
			if (url) window.location.assign(url);
		});
		loadSearch().then(
			(engine) => {
				this.#engine = engine;
				this.#update();
			},
			() => {
				this.#failed = true;
				this.#update();
			},
		);
	}

	#options(): HTMLElement[] {
		return [...this.#listbox.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	#update(): void {
		const query = this.#input.value.trim();
		this.#setActive(-1);
		this.#listbox.replaceChildren();
		this.#urls = [];
		if (!query) return this.#close();
		if (!this.#engine) {
			return this.#showNote(this.#t(this.#failed ? 'search.unavailable' : 'search.loading'), this.#failed);
		}
		const results = search(this.#engine, query, MAX_OPTIONS, SNIPPET_CHARS);
		if (results.total === 0) return this.#showNote(this.#t('search.none', { query }), true);
		const home = homeHref(document);
		for (const hit of results.hits) {
			const option = this.#addOption(siteUrl(hit.doc.url, home));
			appendSegments(option.appendChild(element(document, 'span', 'title')), hit.title);
			const context = option.appendChild(element(document, 'span', 'context'));
			context.textContent = `${this.#t(`search.kind.${hit.doc.kind}`)} · ${hit.doc.context}`;
			appendSegments(option.appendChild(element(document, 'span', 'snippet')), hit.snippet);
		}
		if (results.total > results.hits.length) {
			const all = this.#addOption(siteUrl(`/cerca/?q=${encodeURIComponent(query)}`, home));
			all.classList.add('all');
			all.textContent = this.#t('search.all', { count: results.total });
		}
		this.#note.hidden = true;
		this.#open();
		this.#announce(this.#t('search.announce', { count: results.total }));
	}

	#addOption(url: string): HTMLElement {
		const option = element(document, 'li', 'option');
		option.id = `${this.#listbox.id}-${this.#urls.length}`;
		option.setAttribute('role', 'option');
		option.setAttribute('aria-selected', 'false');
		this.#urls.push(url);
		return this.#listbox.appendChild(option);
	}

	#showNote(text: string, announce: boolean): void {
		this.#note.textContent = text;
		this.#note.hidden = false;
		this.#popup.hidden = false;
		this.#listbox.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		if (announce) this.#announce(text);
	}

	#open(): void {
		this.#popup.hidden = false;
		this.#listbox.hidden = false;
		this.#input.setAttribute('aria-expanded', 'true');
	}

	#close(): void {
		this.#setActive(-1);
		this.#popup.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		clearTimeout(this.#timer);
	}

	#isOpen(): boolean {
		return !this.#popup.hidden && !this.#listbox.hidden;
	}

	#setActive(index: number): void {
		this.#active = index;
		this.#options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		const option = this.#options()[index];
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#move(step: 1 | -1): void {
		const count = this.#options().length;
		if (count === 0) return;
		if (!this.#isOpen()) this.#open();
		// From "no option" ArrowDown goes to the first and ArrowUp to the last; both wrap around.
		const from = this.#active === -1 ? (step === 1 ? -1 : count) : this.#active;
		this.#setActive((from + step + count) % count);
	}

	#onKey(event: KeyboardEvent): void {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			this.#move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter' && this.#isOpen() && this.#urls[this.#active]) {
			event.preventDefault();
			window.location.assign(this.#urls[this.#active] ?? '');
		} else if (event.key === 'Escape') {
			event.preventDefault();
			if (!this.#popup.hidden) this.#close();
			else if (this.#input.value) {
				this.#input.value = '';
				this.#update();
			}
		}
	}

	#announce(text: string): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#live.textContent = text;
		}, ANNOUNCE_DELAY_MS);
	}
}

/** Turns the server-rendered search form inside `host` into a combobox (once; later calls do nothing). */
export function enhance(host: HTMLElement): void {
	if (host.hasAttribute('data-enhanced')) return;
	const input = host.querySelector<HTMLInputElement>('input[role="combobox"]');
	const listbox = host.querySelector<HTMLElement>('[role="listbox"]');
	const popup = host.querySelector<HTMLElement>('[data-popup]');
	const note = host.querySelector<HTMLElement>('[data-note]');
	const live = host.querySelector<HTMLElement>('[data-live]');
	const t = readStrings(host);
	if (!input || !listbox || !popup || !note || !live || !t) return;
	host.setAttribute('data-enhanced', '');
	new SearchCombobox(host, { input, listbox, popup, note, live }, t);
}
