import {
  addLesson,
  addSection,
  type Course,
  type CourseDetailsInput,
  createCourse,
  type LessonContent,
  publishCourse,
} from './course';

export const T0 = new Date('2026-03-01T12:00:00.000Z');
export const T1 = new Date('2026-03-02T12:00:00.000Z');
export const T2 = new Date('2026-03-03T12:00:00.000Z');

export const details: CourseDetailsInput = {
  title: '  TypeScript   for Backend Engineers ',
  slug: 'typescript-for-backend-engineers',
  summary: 'Types that pay for themselves.',
  description: '# Welcome\nWe build a small service.',
  level: 'intermediate',
  skills: [
    { name: 'TypeScript', level: 'intermediate' },
    { name: ' typescript ', level: 'advanced' },
  ],
  coverImageUrl: 'https://cdn.example.com/ts.png',
  accessTier: 'free',
};

const unwrap = (r: ReturnType<typeof addSection>): Course => r._unsafeUnwrap().state;

export const draftCourse = (): Course =>
  createCourse({ id: 'c1', authorId: 'author-1', details }, { now: T0 })._unsafeUnwrap().state;

/** Published, sections s1 (l1 article, l2 video) and s2 (l3 challenge, l4 optional article). */
export function publishedCourse(): Course {
  const now = { now: T0 };
  let c = draftCourse();
  c = unwrap(addSection(c, { actorId: 'author-1', sectionId: 's1', title: 'Basics' }, now));
  c = unwrap(addSection(c, { actorId: 'author-1', sectionId: 's2', title: 'Practice' }, now));
  c = unwrap(
    addLesson(
      c,
      {
        actorId: 'author-1',
        sectionId: 's1',
        lessonId: 'l1',
        lesson: { title: 'Why types', content: { kind: 'article', markdown: 'Because.' } },
      },
      now,
    ),
  );
  c = unwrap(
    addLesson(
      c,
      {
        actorId: 'author-1',
        sectionId: 's1',
        lessonId: 'l2',
        lesson: {
          title: 'Generics',
          content: { kind: 'video', url: 'https://video.example.com/1', durationSeconds: 600 },
        },
      },
      now,
    ),
  );
  c = unwrap(
    addLesson(
      c,
      {
        actorId: 'author-1',
        sectionId: 's2',
        lessonId: 'l3',
        lesson: { title: 'Parse a config', content: { kind: 'challenge', challengeId: 'ch-1' } },
      },
      now,
    ),
  );
  c = unwrap(
    addLesson(
      c,
      {
        actorId: 'author-1',
        sectionId: 's2',
        lessonId: 'l4',
        lesson: {
          title: 'Further reading',
          required: false,
          content: { kind: 'article', markdown: 'Links.' },
        },
      },
      now,
    ),
  );
  return publishCourse(c, { actorId: 'author-1' }, now)._unsafeUnwrap().state;
}

/** A published course built through the commands, with sections `s0…` and lessons `l0-0…`. */
export function buildPublishedCourse(
  sections: readonly (readonly { required: boolean; content: LessonContent }[])[],
): Course {
  const now = { now: T0 };
  let course = draftCourse();
  sections.forEach((lessons, i) => {
    course = addSection(
      course,
      { actorId: 'author-1', sectionId: `s${i}`, title: `Section ${i}` },
      now,
    )._unsafeUnwrap().state;
    lessons.forEach((lesson, j) => {
      course = addLesson(
        course,
        {
          actorId: 'author-1',
          sectionId: `s${i}`,
          lessonId: `l${i}-${j}`,
          lesson: { title: `Lesson ${i}.${j}`, ...lesson },
        },
        now,
      )._unsafeUnwrap().state;
    });
  });
  return publishCourse(course, { actorId: 'author-1' }, now)._unsafeUnwrap().state;
}
