import fc from 'fast-check';
import { addLesson, addSection, type Course, type LessonContent, publishCourse } from './course';
import { draftCourse, T0 } from './learning.fixtures';

const content: fc.Arbitrary<LessonContent> = fc.constantFrom<LessonContent>(
  { kind: 'article', markdown: 'Read me.' },
  { kind: 'video', url: 'https://video.example.com/v', durationSeconds: 90 },
  { kind: 'challenge', challengeId: 'ch-1' },
);

/** Section layouts: each section a list of (required, content); at least one lesson overall. */
const layout = fc
  .array(fc.array(fc.record({ required: fc.boolean(), content }), { maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  })
  .filter((sections) => sections.some((s) => s.length > 0));

/** A published course built through the commands, with sections `s0…` and lessons `l0-0…`. */
export const publishedCourseArb: fc.Arbitrary<Course> = layout.map((sections) => {
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
});
