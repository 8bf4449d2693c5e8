/**
 * Child process of the grading bench: the full-mode worker as apps/worker/src/main.ts composes it
 * (createWorker with workerHandlers: outbox relay on LISTEN/NOTIFY → RabbitMQ → the `grading`
 * consumer → IsolatedVmCodeRunner over a SandboxPool of one child per core → judged, then
 * `challenges-live` announcing the verdict on Redis), with one difference: its own exchange and
 * queue prefix, because the worker's config has no setting for them and a consumer of another run
 * or of a dev worker on the shared broker would otherwise take this run's messages. On SIGTERM (or
 * when the bench process goes away) it stops, deletes its topology and reports over IPC how many
 * messages were left in each queue.
 * Options in argv[2] as JSON; `{ ready: true }` goes back over IPC once it consumes.
 */
import { availableParallelism } from 'node:os';
import { RedisCache } from '@talentsphere/adapters/cache';
import { RedisLeaderboardStore } from '@talentsphere/adapters/leaderboards';
import { RedisLiveUpdates } from '@talentsphere/adapters/live';
import { openDatabase } from '@talentsphere/adapters/persistence';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import { createWorker } from '@talentsphere/worker/create-worker';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import { Redis } from 'ioredis';
import pino from 'pino';
import { deleteTestTopology } from '../../packages/adapters/src/messaging/messaging.testing';
import { services as serviceUrls } from './support';

export interface GradingBenchWorkerOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
  readonly exchange: string;
  readonly queuePrefix: string;
}

/** The consumer runner's default retry delays: the queues it declared carry them in their names. */
const RETRY_DELAYS_MS = [1_000, 5_000, 25_000];

const options = JSON.parse(process.argv[2]!) as GradingBenchWorkerOptions;
const logger = pino({ level: 'error', base: { service: 'bench-worker' } });
// The api migrated this database before the worker starts.
const database = openDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: 5 });
const redis = new Redis(serviceUrls.redis, {
  keyPrefix: `${options.redisKeyPrefix}:`,
  maxRetriesPerRequest: 1,
});
const sandboxSize = availableParallelism();
const sandbox = new SandboxPool({ size: sandboxSize });
const handlers = workerHandlers({
  cache: new RedisCache(redis),
  runner: new IsolatedVmCodeRunner(sandbox),
  live: new RedisLiveUpdates({
    publisher: redis,
    subscriber: redis.duplicate({ lazyConnect: true }),
    channelPrefix: `${options.redisKeyPrefix}:live:`,
  }),
  leaderboards: new RedisLeaderboardStore(redis),
});
const messaging = { exchange: options.exchange, queuePrefix: options.queuePrefix };
const worker = createWorker({
  database,
  mode: 'full',
  amqpUrl: serviceUrls.amqp,
  logger,
  handlers,
  // As apps/worker/src/main.ts: grading takes only as many submissions as there are sandbox children.
  messaging: { ...messaging, prefetch: { grading: sandboxSize } },
});
await worker.start();
process.send?.({ ready: true });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  redis.disconnect();
  await sandbox.close();
  await database.close();
  const left = await deleteTestTopology(serviceUrls.amqp, {
    ...messaging,
    consumers: [...new Set(handlers.map((h) => h.consumer))],
    retryDelaysMs: RETRY_DELAYS_MS,
  });
  // Exit only once the report is on its way (if the bench process is still there to read it).
  if (process.connected && process.send) process.send({ left }, () => process.exit(0));
  else process.exit(0);
}
process.once('SIGTERM', () => void stop());
// The bench process died without stopping us (killed, or its output pipe closed).
process.once('disconnect', () => void stop());
