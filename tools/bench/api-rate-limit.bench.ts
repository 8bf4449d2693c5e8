/**
 * The api's per-IP rate limit (`apiRateLimit`, RedisRateLimiter) on vs off for `auth.me` through the
 * real server in full mode. One server, its limiter switched between rounds: `none`, and
 * `redis-large` (the api's Redis limiter, same script and keys, budget raised so nothing is refused:
 * the allowed path is what every request pays). Then a correctness check: two more api processes
 * with the api's real limit (600 calls a minute per IP), each with its own Redis connection and one
 * REDIS_KEY_PREFIX, share one exact budget.
 *
 *   pnpm exec tsx tools/bench/api-rate-limit.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS)
 *
 * The limiter alone (no HTTP, and under a bare node:http server) is in rate-limit.bench.ts.
 */
import { randomUUID } from 'node:crypto';
import { apiRateLimit } from '@talentsphere/adapters/trpc';
import { Redis } from 'ioredis';
import { registerUser } from './auth-me.bench';
import {
  assertClean,
  type ChildServer,
  describeLoad,
  interleaved,
  isMain,
  load,
  rounds,
  type SummaryRow,
  scratchDatabase,
  seconds,
  services,
  short,
  startServer,
} from './support';

export async function run(): Promise<SummaryRow[]> {
  const database = await scratchDatabase();
  const prefix = `b-rl-${randomUUID().slice(0, 8)}`;
  const redis = new Redis(services.redis);
  const started: ChildServer[] = [];
  const start = async (suffix: string, limiter: 'none' | 'redis-large' | 'runtime') => {
    const server = await startServer({
      databaseUrl: database.url,
      redisKeyPrefix: `${prefix}-${suffix}`,
      limiter,
    });
    started.push(server);
    return server;
  };
  try {
    const server = await start('bench', 'none');
    const shared = [await start('shared', 'runtime'), await start('shared', 'runtime')];
    const { accessToken } = await registerUser(server.baseUrl);
    const headers = { authorization: `Bearer ${accessToken}` };

    console.log(`Rate limiting on vs off: GET /trpc/auth.me, ${rounds} rounds × ${seconds}s, 50 connections`);
    const results = await interleaved(['off', 'on'] as const, async (variant) => {
      await server.useLimiter(variant === 'on' ? 'redis-large' : 'none');
      const r = await load({ url: `${server.baseUrl}/trpc/auth.me`, headers });
      assertClean(`rate limit ${variant}`, r);
      return r;
    });
    // Proof the `on` rounds went through Redis: the api's counter for this IP holds their calls.
    const counters = await redis.keys(`${prefix}-bench:*:${apiRateLimit.name}:*`);
    const counted = (await Promise.all(counters.map((key) => redis.get(key)))).reduce(
      (sum, value) => sum + Number(value ?? 0),
      0,
    );
    if (counted === 0) throw new Error('the limiter-on rounds left no Redis counter');
    console.log(describeLoad('limit off (no limiter)', results.off));
    console.log(describeLoad('limit on (RedisRateLimiter)', results.on, results.off));
    console.log(`  Redis counted ${counted.toLocaleString('en')} calls in ${counters.join(', ')}`);

    // Two processes, one budget: fire more calls than the budget, alternating between the servers.
    const total = apiRateLimit.points + 100;
    const statuses = await inBatches(total, 50, async (i) => {
      const response = await fetch(`${shared[i % 2]!.baseUrl}/trpc/auth.me`, { headers });
      await response.arrayBuffer();
      return response.status;
    });
    const allowed = statuses.filter((s) => s === 200).length;
    const refused = statuses.filter((s) => s === 429).length;
    const exact = allowed === apiRateLimit.points && refused === total - apiRateLimit.points;
    console.log(
      `  two api processes, ${total} calls from one IP against a budget of ${apiRateLimit.points}/` +
        `${apiRateLimit.windowSeconds}s: ${allowed} allowed, ${refused} refused with 429 → ` +
        (exact ? 'exact' : 'NOT exact'),
    );

    const ratio = results.on.rps / results.off.rps;
    return [
      {
        bench: 'rate limit on (Redis) vs off, auth.me',
        baseline: `off ${short(results.off)}`,
        candidate: short(results.on),
        ratio,
        target: '≥ 0.8×',
        met: ratio >= 0.8,
      },
      {
        bench: 'limit exact across 2 api processes',
        baseline: `${total} calls, budget ${apiRateLimit.points}`,
        candidate: `${allowed} allowed, ${refused} refused`,
        ratio: null,
        target: `exactly ${apiRateLimit.points} allowed`,
        met: exact,
      },
    ];
  } finally {
    await Promise.all(started.map((s) => s.close()));
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await database.drop();
  }
}

async function inBatches<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

if (isMain(import.meta.url)) await run();
