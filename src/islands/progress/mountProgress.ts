import { mount, type ComponentProps } from 'svelte';
import ProgressPage from './ProgressPage.svelte';

/**
 * Mounts the /progressi/ island in place of the page's first-visit HTML (see startWhenStored.ts).
 * A module of its own, imported on demand, for the reason given in mountCertificate.ts.
 */
export function mountProgress(root: HTMLElement, props: ComponentProps<typeof ProgressPage>): void {
	root.replaceChildren();
	mount(ProgressPage, { target: root, props });
}
