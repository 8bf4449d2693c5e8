import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAuthor,
  type Course,
  courseLessons,
  editLesson,
  type LessonContent,
  removeLesson,
  requiredLessons,
} from './course';
import {
  cancelEnrollment,
  completeLesson,
  courseProgress,
  type Enrollment,
  type EnrollmentEvent,
  enroll,
  lessonStatus,
  reenroll,
  settleCompletion,
  visitLesson,
} from './enrollment';
import { buildPublishedCourse, T0, T1 } from './learning.fixtures';

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

const lessonPick = fc.nat(20);
// Weighted towards completing lessons, so runs often finish the course.
const command = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('complete' as const),
      lesson: lessonPick,
      passed: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('visit' as const), lesson: lessonPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reenroll' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeLesson' as const), lesson: lessonPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggleRequired' as const), lesson: lessonPick }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

const ctx = (n: number) => ({ now: T1, certificateId: `cert-${n}`, verificationCode: `code-${n}` });

/** Runs one command; learner commands may be refused (cancelled, unpassed challenge), edits keep the course valid. */
function run(
  course: Course,
  enrollment: Enrollment,
  c: Command,
  n: number,
): { course: Course; enrollment: Enrollment; events: EnrollmentEvent[] } {
  const lessons = courseLessons(course);
  const lesson = 'lesson' in c ? lessons[c.lesson % lessons.length] : undefined;
  const unchanged = { course, enrollment, events: [] };
  switch (c.kind) {
    case 'complete': {
      if (!lesson) return unchanged;
      const r = completeLesson(
        enrollment,
        course,
        { lessonId: lesson.id, challengePassed: c.passed },
        ctx(n),
      );
      return r.isOk() ? { course, enrollment: r.value.state, events: r.value.events } : unchanged;
    }
    case 'visit': {
      if (!lesson) return unchanged;
      const r = visitLesson(enrollment, course, lesson.id, ctx(n));
      return r.isOk() ? { course, enrollment: r.value.state, events: r.value.events } : unchanged;
    }
    case 'cancel': {
      const r = cancelEnrollment(enrollment, ctx(n));
      return r.isOk() ? { course, enrollment: r.value.state, events: r.value.events } : unchanged;
    }
    case 'reenroll': {
      const r = reenroll(enrollment, course, ctx(n));
      return r.isOk() ? { course, enrollment: r.value.state, events: r.value.events } : unchanged;
    }
    case 'removeLesson':
    case 'toggleRequired': {
      if (!lesson) return unchanged;
      const edited =
        c.kind === 'removeLesson'
          ? removeLesson(course, { actorId: 'author-1', lessonId: lesson.id }, ctx(n))
          : editLesson(
              course,
              { actorId: 'author-1', lessonId: lesson.id, lesson: { ...lesson, required: !lesson.required } },
              ctx(n),
            );
      if (edited.isErr()) return unchanged; // the last lesson of a published course stays
      const next = edited.value.state;
      // The application settles enrolments after an edit, as a learner might have nothing left to do.
      const settled = settleCompletion(enrollment, next, ctx(n))._unsafeUnwrap();
      return { course: next, enrollment: settled.state, events: settled.events };
    }
  }
}

const counted = (course: Course) => {
  const required = requiredLessons(course);
  return required.length > 0 ? required : courseLessons(course);
};

describe('Enrollment properties', () => {
  it('Property: percent stays in 0–100 and is 100 exactly when every counted lesson of the current course is complete', () => {
    fc.assert(
      fc.property(publishedCourseArb, fc.array(command, { maxLength: 40 }), (initial, commands) => {
        let course = initial;
        let enrollment = enroll(course, { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrap().state;
        commands.forEach((c, n) => {
          ({ course, enrollment } = run(course, enrollment, c, n));
          const { percentComplete } = courseProgress(enrollment, course);
          expect(Number.isInteger(percentComplete)).toBe(true);
          expect(percentComplete).toBeGreaterThanOrEqual(0);
          expect(percentComplete).toBeLessThanOrEqual(100);
          const allDone = counted(course).every((l) => lessonStatus(enrollment, l.id) === 'completed');
          expect(percentComplete === 100).toBe(allDone);
        });
      }),
    );
  });

  it('Property: completion and the certificate are issued at most once, and a completed enrolment keeps its certificate', () => {
    fc.assert(
      fc.property(publishedCourseArb, fc.array(command, { maxLength: 40 }), (initial, commands) => {
        let course = initial;
        let enrollment = enroll(course, { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrap().state;
        const all: EnrollmentEvent[] = [];
        let certificate: Enrollment['certificate'] = null;
        commands.forEach((c, n) => {
          const out = run(course, enrollment, c, n);
          ({ course, enrollment } = out);
          all.push(...out.events);
          if (out.events.some((e) => e.type === 'lms.course.completed')) {
            expect(courseProgress(enrollment, course).percentComplete).toBe(100);
          }
          if (certificate) expect(enrollment.certificate).toBe(certificate);
          if (enrollment.status === 'completed') certificate = enrollment.certificate;
        });
        expect(all.filter((e) => e.type === 'lms.course.completed').length).toBeLessThanOrEqual(1);
        expect(all.filter((e) => e.type === 'lms.certificate.issued').length).toBeLessThanOrEqual(1);
        expect(enrollment.status === 'completed').toBe(certificate !== null);
      }),
    );
  });

  it('Property: nobody who authors the course can hold a new enrolment in it, nor come back to one they left', () => {
    const people = ['author-1', 'u1', 'u2', 'u3'];
    fc.assert(
      fc.property(
        publishedCourseArb,
        fc.subarray(people.slice(1)),
        fc.constantFrom(...people),
        (initial, coAuthors, userId) => {
          // Enrolled (and left) before any co-author joined, where the rule allowed it.
          const earlier = enroll(initial, { id: 'e1', userId }, { now: T0 }).andThen((e) =>
            cancelEnrollment(e.state, { now: T0 }),
          );
          const course = coAuthors.reduce(
            (c, authorId) =>
              addAuthor(c, { actorId: 'author-1', authorId }, { now: T1 })._unsafeUnwrap().state,
            initial,
          );
          const authors = course.authorIds.includes(userId);

          const created = enroll(course, { id: 'e2', userId }, { now: T1 });
          expect(created.isOk()).toBe(!authors);
          if (created.isErr()) expect(created.error.code).toBe('ENROLLMENT_006');
          if (earlier.isErr()) return; // the first author never held one
          const resumed = reenroll(earlier.value.state, course, ctx(1));
          expect(resumed.isOk()).toBe(!authors);
          if (resumed.isErr()) expect(resumed.error.code).toBe('ENROLLMENT_006');
        },
      ),
    );
  });

  it('Property: completing a lesson a second time changes nothing and records no event', () => {
    fc.assert(
      fc.property(
        publishedCourseArb,
        fc.array(command, { maxLength: 30 }),
        lessonPick,
        (initial, commands, pick) => {
          let course = initial;
          let enrollment = enroll(course, { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrap().state;
          commands.forEach((c, n) => {
            ({ course, enrollment } = run(course, enrollment, c, n));
          });
          const lessons = courseLessons(course);
          const lessonId = lessons[pick % lessons.length]?.id ?? '';
          const first = completeLesson(enrollment, course, { lessonId, challengePassed: true }, ctx(98));
          if (first.isErr()) return; // a cancelled enrolment refuses both times
          const second = completeLesson(
            first.value.state,
            course,
            { lessonId, challengePassed: true },
            ctx(99),
          );
          expect(second._unsafeUnwrap()).toEqual({ state: first.value.state, events: [] });
        },
      ),
    );
  });
});
