import { describe, expect, it } from 'vitest';
import { findApi, MAX_DEPTH, type ApiHost } from '../../../src/lms/discovery';

const api12 = () =>
	Object.fromEntries(
		['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].map((m) => [
			m,
			() => '',
		]),
	);
const api2004 = () =>
	Object.fromEntries(
		['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'].map((m) => [m, () => '']),
	);

type FakeWindow = ApiHost & { parent: FakeWindow; top: FakeWindow; opener: FakeWindow | null; [key: string]: unknown };

/** A window whose parent is `parent` (or itself: a top window). */
function win(parent?: FakeWindow, extra: Record<string, unknown> = {}): FakeWindow {
	const w = { opener: null, ...extra } as FakeWindow;
	w.parent = parent ?? w;
	w.top = parent ? parent.top : w;
	return w;
}

/** A window of another origin: every property read throws, except `parent` as browsers allow. */
function foreign(parent?: FakeWindow): FakeWindow {
	const inner = win(parent);
	return new Proxy(inner, {
		get(target, key) {
			if (key === 'parent' || key === 'top') return target[key];
			throw new DOMException('Blocked a frame with origin', 'SecurityError');
		},
	});
}

/** A chain of `n` frames under `top`, returning the innermost. */
function chain(top: FakeWindow, n: number): FakeWindow {
	let w = top;
	for (let i = 0; i < n; i++) w = win(w);
	return w;
}

describe('findApi', () => {
	it('finds nothing outside an LMS', () => {
		expect(findApi(win())).toBeUndefined();
		expect(findApi(chain(win(), 3))).toBeUndefined();
	});

	it('finds SCORM 1.2 API on the window, a parent or a grandparent', () => {
		const api = api12();
		expect(findApi(win(undefined, { API: api }))).toEqual({ version: '1.2', api });
		expect(findApi(chain(win(undefined, { API: api }), 1))?.api).toBe(api);
		expect(findApi(chain(win(undefined, { API: api }), 2))?.api).toBe(api);
	});

	it('finds SCORM 2004 API_1484_11 and prefers it when both are offered', () => {
		const a12 = api12();
		const a2004 = api2004();
		expect(findApi(chain(win(undefined, { API_1484_11: a2004 }), 2))).toEqual({ version: '2004', api: a2004 });
		expect(findApi(chain(win(undefined, { API: a12, API_1484_11: a2004 }), 1))?.version).toBe('2004');
		// Even when 1.2 is nearer: the 2004 runtime is the richer one.
		expect(findApi(win(win(undefined, { API_1484_11: a2004 }), { API: a12 }))?.version).toBe('2004');
	});

	it('climbs past frames of another origin instead of failing', () => {
		const api = api12();
		const lms = win(undefined, { API: api });
		expect(findApi(win(foreign(lms)))?.api).toBe(api);
		expect(findApi(foreign(foreign(lms)))?.api).toBe(api);
	});

	it('searches the opener when the course runs in a pop-up, also from a frame inside it', () => {
		const api = api2004();
		const lms = win(undefined, { API_1484_11: api });
		const popup = win(undefined, { opener: lms });
		expect(findApi(popup)?.api).toBe(api);
		expect(findApi(chain(popup, 2))?.api).toBe(api);
		expect(findApi(win(undefined, { opener: foreign() }))).toBeUndefined();
	});

	it('stops after MAX_DEPTH parents', () => {
		const api = api12();
		expect(findApi(chain(win(undefined, { API: api }), MAX_DEPTH))?.api).toBe(api);
		expect(findApi(chain(win(undefined, { API: api }), MAX_DEPTH + 1))).toBeUndefined();
	});

	it('ignores things named API that are not a SCORM API', () => {
		expect(findApi(win(undefined, { API: 'https://api.example.it' }))).toBeUndefined();
		expect(findApi(win(undefined, { API: { LMSInitialize: () => 'true' } }))).toBeUndefined();
		expect(findApi(win(undefined, { API_1484_11: null, API: api12() }))?.version).toBe('1.2');
	});
});
