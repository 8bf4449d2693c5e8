import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, serviceUrl } from '../../../../tools/testing/services';
import { rateLimiterContract } from './rate-limiter.contract';
import { RedisRateLimiter } from './redis-rate-limiter';

describe.skipIf(!hasRedis())('RedisRateLimiter', () => {
  let redis: Redis;
  const keyPrefix = `test-rl-${randomUUID()}`;

  beforeAll(() => {
    redis = new Redis(serviceUrl('redis')!, { enableAutoPipelining: true });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  // Time passes for Redis by shortening the TTLs of this test's counters; a counter without a TTL
  // keeps living, so a missing EXPIRE still fails the window test.
  rateLimiterContract('RedisRateLimiter', async (prefix) => ({
    limiter: new RedisRateLimiter(redis, { keyPrefix }),
    async elapse(seconds) {
      for (const key of await redis.keys(`${keyPrefix}:${prefix}-*`)) {
        const remainingMs = await redis.pttl(key);
        if (remainingMs < 0) continue;
        const left = remainingMs - seconds * 1000;
        if (left > 0) await redis.pexpire(key, left);
        else await redis.del(key);
      }
    },
  }));

  describe('across processes', () => {
    let other: Redis;
    beforeAll(() => {
      other = new Redis(serviceUrl('redis')!);
    });
    afterAll(async () => {
      await other.quit();
    });

    it('shares one exact budget between two limiters on two connections', async () => {
      const rule = { name: `shared-${randomUUID()}`, points: 25, windowSeconds: 60 };
      const first = new RedisRateLimiter(redis, { keyPrefix });
      const second = new RedisRateLimiter(other, { keyPrefix });
      const calls = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? first : second).consume(rule, 'ip'));
      const allowed = (await Promise.all(calls)).filter((r) => r === null);
      expect(allowed).toHaveLength(25);

      await first.reset(rule, 'ip');
      expect(await second.consume(rule, 'ip')).toBeNull();
    });

    it('costs one Redis command per consume', async () => {
      const rule = { name: `cost-${randomUUID()}`, points: 100, windowSeconds: 60 };
      const limiter = new RedisRateLimiter(other, { keyPrefix });
      await limiter.consume(rule, 'warm-up'); // may load the script once (NOSCRIPT then EVAL)

      const monitor = await redis.monitor();
      const seen: string[] = [];
      const marker = `end-${rule.name}`;
      // MONITOR reports commands in execution order: once the marker shows up, every consume has too.
      const drained = new Promise<void>((resolve) => {
        monitor.on('monitor', (_time: string, args: string[], source: string) => {
          if (args[1] === marker) resolve();
          else if (!source.startsWith('lua') && args.some((a) => a.includes(rule.name))) seen.push(args[0]!);
        });
      });
      for (let i = 0; i < 10; i++) await limiter.consume(rule, `k${i}`);
      await other.echo(marker);
      await drained;
      monitor.disconnect();

      expect(seen.map((c) => c.toLowerCase())).toEqual(Array(10).fill('evalsha'));
    });
  });
});
