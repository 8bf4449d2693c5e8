import { RedisCache } from '@talentsphere/adapters/cache';
import { RedisLiveUpdates } from '@talentsphere/adapters/live';
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

// Full mode end to end for live messages: the api on PostgreSQL and Redis, a separate worker that
// relays the outbox to RabbitMQ, consumes network.message.sent and publishes on Redis with its own
// connections; the recipient's open event stream on the api gets the news from there.

describe.skipIf(!(hasPostgres() && hasRedis() && hasRabbit()))('networking in full mode', () => {
  const suffix = uuidV7Ids.next().slice(-8);
  const messaging = { exchange: `test.events.${suffix}`, queuePrefix: `test.${suffix}.` };
  const redisKeyPrefix = `test-network-${suffix}`;
  let database: TestDatabase;
  let t: TestServer;
  let worker: Worker;
  let publisher: Redis;
  let subscriber: Redis;
  const sandbox = new SandboxPool({ size: 1 });
  const handlers = () =>
    workerHandlers({
      cache: new RedisCache(publisher),
      runner: new IsolatedVmCodeRunner(sandbox),
      // The worker's own connections: what reaches the api crosses Redis, as between machines.
      live: new RedisLiveUpdates({ publisher, subscriber, channelPrefix: `${redisKeyPrefix}:live:` }),
      leaderboards: t.runtime.leaderboards,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    t = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_URL: serviceUrl('redis')!,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      AMQP_URL: serviceUrl('rabbitmq')!,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    });
    publisher = new Redis(serviceUrl('redis')!, { keyPrefix: `${redisKeyPrefix}:` });
    subscriber = new Redis(serviceUrl('redis')!);
    worker = createWorker({
      database: database.handle,
      mode: 'full',
      amqpUrl: serviceUrl('rabbitmq')!,
      logger: pino({ level: 'silent' }),
      messaging,
      handlers: handlers(),
    });
    await worker.start();
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await deleteTestTopology(serviceUrl('rabbitmq')!, {
      ...messaging,
      consumers: [...new Set(handlers().map((h) => h.consumer))],
      retryDelaysMs: [1_000, 5_000, 25_000],
    });
    publisher?.disconnect();
    subscriber?.disconnect();
    await database?.drop();
    await sandbox.close();
  });

  const signUp = async (name: string) => {
    const client = new WireClient(t.baseUrl);
    const res = await client.call('mutation', 'auth.register', {
      email: `${name.toLowerCase()}-${suffix}@example.com`,
      password: TEST_PASSWORD,
      name,
      role: 'jobseeker',
    });
    client.accessToken = res.body.result?.data.accessToken;
    const me = await client.call('query', 'auth.me');
    return { client, id: me.body.result?.data.id as string };
  };

  it('delivers a message to the recipient’s open stream through RabbitMQ, the worker and Redis, and notifies them', async () => {
    const ana = await signUp('Ana');
    const ben = await signUp('Ben');
    const requested = await ana.client.call('mutation', 'network.request', { userId: ben.id });
    const connectionId = requested.body.result?.data.connectionId;
    expect(
      (await ben.client.call('mutation', 'network.answer', { connectionId, answer: 'accept' })).status,
    ).toBe(200);

    const stream = ben.client.subscribe<{ unreadMessages: number; latestMessageId: string | null }>(
      'network.pulseUpdates',
      {},
      (pulse) => pulse.unreadMessages > 0,
    );
    // The first pulse is read before the message exists, so what follows can only be the news.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sentAt = Date.now();
    const sent = await ana.client.call('mutation', 'network.send', {
      recipientId: ben.id,
      body: 'Over the wire',
    });
    const pulses = await stream;
    expect(pulses[0]?.unreadMessages).toBe(0);
    expect(pulses.at(-1)).toEqual({
      unreadMessages: 1,
      incomingRequests: 0,
      messageRequests: 0,
      latestMessageId: sent.body.result?.data.messageId,
    });
    // Announced, not found by the 10-second recheck.
    expect(Date.now() - sentAt).toBeLessThan(9_000);

    const titles = await eventually(
      async () =>
        (
          (await ben.client.call('query', 'notifications.list', { limit: 10 })).body.result?.data.items ?? []
        ).map((n: { title: string }) => n.title) as string[],
      (list) => list.includes('New message from Ana'),
    );
    expect(titles).toEqual(expect.arrayContaining(['Ana wants to connect', 'New message from Ana']));
  });
});
