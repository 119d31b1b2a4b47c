import { describe, expect, it } from 'vitest';
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
