import { gradeReply } from '../src/grader/index';
const [author, comment, reply] = process.argv.slice(2);
const r = gradeReply({ author: author!, comment: comment!, reply: reply! });
console.log(r.criteria.name.met, r.criteria.name.feedback, '|', r.criteria.thanks.met, r.criteria.thanks.feedback);
