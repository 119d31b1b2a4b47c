import { describe, expect, it, vi } from 'vitest';
import type { Scorm12Api, Scorm2004Api } from '../../../src/lms/discovery';
import { LmsSession } from '../../../src/lms/session';

/** A small SCORM 1.2 LMS: one Initialize per launch, errors as the spec numbers them. */
function fake12(options: { reInitialize?: boolean } = {}) {
	let state: 'new' | 'open' | 'done' = 'new';
	let error = '0';
	const data = new Map<string, string>([['cmi.core.lesson_status', 'not attempted']]);
	const calls: string[] = [];
	const api: Scorm12Api = {
		LMSInitialize: () => {
			calls.push('init');
			if (state === 'open' || (state === 'done' && !options.reInitialize)) return ((error = '101'), 'false');
			state = 'open';
			return ((error = '0'), 'true');
		},
		LMSFinish: () => (
			calls.push('finish'),
			state === 'open' ? ((state = 'done'), (error = '0'), 'true') : ((error = '301'), 'false')
		),
		LMSGetValue: (e) => (state === 'open' ? ((error = '0'), data.get(e) ?? '') : ((error = '301'), '')),
		LMSSetValue: (e, v) => (
			calls.push(`set ${e}`),
			state === 'open' ? (data.set(e, v), (error = '0'), 'true') : ((error = '301'), 'false')
		),
		LMSCommit: () => (calls.push('commit'), state === 'open' ? 'true' : 'false'),
		LMSGetLastError: () => error,
	};
	return { api, data, calls };
}

describe('LmsSession', () => {
	it('initialises a new session, then later pages join it instead of initialising again', () => {
		const lms = fake12();
		const first = LmsSession.open({ version: '1.2', api: lms.api });
		expect(first?.fresh).toBe(true);
		first?.set('cmi.core.lesson_location', '/uno/a/');
		first?.commit();
		const second = LmsSession.open({ version: '1.2', api: lms.api });
		expect(second?.fresh).toBe(false);
		expect(lms.calls.filter((c) => c === 'init')).toHaveLength(1);
		expect(second?.get('cmi.core.lesson_location')).toBe('/uno/a/');
	});

	it('returns undefined when the LMS refuses to open (session already finished)', () => {
		const lms = fake12();
		LmsSession.open({ version: '1.2', api: lms.api })?.finish();
		expect(LmsSession.open({ version: '1.2', api: lms.api })).toBeUndefined();
		const lenient = fake12({ reInitialize: true });
		LmsSession.open({ version: '1.2', api: lenient.api })?.finish();
		expect(LmsSession.open({ version: '1.2', api: lenient.api })?.fresh).toBe(true);
	});

	it('sends a value only when the LMS does not have it already', () => {
		const lms = fake12();
		const session = LmsSession.open({ version: '1.2', api: lms.api });
		expect(session?.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
		expect(session?.set('cmi.core.lesson_status', 'incomplete')).toBe(false);
		// A page joining the session reads what is there before writing.
		const joined = LmsSession.open({ version: '1.2', api: lms.api });
		expect(joined?.set('cmi.core.lesson_status', 'incomplete')).toBe(false);
		expect(lms.calls.filter((c) => c === 'set cmi.core.lesson_status')).toHaveLength(1);
		// Write-only elements cannot be read back: always sent.
		expect(joined?.set('cmi.core.exit', 'suspend')).toBe(true);
	});

	it('after finish every call is a no-op', () => {
		const lms = fake12();
		const session = LmsSession.open({ version: '1.2', api: lms.api });
		expect(session?.finish()).toBe(true);
		expect(session?.open).toBe(false);
		expect(session?.set('cmi.core.lesson_status', 'passed')).toBe(false);
		expect(session?.commit()).toBe(false);
		expect(lms.calls).toEqual(['init', 'finish']);
	});

	it('never throws, whatever the LMS does', () => {
		const boom = () => {
			throw new Error('LMS rotto');
		};
		const broken: Scorm2004Api = {
			Initialize: () => 'true',
			Terminate: boom,
			GetValue: boom,
			SetValue: boom,
			Commit: boom,
			GetLastError: () => '122',
		};
		const session = LmsSession.open({ version: '2004', api: broken });
		expect(session?.get('cmi.location')).toBe('');
		expect(session?.set('cmi.location', '/x/')).toBe(false);
		expect(session?.commit()).toBe(false);
		expect(session?.finish()).toBe(false);
		const hostile: Scorm2004Api = {
			Initialize: boom,
			Terminate: boom,
			GetValue: boom,
			SetValue: boom,
			Commit: boom,
			GetLastError: boom,
		};
		expect(LmsSession.open({ version: '2004', api: hostile })).toBeUndefined();
	});

	it('accepts LMSes that answer with booleans and values that are not strings', () => {
		const api = {
			Initialize: vi.fn(() => true),
			Terminate: vi.fn(() => true),
			GetValue: vi.fn(() => 42),
			SetValue: vi.fn(() => true),
			Commit: vi.fn(() => true),
			GetLastError: vi.fn(() => 122),
		} as unknown as Scorm2004Api;
		const session = LmsSession.open({ version: '2004', api });
		expect(session?.fresh).toBe(true);
		expect(session?.get('cmi.location')).toBe('');
		expect(session?.set('cmi.location', '/x/')).toBe(true);
	});
});
