import { gradeReply } from '../src/grader/index';
import { loadRealReplies } from '../tests/fixtures/grader/cases';
const ids = process.argv.slice(2);
for (const r of loadRealReplies()) {
	if (!ids.includes(r.id)) continue;
	const g = gradeReply({ author: r.author ?? '', comment: r.comment, reply: r.reply, offensive: r.offensive });
	console.log(`=== ${r.id} intent=${r.intent} label detailed=${r.labels.detailed} grader=${g.criteria.detailed.met}`);
	console.log('COMMENT:', r.comment.slice(0, 600));
	console.log('REPLY:', r.reply.slice(0, 1200));
	console.log('FB:', g.criteria.detailed.feedback);
	console.log('NOTE:', (r.note ?? '').slice(0, 700));
}
