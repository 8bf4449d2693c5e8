import {
  addAuthor,
  addLesson,
  addSection,
  archiveCourse,
  type Course,
  type CourseDetailsInput,
  type CourseLevel,
  completeLesson,
  createCourse,
  type Enrollment,
  enroll,
  type LessonInput,
  publishCourse,
} from '@talentsphere/domain/learning';
import type { SkillLevel } from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { NOW } from './contract-fixtures';

/** Minutes after NOW, for ordering by time. */
export const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

export interface CourseSpec {
  readonly title?: string;
  readonly slug?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly level?: CourseLevel;
  readonly skills?: readonly string[];
  readonly skillLevel?: SkillLevel;
  readonly accessTier?: 'free' | 'pro';
  readonly coAuthorId?: string;
  /** 'published' by default. */
  readonly status?: Course['status'];
  /** When it was created and published. */
  readonly at?: Date;
  /** The syllabus; by default one lesson of every kind (see `everyKind`). */
  readonly sections?: readonly (readonly LessonInput[])[];
}

/** Sections of lessons covering every content kind, an optional lesson and a video. */
export const everyKind: readonly (readonly LessonInput[])[] = [
  [
    { title: 'Why types', content: { kind: 'article', markdown: '# Why\nBecause **types** help.' } },
    {
      title: 'Generics in practice',
      content: { kind: 'video', url: 'https://video.example.com/generics', durationSeconds: 600 },
    },
  ],
  [
    { title: 'Parse a config', content: { kind: 'challenge', challengeId: 'challenge-parse-config' } },
    { title: 'Further reading', required: false, content: { kind: 'article', markdown: 'Links.' } },
  ],
];

export const details = (spec: CourseSpec = {}): CourseDetailsInput => ({
  title: spec.title ?? 'TypeScript for Backend Engineers',
  slug: spec.slug ?? `course-${v7()}`,
  summary: spec.summary ?? 'Types that pay for themselves.',
  description: spec.description ?? 'We build a small service together.',
  level: spec.level ?? 'intermediate',
  skills: (spec.skills ?? ['typescript']).map((name) => ({ name, level: spec.skillLevel ?? 'intermediate' })),
  coverImageUrl: 'https://cdn.example.com/cover.png',
  accessTier: spec.accessTier ?? 'free',
});

/** A course built through the domain commands, with fresh ids for the course, sections and lessons. */
export function aCourse(authorId: string, spec: CourseSpec = {}): Course {
  const now = { now: spec.at ?? NOW };
  const step = (r: { _unsafeUnwrap(): { state: Course } }) => r._unsafeUnwrap().state;
  let course = step(createCourse({ id: v7(), authorId, details: details(spec) }, now));
  if (spec.coAuthorId)
    course = step(addAuthor(course, { actorId: authorId, authorId: spec.coAuthorId }, now));
  for (const [i, lessons] of (spec.sections ?? everyKind).entries()) {
    const sectionId = v7();
    course = step(addSection(course, { actorId: authorId, sectionId, title: `Part ${i + 1}` }, now));
    for (const lesson of lessons)
      course = step(addLesson(course, { actorId: authorId, sectionId, lessonId: v7(), lesson }, now));
  }
  const status = spec.status ?? 'published';
  if (status === 'draft') return course;
  course = step(publishCourse(course, { actorId: authorId }, now));
  return status === 'archived' ? step(archiveCourse(course, { actorId: authorId }, now)) : course;
}

export const lessonIds = (course: Course): string[] =>
  course.sections.flatMap((s) => s.lessons.map((l) => l.id));

export const anEnrollment = (course: Course, userId: string, at: Date = NOW): Enrollment =>
  enroll(course, { id: v7(), userId }, { now: at })._unsafeUnwrap().state;

/** Completes the given lessons in order (challenges count as passed); the last may issue the certificate. */
export function completing(
  enrollment: Enrollment,
  course: Course,
  ids: readonly string[],
  at: Date,
): Enrollment {
  let state = enrollment;
  for (const lessonId of ids) {
    state = completeLesson(
      state,
      course,
      { lessonId, challengePassed: true },
      { now: at, certificateId: v7(), verificationCode: `CODE-${v7()}` },
    )._unsafeUnwrap().state;
  }
  return state;
}
