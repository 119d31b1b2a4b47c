import { describe, expect, it } from 'vitest';
import { verificationCode } from '../../../src/progress/certificate';
import { buildExport, serialiseExport } from '../../../src/progress/exportFile';
import { exportFileSchema } from '../../../src/progress/schema';
import { completedStore, plan } from './fixtures';

describe('verification code', () => {
	it('has two groups of five hex characters', async () => {
		const store = completedStore();
		expect(await verificationCode(store.state, store.state.profile!, plan.course)).toMatch(
			/^[0-9A-F]{5}-[0-9A-F]{5}$/u,
		);
	});

	it('is the same from the browser and from the exported file, drafts or not', async () => {
		const store = completedStore();
		store.saveDraft('es-a', 'bozza');
		const profile = store.state.profile!;
		const fromBrowser = await verificationCode(store.state, profile, plan.course);
		const file = exportFileSchema.parse(
			JSON.parse(serialiseExport(await buildExport(store.state, profile, plan.course, new Date()))),
		);
		expect(await verificationCode(file.progress, file.progress.profile, file.course)).toBe(fromBrowser);
	});

	it('changes with the name and with the results', async () => {
		const store = completedStore();
		const profile = store.state.profile!;
		const code = await verificationCode(store.state, profile, plan.course);
		expect(await verificationCode(store.state, { ...profile, nome: 'Mario' }, plan.course)).not.toBe(code);
		store.recordQuiz('finale', 1);
		expect(await verificationCode(store.state, profile, plan.course)).not.toBe(code);
	});
});
