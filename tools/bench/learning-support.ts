/**
 * What the learning benches share: a PostgreSQL database seeded with BENCH_COURSES published courses
 * and BENCH_ENROLLMENTS enrolments (learning-bench-seed.ts), kept between runs and rebuilt only when
 * absent or incomplete, and the learning bench server (learning-bench-server.ts) in a child process.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { sql } from 'kysely';
import pg from 'pg';
import { seedLearningBench } from './learning-bench-seed';
import type { CacheMode, Counters, LearningBenchOptions } from './learning-bench-server';
import { services } from './support';

export const BENCH_COURSES = Number(process.env.BENCH_COURSES ?? 2_000);
const BENCH_ENROLLMENTS = BENCH_COURSES * 25;
/** Kept across runs; drop it (`DROP DATABASE ts_bench_courses_2000`) to force a reseed. */
export const BENCH_COURSES_DATABASE = `ts_bench_courses_${BENCH_COURSES}`;

/** The URL of the seeded bench database, creating and seeding it first when needed. */
export async function seededCoursesDatabase(): Promise<string> {
  const url = new URL(services.postgres);
  url.pathname = `/${BENCH_COURSES_DATABASE}`;
  const admin = new pg.Client({ connectionString: services.postgres });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      BENCH_COURSES_DATABASE,
    ]);
    // Enrolments are written last: all of them there means the seed finished.
    if (exists.rowCount === 1 && (await countEnrollments(url.toString())) >= BENCH_ENROLLMENTS)
      return url.toString();
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_COURSES_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_COURSES_DATABASE}`);
  } finally {
    await admin.end();
  }
  console.log(
    `Seeding ${BENCH_COURSES.toLocaleString('en')} courses and ${BENCH_ENROLLMENTS.toLocaleString('en')} ` +
      `enrolments into ${BENCH_COURSES_DATABASE} (kept for later runs)…`,
  );
  const started = Date.now();
  const database = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    await seedLearningBench({
      db: database.db,
      passwordHash: await new Argon2PasswordHasher().hash('learning-bench-2026'),
      size: {
        courses: BENCH_COURSES,
        enrollments: BENCH_ENROLLMENTS,
        instructors: Math.max(10, Math.round(BENCH_COURSES / 8)),
        learners: Math.max(100, Math.round(BENCH_ENROLLMENTS / 4)),
      },
      now: new Date(),
      concurrency: 3,
    });
    // A database in service is vacuumed and analysed (autovacuum is off on the bench machine): without
    // the visibility map, counting a course's enrolments reads every row from the heap instead of
    // the index, and without statistics the planner guesses row counts.
    await sql`VACUUM (ANALYZE)`.execute(database.db);
  } finally {
    await database.close();
  }
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url.toString();
}

async function countEnrollments(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT CASE WHEN to_regclass('enrollments') IS NULL THEN 0
        ELSE (SELECT count(*) FROM enrollments) END AS n`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** Published course ids of the bench database, oldest first (a stable sample). */
export async function publishedCourseIds(url: string, limit: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM courses WHERE status = 'published' ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

export interface LearningServer {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  useCache(mode: CacheMode): Promise<void>;
  counters(reset?: boolean): Promise<Counters>;
  close(): Promise<void>;
}

export async function startLearningServer(options: LearningBenchOptions): Promise<LearningServer> {
  const child = fork(
    fileURLToPath(new URL('./learning-bench-server.ts', import.meta.url)),
    [JSON.stringify(options)],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    child.once('exit', (code) => reject(new Error(`learning bench server exited with ${code}`)));
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
