/**
 * Runs every bench in sequence and prints one summary table (`pnpm bench`). Needs PostgreSQL, Redis
 * and RabbitMQ on loopback (DATABASE_URL, REDIS_URL, AMQP_URL override the defaults). BENCH_SECONDS
 * and BENCH_ROUNDS set the length of each measurement. The recruiting benches seed a kept database
 * with BENCH_JOBS (100,000) jobs on their first run, the learning bench one with BENCH_COURSES
 * (2,000) courses. The grading bench runs the api and the worker (own RabbitMQ exchange and queues)
 * on a scratch database and grades BENCH_SUBMISSIONS (60) submissions per round. The event relay
 * bench drains BENCH_EVENTS (5,000) outbox rows per round and sends BENCH_BURST (1,000) events
 * through the real worker (own exchange and queues). The limiter
 * micro-bench (rate-limit.bench.ts) runs last, in its own process, with its own table.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as apiRateLimit from './api-rate-limit.bench';
import * as authMe from './auth-me.bench';
import * as courseCache from './course-cache.bench';
import * as eventRelay from './event-relay.bench';
import * as grading from './grading.bench';
import * as jobDetailCache from './job-detail-cache.bench';
import * as jobsSearch from './jobs-search.bench';
import * as logins from './logins.bench';
import * as outboxWrite from './outbox-write.bench';
import * as sandbox from './sandbox.bench';
import { printSummary, rounds, type SummaryRow, seconds } from './support';

const benches = [
  authMe,
  apiRateLimit,
  outboxWrite,
  eventRelay,
  logins,
  jobsSearch,
  jobDetailCache,
  courseCache,
  sandbox,
  grading,
];
const rows: SummaryRow[] = [];
console.log(
  `TalentSphere benches: ${rounds} rounds × ${seconds}s per measurement, Node ${process.version}\n`,
);
for (const bench of benches) {
  rows.push(...(await bench.run()));
  console.log();
}

console.log('Limiter micro-bench (tools/bench/rate-limit.bench.ts)');
const micro = spawnSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(new URL('./rate-limit.bench.ts', import.meta.url))],
  {
    stdio: 'inherit',
  },
);
if (micro.status !== 0) throw new Error(`rate-limit.bench.ts exited with ${micro.status}`);

printSummary(rows);
