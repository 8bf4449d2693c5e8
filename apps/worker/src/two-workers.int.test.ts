import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { afterEach, describe, expect, it } from 'vitest';
import { readyMessageCount, waitFor } from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import {
  type IsolatedMessaging,
  isolatedMessaging,
  removeWorkerTopology,
  unpublishedOutboxRows,
  WorkerProcess,
  welcomeEffects,
  writeRegistrations,
} from './worker-process.testing';

const EVENTS = 2_000;

describe.skipIf(!hasPostgres() || !hasRabbit() || !hasRedis())('two worker processes at once', () => {
  let database: TestDatabase | undefined;
  let messaging: IsolatedMessaging | undefined;
  const workers: WorkerProcess[] = [];

  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.kill();
    if (messaging) await removeWorkerTopology(serviceUrl('rabbitmq')!, messaging);
    messaging = undefined;
    await database?.drop();
    database = undefined;
  });

  it('share the relaying and the consuming, and every effect happens once', async () => {
    database = await createTestDatabase({ poolSize: 10 });
    messaging = isolatedMessaging();
    const amqpUrl = serviceUrl('rabbitmq')!;
    const options = {
      databaseUrl: database.url,
      amqpUrl,
      redisUrl: serviceUrl('redis')!,
      messaging,
      logLevel: 'debug' as const,
    };
    const db = database.handle.db;
    const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: systemClock });
    // Started one after the other: the second declares the same queues and joins them.
    workers.push(await WorkerProcess.start(options), await WorkerProcess.start(options));

    const committed = await writeRegistrations(uow, EVENTS);
    await waitFor(
      async () =>
        (await unpublishedOutboxRows(db)) === 0 &&
        (await welcomeEffects(db)).rows >= committed &&
        (await readyMessageCount(amqpUrl, `${messaging!.queuePrefix}notification.queue`)) === 0,
      600_000,
    );
    for (const worker of workers) expect(await worker.stop()).toBe(0);

    const processed = (worker: WorkerProcess) =>
      worker.lines.filter(
        (l) =>
          l.msg === 'message processed' &&
          l.consumer === 'notification' &&
          l.eventType === 'auth.user.registered',
      ).length;
    const published = (worker: WorkerProcess) => worker.count('event published');
    const [a, b] = workers as [WorkerProcess, WorkerProcess];
    process.stdout.write(
      `two workers: auth.user.registered processed by the notification consumer ${processed(a)} + ${processed(b)}, ` +
        `outbox rows published ${published(a)} + ${published(b)}, for ${committed} committed events\n`,
    );
    // Both took a share of the deliveries, and between them handled each message once.
    expect(processed(a)).toBeGreaterThan(0);
    expect(processed(b)).toBeGreaterThan(0);
    expect(processed(a) + processed(b)).toBe(committed);
    // SKIP LOCKED claims: no outbox row was published by both relays.
    const { rows } = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('rows'))
      .executeTakeFirstOrThrow();
    expect(published(a) + published(b)).toBe(Number(rows));
    expect(await welcomeEffects(db)).toEqual({ rows: committed, unique: committed });
  }, 900_000);
});
