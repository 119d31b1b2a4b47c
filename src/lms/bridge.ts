import { progressStore } from '../progress/client';
import { planLessons } from '../course/plan';
import type { Progress } from '../progress/schema';
import { browserStorage } from '../progress/storage';
import { decodeSuspendData, encodeSuspendData } from './codec';
import { readConfig, type LmsConfig } from './config';
import { findApi, type FoundApi } from './discovery';
import { mergeProgress } from './merge';
import { bookmarkUrl, packageRoot, pagePath, trackInternalNavigation } from './navigation';
import { lmsReport, reportValues } from './report';
import { restoreInto } from './restore';
import { LmsSession } from './session';
import { iso8601Duration, scorm12Time } from './time';

/** sessionStorage key of the session's start: the session spans pages, its time must too. */
const SESSION_START_KEY = 'palestra-social-pa:lms-inizio';

/** When the LMS session began: now for a new one, else as noted by the page that began it. */
function sessionStart(win: Window, fresh: boolean): number {
	const now = Date.now();
	try {
		const noted = Number(win.sessionStorage.getItem(SESSION_START_KEY));
		if (!fresh && Number.isFinite(noted) && noted > 0 && noted <= now) return noted;
		win.sessionStorage.setItem(SESSION_START_KEY, String(now));
	} catch {
		// No sessionStorage: the time counts from this page, an undercount rather than a failure.
	}
	return now;
}

/** Reports a course page to the LMS for as long as the page lives. */
function run(win: Window, config: LmsConfig, found: FoundApi, first: LmsSession): void {
	let session = first;
	const { names } = session;
	const root = packageRoot((win.document.querySelector<HTMLLinkElement>('link[rel="home"]') ?? win.location).href);
	const nav = trackInternalNavigation(win, root);
	const pages = new Set([...planLessons(config.plan).map((l) => l.href), config.plan.final.href]);
	const here = pagePath(win.location.href, root);
	let started = sessionStart(win, session.fresh);

	const decoded = decodeSuspendData(session.get(names.suspendData), config.catalogue);
	const restored = decoded.ok ? decoded.progress : undefined;
	const store = progressStore();
	if (restored) restoreInto(store, restored, browserStorage());

	// Relaunch: the LMS opens the home page; take the learner back to the page they were on.
	if (session.fresh && here === '/' && session.get(names.entry) === 'resume') {
		const target = bookmarkUrl(session.get(names.location), pages, root);
		if (target) {
			nav.markInternal();
			win.location.replace(target.href);
		}
	}

	const report = (progress: Progress) => {
		// Runs inside the store's listeners: an exception here would break the island that saved.
		try {
			// Merged with what the LMS had, so a browser that lost its storage never erases the LMS's record.
			const current = restored ? mergeProgress(progress, restored) : progress;
			let changed = false;
			for (const [element, value] of reportValues(session.version, lmsReport(current, config.plan)))
				changed = session.set(element, value) || changed;
			const data = encodeSuspendData(current, config.catalogue);
			if (data === undefined) console.warn('[SCORM] progressi troppo lunghi per cmi.suspend_data: non inviati');
			else changed = session.set(names.suspendData, data) || changed;
			// Commit only when something that counts changed: a lesson finished, a reply graded, a quiz checked...
			if (changed) session.commit();
		} catch (error) {
			console.warn('[SCORM] resoconto non inviato', error);
		}
	};
	const begin = () => {
		if (here !== undefined && pages.has(here)) session.set(names.location, here);
		// Suspend, always: the LMS keeps the progress for the next launch, and a learner can come back to review.
		session.set(names.exit, 'suspend');
		report(store.state);
	};
	const elapsed = () => (Date.now() - started) / 1000;
	const stamp = () =>
		session.set(names.sessionTime, session.version === '1.2' ? scorm12Time(elapsed()) : iso8601Duration(elapsed()));

	begin();
	store.subscribe((progress) => {
		if (session.open) report(progress);
	});
	win.addEventListener('pagehide', () => {
		if (!session.open) return;
		stamp();
		// Another page of the course is loading: it joins this session. Anything else ends it.
		if (nav.isInternal()) session.commit();
		else session.finish();
	});
	win.document.addEventListener('visibilitychange', () => {
		if (win.document.visibilityState !== 'hidden' || !session.open) return;
		stamp();
		session.commit();
	});
	// Restored from the back/forward cache after the session was finished: open a new one if the LMS allows.
	win.addEventListener('pageshow', (event) => {
		if (!event.persisted || session.open) return;
		const again = LmsSession.open(found);
		if (!again) return;
		session = again;
		started = sessionStart(win, again.fresh);
		begin();
	});
}

/**
 * Connects the page to the LMS, if there is one: finds the API, joins or opens the session, restores
 * progress from the LMS and reports it. Outside an LMS it does nothing; inside one, no LMS error can
 * break the course.
 */
export function startLmsBridge(win: Window = window): void {
	try {
		const config = readConfig(win.document);
		const found = config ? findApi(win) : undefined;
		if (!config || !found) return;
		const session = LmsSession.open(found);
		if (!session) {
			console.warn('[SCORM] la piattaforma non ha aperto la sessione: i progressi restano solo nel browser');
			return;
		}
		run(win, config, found, session);
	} catch (error) {
		console.warn('[SCORM] collegamento con la piattaforma interrotto', error);
	}
}
