/** Italian public administrations work on Rome time: dates are shown there, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Rome';

// Formatters are made on first use: making the first one loads ICU data, which pages that show no
// date (the certificate until it is earned) should not pay for while they load.
let dateTimeParts: Intl.DateTimeFormat | undefined;
let longDate: Intl.DateTimeFormat | undefined;
let oneDecimal: Intl.NumberFormat | undefined;

const makeDateTimeParts = () =>
	new Intl.DateTimeFormat('it-IT', {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	});
const makeLongDate = () =>
	new Intl.DateTimeFormat('it-IT', {
		timeZone: TIME_ZONE,
		day: 'numeric',
		month: 'long',
		year: 'numeric',
	});
const makeOneDecimal = () => new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** "03/11/2026 14:05": the form Italian Excel reads as a date and time. */
export function excelDateTime(iso: string | undefined): string {
	if (!iso) return '';
	const parts = Object.fromEntries(
		(dateTimeParts ??= makeDateTimeParts()).formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
	);
	return `${parts['day']}/${parts['month']}/${parts['year']} ${parts['hour']}:${parts['minute']}`;
}

/** "3 novembre 2026". */
export const italianDate = (iso: string): string => (longDate ??= makeLongDate()).format(new Date(iso));

/** "2,5" hours for 150 minutes, with the Italian decimal comma. */
export const hours = (minutes: number): string => (oneDecimal ??= makeOneDecimal()).format(minutes / 60);
