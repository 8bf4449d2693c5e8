import { InProcessOutboxSignal, PgNotifyOutboxSignal } from '@talentsphere/adapters/messaging';
import { type DatabaseHandle, KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { welcomeNewUser } from '@talentsphere/application/engagement';
import type { EventHandler } from '@talentsphere/application/shared';
import { registerUser } from '@talentsphere/domain/identity';
import { ResultAsync } from 'neverthrow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTestTopology } from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createPgliteDatabase,
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { createWorker } from './create-worker';

const logger = pino({ level: 'silent' });

/** What RegisterUser commits: the user row and its `auth.user.registered` outbox row. */
async function register(uow: KyselyUnitOfWork, name: string): Promise<string> {
  const id = uuidV7Ids.next();
  const { state, events } = registerUser(
    { id, email: `${id}@example.com`, name, role: 'employer', passwordHash: 'x' },
    { now: new Date() },
  )._unsafeUnwrap();
  const result = await uow.run(
    (scope) => {
      scope.events.record(...events);
      return ResultAsync.fromSafePromise(scope.users.insert(state));
    },
    { correlationId: `corr-${id}` },
  );
  result._unsafeUnwrap();
  return id;
}

async function waitForNotification(database: DatabaseHandle, userId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await database.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    if (rows.length > 0) return rows;
    if (Date.now() > deadline) throw new Error('no notification arrived');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('createWorker, embedded mode on PGlite', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createPgliteDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a register-like write reaches welcomeNewUser through the outbox and the in-process bus', async () => {
    const signal = new InProcessOutboxSignal();
    // A long poll proves the commit signal, not the poll, woke the relay.
    const worker = createWorker({
      database,
      mode: 'embedded',
      logger,
      signal,
      relay: { pollIntervalMs: 60_000 },
    });
    await worker.start();
    const uow = new KyselyUnitOfWork(database.db, {
      ids: uuidV7Ids,
      clock: systemClock,
      onEventsCommitted: () => signal.notify(),
    });

    const userId = await register(uow, 'Margaret Hamilton');
    const rows = await waitForNotification(database, userId, 5_000);
    await worker.stop();

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      category: 'account',
      title: 'Welcome to TalentSphere, Margaret Hamilton',
    });
    const outbox = await database.db.selectFrom('outbox').selectAll().execute();
    expect(outbox.every((row) => row.published_at !== null)).toBe(true);
  });

  it('parks a message its handler keeps failing on in dead_letters', async () => {
    const failing: EventHandler = {
      ...welcomeNewUser,
      async handle() {
        throw new Error('mail server on fire');
      },
    };
    const signal = new InProcessOutboxSignal();
    const worker = createWorker({
      database,
      mode: 'embedded',
      logger,
      signal,
      handlers: [failing],
      messaging: { retryDelaysMs: [10, 20, 30] },
    });
    await worker.start();
    const uow = new KyselyUnitOfWork(database.db, {
      ids: uuidV7Ids,
      clock: systemClock,
      onEventsCommitted: () => signal.notify(),
    });
    await register(uow, 'Poison Pill');

    const deadline = Date.now() + 5_000;
    let dead: Array<{ consumer: string; attempts: number; error: string; event_type: string }> = [];
    while (dead.length === 0 && Date.now() < deadline) {
      dead = await database.db.selectFrom('dead_letters').selectAll().execute();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await worker.stop();
    expect(dead).toEqual([
      expect.objectContaining({
        consumer: 'notification',
        event_type: 'auth.user.registered',
        attempts: 4,
        error: 'Error: mail server on fire',
      }),
    ]);
  });
});

describe.skipIf(!hasPostgres() || !hasRabbit())('createWorker, full mode on PostgreSQL and RabbitMQ', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('relays through RabbitMQ to the notification consumer, woken by NOTIFY after commit', async () => {
    const suffix = uuidV7Ids.next().slice(-8);
    const messaging = { exchange: `test.events.${suffix}`, queuePrefix: `test.${suffix}.` };
    const amqpUrl = serviceUrl('rabbitmq')!;
    const worker = createWorker({
      database: database.handle,
      mode: 'full',
      amqpUrl,
      logger,
      messaging,
      relay: { pollIntervalMs: 60_000 },
    });
    await worker.start();
    // The api side: its own signal, notifying after commit.
    const apiSignal = new PgNotifyOutboxSignal(database.handle.pool!, logger);
    const uow = new KyselyUnitOfWork(database.handle.db, {
      ids: uuidV7Ids,
      clock: systemClock,
      onEventsCommitted: () => apiSignal.notify(),
    });

    const userId = await register(uow, 'Radia Perlman');
    const rows = await waitForNotification(database.handle, userId, 5_000);
    await apiSignal.flush();
    await worker.stop();
    expect(rows).toHaveLength(1);

    const left = await deleteTestTopology(amqpUrl, {
      ...messaging,
      consumers: ['notification'],
      retryDelaysMs: [1_000, 5_000, 25_000],
    });
    expect(left).toEqual({ notification: 0 });
  });
});
