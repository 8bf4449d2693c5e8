/**
 * Rate limiting on vs off, every figure beside a baseline measured in the same run.
 *
 *   pnpm exec tsx tools/bench/rate-limit.bench.ts        (REDIS_URL, default redis://127.0.0.1:6379)
 *
 * 1. consume() alone: ops/s and p50/p99 for no limiter, InMemoryRateLimiter, a bare Redis PING and
 *    RedisRateLimiter (ioredis with enableAutoPipelining), 64 calls in flight over 10,000 keys.
 * 2. The same through HTTP: a bare node:http endpoint (the harshest baseline: no framework cost to
 *    hide the limiter's) in a child process, driven by autocannon, with no limiter vs each limiter.
 * Budgets are large so every call takes the allowed path, the one every real request pays for.
 * Modes run interleaved for BENCH_ROUNDS rounds (default 3) and each figure is the median round, so a
 * busy machine drifts all modes alike. Env BENCH_SECONDS (default 5) per measurement.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { InMemoryRateLimiter, RedisRateLimiter } from '@talentsphere/adapters/rate-limit';
import type { RateLimiter, RateLimitRule } from '@talentsphere/application/shared';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';

// `redis-ping` is a floor, not a limiter: one PING per call, the cheapest possible round trip, so an
// exact (shared-counter) limiter can at best match it.
type Mode = 'none' | 'in-memory' | 'redis-ping' | 'redis';
const modes: Mode[] = ['none', 'in-memory', 'redis-ping', 'redis'];
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rule: RateLimitRule = { name: 'bench', points: 1_000_000_000, windowSeconds: 600 };
const keyPrefix = `bench-rl-${process.pid}`;

const noLimiter: RateLimiter = { consume: async () => null, reset: async () => {} };

function limiterFor(mode: Mode): { limiter: RateLimiter; close(): Promise<void> } {
  if (mode === 'none') return { limiter: noLimiter, close: async () => {} };
  if (mode === 'in-memory') return { limiter: new InMemoryRateLimiter(), close: async () => {} };
  const redis = new Redis(redisUrl, { enableAutoPipelining: true });
  if (mode === 'redis-ping') {
    const ping: RateLimiter = {
      async consume() {
        await redis.ping();
        return null;
      },
      reset: async () => {},
    };
    return { limiter: ping, close: async () => void (await redis.quit()) };
  }
  return {
    limiter: new RedisRateLimiter(redis, { keyPrefix }),
    async close() {
      const keys = await redis.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}

interface ConsumeFigures {
  opsPerSecond: number;
  p50: number;
  p99: number;
  /** This process's CPU time per call: what an api process pays, wherever Redis runs. */
  cpuMicros: number;
}

async function measureConsume(mode: Mode): Promise<ConsumeFigures> {
  const { limiter, close } = limiterFor(mode);
  const histogram = createHistogram();
  let ops = 0;
  let refused = 0;
  let running = true;
  const worker = async (id: number) => {
    for (let i = id; running; i += 64) {
      const start = process.hrtime.bigint();
      if ((await limiter.consume(rule, `ip-${i % 10_000}`)) !== null) refused++;
      histogram.record(process.hrtime.bigint() - start);
      // In-process limiters resolve as microtasks: yield now and then so the timer can stop the run.
      if (++ops % 256 === 0) await new Promise(setImmediate);
    }
  };
  const warmUp = Array.from({ length: 64 }, (_, id) => worker(id));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  running = false;
  await Promise.all(warmUp);

  histogram.reset();
  ops = 0;
  running = true;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const workers = Array.from({ length: 64 }, (_, id) => worker(id));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  running = false;
  await Promise.all(workers);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await close();
  if (refused > 0)
    throw new Error(`${mode}: ${refused} calls were refused; the bench measures the allowed path`);
  return {
    opsPerSecond: ops / elapsed,
    p50: histogram.percentile(50) / 1e3,
    p99: histogram.percentile(99) / 1e3,
    cpuMicros: (cpu.user + cpu.system) / ops,
  };
}

/** Child process: serve `{"ok":true}` behind the limiter of `mode`, keyed per connection. */
async function serve(mode: Mode): Promise<void> {
  const { limiter } = limiterFor(mode);
  const server = createServer(async (req, res) => {
    const refusal = await limiter.consume(rule, `${req.socket.remoteAddress}:${req.socket.remotePort}`);
    res.writeHead(refusal ? 429 : 200, { 'content-type': 'application/json' });
    res.end(refusal ? JSON.stringify(refusal) : '{"ok":true}');
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
  process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
}

interface HttpFigures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** The server process's CPU time per request: its throughput when it, not Redis, is the bottleneck. */
  cpuMicros: number;
}

async function measureHttp(mode: Mode): Promise<HttpFigures> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', mode]);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`server for ${mode} exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    const serverCpu = async () => {
      const reply = new Promise<NodeJS.CpuUsage>((resolve) =>
        child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu)),
      );
      child.send('cpu');
      const { user, system } = await reply;
      return user + system;
    };
    await autocannon({ url, connections: 50, duration: 1 });
    const cpuBefore = await serverCpu();
    const result = await autocannon({ url, connections: 50, duration: seconds });
    const cpuMicros = ((await serverCpu()) - cpuBefore) / result.requests.total;
    return {
      cpuMicros,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Runs every mode once per round, interleaved, and keeps each mode's median round by `score`. */
async function interleaved<R>(
  measure: (mode: Mode) => Promise<R>,
  score: (r: R) => number,
): Promise<Map<Mode, R>> {
  const runs = new Map<Mode, R[]>(modes.map((mode) => [mode, []]));
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) runs.get(mode)!.push(await measure(mode));
  }
  return new Map(
    modes.map((mode) => {
      const sorted = runs.get(mode)!.sort((a, b) => score(a) - score(b));
      return [mode, sorted[Math.floor(sorted.length / 2)]!];
    }),
  );
}

async function main(): Promise<void> {
  console.log(`Rate limiter bench: ${rounds} rounds × ${seconds}s per measurement, Redis at ${redisUrl}\n`);
  console.log('consume() alone, 64 in flight');
  const consume = await interleaved(measureConsume, (r) => r.opsPerSecond);
  const baseOps = consume.get('none')!.opsPerSecond;
  for (const [mode, r] of consume) {
    console.log(
      `  ${mode.padEnd(11)} ${Math.round(r.opsPerSecond).toLocaleString('en').padStart(12)} ops/s` +
        `  p50 ${r.p50.toFixed(1).padStart(7)} µs  p99 ${r.p99.toFixed(1).padStart(7)} µs` +
        `  cpu ${r.cpuMicros.toFixed(1).padStart(5)} µs/call  ${(r.opsPerSecond / baseOps).toFixed(3)}× of none`,
    );
  }

  console.log('\nHTTP endpoint (node:http in a child process, autocannon 50 connections)');
  const http = await interleaved(measureHttp, (r) => r.rps);
  const baseRps = http.get('none')!.rps;
  const baseCpu = http.get('none')!.cpuMicros;
  for (const [mode, r] of http) {
    console.log(
      `  ${mode.padEnd(11)} ${Math.round(r.rps).toLocaleString('en').padStart(8)} req/s` +
        `  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  non-2xx ${r.non2xx}` +
        `  ${(r.rps / baseRps).toFixed(2)}× of none` +
        `  | server cpu ${r.cpuMicros.toFixed(1).padStart(5)} µs/req, ${(baseCpu / r.cpuMicros).toFixed(2)}× of none`,
    );
  }
  console.log(
    '\nreq/s ratios include autocannon and redis-server competing for the same cores; the cpu ratio is the' +
      '\nthroughput ratio of a CPU-bound api process whose Redis runs elsewhere.',
  );
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3] as Mode);
} else {
  await main();
}
