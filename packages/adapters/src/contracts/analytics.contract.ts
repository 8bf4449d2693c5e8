import {
  type AnalyticsQueries,
  analyticsRecorder,
  GetAnalyticsDashboard,
} from '@talentsphere/application/engagement';
import { createEnvelope } from '@talentsphere/application/events';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { ManualClock, uuidV7Ids } from '../system';
import { aCorrelationId, committed } from './contract-fixtures';

const envelope = (type: Parameters<typeof createEnvelope>[0]['type'], data: unknown) =>
  createEnvelope(
    { type, data },
    { messageId: v7(), timestamp: new Date('2026-03-01T09:30:00.000Z'), correlationId: aCorrelationId() },
  );

const anEvent = (overrides: { id?: string; userId?: string | null } = {}) => ({
  id: overrides.id ?? v7(),
  type: 'lms.lesson.completed',
  occurredAt: new Date('2026-03-01T10:00:00.000Z'),
  userId: overrides.userId === undefined ? v7() : overrides.userId,
  payload: { lessonId: v7(), percent: 40, resumed: false },
});

/**
 * What every analytics adapter (the AnalyticsStore in a transaction and the AnalyticsQueries over
 * what committed) must do. Each test starts from empty analytics tables.
 */
export function analyticsContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; queries: AnalyticsQueries }>,
): void {
  describe(`Analytics contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    let queries: AnalyticsQueries;
    beforeEach(async () => {
      ({ uow, queries } = await subject());
    });

    it('Given an event stored, When the same id comes again, Then it is refused; another id is taken', async () => {
      const first = anEvent();
      expect(await committed(uow, (scope) => scope.analytics.recordEvent(first))).toBe(true);
      expect(await committed(uow, (scope) => scope.analytics.recordEvent({ ...first, type: 'other' }))).toBe(
        false,
      );
      expect(await committed(uow, (scope) => scope.analytics.recordEvent(anEvent({ userId: null })))).toBe(
        true,
      );
    });

    it('Given increments on several days, When a range is read, Then it has the sums of the days inside it, both ends included, in day order', async () => {
      await committed(uow, async (scope) => {
        await scope.analytics.increment('2026-02-28', 'sign_ups', 7);
        await scope.analytics.increment('2026-03-01', 'sign_ups', 1);
        await scope.analytics.increment('2026-03-01', 'sign_ups', 2);
        await scope.analytics.increment('2026-03-03', 'funnel.applied', 1);
        await scope.analytics.increment('2026-03-01', 'accepted', 1);
        await scope.analytics.increment('2026-03-04', 'sign_ups', 5);
      });
      await committed(uow, (scope) => scope.analytics.increment('2026-03-03', 'funnel.applied', 4));
      expect(await queries.dailyCounts('2026-03-01', '2026-03-03')).toEqual([
        { day: '2026-03-01', metric: 'accepted', value: 1 },
        { day: '2026-03-01', metric: 'sign_ups', value: 3 },
        { day: '2026-03-03', metric: 'funnel.applied', value: 5 },
      ]);
      expect(await queries.dailyCounts('2026-03-05', '2026-03-09')).toEqual([]);
    });

    it('Given people marked active, When marked again the same day, Then only the first mark is new, and the range counts each person once', async () => {
      const [ada, bob] = [v7(), v7()];
      const marks = await committed(uow, async (scope) => [
        await scope.analytics.markActive('2026-03-01', ada),
        await scope.analytics.markActive('2026-03-01', ada),
        await scope.analytics.markActive('2026-03-02', ada),
        await scope.analytics.markActive('2026-03-02', bob),
        await scope.analytics.markActive('2026-03-05', bob),
      ]);
      expect(marks).toEqual([true, false, true, true, true]);
      expect(await queries.activeLearners('2026-03-01', '2026-03-02')).toBe(2);
      expect(await queries.activeLearners('2026-03-01', '2026-03-01')).toBe(1);
      expect(await queries.activeLearners('2026-03-03', '2026-03-04')).toBe(0);
    });

    it('Given an application reaching stages, When a stage is reached again (another day too), Then only the first time is new', async () => {
      const [one, two] = [v7(), v7()];
      const marks = await committed(uow, async (scope) => [
        await scope.analytics.markStageReached(one, 'screening', '2026-03-01'),
        await scope.analytics.markStageReached(one, 'screening', '2026-03-02'),
        await scope.analytics.markStageReached(one, 'interview', '2026-03-02'),
        await scope.analytics.markStageReached(two, 'screening', '2026-03-02'),
      ]);
      expect(marks).toEqual([true, false, true, true]);
    });

    it('Given applications submitted before, in and after a range, When its funnel is read, Then it follows the ones submitted in it, to every stage they reached since', async () => {
      const [early, hired, rejected, late] = [v7(), v7(), v7(), v7()];
      await committed(uow, async (scope) => {
        const reach = [
          [early, 'applied', '2026-02-28'],
          [early, 'screening', '2026-03-01'],
          [hired, 'applied', '2026-03-01'],
          [hired, 'screening', '2026-03-02'],
          [hired, 'offer', '2026-03-04'],
          [hired, 'hired', '2026-03-05'],
          [rejected, 'applied', '2026-03-02'],
          [rejected, 'rejected', '2026-03-02'],
          [late, 'applied', '2026-03-03'],
        ] as const;
        for (const [id, stage, day] of reach) await scope.analytics.markStageReached(id, stage, day);
      });
      const funnel = await queries.funnel('2026-03-01', '2026-03-02');
      expect([...funnel].sort((a, b) => a.stage.localeCompare(b.stage))).toEqual([
        { stage: 'applied', count: 2 },
        { stage: 'hired', count: 1 },
        { stage: 'offer', count: 1 },
        { stage: 'rejected', count: 1 },
        { stage: 'screening', count: 1 },
      ]);
      expect(await queries.funnel('2026-03-10', '2026-03-12')).toEqual([]);
    });

    it('Given a handler that throws after analytics writes, When the transaction rolls back, Then none of them remain', async () => {
      const event = anEvent();
      const run = async () =>
        uow.run(
          (scope) =>
            ResultAsync.fromSafePromise(
              (async () => {
                await scope.analytics.recordEvent(event);
                await scope.analytics.increment('2026-03-01', 'sign_ups', 1);
                await scope.analytics.markActive('2026-03-01', v7());
                throw new Error('the handler failed');
              })(),
            ),
          { correlationId: aCorrelationId() },
        );
      await expect(run()).rejects.toThrow('the handler failed');
      expect(await queries.dailyCounts('2026-03-01', '2026-03-01')).toEqual([]);
      expect(await queries.activeLearners('2026-03-01', '2026-03-01')).toBe(0);
      expect(await committed(uow, (scope) => scope.analytics.recordEvent(event))).toBe(true);
    });

    it('Given the recorder fed a stream with a redelivery, When the dashboard reads it back, Then every fact counts once', async () => {
      const learner = v7();
      const application = { applicationId: v7(), jobId: v7(), companyId: v7(), candidateId: v7() };
      const envelopes = [
        envelope('auth.user.registered', {
          userId: learner,
          email: 'a@example.com',
          name: 'A',
          role: 'jobseeker',
        }),
        envelope('lms.enrollment.created', {
          userId: learner,
          courseId: v7(),
          enrollmentId: v7(),
          resumed: false,
        }),
        envelope('challenges.submitted', {
          submissionId: v7(),
          challengeId: v7(),
          userId: learner,
          language: 'javascript',
        }),
        envelope('jobs.application.submitted', application),
        envelope('jobs.application.hired', application),
      ];
      for (const e of [...envelopes, ...envelopes]) {
        await committed(uow, (scope) =>
          analyticsRecorder.handle(e, scope, { clock: new ManualClock(), ids: uuidV7Ids }),
        );
      }
      const dashboard = new GetAnalyticsDashboard({ queries });
      const view = (
        await dashboard.execute({ userId: v7(), role: 'admin' }, { from: '2026-03-01', to: '2026-03-02' })
      )._unsafeUnwrap();
      expect(view.days[0]).toMatchObject({
        day: '2026-03-01',
        signUps: 1,
        enrolments: 1,
        submissions: 1,
        activeLearners: 1,
        applications: 1,
      });
      expect(view.totals).toMatchObject({ signUps: 1, activeLearners: 1, applications: 1 });
      expect(view.funnel.find((f) => f.stage === 'hired')?.count).toBe(1);
    });
  });
}
