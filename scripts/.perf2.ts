import { CARE, CLINICAL, HEALTH, PATIENT, RELATIVE, SYMPTOM, TOPIC_BEFORE } from '../src/grader/lexicon/conduct';
const text = 'aa'.repeat(50000);
for (const [n, re] of Object.entries({ CARE, CLINICAL, HEALTH, PATIENT, RELATIVE, SYMPTOM, TOPIC_BEFORE })) {
	const t = performance.now();
	re.test(text);
	console.log(n, (performance.now() - t).toFixed(1));
}
