/**
 * Job detail (`jobs.get` through the real api) with the Redis cache vs without (a cache that never
 * hits, so every read runs the read model's queries), on the 100,000-job bench database; then the
 * stampede: 1,000 concurrent reads of one cold job key, counting the job detail loads and SQL
 * statements the read-model port ran (recruiting-bench-server.ts wraps it).
 *
 *   pnpm exec tsx tools/bench/job-detail-cache.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_JOBS)
 */
import {
  openJobIds,
  type RecruitingServer,
  seededJobsDatabase,
  startRecruitingServer,
} from './recruiting-support';
import {
  assertClean,
  coldKeyStampede,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  load,
  rounds,
  type SummaryRow,
  seconds,
  short,
  warmPaths,
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
    await warmPaths(server.baseUrl, paths);

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

    const stampede = await coldKeyStampede(server, {
      procedure: 'jobs.get',
      path: jobPath(cold!),
      requests: STAMPEDE,
      loadName: 'job detail',
      loads: (c) => c.jobDetailLoads,
      statementsRead: 'job + company',
    });

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
      stampede,
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
  }
}

if (isMain(import.meta.url)) await run();
