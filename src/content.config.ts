import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { caseStudySchema } from './schemas/caseStudy';
import { courseSchema } from './schemas/course';
import { exerciseSchema } from './schemas/exercise';
import { glossaryEntrySchema } from './schemas/glossary';
import { instructorGuideSchema } from './schemas/instructorGuide';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { pageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { shiftSchema } from './schemas/shift';
import { courseLoader } from './loaders/courseLoader';

/** Files whose name starts with `_` are drafts and are not published. */
const published = (ext: string) => `**/[^_]*.${ext}`;

export const collections = {
	course: defineCollection({ loader: courseLoader('content/course.yaml'), schema: courseSchema }),
	modules: defineCollection({ loader: file('content/modules.yaml'), schema: moduleSchema }),
	lessons: defineCollection({
		loader: glob({ base: './content/lessons', pattern: published('mdx') }),
		schema: lessonSchema.extend({ module: reference('modules'), cases: z.array(reference('cases')).default([]) }),
	}),
	cases: defineCollection({
		loader: glob({ base: './content/cases', pattern: published('mdx') }),
		schema: caseStudySchema,
	}),
	instructor: defineCollection({
		loader: glob({ base: './content/instructor', pattern: published('mdx') }),
		schema: instructorGuideSchema,
	}),
	pages: defineCollection({
		loader: glob({ base: './content/pages', pattern: '[^_]*.mdx' }),
		schema: pageSchema,
	}),
	glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryEntrySchema }),
	exercises: defineCollection({ loader: glob({ base: './exercises', pattern: '[^_]*.yaml' }), schema: exerciseSchema }),
	quizzes: defineCollection({
		loader: glob({ base: './exercises/quizzes', pattern: published('yaml') }),
		schema: quizSchema,
	}),
	shifts: defineCollection({
		loader: glob({ base: './exercises/shifts', pattern: published('yaml') }),
		schema: shiftSchema,
	}),
};
