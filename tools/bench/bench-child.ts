/**
 * The child-process side of the api benches (bench-server.ts, learning-bench-server.ts,
 * recruiting-bench-server.ts): the real api in full mode on the bench services, the hooks the benches
 * swap in, and the IPC the parent side in support.ts (`forkBenchChild`, `startCacheBenchServer`) expects.
 */
import type { Database } from '@talentsphere/adapters/persistence';
import { loadConfig } from '@talentsphere/api/config';
import { type ApiRuntime, createApiRuntime } from '@talentsphere/api/container';
import type { HttpServer } from '@talentsphere/api/server';
import type { Cache, RateLimiter } from '@talentsphere/application/shared';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import pino from 'pino';
import { type CacheMode, services as serviceUrls } from './support';

export interface BenchApiOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
}

/** The options the parent passed as JSON in argv[2]. */
export const childOptions = <T>(): T => JSON.parse(process.argv[2]!) as T;

/** The api's config, a silent logger and the runtime, in full mode on the bench database and services. */
export async function startBenchRuntime(options: BenchApiOptions) {
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
  return { config, logger, runtime };
}

/** Counts nothing, so the benches measure the api's work rather than its rate limit. */
export const noLimiter: RateLimiter = { consume: async () => null, reset: async () => {} };

/** The api's Redis cache, or (mode `none`) a cache that never hits, so every read loads from PostgreSQL. */
export function switchableCache(redis: Cache) {
  const neverHits: Cache = { get: async () => undefined, set: async () => {}, delete: async () => {} };
  let mode: CacheMode = 'redis';
  const active = () => (mode === 'redis' ? redis : neverHits);
  const cache: Cache = {
    get: (key) => active().get(key),
    set: (key, value, ttl) => active().set(key, value, ttl),
    delete: (...keys) => redis.delete(...keys),
  };
  return {
    cache,
    mode: () => mode,
    use: (next: CacheMode) => {
      mode = next;
    },
  };
}

/**
 * A read model on its own Kysely over the api's pool (closed with it), counting every SQL statement
 * it runs and the calls of the `counted` methods; every other method is the read model's own,
 * reached through the prototype.
 */
export function countingReadModel<T extends object, K extends keyof T & string>(
  pool: pg.Pool,
  ReadModel: new (db: Kysely<Database>) => T,
  counted: readonly K[],
) {
  let statements = 0;
  const calls = {} as Record<K, number>;
  const reset = () => {
    statements = 0;
    for (const method of counted) calls[method] = 0;
  };
  reset();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') statements += 1;
    },
  });
  const inner = new ReadModel(db);
  const overrides = Object.fromEntries(
    counted.map((method) => [
      method,
      (...args: unknown[]) => {
        calls[method] += 1;
        return (inner[method] as (...args: unknown[]) => unknown).apply(inner, args);
      },
    ]),
  );
  return {
    queries: Object.assign(Object.create(inner) as T, overrides),
    statements: () => statements,
    calls: (method: K) => calls[method],
    reset,
  };
}

/**
 * Answers the parent's `{ cache }` (switch the cache) and `{ counters: 'read' | 'reset' }` messages,
 * each with the cache mode and the counters as they then stand.
 */
export function answerCacheControls(
  cache: ReturnType<typeof switchableCache>,
  counters: { read(): object; reset(): void },
): void {
  process.on('message', (message: { cache?: CacheMode; counters?: 'read' | 'reset' }) => {
    if (message.cache) cache.use(message.cache);
    if (message.counters === 'reset') counters.reset();
    process.send?.({ cacheMode: cache.mode(), counters: counters.read() });
  });
}

/**
 * Starts the server and sends the parent its base URL; on SIGTERM stops it and closes the runtime,
 * which also ends the pool any extra Kysely instances share.
 */
export async function serveUntilTerminated(server: HttpServer, runtime: ApiRuntime): Promise<void> {
  const baseUrl = await server.start();
  process.send?.({ baseUrl });
  process.once('SIGTERM', async () => {
    await server.stop();
    await runtime.close();
    process.exit(0);
  });
}
