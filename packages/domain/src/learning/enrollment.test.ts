import { describe, expect, it } from 'vitest';
import { addAuthor, removeLesson } from './course';
import {
  cancelEnrollment,
  completeLesson,
  courseProgress,
  type Enrollment,
  enroll,
  lessonStatus,
  reenroll,
  settleCompletion,
  visitLesson,
} from './enrollment';
import { draftCourse, publishedCourse, T0, T1, T2 } from './learning.fixtures';

const course = publishedCourse();
const ctx = { now: T1, certificateId: 'cert-1', verificationCode: 'VERIFY-1' };
const ids = { enrollmentId: 'e1', userId: 'u1', courseId: 'c1' };
const fresh = (): Enrollment => enroll(course, { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrap().state;
const complete = (e: Enrollment, lessonId: string, challengePassed = false) =>
  completeLesson(e, course, { lessonId, challengePassed }, ctx)._unsafeUnwrap();

describe('enroll', () => {
  it('Given a published course, When enrolling, Then an active enrolment with no progress and lms.enrollment.created', () => {
    const { state, events } = enroll(course, { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'active', lessons: [], lastLessonId: null, certificate: null });
    expect(courseProgress(state, course)).toEqual({
      percentComplete: 0,
      completedLessons: 0,
      totalLessons: 3,
    });
    expect(events).toEqual([{ type: 'lms.enrollment.created', data: { ...ids, resumed: false } }]);
  });

  it('Given one of the course’s authors, When enrolling, Then ENROLLMENT_006: they preview it instead', () => {
    const coAuthored = addAuthor(course, { actorId: 'author-1', authorId: 'u2' }, { now: T1 })._unsafeUnwrap()
      .state;
    for (const userId of ['author-1', 'u2']) {
      expect(enroll(coAuthored, { id: 'e1', userId }, { now: T1 })._unsafeUnwrapErr()).toMatchObject({
        kind: 'Forbidden',
        code: 'ENROLLMENT_006',
      });
    }
  });

  it('Given a draft course, When enrolling, Then ENROLLMENT_004', () => {
    expect(enroll(draftCourse(), { id: 'e1', userId: 'u1' }, { now: T0 })._unsafeUnwrapErr().code).toBe(
      'ENROLLMENT_004',
    );
  });
});

describe('progress', () => {
  it('Given a lesson, When visiting, Then it is in progress and the one to resume from, without event', () => {
    const { state, events } = visitLesson(fresh(), course, 'l2', { now: T1 })._unsafeUnwrap();
    expect(lessonStatus(state, 'l2')).toBe('in_progress');
    expect(lessonStatus(state, 'l1')).toBe('not_started');
    expect(state.lastLessonId).toBe('l2');
    expect(events).toEqual([]);
  });

  it('Given a lesson, When completing it, Then lms.lesson.completed and lms.progress.updated; twice changes nothing', () => {
    const first = complete(fresh(), 'l1');
    expect(first.events).toEqual([
      { type: 'lms.lesson.completed', data: { ...ids, lessonId: 'l1' } },
      {
        type: 'lms.progress.updated',
        data: { ...ids, percentComplete: 33, completedLessons: 1, totalLessons: 3 },
      },
    ]);
    expect(complete(first.state, 'l1')).toEqual({ state: first.state, events: [] });
  });

  it('Given a challenge lesson, When completing without a pass, Then ENROLLMENT_005', () => {
    expect(completeLesson(fresh(), course, { lessonId: 'l3' }, ctx)._unsafeUnwrapErr().code).toBe(
      'ENROLLMENT_005',
    );
  });

  it('Given a lesson of another course, When completing, Then COURSE_005', () => {
    expect(completeLesson(fresh(), course, { lessonId: 'zz' }, ctx)._unsafeUnwrapErr().code).toBe(
      'COURSE_005',
    );
  });

  it('Given every required lesson done, When the last one completes, Then the course completes with one certificate', () => {
    const e = complete(complete(fresh(), 'l1').state, 'l3', true).state;
    const { state, events } = complete(e, 'l2');
    expect(state).toMatchObject({
      status: 'completed',
      completedAt: T1,
      certificate: { id: 'cert-1', verificationCode: 'VERIFY-1', issuedAt: T1 },
    });
    expect(courseProgress(state, course).percentComplete).toBe(100);
    expect(events.map((ev) => ev.type)).toEqual([
      'lms.lesson.completed',
      'lms.progress.updated',
      'lms.course.completed',
      'lms.certificate.issued',
    ]);
    expect(events[2]?.data).toEqual({ ...ids, completionDate: T1.toISOString() });
    expect(events[3]?.data).toEqual({ ...ids, certificateId: 'cert-1', verificationCode: 'VERIFY-1' });
    // The optional lesson is still recorded, but nothing is issued again.
    const later = completeLesson(
      state,
      course,
      { lessonId: 'l4' },
      { ...ctx, certificateId: 'cert-2' },
    )._unsafeUnwrap();
    expect(later.events.map((ev) => ev.type)).toEqual(['lms.lesson.completed', 'lms.progress.updated']);
    expect(later.state.certificate?.id).toBe('cert-1');
  });

  it('Given a course edit that removes the only lesson left, When settling, Then the enrolment completes', () => {
    const e = complete(complete(fresh(), 'l1').state, 'l2').state;
    const edited = removeLesson(course, { actorId: 'author-1', lessonId: 'l3' }, { now: T2 })._unsafeUnwrap()
      .state;
    expect(courseProgress(e, course).percentComplete).toBe(66);
    expect(courseProgress(e, edited)).toEqual({ percentComplete: 100, completedLessons: 2, totalLessons: 2 });
    expect(settleCompletion(e, edited, ctx)._unsafeUnwrap().state.status).toBe('completed');
  });
});

describe('cancel and re-enrol', () => {
  it('Given an active enrolment, When cancelled, Then progress is kept and lessons can no longer be completed', () => {
    const started = complete(fresh(), 'l1').state;
    const { state, events } = cancelEnrollment(started, { now: T1 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'cancelled', cancelledAt: T1, lessons: started.lessons });
    expect(events).toEqual([{ type: 'lms.enrollment.cancelled', data: ids }]);
    expect(completeLesson(state, course, { lessonId: 'l2' }, ctx)._unsafeUnwrapErr().code).toBe(
      'ENROLLMENT_003',
    );
    expect(visitLesson(state, course, 'l2', ctx).isErr()).toBe(true);
  });

  it('Given a cancelled enrolment, When re-enrolling, Then it is active with its progress', () => {
    const started = complete(fresh(), 'l1').state;
    const cancelled = cancelEnrollment(started, { now: T1 })._unsafeUnwrap().state;
    const { state, events } = reenroll(cancelled, course, { ...ctx, now: T2 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'active', cancelledAt: null, lessons: started.lessons });
    expect(events).toEqual([{ type: 'lms.enrollment.created', data: { ...ids, resumed: true } }]);
    expect(reenroll(state, course, ctx)._unsafeUnwrapErr().code).toBe('ENROLLMENT_003');
  });

  it('Given a learner who left and has since become an author, When re-enrolling, Then ENROLLMENT_006', () => {
    const cancelled = cancelEnrollment(complete(fresh(), 'l1').state, { now: T1 })._unsafeUnwrap().state;
    const coAuthored = addAuthor(course, { actorId: 'author-1', authorId: 'u1' }, { now: T1 })._unsafeUnwrap()
      .state;
    expect(reenroll(cancelled, coAuthored, { ...ctx, now: T2 })._unsafeUnwrapErr().code).toBe(
      'ENROLLMENT_006',
    );
  });

  it('Given a completed enrolment, When cancelling, Then ENROLLMENT_003', () => {
    const e = complete(complete(complete(fresh(), 'l1').state, 'l2').state, 'l3', true).state;
    expect(cancelEnrollment(e, { now: T2 })._unsafeUnwrapErr().code).toBe('ENROLLMENT_003');
  });
});
