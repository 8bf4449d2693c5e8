import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, serviceUrl } from '../../../../tools/testing/services';
import { liveUpdatesContract } from './live-updates.contract';
import { RedisLiveUpdates } from './redis-live-updates';

const channelPrefix = 'test-live:';

describe.skipIf(!hasRedis())('RedisLiveUpdates', () => {
  // Two api processes: each has its own publishing and subscribing connections.
  const connections: Redis[] = [];
  const connect = () => {
    // The api's connection has a keyPrefix; channels must still carry the prefix exactly once.
    const redis = new Redis(serviceUrl('redis')!, { keyPrefix: 'test-keys:' });
    connections.push(redis);
    return redis;
  };
  const apiProcess = () => {
    const publisher = connect();
    const subscriber = publisher.duplicate();
    connections.push(subscriber);
    return new RedisLiveUpdates({ publisher, subscriber, channelPrefix });
  };
  let admin: Redis;

  beforeAll(() => {
    admin = new Redis(serviceUrl('redis')!);
  });
  afterAll(() => {
    for (const redis of [admin, ...connections]) redis.disconnect();
  });

  const subscribers = async (channel: string) => {
    const [, count] = (await admin.pubsub('NUMSUB', `${channelPrefix}${channel}`)) as [string, number];
    return Number(count);
  };

  liveUpdatesContract('RedisLiveUpdates', async () => ({
    live: apiProcess(),
    peer: apiProcess(),
    isListening: async (channel) => (await subscribers(channel)) > 0,
  }));

  it('publishes on the prefixed channel and subscribes once per process however many listen', async () => {
    const channel = `test:live:${randomUUID()}`;
    const live = apiProcess();
    const stop = new AbortController();
    const subscriptions = [1, 2, 3].map(() => live.subscribe(channel, { signal: stop.signal }));
    await Promise.all(subscriptions.map((subscription) => subscription.ready));
    expect(await subscribers(channel)).toBe(1);

    const raw = admin.duplicate();
    connections.push(raw);
    await raw.subscribe(`${channelPrefix}${channel}`);
    const rawMessage = new Promise((resolve) => raw.once('message', (_channel, text) => resolve(text)));
    await live.publish(channel, { n: 1 });
    expect(await rawMessage).toBe('{"n":1}');
    stop.abort();
  });

  it('fails the subscription, not the process, when Redis refuses', async () => {
    const publisher = connect();
    const subscriber = new Redis(serviceUrl('redis')!, { lazyConnect: true, enableOfflineQueue: false });
    connections.push(subscriber);
    const live = new RedisLiveUpdates({ publisher, subscriber, channelPrefix });
    const subscription = live.subscribe('test:live:refused', { signal: new AbortController().signal });

    await expect(subscription.ready).rejects.toThrow();
    await expect(subscription[Symbol.asyncIterator]().next()).rejects.toThrow();
  });
});
