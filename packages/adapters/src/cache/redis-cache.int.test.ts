import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, serviceUrl } from '../../../../tools/testing/services';
import { cacheContract } from './cache.contract';
import { RedisCache } from './redis-cache';

describe.skipIf(!hasRedis())('RedisCache', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(serviceUrl('redis')!);
  });
  afterAll(async () => {
    await redis.quit();
  });

  // Time passes for Redis by shortening the TTLs of this test's keys; a key without a TTL keeps living,
  // so a missing EX still fails the expiry test.
  cacheContract('RedisCache', async (prefix) => ({
    cache: new RedisCache(redis),
    async elapse(seconds) {
      for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 100 })) {
        for (const key of keys as string[]) {
          const remainingMs = await redis.pttl(key);
          if (remainingMs < 0) continue;
          const left = remainingMs - seconds * 1000;
          if (left > 0) await redis.pexpire(key, left);
          else await redis.del(key);
        }
      }
    },
  }));

  it('stores the TTL on the key itself (SET … EX)', async () => {
    const key = `test:cache:ttl:${randomUUID()}`;
    await new RedisCache(redis).set(key, { a: 1 }, 300);
    const ttl = await redis.ttl(key);
    await redis.del(key);
    expect(ttl).toBeGreaterThan(295);
    expect(ttl).toBeLessThanOrEqual(300);
  });
});
