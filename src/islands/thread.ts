import type { ExerciseData } from '../schemas/exercise';

const PLATFORM_NAMES: Record<ExerciseData['platform'], string> = {
	facebook: 'Facebook',
	x: 'X',
	instagram: 'Instagram',
	whatsapp: 'un canale WhatsApp',
	telegram: 'un canale Telegram',
	youtube: 'YouTube',
	linkedin: 'LinkedIn',
};

/** The platform's name as Italian prose. */
export const platformName = (platform: ExerciseData['platform']): string => PLATFORM_NAMES[platform];

/** Up to two initials for an avatar: "Maria Grazia De Luca" → "MD", "gianni_74" → "G". */
export function initials(displayName: string): string {
	const words = displayName.match(/\p{L}+/gu) ?? [];
	const capitalised = words.filter((w) => w[0] === w[0]?.toUpperCase());
	const pool = capitalised.length > 0 ? capitalised : words;
	const first = pool[0]?.[0] ?? '?';
	const last = pool.length > 1 ? (pool[pool.length - 1]?.[0] ?? '') : '';
	return (first + last).toUpperCase();
}
