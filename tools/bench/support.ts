/**
 * Shared pieces of the benches: a scratch PostgreSQL database, an api server in a child process (so
 * the load generator does not share its event loop), autocannon runs interleaved over rounds, and
 * the summary rows `run-all.ts` prints.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
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

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: services.postgres });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
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
  const child = fork(
    fileURLToPath(new URL('./bench-server.ts', import.meta.url)),
    [JSON.stringify(options)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    baseUrl,
    child,
    useLimiter: (limiter) =>
      new Promise<void>((resolve) => {
        child.once('message', () => resolve());
        child.send({ limiter });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
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
