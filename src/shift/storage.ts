import { STORAGE_KEY } from '../progress/store';
import { isQuotaError, type KeyValueStorage, type StorageProblem } from '../progress/storage';
import type { ShiftData } from '../schemas/shift';
import { sessionFits } from './flow';
import { sessionSchema, type ShiftSession } from './session';

/** Where a shift in play is saved: beside the progress record, under the site's key (so "Cancella i miei dati" removes it too). */
export const sessionKey = (shiftId: string): string => `${STORAGE_KEY}:turno:${shiftId}`;

/** A saved session, or why it could not be resumed. */
export interface SessionRead {
	session: ShiftSession | undefined;
	/** Set when something was saved but could not be used: the page says so. */
	issue?: string;
}

/** Reads and validates the saved session of a shift; never throws. */
export function loadSession(storage: KeyValueStorage | undefined, shiftId: string, shift: ShiftData): SessionRead {
	let raw: string | null;
	try {
		raw = storage?.getItem(sessionKey(shiftId)) ?? null;
	} catch {
		return { session: undefined };
	}
	if (raw === null) return { session: undefined };
	try {
		const parsed = sessionSchema.safeParse(JSON.parse(raw));
		if (!parsed.success)
			return {
				session: undefined,
				issue: parsed.error.issues
					.map((i) => `${i.path.join('.')}: ${i.message}`)
					.slice(0, 3)
					.join('; '),
			};
		if (parsed.data.shiftId !== shiftId || !sessionFits(parsed.data, shift))
			return { session: undefined, issue: 'il turno è cambiato da quando lo hai iniziato' };
		return { session: parsed.data };
	} catch (error) {
		return { session: undefined, issue: error instanceof Error ? error.message : String(error) };
	}
}

/** Saves a session; returns the problem when storage refuses (the caller tells the learner), undefined when saved. */
export function saveSession(storage: KeyValueStorage | undefined, session: ShiftSession): StorageProblem | undefined {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(sessionKey(session.shiftId), JSON.stringify(session));
		return undefined;
	} catch (error) {
		return isQuotaError(error) ? 'full' : 'unavailable';
	}
}

/** Forgets a shift's saved session (a new start); never throws. */
export function clearSession(storage: KeyValueStorage | undefined, shiftId: string): void {
	try {
		storage?.removeItem(sessionKey(shiftId));
	} catch {
		// Disabled storage: nothing was saved.
	}
}
