/**
 * What the recruiting benches share: a PostgreSQL database seeded with 100,000 jobs, kept between
 * runs (seeding takes a minute or two) and rebuilt only when absent or incomplete, and the recruiting
 * bench server (recruiting-bench-server.ts) in a child process.
 */
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { SEED_USER_PASSWORD, seedRecruiting, sizeForJobs } from '@talentsphere/api/seed/seed-recruiting';
import type { Counters, RecruitingBenchOptions } from './recruiting-bench-server';
import {
  type CacheBenchServer,
  countRows,
  keptSeededDatabase,
  oldestIds,
  startCacheBenchServer,
} from './support';

export const BENCH_JOBS = Number(process.env.BENCH_JOBS ?? 100_000);
/** Kept across runs; drop it (`DROP DATABASE ts_bench_jobs_100000`) to force a reseed. */
export const BENCH_JOBS_DATABASE = `ts_bench_jobs_${BENCH_JOBS}`;

/** The URL of the seeded bench database, creating and seeding it first when needed. */
export function seededJobsDatabase(): Promise<string> {
  return keptSeededDatabase({
    name: BENCH_JOBS_DATABASE,
    contents: `${BENCH_JOBS.toLocaleString('en')} jobs`,
    isComplete: async (url) => (await countRows(url, 'jobs')) >= BENCH_JOBS,
    seed: async (db) => {
      await seedRecruiting({
        db,
        passwordHash: await new Argon2PasswordHasher().hash(SEED_USER_PASSWORD),
        size: sizeForJobs(BENCH_JOBS),
        now: new Date(),
        concurrency: 3,
      });
    },
  });
}

/** Open job ids of the bench database, oldest first (a stable sample). */
export const openJobIds = (url: string, limit: number): Promise<string[]> =>
  oldestIds(url, 'jobs', 'open', limit);

export type RecruitingServer = CacheBenchServer<Counters>;

export const startRecruitingServer = (options: RecruitingBenchOptions): Promise<RecruitingServer> =>
  startCacheBenchServer<Counters>('./recruiting-bench-server.ts', options, 'recruiting bench server');
