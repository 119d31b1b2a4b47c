import type { FoundApi, ScormVersion } from './discovery';

/** The data model elements the adapter uses, named per edition. */
export interface CmiNames {
	entry: string;
	location: string;
	suspendData: string;
	exit: string;
	sessionTime: string;
	/** Always readable in an open session: reading it tells whether one is open. */
	probe: string;
}

/** Element names for each edition. */
export const CMI_NAMES: Readonly<Record<ScormVersion, CmiNames>> = {
	'1.2': {
		entry: 'cmi.core.entry',
		location: 'cmi.core.lesson_location',
		suspendData: 'cmi.suspend_data',
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
		probe: 'cmi.core.lesson_status',
	},
	'2004': {
		entry: 'cmi.entry',
		location: 'cmi.location',
		suspendData: 'cmi.suspend_data',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		probe: 'cmi.completion_status',
	},
};

/** The six calls both editions share, under one set of names. */
interface Calls {
	initialize(): string;
	terminate(): string;
	get(element: string): string;
	set(element: string, value: string): string;
	commit(): string;
	lastError(): string;
}

function calls(found: FoundApi): Calls {
	if (found.version === '1.2') {
		const a = found.api;
		return {
			initialize: () => a.LMSInitialize(''),
			terminate: () => a.LMSFinish(''),
			get: (e) => a.LMSGetValue(e),
			set: (e, v) => a.LMSSetValue(e, v),
			commit: () => a.LMSCommit(''),
			lastError: () => a.LMSGetLastError(),
		};
	}
	const a = found.api;
	return {
		initialize: () => a.Initialize(''),
		terminate: () => a.Terminate(''),
		get: (e) => a.GetValue(e),
		set: (e, v) => a.SetValue(e, v),
		commit: () => a.Commit(''),
		lastError: () => a.GetLastError(),
	};
}

/** SCORM returns the strings "true"/"false"; some LMSes return booleans. */
const succeeded = (result: unknown): boolean => result === true || result === 'true';

/**
 * One communication session with the LMS, for either edition. Every call is guarded: an LMS that
 * throws, refuses or answers nonsense makes the call report failure, never breaks the page.
 * A session may span several pages of the course: a page that finds it already open joins it.
 */
export class LmsSession {
	readonly version: ScormVersion;
	readonly names: CmiNames;
	/** True when this page initialised the session; false when it joined one opened by a previous page. */
	readonly fresh: boolean;
	readonly #calls: Calls;
	readonly #sent = new Map<string, string>();
	/** Elements the LMS lets us write but not read. */
	readonly #writeOnly: ReadonlySet<string>;
	#open = true;

	private constructor(found: FoundApi, calls: Calls, fresh: boolean) {
		this.version = found.version;
		this.names = CMI_NAMES[found.version];
		this.#calls = calls;
		this.fresh = fresh;
		this.#writeOnly = new Set([this.names.exit, this.names.sessionTime]);
	}

	/**
	 * Joins the open session or initialises one; undefined when the LMS refuses (e.g. the session
	 * was already finished: SCORM allows one Initialize per launch).
	 */
	static open(found: FoundApi): LmsSession | undefined {
		const api = calls(found);
		const names = CMI_NAMES[found.version];
		const guard = <T>(run: () => T, fallback: T): T => {
			try {
				return run();
			} catch {
				return fallback;
			}
		};
		// Reading a value succeeds only inside an open session: a previous page of the course opened it.
		guard(() => api.get(names.probe), '');
		if (guard(() => String(api.lastError()), '101') === '0') return new LmsSession(found, api, false);
		if (!succeeded(guard(() => api.initialize(), 'false'))) return undefined;
		return new LmsSession(found, api, true);
	}

	/** Whether the session can still be used. */
	get open(): boolean {
		return this.#open;
	}

	#try<T>(run: () => T, fallback: T): T {
		if (!this.#open) return fallback;
		try {
			return run();
		} catch {
			return fallback;
		}
	}

	/** A value from the LMS, or '' when it has none or refuses. */
	get(element: string): string {
		return this.#try(() => {
			const value = this.#calls.get(element);
			return typeof value === 'string' ? value : '';
		}, '');
	}

	/**
	 * Sends a value unless the LMS already has it (sent from this page, or read back from it: a page
	 * joining the session must not re-send and re-commit everything). True when a new value was accepted.
	 */
	set(element: string, value: string): boolean {
		if (this.#sent.get(element) === value) return false;
		if (!this.#sent.has(element) && !this.#writeOnly.has(element) && this.get(element) === value) {
			this.#sent.set(element, value);
			return false;
		}
		const ok = this.#try(() => succeeded(this.#calls.set(element, value)), false);
		if (ok) this.#sent.set(element, value);
		return ok;
	}

	/** Asks the LMS to persist what it was sent. */
	commit(): boolean {
		return this.#try(() => succeeded(this.#calls.commit()), false);
	}

	/** Ends the session (LMSFinish / Terminate); afterwards every call is a no-op. */
	finish(): boolean {
		const ok = this.#try(() => succeeded(this.#calls.terminate()), false);
		this.#open = false;
		return ok;
	}
}
