import { afterAll, beforeAll, describe } from 'vitest';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../../tools/testing/services';
import { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';
import { systemClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { eventBusContract } from './event-bus.contract';
import { InProcessEventPublisher } from './in-process-event-publisher';
import { InboxHandlerRunner } from './inbox-handler-runner';
import { deleteTestTopology, silentLogger, uniqueName } from './messaging.testing';
import { RabbitMqConsumerRunner } from './rabbitmq-consumer-runner';
import { RabbitMqEventPublisher } from './rabbitmq-event-publisher';

const retryDelaysMs = [30, 60, 90];

describe.skipIf(!hasPostgres())('event bus adapters', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const db = () => database.handle.db;
  const runner = () =>
    new InboxHandlerRunner(new KyselyUnitOfWork(db(), { ids: uuidV7Ids, clock: systemClock }), {
      ids: uuidV7Ids,
      clock: systemClock,
    });

  eventBusContract('in-process', db, async (handlers) => {
    const publisher = new InProcessEventPublisher({
      db: db(),
      handlers,
      runner: runner(),
      clock: systemClock,
      logger: silentLogger,
      retryDelaysMs,
    });
    return { publisher, stop: () => publisher.close() };
  });

  describe.skipIf(!hasRabbit())('RabbitMQ', () => {
    eventBusContract('RabbitMQ', db, async (handlers) => {
      const url = serviceUrl('rabbitmq')!;
      const exchange = uniqueName('events');
      const queuePrefix = `${uniqueName('q')}.`;
      const publisher = new RabbitMqEventPublisher({ url, logger: silentLogger, exchange });
      const consumers = new RabbitMqConsumerRunner({
        url,
        handlers,
        runner: runner(),
        logger: silentLogger,
        exchange,
        queuePrefix,
        retryDelaysMs,
        prefetch: 1,
      });
      await consumers.start();
      return {
        publisher,
        async stop() {
          await consumers.stop();
          await publisher.close();
          const consumerNames = [...new Set(handlers.map((h) => h.consumer))];
          await deleteTestTopology(url, { exchange, queuePrefix, consumers: consumerNames, retryDelaysMs });
        },
      };
    });
  });
});
