/**
 * What the recruiting benches share: a PostgreSQL database seeded with 100,000 jobs, kept between
 * runs (seeding takes a minute or two) and rebuilt only when absent or incomplete, and the recruiting
 * bench server (recruiting-bench-server.ts) in a child process.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { SEED_USER_PASSWORD, seedRecruiting, sizeForJobs } from '@talentsphere/api/seed/seed-recruiting';
import pg from 'pg';
import type { CacheMode, Counters, RecruitingBenchOptions } from './recruiting-bench-server';
import { services } from './support';

export const BENCH_JOBS = Number(process.env.BENCH_JOBS ?? 100_000);
/** Kept across runs; drop it (`DROP DATABASE ts_bench_jobs_100000`) to force a reseed. */
export const BENCH_JOBS_DATABASE = `ts_bench_jobs_${BENCH_JOBS}`;

/** The URL of the seeded bench database, creating and seeding it first when needed. */
export async function seededJobsDatabase(): Promise<string> {
  const url = new URL(services.postgres);
  url.pathname = `/${BENCH_JOBS_DATABASE}`;
  const admin = new pg.Client({ connectionString: services.postgres });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_JOBS_DATABASE]);
    if (exists.rowCount === 1 && (await countJobs(url.toString())) >= BENCH_JOBS) return url.toString();
    // Absent, or a seed that did not finish: start over.
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_JOBS_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_JOBS_DATABASE}`);
  } finally {
    await admin.end();
  }
  console.log(
    `Seeding ${BENCH_JOBS.toLocaleString('en')} jobs into ${BENCH_JOBS_DATABASE} (kept for later runs)…`,
  );
  const started = Date.now();
  const database = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    await seedRecruiting({
      db: database.db,
      passwordHash: await new Argon2PasswordHasher().hash(SEED_USER_PASSWORD),
      size: sizeForJobs(BENCH_JOBS),
      now: new Date(),
      concurrency: 3,
    });
  } finally {
    await database.close();
  }
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url.toString();
}

async function countJobs(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT CASE WHEN to_regclass('jobs') IS NULL THEN 0 ELSE (SELECT count(*) FROM jobs) END AS n`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** Open job ids of the bench database, oldest first (a stable sample). */
export async function openJobIds(url: string, limit: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM jobs WHERE status = 'open' ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

export interface RecruitingServer {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  useCache(mode: CacheMode): Promise<void>;
  counters(reset?: boolean): Promise<Counters>;
  close(): Promise<void>;
}

export async function startRecruitingServer(options: RecruitingBenchOptions): Promise<RecruitingServer> {
  const child = fork(
    fileURLToPath(new URL('./recruiting-bench-server.ts', import.meta.url)),
    [JSON.stringify(options)],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    child.once('exit', (code) => reject(new Error(`recruiting bench server exited with ${code}`)));
  });
  const ask = (message: object) =>
    new Promise<{ counters: Counters }>((resolve) => {
      child.once('message', (m: { counters: Counters }) => resolve(m));
      child.send(message);
    });
  return {
    baseUrl,
    child,
    useCache: async (cache) => void (await ask({ cache })),
    counters: async (reset = false) => (await ask({ counters: reset ? 'reset' : 'read' })).counters,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
