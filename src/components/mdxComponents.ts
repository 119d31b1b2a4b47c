import Aside from './Aside.astro';
import Quiz from './Quiz.astro';
import ReplyExercise from './ReplyExercise.astro';

/** Components every lesson can use without importing them (see docs/authoring.md). */
export const mdxComponents = { Aside, Quiz, ReplyExercise };
