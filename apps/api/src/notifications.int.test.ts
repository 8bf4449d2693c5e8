import { RedisCache } from '@talentsphere/adapters/cache';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { createWorker, type Worker } from '@talentsphere/worker/create-worker';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTestTopology } from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Notifications over the wire: produced by events in the worker, pushed over the
// `notifications.updates` SSE subscription, resumed after the last id a client saw.

interface Pushed {
  readonly seq: number;
  readonly title: string;
  readonly link: string | null;
}

const posting = {
  title: 'Platform Engineer',
  description: 'Keep the event stream flowing.',
  requirements: ['RabbitMQ'],
  location: 'Berlin',
  remotePolicy: 'remote',
  employmentType: 'full-time',
  salary: { min: 6_000_000, max: 8_000_000, currency: 'EUR' },
  skills: [{ name: 'TypeScript', level: 'advanced' }],
};

/** An employer with a published job: what candidates apply to. */
async function openJob(employer: WireClient): Promise<string> {
  const created = await employer.call('mutation', 'companies.create', {
    name: 'Streamline',
    slug: `streamline-${uuidV7Ids.next().slice(-12)}`,
    size: '11-50',
    location: 'Berlin',
    description: 'Events, reliably.',
  });
  const posted = await employer.call('mutation', 'jobs.post', {
    ...posting,
    companyId: created.body.result?.data.companyId,
    publish: true,
  });
  return posted.body.result?.data.jobId;
}

/** The newest inbox number once `count` notifications have arrived. */
async function lastSeqAfter(client: WireClient, count: number): Promise<number> {
  const listed = await eventually(
    () => client.call('query', 'notifications.list', {}),
    (res) => res.body.result?.data.items.length >= count,
  );
  return listed.body.result?.data.items[0]?.seq ?? 0;
}

const titles = (events: { id: string | null; data: Pushed }[]) =>
  events.map((e) => `${e.id}:${e.data.seq}:${e.data.title}`);

describe('notifications through the real server (embedded mode)', () => {
  let t: TestServer;
  let employer: WireClient;
  let candidate: WireClient;
  let jobId: string;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    employer = await signUp(t, 'employer', 'Erin Employer');
    candidate = await signUp(t, 'jobseeker', 'Cara Candidate');
    jobId = await openJob(employer);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('pushes a notification produced by an event to the open subscription, then resumes after the last id seen with every missed one', async () => {
    const employerSeen = await lastSeqAfter(employer, 1);
    const applicantArrives = employer.subscribeTracked<Pushed>(
      'notifications.updates',
      {},
      (e) => e.data.title.startsWith('New applicant'),
      { lastEventId: String(employerSeen) },
    );
    const applied = await candidate.call('mutation', 'applications.submit', { jobId, coverLetter: 'Hi' });
    const applicationId = applied.body.result?.data.applicationId;
    expect(titles(await applicantArrives)).toEqual([
      `${employerSeen + 1}:${employerSeen + 1}:New applicant for Platform Engineer`,
    ]);

    // The candidate watches until the first step, then goes away (a closed laptop).
    const candidateSeen = await lastSeqAfter(candidate, 1);
    const firstStep = candidate.subscribeTracked<Pushed>('notifications.updates', {}, () => true, {
      lastEventId: String(candidateSeen),
    });
    await employer.call('mutation', 'applications.view', { applicationId });
    const [viewed] = await firstStep;
    expect(viewed).toMatchObject({
      id: String(candidateSeen + 1),
      data: { title: 'Your application was viewed', link: `/applications/${applicationId}` },
    });

    // Meanwhile two more steps are committed.
    await employer.call('mutation', 'applications.move', { applicationId, stage: 'screening' });
    await employer.call('mutation', 'applications.move', { applicationId, stage: 'assessment' });
    await lastSeqAfter(candidate, candidateSeen + 3);

    // Back online with the last id it saw: the two missed ones first, in order, then a live one.
    let reconnected = 0;
    const resumed = candidate.subscribeTracked<Pushed>(
      'notifications.updates',
      {},
      () => {
        reconnected += 1;
        return reconnected === 3;
      },
      { lastEventId: viewed?.id ?? '' },
    );
    await eventually(
      async () => reconnected,
      (n) => n === 2,
    );
    await employer.call('mutation', 'applications.move', { applicationId, stage: 'interview' });
    expect(titles(await resumed)).toEqual([
      `${candidateSeen + 2}:${candidateSeen + 2}:Moved to Screening`,
      `${candidateSeen + 3}:${candidateSeen + 3}:Moved to Assessment`,
      `${candidateSeen + 4}:${candidateSeen + 4}:Moved to Interview`,
    ]);
  });

  it('keeps a switched-off category out of the inbox, refuses switching billing off, and needs a session', async () => {
    const learner = await signUp(t, 'jobseeker', 'Lou Learner');
    const off = await learner.call('mutation', 'notifications.setPreference', {
      category: 'recruiting',
      inApp: false,
    });
    expect(off.body.result?.data).toContainEqual({ category: 'recruiting', inApp: false, switchable: true });
    const applied = await learner.call('mutation', 'applications.submit', { jobId });
    const applicationId = applied.body.result?.data.applicationId;
    await employer.call('mutation', 'applications.view', { applicationId });
    // Switch back on only once the notification consumer has handled the view.
    const { db } = t.runtime.database;
    const viewedEvent = await db
      .selectFrom('outbox')
      .select('id')
      .where('event_type', '=', 'jobs.application.viewed')
      .where(sql<string>`payload->>'applicationId'`, '=', applicationId)
      .executeTakeFirstOrThrow();
    await eventually(
      () =>
        db
          .selectFrom('inbox')
          .select('message_id')
          .where('consumer', '=', 'notification')
          .where('message_id', '=', viewedEvent.id)
          .execute(),
      (rows) => rows.length === 1,
    );
    await learner.call('mutation', 'notifications.setPreference', { category: 'recruiting', inApp: true });
    await employer.call('mutation', 'applications.move', { applicationId, stage: 'screening' });

    const inbox = await eventually(
      () => learner.call('query', 'notifications.list', {}),
      (res) => res.body.result?.data.items.some((i: Pushed) => i.title === 'Moved to Screening'),
    );
    // Only the step after switching back on: the view in between was never stored.
    const recruiting = inbox.body.result?.data.items.filter(
      (i: Pushed & { category: string }) => i.category === 'recruiting',
    );
    expect(recruiting.map((i: Pushed) => i.title)).toEqual(['Moved to Screening']);

    const refused = await learner.call('mutation', 'notifications.setPreference', {
      category: 'billing',
      inApp: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data.appCode).toBe('NOTIFICATION_001');
    const anonymous = await new WireClient(t.baseUrl).call('query', 'notifications.preferences');
    expect(anonymous.status).toBe(401);
  });
});

describe.skipIf(!(hasPostgres() && hasRedis() && hasRabbit()))(
  'notifications across two api processes (full mode)',
  () => {
    const suffix = uuidV7Ids.next().slice(-8);
    const messaging = { exchange: `test.events.${suffix}`, queuePrefix: `test.${suffix}.` };
    const redisKeyPrefix = `test-notifications-${suffix}`;
    let database: TestDatabase;
    let apis: TestServer[];
    let worker: Worker;
    let redis: Redis;
    const sandbox = new SandboxPool({ size: 1 });
    const handlers = (api: TestServer) =>
      workerHandlers({
        cache: new RedisCache(redis),
        runner: new IsolatedVmCodeRunner(sandbox),
        live: api.runtime.services.live,
        leaderboards: api.runtime.leaderboards,
      });

    beforeAll(async () => {
      database = await createTestDatabase();
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL: serviceUrl('redis')!,
        REDIS_KEY_PREFIX: redisKeyPrefix,
        AMQP_URL: serviceUrl('rabbitmq')!,
        JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      };
      apis = [await startTestServer(env), await startTestServer(env)];
      redis = new Redis(serviceUrl('redis')!, { keyPrefix: `${redisKeyPrefix}:` });
      // The worker announces through the first api's Redis connections: another process to the second.
      worker = createWorker({
        database: database.handle,
        mode: 'full',
        amqpUrl: serviceUrl('rabbitmq')!,
        logger: pino({ level: 'silent' }),
        messaging,
        handlers: handlers(apis[0] as TestServer),
      });
      await worker.start();
    });
    afterAll(async () => {
      await worker?.stop();
      const consumers = apis?.[0] ? [...new Set(handlers(apis[0]).map((h) => h.consumer))] : [];
      for (const api of apis ?? []) await api.close();
      redis?.disconnect();
      await deleteTestTopology(serviceUrl('rabbitmq')!, {
        ...messaging,
        consumers,
        retryDelaysMs: [1_000, 5_000, 25_000],
      });
      await database?.drop();
      await sandbox.close();
    });

    it('delivers a notification committed through RabbitMQ to the subscriptions open on both api processes', async () => {
      const [first, second] = apis as [TestServer, TestServer];
      const employer = await signUp(first, 'employer', 'Erin Employer');
      const candidate = await signUp(second, 'jobseeker', 'Cara Candidate');
      const jobId = await openJob(employer);
      const seen = await lastSeqAfter(employer, 1);

      // The same person in two tabs, each served by a different api process.
      const onSecond = new WireClient(second.baseUrl);
      onSecond.accessToken = employer.accessToken;
      const streams = [employer, onSecond].map((client) =>
        client.subscribeTracked<Pushed>('notifications.updates', {}, () => true, {
          lastEventId: String(seen),
        }),
      );
      // Let both catch up to `seen` and wait live, so the push (not the catch-up) delivers.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await candidate.call('mutation', 'applications.submit', { jobId });

      for (const received of await Promise.all(streams)) {
        expect(titles(received)).toEqual([`${seen + 1}:${seen + 1}:New applicant for Platform Engineer`]);
      }
    });
  },
);
