/**
 * Runs every bench in sequence and prints one summary table (`pnpm bench`). Needs PostgreSQL, Redis
 * and RabbitMQ on loopback (DATABASE_URL, REDIS_URL, AMQP_URL override the defaults). BENCH_SECONDS
 * and BENCH_ROUNDS set the length of each measurement. The limiter micro-bench (rate-limit.bench.ts)
 * runs last, in its own process, with its own table.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as apiRateLimit from './api-rate-limit.bench';
import * as authMe from './auth-me.bench';
import * as logins from './logins.bench';
import * as outboxWrite from './outbox-write.bench';
import { printSummary, rounds, type SummaryRow, seconds } from './support';

const benches = [authMe, apiRateLimit, outboxWrite, logins];
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
