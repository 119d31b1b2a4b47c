import { gradeReply } from '../src/grader/index';
for (const unit of ['aa', '12.', 'ab-']) {
	const reply = unit.repeat(Math.ceil(100000 / unit.length)).slice(0, 100000);
	const t = performance.now();
	gradeReply({ author: 'Giulia Ferri', comment: 'Quando riapre?', reply });
	console.log(unit, (performance.now() - t).toFixed(0), 'ms');
}
