import {
  InboxHandlerRunner,
  InProcessEventPublisher,
  InProcessOutboxSignal,
  OutboxRelay,
  type OutboxSignal,
  PgNotifyOutboxSignal,
  RabbitMqConsumerRunner,
  RabbitMqEventPublisher,
} from '@talentsphere/adapters/messaging';
import { type DatabaseHandle, KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { engagementHandlers } from '@talentsphere/application/engagement';
import type { EventHandler, EventPublisher } from '@talentsphere/application/shared';
import type pino from 'pino';

export interface WorkerOptions {
  readonly database: DatabaseHandle;
  /** embedded: the outbox is dispatched in-process; full: through RabbitMQ to the consumers. */
  readonly mode: 'embedded' | 'full';
  readonly amqpUrl?: string;
  readonly logger: pino.Logger;
  /** Embedded mode: the signal the api's unit of work notifies, so commits wake this relay at once. */
  readonly signal?: InProcessOutboxSignal;
  readonly handlers?: readonly EventHandler[];
  /**
   * Tests isolate themselves on a shared broker; production keeps the defaults, except `prefetch`:
   * messages a consumer takes at once (10 by default), per consumer name.
   */
  readonly messaging?: {
    exchange?: string;
    queuePrefix?: string;
    retryDelaysMs?: readonly number[];
    prefetch?: Readonly<Record<string, number>>;
  };
  readonly relay?: { pollIntervalMs?: number; leaseMs?: number; batchSize?: number; concurrency?: number };
}

/**
 * Full mode's relay claims with this many loops side by side: a loop spends most of a batch waiting
 * for RabbitMQ's confirms (holding no database connection), and the others claim and mark meanwhile.
 * Measured in tools/bench/event-relay.bench.ts: 1 loop drained ~0.3×, 3 loops ~0.6× of a bare amqplib
 * publisher. Embedded mode keeps one, so its in-process handlers see batches in order.
 */
export const FULL_MODE_RELAY_CONCURRENCY = 3;

export interface Worker {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The background half of TalentSphere: the outbox relay plus (full mode) the RabbitMQ consumers. */
export function createWorker(options: WorkerOptions): Worker {
  const { database, mode, logger } = options;
  const handlers = options.handlers ?? engagementHandlers;
  const deps = { clock: systemClock, ids: uuidV7Ids };

  const signal: OutboxSignal =
    mode === 'embedded' ? (options.signal ?? new InProcessOutboxSignal()) : pgSignal();
  // Handlers may record events of their own: their commits wake the relay too.
  const uow = new KyselyUnitOfWork(database.db, { ...deps, onEventsCommitted: () => signal.notify() });
  const runner = new InboxHandlerRunner(uow, deps);

  let publisher: EventPublisher;
  let consumers: RabbitMqConsumerRunner | null = null;
  if (mode === 'embedded') {
    publisher = new InProcessEventPublisher({
      db: database.db,
      handlers,
      runner,
      clock: deps.clock,
      logger,
      retryDelaysMs: options.messaging?.retryDelaysMs,
    });
  } else {
    const url = options.amqpUrl;
    if (!url) throw new Error('createWorker: full mode needs amqpUrl');
    publisher = new RabbitMqEventPublisher({ url, logger, exchange: options.messaging?.exchange });
    consumers = new RabbitMqConsumerRunner({ url, handlers, runner, logger, ...options.messaging });
  }
  const relay = new OutboxRelay({
    db: database.db,
    publisher,
    signal,
    logger,
    concurrency: mode === 'full' ? FULL_MODE_RELAY_CONCURRENCY : 1,
    ...options.relay,
  });

  function pgSignal(): OutboxSignal {
    if (!database.pool)
      throw new Error('createWorker: full mode needs a PostgreSQL database (LISTEN/NOTIFY)');
    return new PgNotifyOutboxSignal(database.pool, logger);
  }

  return {
    async start() {
      await consumers?.start();
      await relay.start();
      logger.info({ mode, consumers: [...new Set(handlers.map((h) => h.consumer))] }, 'worker started');
    },
    async stop() {
      // Embedded: the in-process publisher may be sitting out a failing handler's back-offs; closing
      // it first ends the relay's batch now (its rows stay unpublished and run on the next start).
      if (mode === 'embedded') await publisher.close();
      await relay.stop();
      await consumers?.stop();
      if (mode === 'full') await publisher.close();
      if (signal instanceof PgNotifyOutboxSignal) await signal.flush();
      logger.info('worker stopped');
    },
  };
}
