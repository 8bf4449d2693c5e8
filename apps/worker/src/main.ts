import { availableParallelism } from 'node:os';
import { RedisCache } from '@talentsphere/adapters/cache';
import { RedisLeaderboardStore } from '@talentsphere/adapters/leaderboards';
import { RedisLiveUpdates } from '@talentsphere/adapters/live';
import { migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import { Redis } from 'ioredis';
import pino from 'pino';
import { createWorker } from './create-worker';
import { localPaymentsOf, scheduleLocalPayments } from './local-payments';
import { loadWorkerConfig, WorkerConfigError } from './worker-config';
import { workerHandlers } from './worker-handlers';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'worker' } });
  const database = openDatabase({
    kind: 'postgres',
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  await migrateToLatest(database.db);
  const redis = new Redis(config.REDIS_URL, {
    keyPrefix: `${config.REDIS_KEY_PREFIX}:`,
    maxRetriesPerRequest: 1,
  });
  const sandboxSize = availableParallelism();
  const sandbox = new SandboxPool({ size: sandboxSize });
  const worker = createWorker({
    database,
    mode: 'full',
    amqpUrl: config.AMQP_URL,
    logger,
    // Grading takes only as many submissions as there are sandbox children: each one taken holds a
    // transaction and a database connection while it waits, starving the other consumers.
    messaging: {
      exchange: config.AMQP_EXCHANGE,
      queuePrefix: config.AMQP_QUEUE_PREFIX,
      prefetch: { grading: sandboxSize },
    },
    handlers: workerHandlers({
      cache: new RedisCache(redis),
      runner: new IsolatedVmCodeRunner(sandbox),
      // Publishing only: the subscriber connection is never put into subscriber mode here.
      live: new RedisLiveUpdates({
        publisher: redis,
        subscriber: redis.duplicate({ lazyConnect: true }),
        channelPrefix: `${config.REDIS_KEY_PREFIX}:live:`,
      }),
      leaderboards: new RedisLeaderboardStore(redis),
    }),
  });
  await worker.start();
  // Without Stripe, the local provider's renewals and period ends run here (every 30 s).
  const localPayments = config.STRIPE_SECRET_KEY
    ? null
    : scheduleLocalPayments(localPaymentsOf(database, logger), logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await localPayments?.stop();
      await worker.stop();
      redis.disconnect();
      await sandbox.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) a plain line on stderr is the clearest report.
  if (error instanceof WorkerConfigError) console.error(error.message);
  else pino().fatal({ err: error }, 'worker failed to start');
  process.exit(1);
});
