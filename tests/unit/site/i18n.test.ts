import { describe, expect, it } from 'vitest';
import { formatPercent, wholePercent } from '../../../src/i18n/format';
import { formatDuration, t } from '../../../src/i18n/it';

describe('t', () => {
	it('interpolates variables', () => {
		expect(t('lesson.of', { order: 2, total: 3 })).toBe('Lezione 2 di 3');
	});
	it('chooses the Italian plural form', () => {
		expect(t('module.count', { count: 1 })).toBe('1 lezione');
		expect(t('module.count', { count: 0 })).toBe('0 lezioni');
		expect(t('module.count', { count: 4 })).toBe('4 lezioni');
	});
	it('keeps an unknown placeholder visible instead of dropping it', () => {
		expect(t('lesson.of', { order: 1 })).toBe('Lezione 1 di %{total}');
	});
});

describe('formatDuration', () => {
	it.each([
		[45, '45 minuti'],
		[60, '1 ora'],
		[61, '1 ora e 1 minuto'],
		[150, '2 ore e 30 minuti'],
	])('%i minutes read "%s"', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});
});

describe('formatPercent', () => {
	it.each([
		[0, '0%'],
		[0.849, '85%'],
		[1, '100%'],
		[-0.001, '0%'],
	])('%f reads "%s"', (share, text) => {
		expect(formatPercent(share)).toBe(text);
	});
	it('rounds as Math.round(share * 100) does, where Intl alone would differ', () => {
		expect(wholePercent(0.285)).toBe(28);
		expect(formatPercent(0.285)).toBe('28%');
	});
	it('agrees with the whole percentage points for every share', () => {
		for (let i = 0; i <= 10_000; i++) expect(formatPercent(i / 10_000)).toBe(`${wholePercent(i / 10_000)}%`);
	});
	it('writes what Intl writes, with and without its shortcut past Intl', () => {
		const intl = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 0 });
		for (const share of [-120, -1, -0.05, 0, 0.5, 1, 99.99, 100, 123.456, 1e6])
			expect(formatPercent(share)).toBe(intl.format(wholePercent(share) / 100));
	});
});
