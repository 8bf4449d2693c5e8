import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, serviceUrl } from '../../../../tools/testing/services';
import { leaderboardStoreContract } from './leaderboard-store.contract';
import { RedisLeaderboardStore } from './redis-leaderboard-store';

describe.skipIf(!hasRedis())('RedisLeaderboardStore', () => {
  // A deployment prefix, as the api and worker connect: keys carry it once.
  const prefix = `test-lb-${randomUUID()}:`;
  let redis: Redis;
  let raw: Redis;

  beforeAll(() => {
    redis = new Redis(serviceUrl('redis')!, { keyPrefix: prefix });
    raw = new Redis(serviceUrl('redis')!);
  });
  afterAll(async () => {
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
    await redis.quit();
    await raw.quit();
  });

  leaderboardStoreContract('redis', async () => new RedisLeaderboardStore(redis));

  it('stores each board as one sorted set under the deployment prefix; weekly boards expire', async () => {
    const store = new RedisLeaderboardStore(redis);
    await store.raise('all-time', 'ann', 12);
    await store.raise('weekly:2026-W48', 'ann', 12);
    expect(await raw.zscore(`${prefix}gamification:leaderboard:all-time`, 'ann')).toBe('12');
    expect(await raw.ttl(`${prefix}gamification:leaderboard:all-time`)).toBe(-1);
    expect(await raw.ttl(`${prefix}gamification:leaderboard:weekly:2026-W48`)).toBeGreaterThan(86_400 * 28);
    await store.replace('weekly:2026-W48', [{ userId: 'bob', score: 3 }]);
    expect(await raw.keys(`${prefix}*rebuild*`)).toEqual([]);
  });
});
