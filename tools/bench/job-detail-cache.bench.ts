/**
 * Job detail (`jobs.get` through the real api) with the Redis cache vs without (a cache that never
 * hits, so every read runs the read model's queries), on the 100,000-job bench database; then the
 * stampede: 1,000 concurrent reads of one cold job key, counting the job detail loads and SQL
 * statements the read-model port ran (recruiting-bench-server.ts wraps it).
 *
 *   pnpm exec tsx tools/bench/job-detail-cache.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_JOBS)
 */
import autocannon from 'autocannon';
import {
  openJobIds,
  type RecruitingServer,
  seededJobsDatabase,
  startRecruitingServer,
} from './recruiting-support';
import {
  assertClean,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  load,
  rounds,
  type SummaryRow,
  seconds,
  short,
} from './support';

const SAMPLE = 1_000;
const STAMPEDE = 1_000;
const jobPath = (jobId: string) => `/trpc/jobs.get?input=${encodeURIComponent(JSON.stringify({ jobId }))}`;

export async function run(): Promise<SummaryRow[]> {
  const databaseUrl = await seededJobsDatabase();
  const redisKeyPrefix = `b-job-${process.pid}`;
  let server: RecruitingServer | undefined;
  try {
    server = await startRecruitingServer({ databaseUrl, redisKeyPrefix, searches: [] });
    const [cold, ...ids] = await openJobIds(databaseUrl, SAMPLE + 1);
    const paths = ids.map(jobPath);
    for (const path of paths) {
      const response = await fetch(server.baseUrl + path);
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    }

    console.log(
      `jobs.get: Redis cache vs none, ${SAMPLE} open jobs in rotation, ${rounds} rounds × ${seconds}s, 50 connections`,
    );
    const results = await interleaved(['uncached', 'cached'] as const, async (variant) => {
      await server!.useCache(variant === 'cached' ? 'redis' : 'none');
      let next = 0;
      const r = await load({
        url: server!.baseUrl,
        requests: [
          { method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) },
        ],
      });
      assertClean(variant, r);
      return r;
    });
    console.log(describeLoad('uncached (every read hits PostgreSQL)', results.uncached));
    console.log(describeLoad('cached (Redis, cache-aside)', results.cached, results.uncached));

    // The stampede: one connection per request, all sent at once, on a key nobody has read yet.
    await server.useCache('redis');
    await server.counters(true);
    const stampede = await autocannon({
      url: server.baseUrl + jobPath(cold!),
      connections: STAMPEDE,
      amount: STAMPEDE,
      timeout: 30,
    });
    const counted = await server.counters();
    const ok = stampede['2xx'];
    console.log(
      `  stampede: ${STAMPEDE} concurrent reads of one cold key → ${ok} answered 200, ` +
        `${counted.jobDetailLoads} job detail load(s), ${counted.statements} SQL statement(s)`,
    );

    const ratio = results.cached.rps / results.uncached.rps;
    return [
      {
        bench: 'jobs.get cached (Redis) vs uncached',
        baseline: `uncached ${short(results.uncached)}`,
        candidate: short(results.cached),
        ratio,
        target: '≥ 2.5×',
        met: ratio >= 2.5,
      },
      {
        bench: `stampede: ${STAMPEDE} concurrent jobs.get of one cold key`,
        baseline: `${STAMPEDE} requests, ${ok} answered 200`,
        candidate: `${counted.jobDetailLoads} load (${counted.statements} SQL statements: job + company)`,
        ratio: null,
        target: '1 load',
        met: counted.jobDetailLoads === 1 && ok === STAMPEDE,
      },
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
  }
}

if (isMain(import.meta.url)) await run();
