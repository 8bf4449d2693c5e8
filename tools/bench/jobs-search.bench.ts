/**
 * `jobs.search` through the real api (GET /trpc/jobs.search?input=…) vs the same SQL served by a
 * plain Fastify + pg route on the same server (see recruiting-bench-server.ts), full mode, on a
 * PostgreSQL database seeded with 100,000 jobs (kept between runs, see recruiting-support.ts).
 * Each variant cycles through the same mix of searches: words, filters, facets, the three sorts.
 *
 *   pnpm exec tsx tools/bench/jobs-search.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_JOBS)
 */
import type { JobSearchInput } from '@talentsphere/application/recruiting';
import autocannon from 'autocannon';
import { type RecruitingServer, seededJobsDatabase, startRecruitingServer } from './recruiting-support';
import {
  assertClean,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  rounds,
  type SummaryRow,
  short,
} from './support';

type SearchRequest = Partial<JobSearchInput>;

/**
 * A search costs 0.1–0.6 s of PostgreSQL time at 100,000 jobs, so 50 connections queue for seconds:
 * a measurement must be long beside that queue (BENCH_SEARCH_SECONDS, default 30).
 */
const searchSeconds = Number(process.env.BENCH_SEARCH_SECONDS ?? 30);

/** What people type into a job board: words, then filters, and browsing without words. */
export const SEARCHES: readonly SearchRequest[] = [
  { query: 'typescript' },
  { query: 'senior backend engineer', remote: ['remote'] },
  { query: 'react', sort: 'newest' },
  { query: 'data engineer', location: 'Berlin' },
  { query: 'kubernetes', employmentType: ['full-time'], salaryMin: 10_000_000 },
  { query: 'python machine learning', sort: 'salary' },
  { query: 'product designer', remote: ['hybrid', 'onsite'] },
  { query: 'security', skills: ['aws'] },
  { query: 'mobile developer', employmentType: ['full-time', 'contract'] },
  { query: 'postgresql', sort: 'newest', remote: ['remote'] },
  { skills: ['python'], sort: 'newest' },
  { query: '', remote: ['remote'], sort: 'salary' },
];

export async function run(): Promise<SummaryRow[]> {
  const databaseUrl = await seededJobsDatabase();
  const redisKeyPrefix = `b-jobs-${process.pid}`;
  let server: RecruitingServer | undefined;
  try {
    server = await startRecruitingServer({ databaseUrl, redisKeyPrefix, searches: SEARCHES });
    const paths = {
      fastify: SEARCHES.map((_, i) => `/bench/jobs-search?i=${i}`),
      trpc: SEARCHES.map((s) => `/trpc/jobs.search?input=${encodeURIComponent(JSON.stringify(s))}`),
    };
    // Same rows both ways, or the comparison is void.
    for (let i = 0; i < SEARCHES.length; i++) {
      const plain = (await (await fetch(server.baseUrl + paths.fastify[i]!)).json()) as {
        items: { id: string }[];
      };
      const viaApi = (await (await fetch(server.baseUrl + paths.trpc[i]!)).json()) as {
        result: { data: { items: { id: string }[] } };
      };
      const limit = viaApi.result.data.items.length;
      const same =
        plain.items
          .slice(0, limit)
          .map((r) => r.id)
          .join() === viaApi.result.data.items.map((r) => r.id).join();
      if (!same) throw new Error(`search ${i} answers different rows through the api and the baseline`);
    }

    console.log(
      `jobs.search: tRPC vs plain Fastify + pg, ${SEARCHES.length} searches in rotation, ${rounds} rounds × ${searchSeconds}s, 50 connections`,
    );
    const results = await interleaved(['fastify', 'trpc'] as const, async (variant) => {
      await drained(server!.baseUrl);
      let next = 0;
      const result = await autocannon({
        url: server!.baseUrl,
        connections: 50,
        duration: searchSeconds,
        timeout: 60,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: paths[variant][next++ % SEARCHES.length]! }),
          },
        ],
      });
      const r = {
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      };
      assertClean(variant, r);
      return r;
    });
    console.log(describeLoad('plain Fastify + pg, same SQL', results.fastify));
    console.log(describeLoad('tRPC GET /trpc/jobs.search', results.trpc, results.fastify));
    const throughput = results.trpc.rps / results.fastify.rps;
    const p99 = results.trpc.p99 / results.fastify.p99;
    return [
      {
        bench: 'jobs.search via tRPC, throughput',
        baseline: `Fastify + pg ${short(results.fastify)}`,
        candidate: short(results.trpc),
        ratio: throughput,
        target: '≥ 0.6×',
        met: throughput >= 0.6,
      },
      {
        bench: 'jobs.search via tRPC, p99',
        baseline: `p99 ${results.fastify.p99} ms`,
        candidate: `p99 ${results.trpc.p99} ms (${p99.toFixed(2)}× of baseline)`,
        ratio: null,
        target: 'p99 ≤ 1.5×',
        met: p99 <= 1.5,
      },
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
  }
}

/**
 * autocannon stops at its deadline with up to 50 searches still queued on the server: wait until
 * `/ready` (a `select 1` through the same pool) answers quickly again, so each measurement starts on
 * an idle database.
 */
async function drained(baseUrl: string): Promise<void> {
  for (;;) {
    const started = performance.now();
    await fetch(`${baseUrl}/ready`);
    if (performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

if (isMain(import.meta.url)) await run();
