import { welcomeNewUser } from '@talentsphere/application/engagement';
import type { EventHandler } from '@talentsphere/application/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgliteDatabase,
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../../tools/testing/services';
import type { DatabaseHandle } from '../persistence/database';
import { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';
import { systemClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { KyselyDeadLetters, RabbitMqDeadLetters } from './dead-letters';
import { InProcessEventPublisher } from './in-process-event-publisher';
import { InboxHandlerRunner } from './inbox-handler-runner';
import {
  deleteTestTopology,
  insertUser,
  registeredEnvelope,
  registerLikeWrite,
  silentLogger,
  uniqueName,
  waitFor,
} from './messaging.testing';
import { OutboxRelay } from './outbox-relay';
import { InProcessOutboxSignal } from './outbox-signal';
import { RabbitMqConsumerRunner } from './rabbitmq-consumer-runner';
import { RabbitMqEventPublisher } from './rabbitmq-event-publisher';

const deps = { ids: uuidV7Ids, clock: systemClock };

/** welcomeNewUser, failing for as long as `poisoned.on` is true (a bug, then the fix deployed). */
function poisonedWelcome() {
  const poisoned = { on: true, calls: 0 };
  const handler: EventHandler = {
    ...welcomeNewUser,
    async handle(envelope, scope, handlerDeps) {
      poisoned.calls += 1;
      if (poisoned.on) throw new Error('template missing');
      await welcomeNewUser.handle(envelope, scope, handlerDeps);
    },
  };
  return { poisoned, handler };
}

const notificationsOf = (db: DatabaseHandle['db'], userId: string) =>
  db.selectFrom('notifications').select('id').where('user_id', '=', userId).execute();

describe.skipIf(!hasPostgres() || !hasRabbit())('dead letters in full mode (RabbitMQ DLQs)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('lists the dead letter per consumer, shows it, replays it once: the effect happens once and the DLQ is empty', async () => {
    const url = serviceUrl('rabbitmq')!;
    const exchange = uniqueName('events');
    const queuePrefix = `${uniqueName('q')}.`;
    const retryDelaysMs = [20, 40, 60];
    const { poisoned, handler } = poisonedWelcome();
    const consumers = new RabbitMqConsumerRunner({
      url,
      handlers: [handler],
      runner: new InboxHandlerRunner(new KyselyUnitOfWork(database.handle.db, deps), deps),
      logger: silentLogger,
      exchange,
      queuePrefix,
      retryDelaysMs,
    });
    await consumers.start();
    const publisher = new RabbitMqEventPublisher({ url, logger: silentLogger, exchange });
    const admin = new RabbitMqDeadLetters({ url, queuePrefix, consumers: ['notification'] });
    try {
      const userId = await insertUser(database.handle.db);
      const envelope = registeredEnvelope(userId);
      await publisher.publish([envelope]);

      const [listing] = await waitFor(async () => {
        const listings = await admin.list();
        return listings[0]?.total === 1 && listings;
      });
      expect(listing).toMatchObject({
        consumer: 'notification',
        total: 1,
        letters: [
          {
            messageId: envelope.messageId,
            eventType: 'auth.user.registered',
            error: 'template missing',
            attempts: 4,
          },
        ],
      });
      expect(listing!.letters[0]!.failedAt).toBeInstanceOf(Date);
      expect(poisoned.calls).toBe(4);
      // Listing gave the message back.
      expect((await admin.show('notification', envelope.messageId))?.message).toEqual(envelope);

      poisoned.on = false;
      expect(await admin.replay('notification', envelope.messageId)).toBe(true);
      await waitFor(async () => (await notificationsOf(database.handle.db, userId)).length === 1);
      expect(await admin.list()).toEqual([{ consumer: 'notification', total: 0, letters: [] }]);
      expect(await admin.replay('notification', envelope.messageId)).toBe(false);
      expect(await notificationsOf(database.handle.db, userId)).toHaveLength(1);
      expect(poisoned.calls).toBe(5);
      await expect(admin.list({ consumer: 'grading' })).rejects.toThrow(/unknown consumer grading/);
    } finally {
      await admin.close();
      await publisher.close();
      await consumers.stop();
      await deleteTestTopology(url, { exchange, queuePrefix, consumers: ['notification'], retryDelaysMs });
    }
  });
});

describe('dead letters in embedded mode (the dead_letters table, PGlite)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createPgliteDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('lists the dead letter, shows it, replays it through the outbox once: the effect happens once and the row is gone', async () => {
    const db = database.db;
    const signal = new InProcessOutboxSignal();
    const uow = new KyselyUnitOfWork(db, { ...deps, onEventsCommitted: () => signal.notify() });
    const { poisoned, handler } = poisonedWelcome();
    const publisher = new InProcessEventPublisher({
      db,
      handlers: [handler],
      runner: new InboxHandlerRunner(uow, deps),
      clock: systemClock,
      logger: silentLogger,
      retryDelaysMs: [5, 10, 15],
    });
    const relay = new OutboxRelay({ db, publisher, signal, logger: silentLogger, pollIntervalMs: 50 });
    await relay.start();
    const admin = new KyselyDeadLetters(db);
    try {
      const userId = await registerLikeWrite(uow);
      const [listing] = await waitFor(async () => {
        const listings = await admin.list();
        return listings[0]?.total === 1 && listings;
      });
      const messageId = listing!.letters[0]!.messageId;
      // The relay marks the batch published just after the dead letter is written; a replay before
      // that would be overwritten (the command runs with the api stopped, so only a test can race it).
      await waitFor(async () => {
        const row = await db
          .selectFrom('outbox')
          .select('published_at')
          .where('id', '=', messageId)
          .executeTakeFirst();
        return row?.published_at != null;
      });
      expect(listing).toMatchObject({
        consumer: 'notification',
        total: 1,
        letters: [{ eventType: 'auth.user.registered', error: 'Error: template missing', attempts: 4 }],
      });
      expect(await admin.show('notification', messageId)).toMatchObject({
        message: { messageId, eventType: 'auth.user.registered', data: { userId } },
      });

      poisoned.on = false;
      expect(await admin.replay('notification', messageId)).toBe(true);
      signal.notify();
      await waitFor(async () => (await notificationsOf(db, userId)).length === 1);
      expect(await admin.list()).toEqual([]);
      expect(await admin.replay('notification', messageId)).toBe(false);
      expect(await notificationsOf(db, userId)).toHaveLength(1);
      expect(poisoned.calls).toBe(5);
    } finally {
      await relay.stop();
    }
  });
});
