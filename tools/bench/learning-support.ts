/**
 * What the learning benches share: a PostgreSQL database seeded with BENCH_COURSES published courses
 * and BENCH_ENROLLMENTS enrolments (learning-bench-seed.ts), kept between runs and rebuilt only when
 * absent or incomplete, and the learning bench server (learning-bench-server.ts) in a child process.
 */
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { sql } from 'kysely';
import { seedLearningBench } from './learning-bench-seed';
import type { Counters, LearningBenchOptions } from './learning-bench-server';
import {
  type CacheBenchServer,
  countRows,
  keptSeededDatabase,
  oldestIds,
  startCacheBenchServer,
} from './support';

export const BENCH_COURSES = Number(process.env.BENCH_COURSES ?? 2_000);
const BENCH_ENROLLMENTS = BENCH_COURSES * 25;
/** Kept across runs; drop it (`DROP DATABASE ts_bench_courses_2000`) to force a reseed. */
export const BENCH_COURSES_DATABASE = `ts_bench_courses_${BENCH_COURSES}`;

/** The URL of the seeded bench database, creating and seeding it first when needed. */
export function seededCoursesDatabase(): Promise<string> {
  return keptSeededDatabase({
    name: BENCH_COURSES_DATABASE,
    contents:
      `${BENCH_COURSES.toLocaleString('en')} courses and ` +
      `${BENCH_ENROLLMENTS.toLocaleString('en')} enrolments`,
    // Enrolments are written last: all of them there means the seed finished.
    isComplete: async (url) => (await countRows(url, 'enrollments')) >= BENCH_ENROLLMENTS,
    seed: async (db) => {
      await seedLearningBench({
        db,
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
      // A database in service is vacuumed and analysed (autovacuum is off on the bench machine):
      // without the visibility map, counting a course's enrolments reads every row from the heap
      // instead of the index, and without statistics the planner guesses row counts.
      await sql`VACUUM (ANALYZE)`.execute(db);
    },
  });
}

/** Published course ids of the bench database, oldest first (a stable sample). */
export const publishedCourseIds = (url: string, limit: number): Promise<string[]> =>
  oldestIds(url, 'courses', 'published', limit);

export type LearningServer = CacheBenchServer<Counters>;

export const startLearningServer = (options: LearningBenchOptions): Promise<LearningServer> =>
  startCacheBenchServer<Counters>('./learning-bench-server.ts', options, 'learning bench server');
