import { handleInUnitOfWork, IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { describe, expect, it } from 'vitest';
import { createEnvelope, type EventData, type EventType, eventContracts } from '../events';
import { analyticsRecorder } from './analytics-recorder.handler';

const DAY1 = '2026-03-01';
const DAY2 = '2026-03-02';
const at = (day: string, time = '10:00:00') => new Date(`${day}T${time}Z`);

function envelope<T extends EventType>(type: T, data: EventData<T>, when: Date) {
  return createEnvelope(
    { type, data },
    { messageId: uuidV7Ids.next(), timestamp: when, correlationId: 'corr' },
  );
}

function bed() {
  const testbed = new IdentityTestbed();
  const handle = (e: ReturnType<typeof envelope>) => handleInUnitOfWork(testbed, analyticsRecorder, e);
  const counts = () => Object.fromEntries(testbed.db.tables.analyticsCounts);
  return { testbed, handle, counts };
}

const ids = () => ({ userId: uuidV7Ids.next(), courseId: uuidV7Ids.next(), enrollmentId: uuidV7Ids.next() });
const submission = (userId: string) => ({
  submissionId: uuidV7Ids.next(),
  challengeId: uuidV7Ids.next(),
  userId,
});
const judgement = (userId: string, verdict: 'ACCEPTED' | 'WRONG_ANSWER' | 'INTERNAL_ERROR') => ({
  ...submission(userId),
  verdict,
  passed: verdict === 'ACCEPTED' ? 3 : 1,
  total: 3,
  timeMs: 4,
  memoryBytes: 1024,
  byAuthor: false,
});
const application = () => ({
  applicationId: uuidV7Ids.next(),
  jobId: uuidV7Ids.next(),
  companyId: uuidV7Ids.next(),
  candidateId: uuidV7Ids.next(),
});

describe('analyticsRecorder', () => {
  it('subscribes to every event type of the contracts, as the analytics consumer', () => {
    expect(analyticsRecorder.consumer).toBe('analytics');
    expect([...analyticsRecorder.eventTypes].sort()).toEqual(Object.keys(eventContracts).sort());
  });

  it('Given a day of sign-ups, learning and grading, When recorded, Then each UTC day has its own counters', async () => {
    const { handle, counts } = bed();
    const ada = ids();
    const bob = ids();
    const person = (role: 'jobseeker' | 'admin') => ({
      userId: uuidV7Ids.next(),
      email: 'x@example.com',
      name: 'X',
      role,
    });
    await handle(envelope('auth.user.registered', person('jobseeker'), at(DAY1)));
    await handle(envelope('auth.user.registered', person('jobseeker'), at(DAY1, '23:59:59')));
    await handle(envelope('auth.user.registered', person('admin'), at(DAY1)));
    await handle(envelope('lms.enrollment.created', { ...ada, resumed: false }, at(DAY1)));
    await handle(envelope('lms.enrollment.created', { ...bob, resumed: true }, at(DAY1)));
    await handle(
      envelope('lms.course.completed', { ...ada, completionDate: at(DAY2).toISOString() }, at(DAY2)),
    );
    await handle(
      envelope('challenges.submitted', { ...submission(ada.userId), language: 'javascript' }, at(DAY2)),
    );
    await handle(envelope('challenges.approved', judgement(ada.userId, 'ACCEPTED'), at(DAY2)));
    await handle(envelope('challenges.rejected', judgement(bob.userId, 'WRONG_ANSWER'), at(DAY2)));
    await handle(envelope('challenges.rejected', judgement(bob.userId, 'INTERNAL_ERROR'), at(DAY2)));
    await handle(envelope('auth.user.registered', person('jobseeker'), at(DAY2, '00:00:00')));

    expect(counts()).toEqual({
      [`${DAY1}|sign_ups`]: 2,
      [`${DAY1}|enrolments`]: 1,
      [`${DAY1}|active_learners`]: 2,
      [`${DAY2}|sign_ups`]: 1,
      [`${DAY2}|completions`]: 1,
      [`${DAY2}|submissions`]: 1,
      [`${DAY2}|judged`]: 2,
      [`${DAY2}|accepted`]: 1,
      [`${DAY2}|active_learners`]: 1,
    });
  });

  it('Given the same event delivered twice, When recorded, Then it is stored once and counted once', async () => {
    const { testbed, handle, counts } = bed();
    const event = envelope('lms.enrollment.created', { ...ids(), resumed: false }, at(DAY1));
    await handle(event);
    await handle(event);
    expect(testbed.db.tables.analyticsEvents.size).toBe(1);
    expect(counts()).toEqual({ [`${DAY1}|enrolments`]: 1, [`${DAY1}|active_learners`]: 1 });
  });

  it('Given one learner busy all day and again the next, When recorded, Then they are one active learner on each day', async () => {
    const { handle, counts } = bed();
    const ada = ids();
    const lesson = { ...ada, lessonId: uuidV7Ids.next() };
    await handle(envelope('lms.lesson.completed', lesson, at(DAY1, '08:00:00')));
    await handle(
      envelope('lms.lesson.completed', { ...lesson, lessonId: uuidV7Ids.next() }, at(DAY1, '20:00:00')),
    );
    await handle(
      envelope('challenges.submitted', { ...submission(ada.userId), language: 'typescript' }, at(DAY1)),
    );
    await handle(envelope('lms.lesson.completed', { ...lesson, lessonId: uuidV7Ids.next() }, at(DAY2)));
    // Leaving a course is not learning.
    await handle(envelope('lms.enrollment.cancelled', ids(), at(DAY2)));
    expect(counts()[`${DAY1}|active_learners`]).toBe(1);
    expect(counts()[`${DAY2}|active_learners`]).toBe(1);
  });

  it('Given applications moving through the pipeline and back, When recorded, Then each counts once at each stage it reached', async () => {
    const { handle, counts } = bed();
    const hired = application();
    const turnedDown = application();
    const leaving = application();
    for (const a of [hired, turnedDown, leaving]) {
      await handle(envelope('jobs.application.submitted', a, at(DAY1)));
    }
    const move = (
      a: typeof hired,
      fromStage: 'applied' | 'screening' | 'interview',
      toStage: typeof fromStage,
    ) => handle(envelope('jobs.application.stage_changed', { ...a, fromStage, toStage }, at(DAY2)));
    await move(hired, 'applied', 'screening');
    await move(hired, 'screening', 'interview');
    await move(hired, 'interview', 'screening');
    await move(hired, 'screening', 'interview');
    await handle(envelope('jobs.application.hired', hired, at(DAY2)));
    await move(turnedDown, 'applied', 'screening');
    await handle(
      envelope(
        'jobs.application.rejected',
        { ...turnedDown, reason: 'Not now', decidedBy: 'employer' },
        at(DAY2),
      ),
    );
    await handle(
      envelope(
        'jobs.application.unrejected',
        { ...turnedDown, stage: 'screening', decidedBy: 'employer' },
        at(DAY2),
      ),
    );
    await handle(
      envelope(
        'jobs.application.rejected',
        { ...turnedDown, reason: 'Really', decidedBy: 'employer' },
        at(DAY2),
      ),
    );
    await handle(envelope('jobs.application.withdrawn', leaving, at(DAY2)));

    expect(counts()).toEqual({
      [`${DAY1}|funnel.applied`]: 3,
      [`${DAY2}|funnel.screening`]: 2,
      [`${DAY2}|funnel.interview`]: 1,
      [`${DAY2}|funnel.hired`]: 1,
      [`${DAY2}|funnel.rejected`]: 1,
      [`${DAY2}|funnel.withdrawn`]: 1,
    });
  });

  it('Given a sign-up, When stored, Then the event keeps its subject and type but not their e-mail or name', async () => {
    const { testbed, handle } = bed();
    const userId = uuidV7Ids.next();
    const event = envelope(
      'auth.user.registered',
      { userId, email: 'ada@example.com', name: 'Ada', role: 'jobseeker' },
      at(DAY1),
    );
    await handle(event);
    expect([...testbed.db.tables.analyticsEvents.values()]).toEqual([
      {
        id: event.messageId,
        type: 'auth.user.registered',
        occurredAt: at(DAY1),
        userId,
        payload: { userId, role: 'jobseeker' },
      },
    ]);
  });

  it('Given an envelope whose data breaks its contract, When handled, Then it throws and stores nothing', async () => {
    const { testbed, handle } = bed();
    const broken = {
      ...envelope('lms.course.completed', { ...ids(), completionDate: at(DAY1).toISOString() }, at(DAY1)),
      data: { userId: 'nope' },
    };
    await expect(handle(broken)).rejects.toThrow();
    expect(testbed.db.tables.analyticsEvents.size).toBe(0);
    expect(testbed.db.tables.analyticsCounts.size).toBe(0);
  });
});
