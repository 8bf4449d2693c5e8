import type { TransactionScope, UnitOfWork } from '@talentsphere/application/shared';
import {
  type Course,
  cancelEnrollment,
  type Enrollment,
  reenroll,
  requiredLessons,
  visitLesson,
} from '@talentsphere/domain/learning';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { committed } from './contract-fixtures';
import { aCourse, anEnrollment, completing, lessonIds, minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

/** What every EnrollmentRepository adapter must do, through its unit of work. */
export function enrollmentRepositoryContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork }>,
): void {
  describe(`EnrollmentRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    const storedCourse = async (scope: TransactionScope): Promise<Course> => {
      const author = await storedUser(scope, 'Ines Instructor');
      const course = aCourse(author.id);
      await scope.courses.insert(course);
      return course;
    };

    /** A stored course and a learner enrolled in it. */
    const enrolled = () =>
      committed(uow, async (scope) => {
        const course = await storedCourse(scope);
        const learner = await storedUser(scope, 'Lena Learner');
        const enrollment = anEnrollment(course, learner.id);
        expect(await scope.enrollments.insert(enrollment)).toBe('inserted');
        return { course, enrollment };
      });

    const find = (e: Enrollment) =>
      committed(uow, (scope) => scope.enrollments.findByLearner(e.userId, e.courseId));
    const save = (e: Enrollment) => committed(uow, (scope) => scope.enrollments.update(e));

    it('Given an inserted enrolment, When found by learner and course, Then it comes back; other learners and courses find nothing', async () => {
      const { enrollment } = await enrolled();
      expect(await find(enrollment)).toEqual(enrollment);
      expect(
        await committed(uow, (scope) => scope.enrollments.findByLearner(v7(), enrollment.courseId)),
      ).toBeUndefined();
      expect(
        await committed(uow, (scope) => scope.enrollments.findByLearner(enrollment.userId, v7())),
      ).toBeUndefined();
    });

    it('Given an enrolment, When the learner enrols in the course again (even once cancelled), Then it is a duplicate and the transaction goes on', async () => {
      const { course, enrollment } = await enrolled();
      await save(cancelEnrollment(enrollment, { now: minutes(1) })._unsafeUnwrap().state);
      const other = await committed(uow, async (scope) => {
        expect(await scope.enrollments.insert(anEnrollment(course, enrollment.userId))).toBe('duplicate');
        const otherCourse = await storedCourse(scope);
        const other = anEnrollment(otherCourse, enrollment.userId);
        expect(await scope.enrollments.insert(other)).toBe('inserted');
        return other;
      });
      expect(await find(enrollment)).toMatchObject({ id: enrollment.id, status: 'cancelled' });
      expect(await find(other)).toEqual(other);
    });

    it('Given an enrolment, When lessons are visited and completed, Then progress, last lesson and times round-trip', async () => {
      const { course, enrollment } = await enrolled();
      const [first, second] = lessonIds(course);
      let progressed = visitLesson(enrollment, course, second ?? '', { now: minutes(1) })._unsafeUnwrap()
        .state;
      progressed = completing(progressed, course, [first ?? ''], minutes(2));
      expect(progressed.lessons).toHaveLength(2);
      await save(progressed);
      expect(await find(enrollment)).toEqual(progressed);
    });

    it('Given an enrolment, When every required lesson is completed, Then the completion and its certificate round-trip and the certificate never changes', async () => {
      const { course, enrollment } = await enrolled();
      const completed = completing(
        enrollment,
        course,
        requiredLessons(course).map((l) => l.id),
        minutes(3),
      );
      expect(completed.status).toBe('completed');
      expect(completed.certificate).not.toBeNull();
      await save(completed);
      expect(await find(enrollment)).toEqual(completed);

      // Completing the optional lesson later saves again; the certificate issued stays the same.
      const optional = lessonIds(course).at(-1) ?? '';
      const later = completing(completed, course, [optional], minutes(4));
      await save(later);
      expect(await find(enrollment)).toEqual(later);
      expect((await find(enrollment))?.certificate).toEqual(completed.certificate);
    });

    it('Given an enrolment, When cancelled and resumed, Then each status round-trips with the progress kept', async () => {
      const { course, enrollment } = await enrolled();
      const started = completing(enrollment, course, [lessonIds(course)[0] ?? ''], minutes(1));
      const cancelled = cancelEnrollment(started, { now: minutes(2) })._unsafeUnwrap().state;
      await save(cancelled);
      expect(await find(enrollment)).toEqual(cancelled);
      const resumed = reenroll(cancelled, course, {
        now: minutes(3),
        certificateId: v7(),
        verificationCode: `CODE-${v7()}`,
      })._unsafeUnwrap().state;
      await save(resumed);
      expect(await find(enrollment)).toEqual(resumed);
      expect(resumed).toMatchObject({ status: 'active', cancelledAt: null });
    });

    it.each(['update', 'share'] as const)(
      'Given an enrolment, When read with a %s lock, Then it comes back like an unlocked read',
      async (lock) => {
        const { enrollment } = await enrolled();
        expect(
          await committed(uow, (scope) =>
            scope.enrollments.findByLearner(enrollment.userId, enrollment.courseId, lock),
          ),
        ).toEqual(enrollment);
      },
    );

    it('Given an enrolment read for update, When another transaction completes a lesson meanwhile, Then it waits and keeps the first one’s progress', async () => {
      const { course, enrollment } = await enrolled();
      const [first, second] = lessonIds(course);
      let firstHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        firstHoldsLock = resolve;
      });
      const complete = (lessonId: string, at: Date, signal?: () => void) =>
        committed(uow, async (scope) => {
          const read = await scope.enrollments.findByLearner(
            enrollment.userId,
            enrollment.courseId,
            'update',
          );
          signal?.();
          await new Promise((resolve) => setTimeout(resolve, 50)); // a missing lock lets the other in now
          if (read) await scope.enrollments.update(completing(read, course, [lessonId], at));
        });
      const one = complete(first ?? '', minutes(1), firstHoldsLock);
      await locked;
      await Promise.all([one, complete(second ?? '', minutes(2))]);
      const after = await find(enrollment);
      expect(after?.lessons.map((l) => [l.lessonId, l.status])).toEqual([
        [first, 'completed'],
        [second, 'completed'],
      ]);
    });

    it('Given active, cancelled and completed enrolments of two courses, When paging a course’s active ones, Then they come in id order, after the given id, at most the limit', async () => {
      const { course, active, otherActive } = await committed(uow, async (scope) => {
        const course = await storedCourse(scope);
        const other = await storedCourse(scope);
        const active: string[] = [];
        for (let i = 0; i < 5; i++) {
          const learner = await storedUser(scope, `Learner ${i}`);
          const e = anEnrollment(course, learner.id);
          await scope.enrollments.insert(e);
          active.push(e.id);
        }
        const quitter = await storedUser(scope, 'Quinn Quitter');
        const q = anEnrollment(course, quitter.id);
        await scope.enrollments.insert(cancelEnrollment(q, { now: minutes(1) })._unsafeUnwrap().state);
        const finisher = await storedUser(scope, 'Fiona Finisher');
        const f = anEnrollment(course, finisher.id);
        await scope.enrollments.insert(
          completing(
            f,
            course,
            requiredLessons(course).map((l) => l.id),
            minutes(1),
          ),
        );
        const o = anEnrollment(other, quitter.id);
        await scope.enrollments.insert(o);
        return { course, active: active.sort(), otherActive: o.id };
      });

      const pages: string[][] = [];
      let after: string | null = null;
      for (;;) {
        const page: Enrollment[] = await committed(uow, (scope) =>
          scope.enrollments.activeOfCourse(course.id, after, 2),
        );
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(2);
        expect(page.every((e) => e.status === 'active' && e.courseId === course.id)).toBe(true);
        pages.push(page.map((e) => e.id));
        after = page.at(-1)?.id ?? null;
      }
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat()).toEqual(active);
      expect(pages.flat()).not.toContain(otherActive);
    });
  });
}
