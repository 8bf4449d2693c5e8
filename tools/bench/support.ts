/**
 * Shared pieces of the benches: a scratch PostgreSQL database or a seeded one kept across runs, an
 * api server in a child process (so the load generator does not share its event loop; the child side
 * is bench-child.ts), autocannon runs interleaved over rounds, and the summary rows `run-all.ts` prints.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import pg from 'pg';

export const seconds = Number(process.env.BENCH_SECONDS ?? 5);
export const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
export const services = {
  postgres: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  amqp: process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
};

/** One line of the summary: a figure beside the baseline measured in the same run. */
export interface SummaryRow {
  readonly bench: string;
  readonly baseline: string;
  readonly candidate: string;
  /** candidate ÷ baseline (throughput), or null when the row is not a ratio. */
  readonly ratio: number | null;
  readonly target: string;
  readonly met: boolean | null;
}

export interface LoadResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** An empty database of its own (the api migrates it on start), dropped after the bench. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const name = `ts_bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(services.postgres);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface KeptDatabaseSpec {
  readonly name: string;
  /** What the seed writes, for the log line: "100,000 jobs". */
  readonly contents: string;
  /** False when an earlier seed did not finish. */
  isComplete(url: string): Promise<boolean>;
  seed(db: Kysely<Database>): Promise<void>;
}

/**
 * The URL of a bench database kept across runs (seeding takes minutes), migrated and seeded first when
 * absent or incomplete.
 */
export async function keptSeededDatabase(spec: KeptDatabaseSpec): Promise<string> {
  const url = new URL(services.postgres);
  url.pathname = `/${spec.name}`;
  const admin = new pg.Client({ connectionString: services.postgres });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [spec.name]);
    if (exists.rowCount === 1 && (await spec.isComplete(url.toString()))) return url.toString();
    // Absent, or a seed that did not finish: start over.
    await admin.query(`DROP DATABASE IF EXISTS ${spec.name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${spec.name}`);
  } finally {
    await admin.end();
  }
  console.log(`Seeding ${spec.contents} into ${spec.name} (kept for later runs)…`);
  const started = Date.now();
  const database = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    await spec.seed(database.db);
  } finally {
    await database.close();
  }
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url.toString();
}

/** Rows of `table` in the database at `url`; 0 while the table does not exist yet. */
export async function countRows(url: string, table: string): Promise<number> {
  const { rows } = await queryOnce<{ n: string }>(
    url,
    `SELECT CASE WHEN to_regclass('${table}') IS NULL THEN 0 ELSE (SELECT count(*) FROM ${table}) END AS n`,
  );
  return Number(rows[0]!.n);
}

/** Ids of the rows of `table` in `status`, oldest first (a stable sample). */
export async function oldestIds(
  url: string,
  table: string,
  status: string,
  limit: number,
): Promise<string[]> {
  const { rows } = await queryOnce<{ id: string }>(
    url,
    `SELECT id FROM ${table} WHERE status = $1 ORDER BY id LIMIT $2`,
    [status, limit],
  );
  return rows.map((r) => r.id);
}

async function queryOnce<R extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<R>(sql, values);
  } finally {
    await client.end();
  }
}

async function adminQuery(sql: string): Promise<void> {
  await queryOnce(services.postgres, sql);
}

export interface BenchServerOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
  /**
   * The limiter the tRPC procedures and the login use case use: `runtime` is the api's own
   * (Redis in full mode), `none` counts nothing, `redis-large` is the api's Redis limiter with every
   * budget raised so the bench measures the allowed path.
   */
  readonly limiter: 'runtime' | 'none' | 'redis-large';
}

export interface ChildServer {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Swaps the limiter of the running server. */
  useLimiter(limiter: BenchServerOptions['limiter']): Promise<void>;
  close(): Promise<void>;
}

/** Boots the real api (full mode) in a child process; see bench-server.ts. */
export async function startServer(options: BenchServerOptions): Promise<ChildServer> {
  const server = await forkBenchChild('./bench-server.ts', options, 'bench server');
  return {
    baseUrl: server.baseUrl,
    child: server.child,
    useLimiter: async (limiter) => void (await server.ask({ limiter })),
    close: server.close,
  };
}

export interface BenchChild {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Sends a control message and resolves with the child's next answer. */
  ask<T>(message: object): Promise<T>;
  close(): Promise<void>;
}

/**
 * Forks a bench child script of this folder with `options` as JSON in argv[2] and waits for the base
 * URL it sends once listening (bench-child.ts, `serveUntilTerminated`).
 */
export async function forkBenchChild(script: string, options: object, name: string): Promise<BenchChild> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return {
    baseUrl,
    child,
    ask: <T>(message: object) =>
      new Promise<T>((resolve) => {
        child.once('message', (m: T) => resolve(m));
        child.send(message);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** `redis`: the api's cache; `none`: a cache that never hits (every read loads from PostgreSQL). */
export type CacheMode = 'redis' | 'none';

/** A bench child with a switchable cache and read-model counters (bench-child.ts, `answerCacheControls`). */
export interface CacheBenchServer<C> {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  useCache(mode: CacheMode): Promise<void>;
  counters(reset?: boolean): Promise<C>;
  close(): Promise<void>;
}

export async function startCacheBenchServer<C>(
  script: string,
  options: object,
  name: string,
): Promise<CacheBenchServer<C>> {
  const server = await forkBenchChild(script, options, name);
  const ask = (message: object) => server.ask<{ counters: C }>(message);
  return {
    baseUrl: server.baseUrl,
    child: server.child,
    useCache: async (cache) => void (await ask({ cache })),
    counters: async (reset = false) => (await ask({ counters: reset ? 'reset' : 'read' })).counters,
    close: server.close,
  };
}

/** Reads every path once: each must answer 200, and with the cache on it is then cached. */
export async function warmPaths(baseUrl: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await fetch(baseUrl + path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
}

export interface StampedeSpec<C> {
  /** The procedure read, for the summary row: `courses.get`. */
  readonly procedure: string;
  /** Its path with the input of a key nobody has read yet. */
  readonly path: string;
  readonly requests: number;
  /** What one load is called in the log line: `course detail`. */
  readonly loadName: string;
  loads(counters: C): number;
  /** What one load's statements read, for the summary row: `job + company`. */
  readonly statementsRead: string;
}

/**
 * The stampede: one connection per request, all sent at once, on a key nobody has read yet, with the
 * Redis cache on and the counters from zero. Logs the outcome and returns its summary row: met when
 * every request got a 200 from a single load.
 */
export async function coldKeyStampede<C extends { readonly statements: number }>(
  server: CacheBenchServer<C>,
  spec: StampedeSpec<C>,
): Promise<SummaryRow> {
  await server.useCache('redis');
  await server.counters(true);
  const stampede = await autocannon({
    url: server.baseUrl + spec.path,
    connections: spec.requests,
    amount: spec.requests,
    timeout: 30,
  });
  const counted = await server.counters();
  const ok = stampede['2xx'];
  const loads = spec.loads(counted);
  console.log(
    `  stampede: ${spec.requests} concurrent reads of one cold key → ${ok} answered 200, ` +
      `${loads} ${spec.loadName} load(s), ${counted.statements} SQL statement(s)`,
  );
  return {
    bench: `stampede: ${spec.requests} concurrent ${spec.procedure} of one cold key`,
    baseline: `${spec.requests} requests, ${ok} answered 200`,
    candidate: `${loads} load (${counted.statements} SQL statements: ${spec.statementsRead})`,
    ratio: null,
    target: '1 load',
    met: loads === 1 && ok === spec.requests,
  };
}

/** Removes the Redis keys a bench server left under its REDIS_KEY_PREFIX (rate-limit counters). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(services.redis);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

export type LoadOptions = Omit<autocannon.Options, 'duration'> & { readonly duration?: number };

/** One autocannon run after a 1 s warm-up. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  await autocannon({ connections: 50, ...options, duration: 1 });
  const result = await autocannon({ connections: 50, ...options, duration: options.duration ?? seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Measures every variant once per round, interleaved, and keeps each variant's median round by
 * throughput, so a machine that gets busier drifts all variants alike. A first, uncounted round warms
 * up the JIT, the connection pools and PostgreSQL's caches: whichever variant ran first was slower.
 */
export async function interleaved<K extends string, R extends { rps: number }>(
  variants: readonly K[],
  measure: (variant: K) => Promise<R>,
): Promise<Record<K, R>> {
  const runs = new Map<K, R[]>(variants.map((v) => [v, []]));
  for (const variant of variants) await measure(variant);
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) runs.get(variant)!.push(await measure(variant));
  }
  const medians = {} as Record<K, R>;
  for (const [variant, results] of runs) {
    const sorted = results.sort((a, b) => a.rps - b.rps);
    medians[variant] = sorted[Math.floor((sorted.length - 1) / 2)]!;
  }
  return medians;
}

export function describeLoad(label: string, r: LoadResult, baseline?: LoadResult): string {
  const ratio = baseline ? `  ${(r.rps / baseline.rps).toFixed(2)}× of baseline` : '';
  return (
    `  ${label.padEnd(34)} ${Math.round(r.rps).toLocaleString('en').padStart(8)} req/s` +
    `  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms` +
    `  non-2xx ${r.non2xx}  errors ${r.errors}${ratio}`
  );
}

export function short(r: LoadResult): string {
  return `${Math.round(r.rps).toLocaleString('en')} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`;
}

/** Non-2xx answers or socket errors make a throughput figure meaningless: stop the bench. */
export function assertClean(label: string, r: LoadResult): void {
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors`);
}

export function printSummary(rows: readonly SummaryRow[]): void {
  console.log('\n| Bench | Baseline | Measured | Ratio | Target | Met |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = row.ratio === null ? '–' : `${row.ratio.toFixed(2)}×`;
    const met = row.met === null ? '–' : row.met ? 'yes' : 'no';
    console.log(`| ${row.bench} | ${row.baseline} | ${row.candidate} | ${ratio} | ${row.target} | ${met} |`);
  }
}

/** True when `moduleUrl` is the script node was started with (a bench run alone). */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === path.resolve(process.argv[1]);
}
