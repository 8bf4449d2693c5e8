/**
 * `auth.me` through tRPC vs a plain Fastify route doing the same work (Bearer JWT check with the
 * same JoseAccessTokenService, the same Kysely user lookup on PostgreSQL), both on one api server
 * in full mode with every hook and plugin. The api rate limit is off for this bench (limiter
 * `none`): it is measured on its own in api-rate-limit.bench.ts. tRPC's stock Fastify adapter on the
 * same router runs beside them, the adapter the issue measured at 0.34×.
 *
 *   pnpm exec tsx tools/bench/auth-me.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS)
 */
import { randomUUID } from 'node:crypto';
import {
  assertClean,
  type ChildServer,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  load,
  rounds,
  type SummaryRow,
  scratchDatabase,
  seconds,
  short,
  startServer,
} from './support';

/** Registers one user through the api and answers its access token. */
export async function registerUser(baseUrl: string): Promise<{ accessToken: string; email: string }> {
  const email = `bench-${randomUUID()}@example.com`;
  const password = 'correct horse battery staple';
  const response = await fetch(`${baseUrl}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, name: 'Bench User', role: 'jobseeker' }),
  });
  const body = (await response.json()) as { result?: { data: { accessToken: string } } };
  if (!body.result) throw new Error(`register failed: ${response.status} ${JSON.stringify(body)}`);
  return { accessToken: body.result.data.accessToken, email };
}

export async function run(): Promise<SummaryRow[]> {
  const database = await scratchDatabase();
  const redisKeyPrefix = `b-me-${process.pid}`;
  let server: ChildServer | undefined;
  try {
    server = await startServer({
      databaseUrl: database.url,
      redisKeyPrefix,
      limiter: 'none',
    });
    const { accessToken } = await registerUser(server.baseUrl);
    const headers = { authorization: `Bearer ${accessToken}` };
    const urls = {
      fastify: `${server.baseUrl}/bench/me`,
      trpc: `${server.baseUrl}/trpc/auth.me`,
      'trpc-stock': `${server.baseUrl}/trpc-stock/auth.me`,
      // What the web app's httpBatchLink sends for one query.
      'trpc-batch': `${server.baseUrl}/trpc/auth.me?batch=1&input=${encodeURIComponent('{"0":null}')}`,
    } as const;
    for (const url of Object.values(urls)) {
      const response = await fetch(url, { headers });
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    }

    console.log(`auth.me: tRPC vs plain Fastify, ${rounds} rounds × ${seconds}s, 50 connections, PostgreSQL`);
    const results = await interleaved(
      ['fastify', 'trpc', 'trpc-batch', 'trpc-stock'] as const,
      async (variant) => {
        const r = await load({ url: urls[variant], headers });
        assertClean(variant, r);
        return r;
      },
    );
    console.log(describeLoad('plain Fastify route GET /bench/me', results.fastify));
    console.log(describeLoad('tRPC GET /trpc/auth.me', results.trpc, results.fastify));
    console.log(describeLoad('tRPC batch of 1 (httpBatchLink)', results['trpc-batch'], results.fastify));
    console.log(describeLoad('stock tRPC adapter GET auth.me', results['trpc-stock'], results.fastify));

    const row = (label: string, r: typeof results.trpc): SummaryRow => {
      const ratio = r.rps / results.fastify.rps;
      return {
        bench: label,
        baseline: `Fastify ${short(results.fastify)}`,
        candidate: short(r),
        ratio,
        target: '≥ 0.6× (stretch 0.8×)',
        met: ratio >= 0.6,
      };
    };
    return [
      row('auth.me via tRPC', results.trpc),
      row('auth.me via tRPC, batch of 1', results['trpc-batch']),
      {
        ...row('auth.me via the stock tRPC Fastify adapter', results['trpc-stock']),
        target: 'comparison only',
        met: null,
      },
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
    await database.drop();
  }
}

if (isMain(import.meta.url)) await run();
