import { gradeReply } from '../src/grader/index';
const reply = 'a'.repeat(50000) + ' @ ' + 'b@'.repeat(25000);
const t = performance.now();
gradeReply({ author: 'Giulia Ferri', comment: 'Quando riapre?', reply });
console.log((performance.now() - t).toFixed(0), 'ms');
