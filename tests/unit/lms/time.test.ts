import { describe, expect, it } from 'vitest';
import { iso8601Duration, scorm12Time } from '../../../src/lms/time';

describe('session time', () => {
	it.each([
		[0, '0000:00:00.00', 'PT0S'],
		[0.004, '0000:00:00.00', 'PT0S'],
		[1.19, '0000:00:01.19', 'PT1.19S'],
		[59.999, '0000:01:00.00', 'PT1M'],
		[61.5, '0000:01:01.50', 'PT1M1.5S'],
		[3600, '0001:00:00.00', 'PT1H'],
		[3 * 3600 + 25 * 60 + 7.25, '0003:25:07.25', 'PT3H25M7.25S'],
		[30 * 3600, '0030:00:00.00', 'PT30H'],
	])('%s s → %s / %s', (seconds, v12, v2004) => {
		expect(scorm12Time(seconds)).toBe(v12);
		expect(iso8601Duration(seconds)).toBe(v2004);
	});

	it('reports a clock that went backwards, or nonsense, as zero', () => {
		for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(scorm12Time(bad)).toBe('0000:00:00.00');
			expect(iso8601Duration(bad)).toBe('PT0S');
		}
	});

	it('caps SCORM 1.2 at four digits of hours', () => {
		expect(scorm12Time(10_000 * 3600)).toBe('9999:59:59.99');
	});

	it('writes what the SCORM 1.2 and 2004 data types accept', () => {
		for (const s of [0, 0.5, 12.34, 4000, 99_999.99]) {
			expect(scorm12Time(s)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/u);
			expect(iso8601Duration(s)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/u);
		}
	});
});
