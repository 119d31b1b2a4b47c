import { mount, type ComponentProps } from 'svelte';
import Certificate from './Certificate.svelte';

/**
 * Mounts the /attestato/ island in place of the page's first-visit HTML (see startCertificate.ts).
 * A module of its own, imported on demand: `import('svelte')` would keep every export of Svelte in
 * the runtime chunk that all islands share.
 */
export function mountCertificate(root: HTMLElement, props: ComponentProps<typeof Certificate>): void {
	root.replaceChildren();
	mount(Certificate, { target: root, props });
}
