/**
 * Child process of the learning benches: the real api in full mode (config, container, createServer,
 * tRPC route) with the learning services rebuilt over two bench hooks.
 * - The cache is switchable over IPC (`{ cache: 'redis' | 'none' }`): the api's Redis cache, or a
 *   cache that never hits (every read loads from PostgreSQL).
 * - The read-model port is wrapped to count course detail and catalog loads and the SQL statements
 *   the read models run (`{ counters: 'read' | 'reset' }`), for the stampede check.
 * The api rate limit is off (no-op limiter), as in the recruiting benches. Options in argv[2] as JSON.
 */
import { cryptoVerificationCodes, KyselyLearningQueries } from '@talentsphere/adapters/learning';
import type { Database } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { loadConfig } from '@talentsphere/api/config';
import { createApiRuntime, TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import {
  type CatalogSearchInput,
  createLearningServices,
  type LearningQueries,
} from '@talentsphere/application/learning';
import type { Cache, RateLimiter, UnitOfWork } from '@talentsphere/application/shared';
import { Kysely, PostgresDialect } from 'kysely';
import pino from 'pino';
import { services as serviceUrls } from './support';

export interface LearningBenchOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
}

export type CacheMode = 'redis' | 'none';
export interface Counters {
  readonly courseDetailLoads: number;
  readonly catalogLoads: number;
  readonly statements: number;
}

const options = JSON.parse(process.argv[2]!) as LearningBenchOptions;
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
let courseDetailLoads = 0;
let catalogLoads = 0;
const countingDb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query') statements += 1;
  },
});
const inner = new KyselyLearningQueries(countingDb);
// Every other method is inner's own (reached through the prototype); these two also count.
const queries: LearningQueries = Object.assign(Object.create(inner) as LearningQueries, {
  courseDetail: (courseId: string) => {
    courseDetailLoads += 1;
    return inner.courseDetail(courseId);
  },
  searchCatalog: (input: CatalogSearchInput) => {
    catalogLoads += 1;
    return inner.searchCatalog(input);
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
const learning = createLearningServices({
  uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
  clock: systemClock,
  ids: uuidV7Ids,
  codes: cryptoVerificationCodes,
  queries,
  cache,
});

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter: noLimiter, learning },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

process.on('message', (message: { cache?: CacheMode; counters?: 'read' | 'reset' }) => {
  if (message.cache) cacheMode = message.cache;
  if (message.counters === 'reset') {
    statements = 0;
    courseDetailLoads = 0;
    catalogLoads = 0;
  }
  process.send?.({ cacheMode, counters: { courseDetailLoads, catalogLoads, statements } satisfies Counters });
});

const baseUrl = await server.start();
process.send?.({ baseUrl });

process.once('SIGTERM', async () => {
  await server.stop();
  // The counting Kysely shares the api's pool, which runtime.close() ends.
  await runtime.close();
  process.exit(0);
});
