/**
 * Finding the LMS's API object the way the SCORM run-time specifications describe (ADL's API
 * discovery algorithm): look on this window, then up the chain of parents, then from the window that
 * opened ours. Any window may belong to another origin: reading from it throws, which counts as
 * "not here" and never stops the search nor the course.
 */

/** The SCORM editions the course speaks. */
export type ScormVersion = '1.2' | '2004';

/** The part of a window the search walks through (a fake one in tests). */
export interface ApiHost {
	readonly parent: ApiHost | null;
	readonly top?: ApiHost | null;
	readonly opener?: unknown;
}

/** SCORM 1.2's `API` object, as the LMS exposes it. */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
}

/** SCORM 2004's `API_1484_11` object, as the LMS exposes it. */
export interface Scorm2004Api {
	Initialize(parameter: ''): string;
	Terminate(parameter: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(parameter: ''): string;
	GetLastError(): string;
}

/** An API found, with its edition. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/**
 * How many parents to climb. ADL's samples stop at 7 (1.2) and 500 (2004); real LMS players nest a
 * handful of frames, and a bound keeps a hostile or broken chain from looping.
 */
export const MAX_DEPTH = 10;

const METHODS_12 = [
	'LMSInitialize',
	'LMSFinish',
	'LMSGetValue',
	'LMSSetValue',
	'LMSCommit',
	'LMSGetLastError',
] as const;
const METHODS_2004 = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'] as const;

/** Reads a property of a possibly cross-origin window; undefined when the browser refuses. */
function read(host: unknown, name: string): unknown {
	try {
		return host !== null && typeof host === 'object' ? (host as Record<string, unknown>)[name] : undefined;
	} catch {
		return undefined;
	}
}

const hasMethods = (value: unknown, methods: readonly string[]): boolean =>
	value !== null && typeof value === 'object' && methods.every((m) => typeof read(value, m) === 'function');

/** The API named `name` on `start` or one of its parents, if any. */
function scan(start: unknown, name: string, methods: readonly string[]): unknown {
	let current: unknown = start;
	for (let depth = 0; depth <= MAX_DEPTH && current; depth++) {
		const api = read(current, name);
		if (hasMethods(api, methods)) return api;
		const parent = read(current, 'parent');
		if (!parent || parent === current) return undefined;
		current = parent;
	}
	return undefined;
}

/** Where to start looking: this window's chain, then its opener's, then the opener of its top window (popup players). */
function starts(win: ApiHost): unknown[] {
	const top = read(win, 'top');
	return [win, read(win, 'opener'), read(top, 'opener')].filter((w, i, all) => w && all.indexOf(w) === i);
}

/**
 * The LMS API reachable from `win`, preferring SCORM 2004 when an LMS offers both (a 2004 LMS that
 * also exposes `API` does so for older packages). Undefined outside an LMS.
 */
export function findApi(win: ApiHost): FoundApi | undefined {
	const origins = starts(win);
	for (const origin of origins) {
		const api = scan(origin, 'API_1484_11', METHODS_2004);
		if (api) return { version: '2004', api: api as Scorm2004Api };
	}
	for (const origin of origins) {
		const api = scan(origin, 'API', METHODS_12);
		if (api) return { version: '1.2', api: api as Scorm12Api };
	}
	return undefined;
}
