import { RedisLeaderboardStore } from '@talentsphere/adapters/leaderboards';
import { PgNotifyOutboxSignal } from '@talentsphere/adapters/messaging';
import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { awardPoints, updateLeaderboards } from '@talentsphere/application/engagement';
import { createChallenge } from '@talentsphere/domain/challenges';
import { isoWeek } from '@talentsphere/domain/engagement';
import { Redis } from 'ioredis';
import { ResultAsync } from 'neverthrow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteTestTopology,
  registerLikeWrite,
  waitFor,
} from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { createWorker, type Worker } from './create-worker';

const logger = pino({ level: 'silent' });
const RETRY_DELAYS_MS = [200, 400, 800];

describe.skipIf(!hasPostgres() || !hasRabbit() || !hasRedis())(
  'gamification through the real worker: outbox → RabbitMQ → gamification consumer → ledger → Redis',
  () => {
    const suffix = uuidV7Ids.next().slice(-8);
    const messaging = {
      exchange: `test.events.${suffix}`,
      queuePrefix: `test.${suffix}.`,
      retryDelaysMs: RETRY_DELAYS_MS,
    };
    const redisPrefix = `tgam${suffix}`;
    let database: TestDatabase;
    let redis: Redis;
    let worker: Worker;
    let apiSignal: PgNotifyOutboxSignal;
    let uow: KyselyUnitOfWork;

    beforeAll(async () => {
      database = await createTestDatabase({ poolSize: 8 });
      redis = new Redis(serviceUrl('redis')!, { keyPrefix: `${redisPrefix}:` });
      worker = createWorker({
        database: database.handle,
        mode: 'full',
        amqpUrl: serviceUrl('rabbitmq')!,
        logger,
        messaging,
        handlers: [awardPoints, updateLeaderboards(new RedisLeaderboardStore(redis))],
        relay: { pollIntervalMs: 250 },
      });
      await worker.start();
      apiSignal = new PgNotifyOutboxSignal(database.handle.pool!, logger);
      uow = new KyselyUnitOfWork(database.handle.db, {
        ids: uuidV7Ids,
        clock: systemClock,
        onEventsCommitted: () => apiSignal.notify(),
      });
    });
    afterAll(async () => {
      await apiSignal?.flush();
      await worker?.stop();
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(redisPrefix.length + 1)));
      redis?.disconnect();
      await deleteTestTopology(serviceUrl('rabbitmq')!, { ...messaging, consumers: ['gamification'] });
      await database?.drop();
    });

    /** Commits events to the outbox the way a use case does. */
    const publish = (...events: Array<{ type: string; data: unknown }>) =>
      uow
        .run(
          (scope) => {
            scope.events.record(...events);
            return ResultAsync.fromSafePromise(Promise.resolve());
          },
          { correlationId: `corr-${uuidV7Ids.next()}` },
        )
        .then((r) => r._unsafeUnwrap());

    const approved = (userId: string, challengeId: string) => ({
      type: 'challenges.approved',
      data: {
        submissionId: uuidV7Ids.next(),
        challengeId,
        userId,
        verdict: 'ACCEPTED',
        passed: 2,
        total: 2,
        timeMs: 4,
        memoryBytes: 2048,
      },
    });

    const ledgerOf = (userId: string) =>
      database.handle.db
        .selectFrom('gamification_ledger')
        .select(['rule_id', 'subject', 'points'])
        .where('user_id', '=', userId)
        .orderBy('rule_id')
        .execute();
    const outboxCount = async (type: string, userId: string) =>
      (await database.handle.db.selectFrom('outbox').select(['event_type', 'payload']).execute()).filter(
        (r) => r.event_type === type && (r.payload as { userId: string }).userId === userId,
      ).length;

    it('an accepted challenge and an application become points, a badge, a level and leaderboard entries exactly once, through redeliveries', async () => {
      const author = await registerLikeWrite(uow, 'Grace Author');
      const learner = await registerLikeWrite(uow, 'Linus Learner');
      const challengeId = uuidV7Ids.next();
      const challenge = createChallenge(
        {
          id: challengeId,
          authorId: author,
          details: {
            title: 'Echo',
            slug: `echo-${suffix}`,
            statement: 'Return the input.',
            difficulty: 'hard',
            skills: [{ name: 'Algorithms', level: 'beginner' }],
            starterCode: { javascript: 'function echo(x) {}' },
          },
          grading: {
            entryFunction: 'echo',
            tests: [
              { id: 't1', input: [1], expected: 1, comparison: 'exact', visibility: 'sample' },
              { id: 't2', input: [2], expected: 2, comparison: 'exact', visibility: 'hidden' },
            ],
            limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
            referenceSolution: { language: 'javascript', source: 'function echo(x) { return x; }' },
          },
        },
        { now: new Date() },
      )._unsafeUnwrap().state;
      await uow
        .run((scope) => ResultAsync.fromSafePromise(scope.challenges.insert(challenge)), {
          correlationId: 'challenge',
        })
        .then((r) => r._unsafeUnwrap());

      await publish(approved(learner, challengeId), {
        type: 'jobs.application.submitted',
        data: {
          applicationId: uuidV7Ids.next(),
          jobId: uuidV7Ids.next(),
          companyId: uuidV7Ids.next(),
          candidateId: learner,
        },
      });
      const allTime = 'gamification:leaderboard:all-time';
      const weekly = `gamification:leaderboard:weekly:${isoWeek(new Date())}`;
      // Welcome 50 + hard challenge 100 + application 10.
      await waitFor(async () => (await redis.zscore(allTime, learner)) === '160', 20_000);

      // Redelivery: every outbox row goes out again with its message id (a relay that crashed before
      // marking rows sent), and the same challenge is accepted again under a new submission.
      await database.handle.db.updateTable('outbox').set({ published_at: null }).execute();
      await publish(approved(learner, challengeId));
      apiSignal.notify();
      await waitFor(async () => {
        const pending = await database.handle.db
          .selectFrom('outbox')
          .select('id')
          .where('published_at', 'is', null)
          .execute();
        return pending.length === 0;
      }, 20_000);
      // The consumer has taken every redelivered message once its queue is empty and acked.
      await waitFor(async () => {
        const inbox = await database.handle.db
          .selectFrom('inbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('consumer', '=', 'gamification')
          .executeTakeFirstOrThrow();
        const outbox = await database.handle.db
          .selectFrom('outbox')
          .select('id')
          .where('event_type', 'in', [
            'auth.user.registered',
            'challenges.approved',
            'jobs.application.submitted',
            'gamification.points.awarded',
          ])
          .execute();
        return Number(inbox.n) === outbox.length;
      }, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(await ledgerOf(learner)).toEqual([
        { rule_id: 'challenge-solved', subject: challengeId, points: 100 },
        { rule_id: 'job-applied', subject: expect.any(String), points: 10 },
        { rule_id: 'signed-up', subject: 'account', points: 50 },
      ]);
      const badges = await database.handle.db
        .selectFrom('gamification_badges')
        .select('badge')
        .where('user_id', '=', learner)
        .execute();
      expect(badges.map((b) => b.badge)).toEqual(['first-application']);
      expect(await outboxCount('gamification.points.awarded', learner)).toBe(3);
      expect(await outboxCount('gamification.badge.earned', learner)).toBe(1);
      expect(await outboxCount('gamification.level.up', learner)).toBe(1);
      expect(await redis.zscore(allTime, learner)).toBe('160');
      expect(await redis.zscore(weekly, learner)).toBe('160');
      expect(await redis.zrevrange(allTime, 0, -1, 'WITHSCORES')).toEqual([learner, '160', author, '50']);
    });
  },
);
