import { parseCourseDetails, parseLesson } from '@talentsphere/domain/learning';
import { describe, expect, it } from 'vitest';
import { DEMO_COURSES } from './learning-catalog';

describe('demo learning catalog', () => {
  it('offers at least twelve courses with unique slugs, three or more of them for Pro members', () => {
    expect(DEMO_COURSES.length).toBeGreaterThanOrEqual(12);
    const slugs = DEMO_COURSES.map((course) => course.details.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const pro = DEMO_COURSES.filter((course) => course.details.accessTier === 'pro');
    expect(pro.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(DEMO_COURSES.map((course) => [course.details.slug, course] as const))(
    '%s',
    (_slug, course) => {
      it('has details the domain accepts', () => {
        const parsed = parseCourseDetails(course.details);
        expect(parsed.isOk(), JSON.stringify(parsed)).toBe(true);
      });

      it('has at least one section and two lessons, and every lesson is valid', () => {
        expect(course.sections.length).toBeGreaterThanOrEqual(1);
        const lessons = course.sections.flatMap((section) => section.lessons);
        expect(lessons.length).toBeGreaterThanOrEqual(2);
        lessons.forEach((lesson, index) => {
          const parsed = parseLesson(`lesson-${index}`, lesson);
          expect(parsed.isOk(), `${lesson.title}: ${JSON.stringify(parsed)}`).toBe(true);
        });
      });

      it('counts at least one lesson towards completion', () => {
        const lessons = course.sections.flatMap((section) => section.lessons);
        expect(lessons.some((lesson) => lesson.required !== false)).toBe(true);
      });
    },
  );
});
