import { ACCESS_TIERS, COURSE_LEVELS, COURSE_LIMITS } from '@talentsphere/domain/learning';
import { SLUG_MAX_LENGTH } from '@talentsphere/domain/shared';
import { z } from 'zod';
import { pagingInput, searchTextInput, skillFilterInput, skillListInput } from '../shared/edge-inputs';
import { CATALOG_SORTS } from './learning-read-models';

// Edge shapes and sizes; the rules with meaning live in the domain.

const id = z.uuid();

export const courseDetailsInput = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(COURSE_LIMITS.title),
  slug: z.string().trim().toLowerCase().min(1, 'Choose the course address.').max(SLUG_MAX_LENGTH),
  summary: z.string().max(COURSE_LIMITS.summary).default(''),
  description: z.string().max(COURSE_LIMITS.description).default(''),
  level: z.enum(COURSE_LEVELS),
  skills: skillListInput(COURSE_LIMITS.skills),
  coverImageUrl: z
    .string()
    .trim()
    .max(500)
    .transform((v) => v || null)
    .nullable()
    .default(null),
  accessTier: z.enum(ACCESS_TIERS).default('free'),
});

const lessonContentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), markdown: z.string().max(COURSE_LIMITS.article) }),
  z.object({
    kind: z.literal('video'),
    url: z.string().trim().max(500),
    durationSeconds: z.number().int(),
  }),
  z.object({ kind: z.literal('challenge'), challengeId: id }),
]);

export const lessonInput = z.object({
  title: z.string().max(COURSE_LIMITS.lessonTitle),
  required: z.boolean().default(true),
  content: lessonContentInput,
});

export const createCourseInput = courseDetailsInput;
export const courseIdInput = z.object({ courseId: id });
export const updateCourseDetailsInput = courseDetailsInput.extend({ courseId: id });
export const addSectionInput = z.object({
  courseId: id,
  title: z.string().max(COURSE_LIMITS.sectionTitle),
  position: z.number().int().min(0).optional(),
});
export const renameSectionInput = z.object({
  courseId: id,
  sectionId: id,
  title: z.string().max(COURSE_LIMITS.sectionTitle),
});
export const sectionIdInput = z.object({ courseId: id, sectionId: id });
export const reorderSectionsInput = z.object({ courseId: id, sectionIds: z.array(id).max(200) });
export const addLessonInput = z.object({
  courseId: id,
  sectionId: id,
  lesson: lessonInput,
  position: z.number().int().min(0).optional(),
});
export const editLessonInput = z.object({ courseId: id, lessonId: id, lesson: lessonInput });
export const lessonIdInput = z.object({ courseId: id, lessonId: id });
export const moveLessonInput = z.object({
  courseId: id,
  lessonId: id,
  toSectionId: id,
  position: z.number().int().min(0).optional(),
});
export const reorderLessonsInput = z.object({ courseId: id, sectionId: id, lessonIds: z.array(id).max(500) });

export const catalogSearchInput = z.object({
  q: searchTextInput,
  levels: z.array(z.enum(COURSE_LEVELS)).max(COURSE_LEVELS.length).optional(),
  skill: skillFilterInput,
  tier: z.enum(ACCESS_TIERS).optional(),
  sort: z.enum(CATALOG_SORTS).default('relevance'),
  ...pagingInput({ max: 48, default: 12 }),
});

export const certificateCodeInput = z.object({ code: z.string().trim().min(1).max(64) });

export type CourseDetailsInputDto = z.infer<typeof courseDetailsInput>;
export type LessonInputDto = z.infer<typeof lessonInput>;
