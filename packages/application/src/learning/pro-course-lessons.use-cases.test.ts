import { type GrantedPlan, LearningTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { PAST_DUE_GRACE_DAYS } from '@talentsphere/domain/billing';
import { beforeEach, describe, expect, it } from 'vitest';

const DAY_S = 86_400;

describe('a pro course’s lessons follow the learner’s plan', () => {
  let bed: LearningTestbed;
  let author: TestUser;
  let learner: TestUser;
  let courseId: string;
  let lessonIds: string[];
  let plan: GrantedPlan;
  beforeEach(async () => {
    bed = new LearningTestbed();
    author = bed.user('instructor');
    learner = bed.user('jobseeker');
    ({ courseId, lessonIds } = await bed.course(author, { details: { accessTier: 'pro' }, sections: [3] }));
    plan = await bed.upgrade(learner);
    await bed.enroll(learner, courseId);
  });

  const lessonId = (index: number) => lessonIds[index] ?? '';
  const read = (index: number, actor: TestUser = learner) =>
    bed.services.getLesson.execute(actor, { courseId, lessonId: lessonId(index) }, bed.ctx);
  const visit = (index: number) =>
    bed.services.visitLesson.execute(learner, { courseId, lessonId: lessonId(index) }, bed.ctx);
  const complete = (index: number) =>
    bed.services.completeLesson.execute(learner, { courseId, lessonId: lessonId(index) }, bed.ctx);
  /** Moves the clock to `days` after the end of the plan's first paid period. */
  const pastPeriodEnd = (days: number) => {
    const end = Date.parse(plan.subscription.currentPeriodEnd) + days * DAY_S * 1000;
    bed.clock.advance((end - bed.clock.now().getTime()) / 1000);
  };
  const providerId = () => plan.subscription.providerSubscriptionId;

  /** The plan was cancelled and its paid period is over. */
  const cancelledPastPeriodEnd = async () => {
    await plan.gateway.setCancelAtPeriodEnd(providerId(), true, 'cancel-key');
    pastPeriodEnd(0);
    await plan.gateway.endPeriod(providerId());
  };

  const expectPaymentRequired = (result: { _unsafeUnwrapErr(): unknown }) =>
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });

  it('Given an enrolled learner with the plan, When they read, visit and complete lessons, Then all succeed', async () => {
    expect((await read(0))._unsafeUnwrap().lesson.id).toBe(lessonId(0));
    expect((await visit(0))._unsafeUnwrap().lastLessonId).toBe(lessonId(0));
    expect((await complete(0))._unsafeUnwrap()).toMatchObject({ completedLessons: 1, percentComplete: 33 });
  });

  it('Given a plan cancelled past its period end, When the learner reads, visits or completes a lesson, Then BILLING_001 and nothing changes; the course page, their enrolment and my learning still show', async () => {
    await complete(0);
    await cancelledPastPeriodEnd();
    const before = bed.db.tables.enrollments;

    expectPaymentRequired(await read(1));
    expect((await read(1))._unsafeUnwrapErr().message).toMatch(/progress is kept/);
    expectPaymentRequired(await visit(1));
    expectPaymentRequired(await complete(1));
    expect(bed.db.tables.enrollments).toBe(before);

    expect((await bed.services.getCourse.execute(learner, { courseId }))._unsafeUnwrap().id).toBe(courseId);
    const enrollment = await bed.services.getMyEnrollment.execute(learner, { courseId }, bed.ctx);
    expect(enrollment._unsafeUnwrap()).toMatchObject({ status: 'active', completedLessons: 1 });
    const rows = (await bed.services.listMyLearning.execute(learner))._unsafeUnwrap();
    expect(rows.map((r) => [r.course.id, r.enrollment.percentComplete])).toEqual([[courseId, 33]]);
  });

  it('Given a lapsed plan, When the learner leaves the course, Then they may (leaving takes no plan)', async () => {
    await cancelledPastPeriodEnd();
    const left = await bed.services.cancelEnrollment.execute(learner, { courseId }, bed.ctx);
    expect(left._unsafeUnwrap().status).toBe('cancelled');
  });

  it('Given an unpaid renewal, Then lessons stay open through the grace period and close after it', async () => {
    pastPeriodEnd(0);
    await plan.gateway.failRenewal(providerId());

    pastPeriodEnd(PAST_DUE_GRACE_DAYS - 1);
    expect((await read(0)).isOk()).toBe(true);
    expect((await complete(0)).isOk()).toBe(true);

    pastPeriodEnd(PAST_DUE_GRACE_DAYS + 1);
    expectPaymentRequired(await read(1));
    expectPaymentRequired(await complete(1));
  });

  it('Given a lapsed plan, When the learner subscribes again, Then the lessons open with their progress intact and the course can be finished', async () => {
    await complete(0);
    await cancelledPastPeriodEnd();
    expectPaymentRequired(await read(1));

    await bed.upgrade(learner);
    expect((await read(1))._unsafeUnwrap().enrollment).toMatchObject({
      completedLessons: 1,
      percentComplete: 33,
    });
    await complete(1);
    const done = (await complete(2))._unsafeUnwrap();
    expect(done).toMatchObject({ status: 'completed', percentComplete: 100 });
    expect(done.certificate).not.toBeNull();
  });

  it('Given the course’s author without a plan, When they read its lessons, Then no plan is asked (they preview, without an enrolment)', async () => {
    await cancelledPastPeriodEnd();
    expect((await read(0, author))._unsafeUnwrap()).toMatchObject({ enrollment: null });
    expect((await read(2, author)).isOk()).toBe(true);
  });
});
