import { RedisCache } from '@talentsphere/adapters/cache';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { createWorker, type Worker } from '@talentsphere/worker/create-worker';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import { Redis } from 'ioredis';
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
import { TEST_PASSWORD } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Full mode end to end: api on PostgreSQL with its Redis cache, a separate worker consuming from
// RabbitMQ. A course edit reaches readers only through the worker dropping the cached page.

describe.skipIf(!(hasPostgres() && hasRedis() && hasRabbit()))('learning in full mode', () => {
  const suffix = uuidV7Ids.next().slice(-8);
  const messaging = { exchange: `test.events.${suffix}`, queuePrefix: `test.${suffix}.` };
  const redisKeyPrefix = `test-learning-${suffix}`;
  let database: TestDatabase;
  let t: TestServer;
  let worker: Worker;
  let redis: Redis;
  const sandbox = new SandboxPool({ size: 1 });
  const runner = new IsolatedVmCodeRunner(sandbox);

  beforeAll(async () => {
    database = await createTestDatabase();
    t = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_URL: serviceUrl('redis')!,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      AMQP_URL: serviceUrl('rabbitmq')!,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    });
    redis = new Redis(serviceUrl('redis')!, { keyPrefix: `${redisKeyPrefix}:` });
    worker = createWorker({
      database: database.handle,
      mode: 'full',
      amqpUrl: serviceUrl('rabbitmq')!,
      logger: pino({ level: 'silent' }),
      messaging,
      handlers: workerHandlers({
        cache: new RedisCache(redis),
        runner,
        live: t.runtime.services.live,
        leaderboards: t.runtime.leaderboards,
      }),
    });
    await worker.start();
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    const keys = await redis.keys(`${redisKeyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(redisKeyPrefix.length + 1)));
    redis?.disconnect();
    await deleteTestTopology(serviceUrl('rabbitmq')!, {
      ...messaging,
      consumers: [
        ...new Set(
          workerHandlers({
            cache: new RedisCache(redis),
            runner,
            live: t.runtime.services.live,
            leaderboards: t.runtime.leaderboards,
          }).map((h) => h.consumer),
        ),
      ],
      retryDelaysMs: [1_000, 5_000, 25_000],
    });
    await database?.drop();
    await sandbox.close();
  });

  const signUp = async (role: 'instructor' | 'jobseeker') => {
    const client = new WireClient(t.baseUrl);
    const res = await client.call('mutation', 'auth.register', {
      email: `${role}-${suffix}@example.com`,
      password: TEST_PASSWORD,
      name: role === 'instructor' ? 'Ines Instructor' : 'Lena Learner',
      role,
    });
    client.accessToken = res.body.result?.data.accessToken;
    return client;
  };

  it('serves course pages from Redis, refreshed by the worker after an edit; completion notifies through RabbitMQ', async () => {
    const instructor = await signUp('instructor');
    const learner = await signUp('jobseeker');
    const details = { title: 'Redis in practice', slug: `redis-${suffix}`, level: 'beginner' };
    const courseId = (await instructor.call('mutation', 'studio.create', details)).body.result?.data.id;
    const section = await instructor.call('mutation', 'studio.addSection', { courseId, title: 'Basics' });
    const added = await instructor.call('mutation', 'studio.addLesson', {
      courseId,
      sectionId: section.body.result?.data.sections[0].id,
      lesson: { title: 'Keys and TTLs', content: { kind: 'article', markdown: 'Every key may expire.' } },
    });
    const lessonId = added.body.result?.data.sections[0].lessons[0].id;
    await instructor.call('mutation', 'studio.publish', { courseId });

    const read = () => new WireClient(t.baseUrl).call('query', 'courses.get', { courseId });
    expect((await read()).body.result?.data.title).toBe('Redis in practice');
    const cachedPages = await redis.keys(`${redisKeyPrefix}:learning:course:${courseId}:*`);
    expect(cachedPages.filter((key) => !key.endsWith(':version'))).toHaveLength(1);

    await instructor.call('mutation', 'studio.updateDetails', {
      ...details,
      courseId,
      title: 'Redis at scale',
    });
    // The worker consumes from RabbitMQ: allow it up to 10 s.
    const refreshed = await eventually(read, (res) => res.body.result?.data.title === 'Redis at scale', 100);
    expect(refreshed.body.result?.data.title).toBe('Redis at scale');

    await learner.call('mutation', 'courses.enroll', { courseId });
    const done = await learner.call('mutation', 'courses.completeLesson', { courseId, lessonId });
    const code = done.body.result?.data.certificate.verificationCode;
    const inbox = await eventually(
      () => learner.call('query', 'notifications.list', {}),
      (res) => res.body.result?.data.items.some((i: { link: string }) => i.link === `/certificates/${code}`),
      100,
    );
    expect(inbox.body.result?.data.items.map((i: { title: string }) => i.title)).toContain(
      'You completed Redis at scale',
    );
  });
});
