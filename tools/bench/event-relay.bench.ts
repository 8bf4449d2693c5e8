/**
 * Events from the outbox to their effects, on a scratch database and an exchange and queues of this
 * run's own:
 *  1. Relay throughput: a backlog of BENCH_EVENTS (5,000) committed outbox rows drained by the
 *     OutboxRelay (claim → publish on a confirm channel → mark) to RabbitMQ, against a bare amqplib
 *     publisher sending the same envelopes with the same properties, confirms awaited per batch of
 *     100, in the same process. Rounds interleaved.
 *  2. The relay under the producers: 20 writers commit register-like writes (user, audit and outbox
 *     rows, NOTIFY after commit, as the api does) as fast as they can for BENCH_SECONDS while the
 *     relay runs in the same process; it must publish as fast as they commit: when they stop, what
 *     is left unpublished is less than one second of their commits (a slower relay's backlog grows
 *     with the window).
 *  3. End to end through the real worker (apps/worker/src/main.ts in a child process, every
 *     consumer): effects per second for a burst of BENCH_BURST (1,000) events, then a steady load at
 *     half that rate, with commit → effect committed per event (the producer's time after its commit
 *     to the welcome notification's created_at, written in the consumer's transaction).
 *
 *   pnpm exec tsx tools/bench/event-relay.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_EVENTS, BENCH_BURST)
 */
import { randomUUID } from 'node:crypto';
import { createHistogram } from 'node:perf_hooks';
import {
  InProcessOutboxSignal,
  insertOutboxRows,
  OutboxRelay,
  PgNotifyOutboxSignal,
  RabbitMqEventPublisher,
} from '@talentsphere/adapters/messaging';
import {
  type DatabaseHandle,
  KyselyUnitOfWork,
  migrateToLatest,
  openDatabase,
} from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { FULL_MODE_RELAY_CONCURRENCY } from '@talentsphere/worker/create-worker';
import {
  isolatedMessaging,
  removeWorkerTopology,
  unpublishedOutboxRows,
  WorkerProcess,
  welcomeEffects,
} from '@talentsphere/worker/worker-process.testing';
import pino from 'pino';
import {
  bareConfirmedPublish,
  registeredEnvelope,
  registerLikeWrite,
  sinkQueue,
} from '../../packages/adapters/src/messaging/messaging.testing';
import { interleaved, isMain, rounds, type SummaryRow, scratchDatabase, seconds, services } from './support';

const events = Number(process.env.BENCH_EVENTS ?? 5_000);
const burst = Number(process.env.BENCH_BURST ?? 1_000);
const writers = 20;
const logger = pino({ level: 'silent' });

interface Rate {
  readonly rps: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('bench condition not met in time');
    await sleep(20);
  }
}

export async function run(): Promise<SummaryRow[]> {
  const database = await scratchDatabase();
  const handle = openDatabase({ kind: 'postgres', url: database.url, poolSize: 10 });
  const suffix = randomUUID().slice(0, 8);
  const exchange = `bench.events.${suffix}`;
  const sink = await sinkQueue(services.amqp, exchange, `bench.${suffix}.sink`);
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;

    // 1. Relay vs bare publisher, draining the same number of envelopes.
    const envelopesOf = () => Array.from({ length: events }, () => registeredEnvelope(uuidV7Ids.next()));
    const measureDrain = async (variant: 'bare' | 'relay'): Promise<Rate> => {
      const envelopes = envelopesOf();
      let elapsed: number;
      if (variant === 'bare') {
        const started = performance.now();
        await bareConfirmedPublish(services.amqp, exchange, envelopes);
        elapsed = performance.now() - started;
      } else {
        for (let i = 0; i < envelopes.length; i += 1000)
          await insertOutboxRows(db, envelopes.slice(i, i + 1000));
        const publisher = new RabbitMqEventPublisher({ url: services.amqp, logger, exchange });
        const relay = new OutboxRelay({
          db,
          publisher,
          signal: new InProcessOutboxSignal(),
          logger,
          concurrency: FULL_MODE_RELAY_CONCURRENCY,
        });
        const started = performance.now();
        await relay.start();
        await until(async () => (await unpublishedOutboxRows(db)) === 0);
        elapsed = performance.now() - started;
        await relay.stop();
        await publisher.close();
      }
      await until(async () => (await sink.count()) === events);
      await sink.purge();
      return { rps: events / (elapsed / 1000) };
    };
    console.log(
      `Event relay: ${rounds} rounds, ${events.toLocaleString('en')} envelopes per drain; ` +
        `${seconds}s of producers; burst ${burst.toLocaleString('en')} through the real worker`,
    );
    const drain = await interleaved(['bare', 'relay'] as const, measureDrain);
    const drainRatio = drain.relay.rps / drain.bare.rps;
    console.log(`  bare amqplib, confirms per 100        ${fmt(drain.bare.rps)} msg/s  (baseline)`);
    console.log(
      `  outbox relay (claim, publish, mark)   ${fmt(drain.relay.rps)} events/s  ${drainRatio.toFixed(2)}×`,
    );

    // 2. The relay beside producers committing as fast as they can.
    const underLoad = await relayUnderProducers(handle, exchange);
    await sink.purge();
    console.log(
      `  producers ${writers} writers               ${fmt(underLoad.commitRate)} commits/s; relay published ` +
        `${fmt(underLoad.publishRate)} events/s in the same window (${underLoad.keptUp.toFixed(3)}), ` +
        `${underLoad.backlog} left when they stopped (${underLoad.backlogMs.toFixed(0)} ms of commits)`,
    );

    // 3. End to end through the real worker.
    const endToEnd = await throughTheWorker(database.url);
    console.log(
      `  real worker, burst of ${burst}            ${fmt(endToEnd.burstRate)} effects/s ` +
        `(${fmt(endToEnd.burstCommitRate)} commits/s)`,
    );
    console.log(
      `  real worker, steady ${endToEnd.steadyRate}/s for ${endToEnd.steadySeconds}s   commit → effect ` +
        `p50 ${endToEnd.p50.toFixed(0)} ms  p99 ${endToEnd.p99.toFixed(0)} ms  (${endToEnd.steadyEvents} events, ` +
        `unique effects ÷ committed ${endToEnd.exactlyOnce.toFixed(3)})`,
    );

    return [
      {
        bench: 'event relay: outbox → RabbitMQ, confirmed and marked',
        baseline: `bare amqplib publisher, confirms per 100: ${fmt(drain.bare.rps)} msg/s`,
        candidate: `${fmt(drain.relay.rps)} events/s`,
        ratio: drainRatio,
        target: '≥ 0.5×',
        met: drainRatio >= 0.5,
      },
      {
        bench: `event relay beside ${writers} producers at full speed`,
        baseline: `producers commit ${fmt(underLoad.commitRate)} events/s`,
        candidate: `published ${fmt(underLoad.publishRate)} events/s, ${underLoad.backlogMs.toFixed(0)} ms behind at the end`,
        ratio: underLoad.keptUp,
        target: 'never slower (< 1 s behind)',
        met: underLoad.backlogMs < 1000,
      },
      {
        bench: 'commit → effect through the real worker, steady load',
        baseline: `burst capacity ${fmt(endToEnd.burstRate)} effects/s`,
        candidate: `${endToEnd.steadyRate}/s: p50 ${endToEnd.p50.toFixed(0)} ms, p99 ${endToEnd.p99.toFixed(0)} ms`,
        ratio: null,
        target: 'report p99; effects exactly once',
        met: endToEnd.exactlyOnce === 1,
      },
    ];
  } finally {
    await sink.remove();
    await handle.close();
    await database.drop();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(6);

/** `writers` register-like writes at a time for `seconds`, the relay (LISTEN/NOTIFY) running beside them. */
async function relayUnderProducers(handle: DatabaseHandle, exchange: string) {
  const db = handle.db;
  await db.deleteFrom('outbox').execute();
  const producerSignal = new PgNotifyOutboxSignal(handle.pool!, logger);
  const uow = new KyselyUnitOfWork(db, {
    ids: uuidV7Ids,
    clock: systemClock,
    onEventsCommitted: () => producerSignal.notify(),
  });
  const publisher = new RabbitMqEventPublisher({ url: services.amqp, logger, exchange });
  const relay = new OutboxRelay({
    db,
    publisher,
    signal: new PgNotifyOutboxSignal(handle.pool!, logger),
    logger,
  });
  await relay.start();
  let running = true;
  let committed = 0;
  const writer = async () => {
    while (running) {
      await registerLikeWrite(uow);
      committed += 1;
    }
  };
  const started = performance.now();
  const all = Array.from({ length: writers }, writer);
  await sleep(seconds * 1000);
  running = false;
  await Promise.all(all);
  const windowMs = performance.now() - started;
  const backlog = await unpublishedOutboxRows(db);
  await until(async () => (await unpublishedOutboxRows(db)) === 0);
  await relay.stop();
  await publisher.close();
  await producerSignal.flush();
  const commitRate = committed / (windowMs / 1000);
  return {
    commitRate,
    publishRate: (committed - backlog) / (windowMs / 1000),
    keptUp: (committed - backlog) / committed,
    backlog,
    backlogMs: (backlog / commitRate) * 1000,
  };
}

/** A burst, then a steady load at half the burst's effect rate, through main.ts in a child process. */
async function throughTheWorker(databaseUrl: string) {
  const messaging = isolatedMessaging();
  const database = openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 10 });
  const db = database.db;
  const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: systemClock });
  const worker = await WorkerProcess.start({
    databaseUrl,
    amqpUrl: services.amqp,
    redisUrl: services.redis,
    messaging,
  });
  try {
    await db.deleteFrom('notifications').execute();
    // Burst: as fast as 8 writers commit; the rate is effects over the time to the last one.
    const burstStart = performance.now();
    let written = 0;
    const burstWriter = async () => {
      while (written < burst) {
        written += 1;
        await registerLikeWrite(uow);
      }
    };
    await Promise.all(Array.from({ length: 8 }, burstWriter));
    const burstCommitted = performance.now() - burstStart;
    await until(async () => (await welcomeEffects(db)).rows >= burst);
    const burstRate = burst / ((performance.now() - burstStart) / 1000);

    // Steady: one write every 1/rate s, each commit timed, for rounds × seconds.
    const steadyRate = Math.max(5, Math.floor(burstRate / 2));
    const steadySeconds = rounds * seconds;
    const committedAt = new Map<string, number>();
    const pending: Array<Promise<void>> = [];
    const interval = 1000 / steadyRate;
    const begin = performance.now();
    for (let i = 0; i < steadyRate * steadySeconds; i++) {
      const due = begin + i * interval;
      if (due > performance.now()) await sleep(due - performance.now());
      pending.push(registerLikeWrite(uow).then((userId) => void committedAt.set(userId, Date.now())));
    }
    await Promise.all(pending);
    const expected = burst + committedAt.size;
    await until(
      async () => (await welcomeEffects(db)).rows >= expected && (await unpublishedOutboxRows(db)) === 0,
    );
    const effects = await db
      .selectFrom('notifications')
      .select(['user_id', 'created_at'])
      .where('user_id', 'in', [...committedAt.keys()])
      .execute();
    const histogram = createHistogram();
    for (const row of effects)
      histogram.record(Math.max(1, new Date(row.created_at).getTime() - committedAt.get(row.user_id)!));
    const all = await welcomeEffects(db);
    return {
      burstRate,
      burstCommitRate: burst / (burstCommitted / 1000),
      steadyRate,
      steadySeconds,
      steadyEvents: committedAt.size,
      p50: histogram.percentile(50),
      p99: histogram.percentile(99),
      exactlyOnce: all.rows === expected && all.unique === expected ? 1 : all.unique / expected,
    };
  } finally {
    await worker.stop();
    await removeWorkerTopology(services.amqp, messaging);
    await database.close();
  }
}

if (isMain(import.meta.url)) await run();
