import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Course,
  courseLessons,
  type LessonContent,
  moveLesson,
  reorderLessons,
  reorderSections,
} from './course';
import { buildPublishedCourse, T1 } from './learning.fixtures';

const lessonContent = fc.constantFrom<LessonContent>(
  { kind: 'article', markdown: 'Read me.' },
  { kind: 'video', url: 'https://video.example.com/v', durationSeconds: 90 },
  { kind: 'challenge', challengeId: 'ch-1' },
);
// Up to 4 sections of up to 4 lessons, at least one lesson overall (a published course has one).
const publishedCourseArb = fc
  .array(fc.array(fc.record({ required: fc.boolean(), content: lessonContent }), { maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  })
  .filter((sections) => sections.some((s) => s.length > 0))
  .map(buildPublishedCourse);

const step = fc.oneof(
  fc.record({ kind: fc.constant('sections' as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant('lessons' as const), seed: fc.integer() }),
  fc.record({
    kind: fc.constant('move' as const),
    seed: fc.integer(),
    position: fc.integer({ min: -2, max: 6 }),
  }),
);

/** A deterministic shuffle driven by fast-check's seed, so failures shrink and replay. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function apply(course: Course, s: Step) {
  const now = { now: T1 };
  const actorId = 'author-1';
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.abs(s.seed) % Math.max(items.length, 1)];
  switch (s.kind) {
    case 'sections':
      return reorderSections(
        course,
        {
          actorId,
          sectionIds: shuffle(
            course.sections.map((x) => x.id),
            s.seed,
          ),
        },
        now,
      );
    case 'lessons': {
      const section = pick(course.sections);
      if (!section) throw new Error('generated courses always have a section');
      const lessonIds = shuffle(
        section.lessons.map((l) => l.id),
        s.seed,
      );
      return reorderLessons(course, { actorId, sectionId: section.id, lessonIds }, now);
    }
    case 'move': {
      const lesson = pick(courseLessons(course));
      const target = pick(shuffle(course.sections, s.seed));
      return moveLesson(
        course,
        { actorId, lessonId: lesson?.id ?? 'none', toSectionId: target?.id ?? 'none', position: s.position },
        now,
      );
    }
  }
}

describe('Course syllabus properties', () => {
  it('Property: reordering sections, reordering lessons and moving lessons never loses or duplicates a lesson', () => {
    fc.assert(
      fc.property(publishedCourseArb, fc.array(step, { maxLength: 25 }), (initial, steps) => {
        const sortedIds = (c: Course) =>
          courseLessons(c)
            .map((l) => l.id)
            .sort();
        const lessonsById = new Map(courseLessons(initial).map((l) => [l.id, l]));
        let course = initial;
        for (const s of steps) {
          course = apply(course, s)._unsafeUnwrap().state;
          expect(sortedIds(course)).toEqual(sortedIds(initial));
          expect(course.sections.map((x) => x.id).sort()).toEqual(initial.sections.map((x) => x.id).sort());
          // Lessons move whole: content, title and flag travel with the id.
          for (const lesson of courseLessons(course)) expect(lesson).toBe(lessonsById.get(lesson.id));
        }
      }),
    );
  });

  it('Property: a reorder list that is not a permutation is always refused', () => {
    fc.assert(
      fc.property(
        publishedCourseArb,
        fc.array(fc.constantFrom('s0', 's1', 's2', 's3', 's9'), { maxLength: 6 }),
        (course, ids) => {
          const current = course.sections.map((s) => s.id);
          const isPermutation =
            ids.length === current.length && [...ids].sort().join() === [...current].sort().join();
          expect(reorderSections(course, { actorId: 'author-1', sectionIds: ids }, { now: T1 }).isOk()).toBe(
            isPermutation,
          );
        },
      ),
    );
  });
});
