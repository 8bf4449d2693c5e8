/**
 * Course page (`courses.get`) and catalog (`courses.catalog`) through the real api with the Redis
 * cache vs without (a cache that never hits, so every read runs the read model's queries), on the
 * 2,000-course bench database; then the stampede: 1,000 concurrent reads of one cold course key,
 * counting the course detail loads and SQL statements the read-model port ran
 * (learning-bench-server.ts wraps it).
 *
 *   pnpm exec tsx tools/bench/course-cache.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_COURSES)
 */
import type { CatalogSearchInput } from '@talentsphere/application/learning';
import type { Counters } from './learning-bench-server';
import {
  BENCH_COURSES,
  type LearningServer,
  publishedCourseIds,
  seededCoursesDatabase,
  startLearningServer,
} from './learning-support';
import {
  assertClean,
  coldKeyStampede,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  type LoadResult,
  load,
  rounds,
  type SummaryRow,
  seconds,
  short,
  warmPaths,
} from './support';

const SAMPLE = 1_000;
const STAMPEDE = 1_000;
const TARGET = 2.5;

/** What a catalog page asks for: words, filters, sorts and the first pages. */
const CATALOG_INPUTS: readonly Partial<CatalogSearchInput>[] = [
  {},
  { sort: 'newest' },
  { sort: 'title' },
  { page: 2 },
  { sort: 'newest', page: 3 },
  { q: 'typescript' },
  { q: 'typescript', page: 2 },
  { q: 'react testing' },
  { q: 'kubernetes' },
  { q: 'python data' },
  { q: 'sql performance' },
  { q: 'security', levels: ['advanced'] },
  { q: 'docker', sort: 'popular' },
  { q: 'machine learning' },
  { q: 'go', sort: 'newest' },
  { q: 'production', page: 3 },
  { q: 'api design', levels: ['intermediate'] },
  { q: 'terraform aws' },
  { q: 'node.js', skill: 'postgresql' },
  { q: 'figma', sort: 'title' },
  { q: 'testing', tier: 'free' },
  { levels: ['beginner'] },
  { levels: ['beginner'], page: 2 },
  { levels: ['intermediate', 'advanced'], sort: 'newest' },
  { skill: 'typescript' },
  { skill: 'react', sort: 'newest' },
  { skill: 'postgresql', page: 2 },
  { skill: 'aws', tier: 'pro' },
  { skill: 'python', levels: ['beginner'], tier: 'free' },
  { tier: 'free' },
  { tier: 'pro', sort: 'popular', page: 3 },
  { sort: 'popular', pageSize: 24 },
];

const trpcPath = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const coursePath = (courseId: string) => trpcPath('courses.get', { courseId });

type Measured = LoadResult & { readonly loadsPerRequest: number };

/** Cached vs uncached over `paths` in rotation; also counts read-model loads per request sent. */
async function compare(
  server: LearningServer,
  paths: readonly string[],
  loadsOf: (counters: Counters) => number,
): Promise<Record<'uncached' | 'cached', Measured>> {
  return interleaved(['uncached', 'cached'] as const, async (variant) => {
    await server.useCache(variant === 'cached' ? 'redis' : 'none');
    await server.counters(true);
    let next = 0;
    const r = await load({
      url: server.baseUrl,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
    });
    assertClean(variant, r);
    // `next` counts every request sent, warm-up included, as the counters do.
    return { ...r, loadsPerRequest: loadsOf(await server.counters()) / next };
  });
}

function report(uncachedLabel: string, results: Record<'uncached' | 'cached', Measured>): void {
  const loads = (r: Measured) => `  loads ${r.loadsPerRequest.toFixed(3)}/request`;
  console.log(describeLoad(uncachedLabel, results.uncached) + loads(results.uncached));
  console.log(
    describeLoad('cached (Redis, cache-aside)', results.cached, results.uncached) + loads(results.cached),
  );
}

const ratioRow = (bench: string, results: Record<'uncached' | 'cached', Measured>): SummaryRow => {
  const ratio = results.cached.rps / results.uncached.rps;
  return {
    bench,
    baseline: `uncached ${short(results.uncached)}, ${results.uncached.loadsPerRequest.toFixed(2)} loads/request`,
    candidate: short(results.cached),
    ratio,
    target: `≥ ${TARGET}×`,
    met: ratio >= TARGET,
  };
};

export async function run(): Promise<SummaryRow[]> {
  const databaseUrl = await seededCoursesDatabase();
  const redisKeyPrefix = `b-course-${process.pid}`;
  let server: LearningServer | undefined;
  try {
    server = await startLearningServer({ databaseUrl, redisKeyPrefix });
    const [cold, ...ids] = await publishedCourseIds(databaseUrl, SAMPLE + 1);
    const coursePaths = ids.map(coursePath);
    const catalogPaths = CATALOG_INPUTS.map((input) => trpcPath('courses.catalog', input));
    await warmPaths(server.baseUrl, coursePaths);
    await warmPaths(server.baseUrl, catalogPaths);

    const setting = `${rounds} rounds × ${seconds}s, 50 connections, ${BENCH_COURSES.toLocaleString('en')} courses`;
    console.log(`courses.get: Redis cache vs none, ${SAMPLE} published courses in rotation, ${setting}`);
    const detail = await compare(server, coursePaths, (c) => c.courseDetailLoads);
    report('uncached (every read hits PostgreSQL)', detail);

    console.log(
      `courses.catalog: Redis cache vs none, ${CATALOG_INPUTS.length} searches in rotation, ${setting}`,
    );
    const catalog = await compare(server, catalogPaths, (c) => c.catalogLoads);
    // Without a cache, equal searches in flight at once still share one load (readThrough's single
    // flight): 32 searches over 50 connections repeat often, so the loads per request are printed.
    report('uncached (shared in-flight loads)', catalog);

    const stampede = await coldKeyStampede(server, {
      procedure: 'courses.get',
      path: coursePath(cold!),
      requests: STAMPEDE,
      loadName: 'course detail',
      loads: (c) => c.courseDetailLoads,
      statementsRead: 'course + authors + counts',
    });

    return [
      ratioRow('courses.get cached (Redis) vs uncached', detail),
      ratioRow('courses.catalog cached (Redis) vs uncached', catalog),
      stampede,
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
  }
}

if (isMain(import.meta.url)) await run();
