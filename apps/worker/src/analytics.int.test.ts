import { KyselyAnalyticsQueries } from '@talentsphere/adapters/engagement';
import { PgNotifyOutboxSignal, RabbitMqEventPublisher } from '@talentsphere/adapters/messaging';
import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { analyticsRecorder, GetAnalyticsDashboard } from '@talentsphere/application/engagement';
import type { EventEnvelope } from '@talentsphere/application/events';
import { okAsync } from 'neverthrow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTestTopology, waitFor } from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { createWorker } from './create-worker';

const logger = pino({ level: 'silent' });
const id = () => uuidV7Ids.next();
const today = () => new Date().toISOString().slice(0, 10);

/** One day of a small platform, as the use cases would record it. */
function aDayOfEvents() {
  const [ada, bob] = [id(), id()];
  const application = { applicationId: id(), jobId: id(), companyId: id(), candidateId: bob };
  const graded = (userId: string, verdict: 'ACCEPTED' | 'WRONG_ANSWER') => ({
    submissionId: id(),
    challengeId: id(),
    userId,
    verdict,
    passed: verdict === 'ACCEPTED' ? 2 : 1,
    total: 2,
    timeMs: 3,
    memoryBytes: 2048,
  });
  return [
    {
      type: 'auth.user.registered',
      data: { userId: ada, email: 'ada@example.com', name: 'Ada', role: 'jobseeker' },
    },
    {
      type: 'auth.user.registered',
      data: { userId: bob, email: 'bob@example.com', name: 'Bob', role: 'jobseeker' },
    },
    {
      type: 'lms.enrollment.created',
      data: { userId: ada, courseId: id(), enrollmentId: id(), resumed: false },
    },
    {
      type: 'challenges.submitted',
      data: { submissionId: id(), challengeId: id(), userId: ada, language: 'javascript' },
    },
    {
      type: 'challenges.submitted',
      data: { submissionId: id(), challengeId: id(), userId: bob, language: 'typescript' },
    },
    { type: 'challenges.approved', data: graded(ada, 'ACCEPTED') },
    { type: 'challenges.rejected', data: graded(bob, 'WRONG_ANSWER') },
    { type: 'challenges.rejected', data: graded(bob, 'WRONG_ANSWER') },
    { type: 'jobs.application.submitted', data: application },
    {
      type: 'jobs.application.stage_changed',
      data: { ...application, fromStage: 'applied', toStage: 'screening' },
    },
  ];
}

describe.skipIf(!hasPostgres() || !hasRabbit())(
  'analytics consumer through the real worker on PostgreSQL and RabbitMQ',
  () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('stores every event and counts each once, even when the broker delivers them all again past the inbox', async () => {
      const suffix = id().slice(-8);
      const messaging = { exchange: `test.events.${suffix}`, queuePrefix: `test.${suffix}.` };
      const amqpUrl = serviceUrl('rabbitmq')!;
      const worker = createWorker({
        database: database.handle,
        mode: 'full',
        amqpUrl,
        logger,
        handlers: [analyticsRecorder],
        messaging,
      });
      await worker.start();
      const apiSignal = new PgNotifyOutboxSignal(database.handle.pool!, logger);
      const uow = new KyselyUnitOfWork(database.handle.db, {
        ids: uuidV7Ids,
        clock: systemClock,
        onEventsCommitted: () => apiSignal.notify(),
      });
      const db = database.handle.db;
      const stored = async () =>
        Number(
          (
            await db
              .selectFrom('analytics_events')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const events = aDayOfEvents();

      try {
        (
          await uow.run((scope) => okAsync(scope.events.record(...events)), {
            correlationId: `analytics-${suffix}`,
          })
        )._unsafeUnwrap();
        await waitFor(async () => (await stored()) === events.length);

        // A consumer that lost its inbox (a restore, a replay) gets every message twice more at once.
        const outbox = await db.selectFrom('outbox').selectAll().execute();
        const envelopes = outbox.map(
          (row): EventEnvelope => ({
            messageId: row.id,
            eventType: row.event_type,
            version: row.version,
            timestamp: row.occurred_at.toISOString(),
            correlationId: row.correlation_id,
            data: row.payload,
          }),
        );
        await db.deleteFrom('inbox').where('consumer', '=', 'analytics').execute();
        const publisher = new RabbitMqEventPublisher({ url: amqpUrl, logger, exchange: messaging.exchange });
        await publisher.publish([...envelopes, ...envelopes]);
        await publisher.close();
        await waitFor(async () => {
          const inbox = await db
            .selectFrom('inbox')
            .select('message_id')
            .where('consumer', '=', 'analytics')
            .execute();
          return inbox.length === events.length;
        });
      } finally {
        await apiSignal.flush();
        await worker.stop();
      }

      expect(await stored()).toBe(events.length);
      const sample = await db
        .selectFrom('analytics_events')
        .selectAll()
        .where('type', '=', 'auth.user.registered')
        .execute();
      for (const row of sample) expect(Object.keys(row.payload as object).sort()).toEqual(['role', 'userId']);

      const view = (
        await new GetAnalyticsDashboard({ queries: new KyselyAnalyticsQueries(db) }).execute(
          { userId: id(), role: 'admin' },
          { from: today(), to: today() },
        )
      )._unsafeUnwrap();
      expect(view.totals).toEqual({
        signUps: 2,
        activeLearners: 2,
        enrolments: 1,
        completions: 0,
        submissions: 2,
        judged: 3,
        accepted: 1,
        acceptanceRate: 1 / 3,
        applications: 1,
      });
      expect(view.funnel.slice(0, 2)).toEqual([
        { stage: 'applied', count: 1 },
        { stage: 'screening', count: 1 },
      ]);

      const left = await deleteTestTopology(amqpUrl, {
        ...messaging,
        consumers: ['analytics'],
        retryDelaysMs: [1_000, 5_000, 25_000],
      });
      expect(left).toEqual({ analytics: 0 });
    });
  },
);
