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
  ledgerEffects,
  removeWorkerTopology,
  unpublishedOutboxRows,
  WorkerProcess,
  welcomeEffects,
  writeRegistrations,
} from './worker-process.testing';

const EVENTS = 10_000;

describe.skipIf(!hasPostgres() || !hasRabbit() || !hasRedis())(
  'the real worker process SIGKILLed in the middle of a stream of events',
  () => {
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

    it(`after a restart every one of ${EVENTS.toLocaleString('en')} events has its effect exactly once`, async () => {
      database = await createTestDatabase({ poolSize: 10 });
      messaging = isolatedMessaging();
      const amqpUrl = serviceUrl('rabbitmq')!;
      const options = {
        databaseUrl: database.url,
        amqpUrl,
        redisUrl: serviceUrl('redis')!,
        messaging,
      };
      const db = database.handle.db;
      const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: systemClock });

      const first = await WorkerProcess.start(options);
      workers.push(first);
      // The producers (the api's write path) commit the stream while the worker runs.
      const writing = writeRegistrations(uow, EVENTS);
      await waitFor(async () => (await welcomeEffects(db)).rows >= EVENTS * 0.3, 600_000);
      await first.kill();
      const atKill = { effects: await welcomeEffects(db), unpublished: await unpublishedOutboxRows(db) };

      const second = await WorkerProcess.start(options);
      workers.push(second);
      const committed = await writing;
      // Rows the dead relay had claimed come back after its 30 s lease; redeliveries of the messages
      // it held unacked arrive at once. The limits are for a busy 2-core machine, where each event's
      // six consumer transactions take the worker minutes (8 at load 19); a quiet one needs about 2.
      await waitFor(
        async () =>
          (await unpublishedOutboxRows(db)) === 0 &&
          (await welcomeEffects(db)).rows >= committed &&
          (await ledgerEffects(db)).rows >= committed &&
          (await readyMessageCount(amqpUrl, `${messaging!.queuePrefix}notification.queue`)) === 0,
        900_000,
      );
      expect(await second.stop()).toBe(0);
      const left = await removeWorkerTopology(amqpUrl, messaging);
      messaging = undefined;

      const effects = await welcomeEffects(db);
      const points = await ledgerEffects(db);
      const inbox = async (consumer: string) =>
        Number(
          (
            await db
              .selectFrom('inbox')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('consumer', '=', consumer)
              .where('message_id', 'in', (eb) =>
                eb.selectFrom('outbox').select('id').where('event_type', '=', 'auth.user.registered'),
              )
              .executeTakeFirstOrThrow()
          ).n,
        );
      // Both consumers' effects: a welcome notification and a welcome-bonus ledger line per event.
      const ratio = (effects.unique + points.unique) / (2 * committed);
      // The figure the issue asks for, in the test's output.
      process.stdout.write(
        `crash matrix: ${committed} committed events, worker SIGKILLed at ${atKill.effects.rows} effects ` +
          `(${atKill.unpublished} outbox rows unpublished), restarted: ${effects.unique} unique effects, ` +
          `${effects.rows - effects.unique} duplicates; ${points.unique} welcome-bonus ledger lines, ` +
          `${points.rows - points.unique} duplicates; unique effects ÷ committed events = ${ratio.toFixed(3)}\n`,
      );
      // The kill really interrupted the stream.
      expect(atKill.effects.rows).toBeLessThan(committed);
      expect(effects).toEqual({ rows: committed, unique: committed });
      expect(points).toEqual({ rows: committed, unique: committed });
      expect(ratio.toFixed(3)).toBe('1.000');
      expect(await inbox('notification')).toBe(committed);
      expect(await inbox('gamification')).toBe(committed);
      expect(left.notification).toBe(0);
    }, 1_800_000);
  },
);
