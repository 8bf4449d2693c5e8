/**
 * Child process of the recruiting benches: the real api in full mode (config, container,
 * createServer, tRPC route) with three bench hooks.
 * - `GET /bench/jobs-search?i=N`: a plain Fastify route running, with pg on the api's own pool, the
 *   exact SQL `PostgresJobSearch` issues for the N-th search input of the bench (captured once at
 *   start through a logging Kysely), both statements at once as the adapter does. The baseline.
 * - The job cache is switchable over IPC (`{ cache: 'redis' | 'none' }`): the api's Redis cache, or a
 *   cache that never hits (every read loads from PostgreSQL).
 * - The read-model port is wrapped to count job detail loads and the SQL statements they run
 *   (`{ counters: 'read' | 'reset' }`), for the stampede check.
 * The api rate limit is off (no-op limiter), as in the auth.me bench. Options in argv[2] as JSON.
 */
import type { Database } from '@talentsphere/adapters/persistence';
import { KyselyRecruitingQueries, PostgresJobSearch } from '@talentsphere/adapters/recruiting';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { loadConfig } from '@talentsphere/api/config';
import { createApiRuntime, TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import {
  createRecruitingServices,
  jobSearchInput,
  type RecruitingQueries,
} from '@talentsphere/application/recruiting';
import type { Cache, RateLimiter, UnitOfWork } from '@talentsphere/application/shared';
import { Kysely, PostgresDialect } from 'kysely';
import pino from 'pino';
import { services as serviceUrls } from './support';

export interface RecruitingBenchOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
  /** The search inputs the baseline route serves by index (the tRPC side gets the same inputs). */
  readonly searches: readonly unknown[];
}

export type CacheMode = 'redis' | 'none';
export interface Counters {
  readonly jobDetailLoads: number;
  readonly statements: number;
}

const options = JSON.parse(process.argv[2]!) as RecruitingBenchOptions;
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  DATABASE_URL: options.databaseUrl,
  REDIS_URL: serviceUrls.redis,
  AMQP_URL: serviceUrls.amqp,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-000',
  REDIS_KEY_PREFIX: options.redisKeyPrefix,
  SEED_DEMO_DATA: 'false',
});
const logger = pino({ level: 'silent' });
const runtime = await createApiRuntime(config, logger);
const pool = runtime.database.pool!;

// The read models on their own Kysely over the same pool, counting every statement they run.
let statements = 0;
let jobDetailLoads = 0;
const countingDb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query') statements += 1;
  },
});
const inner = new KyselyRecruitingQueries(countingDb);
// Every other method is inner's own (reached through the prototype); jobDetail also counts.
const queries: RecruitingQueries = Object.assign(Object.create(inner) as RecruitingQueries, {
  jobDetail: (jobId: string) => {
    jobDetailLoads += 1;
    return inner.jobDetail(jobId);
  },
});

const neverHits: Cache = { get: async () => undefined, set: async () => {}, delete: async () => {} };
let cacheMode: CacheMode = 'redis';
const cache: Cache = {
  get: (key) => (cacheMode === 'redis' ? runtime.cache : neverHits).get(key),
  set: (key, value, ttl) => (cacheMode === 'redis' ? runtime.cache : neverHits).set(key, value, ttl),
  delete: (...keys) => runtime.cache.delete(...keys),
};

const noLimiter: RateLimiter = { consume: async () => null, reset: async () => {} };
const recruiting = createRecruitingServices({
  uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
  clock: systemClock,
  ids: uuidV7Ids,
  queries,
  search: new PostgresJobSearch(runtime.database.db),
  cache,
});

// Capture the statements PostgresJobSearch runs for each bench input.
let captured: { sql: string; parameters: readonly unknown[] }[] = [];
const capturingDb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});
const capturingSearch = new PostgresJobSearch(capturingDb);
const baselineStatements: { sql: string; parameters: readonly unknown[] }[][] = [];
for (const raw of options.searches) {
  captured = [];
  await capturingSearch.search(jobSearchInput.parse(raw));
  if (captured.length !== 2) throw new Error(`expected 2 search statements, saw ${captured.length}`);
  // Logged as they finish: put the page first, the facet statement (a CTE) second.
  baselineStatements.push(
    captured.sort((a, b) => Number(/^\s*WITH/i.test(a.sql)) - Number(/^\s*WITH/i.test(b.sql))),
  );
}

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter: noLimiter, recruiting },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

// Typed by hand: tools does not depend on fastify itself.
interface BenchRequest {
  readonly query: { readonly i?: string };
}
server.app.get('/bench/jobs-search', async (request: BenchRequest) => {
  const pair = baselineStatements[Number(request.query.i ?? 0)]!;
  const [page, stats] = await Promise.all(pair.map((s) => pool.query(s.sql, s.parameters as unknown[])));
  return { items: page!.rows, stats: stats!.rows };
});

process.on('message', (message: { cache?: CacheMode; counters?: 'read' | 'reset' }) => {
  if (message.cache) cacheMode = message.cache;
  if (message.counters === 'reset') {
    statements = 0;
    jobDetailLoads = 0;
  }
  process.send?.({ cacheMode, counters: { jobDetailLoads, statements } satisfies Counters });
});

const baseUrl = await server.start();
process.send?.({ baseUrl });

process.once('SIGTERM', async () => {
  await server.stop();
  // The extra Kysely instances share the api's pool, which runtime.close() ends.
  await runtime.close();
  process.exit(0);
});
