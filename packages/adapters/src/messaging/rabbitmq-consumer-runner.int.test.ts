import { welcomeNewUser } from '@talentsphere/application/engagement';
import type { EventHandler } from '@talentsphere/application/shared';
import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import { InboxHandlerRunner } from './inbox-handler-runner';
import { captureLogger, insertUser, registeredEnvelope, uniqueName, waitFor } from './messaging.testing';
import { consumerQueueNames, RabbitMqConsumerRunner } from './rabbitmq-consumer-runner';

const retryDelaysMs = [40, 80, 120];

describe.skipIf(!hasPostgres() || !hasRabbit())('RabbitMqConsumerRunner', () => {
  let database: TestDatabase;
  let connection: ChannelModel;
  let channel: Channel;
  let exchange: string;
  let prefix: string;
  let consumers: RabbitMqConsumerRunner | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    connection = await amqp.connect(serviceUrl('rabbitmq')!);
    channel = await connection.createChannel();
  });
  afterEach(async () => {
    await consumers?.stop();
    consumers = undefined;
    const { main, dlq, retries } = consumerQueueNames(prefix, 'notification', retryDelaysMs);
    for (const queue of [main, dlq, ...retries]) await channel.deleteQueue(queue);
    await channel.deleteExchange(exchange);
  });
  afterAll(async () => {
    await connection?.close();
    await database?.drop();
  });

  async function startConsumers(handler: EventHandler) {
    exchange = uniqueName('events');
    prefix = `${uniqueName('q')}.`;
    const { logger, lines } = captureLogger();
    const runner = new InboxHandlerRunner(
      new KyselyUnitOfWork(database.handle.db, { ids: uuidV7Ids, clock: systemClock }),
      { ids: uuidV7Ids, clock: systemClock },
    );
    consumers = new RabbitMqConsumerRunner({
      url: serviceUrl('rabbitmq')!,
      handlers: [handler],
      runner,
      logger,
      exchange,
      queuePrefix: prefix,
      retryDelaysMs,
    });
    await consumers.start();
    return { lines, queues: consumerQueueNames(prefix, 'notification', retryDelaysMs) };
  }

  const publishRaw = (routingKey: string, body: Buffer, messageId: string) =>
    channel.publish(exchange, routingKey, body, {
      persistent: true,
      messageId,
      contentType: 'application/json',
    });

  it('declares a durable queue, its DLQ and retry queues for the consumer', async () => {
    const { queues } = await startConsumers(welcomeNewUser);
    expect(queues.main).toBe(`${prefix}notification.queue`);
    expect(queues.dlq).toBe(`${prefix}notification.dlq`);
    for (const queue of [queues.main, queues.dlq, ...queues.retries]) await channel.checkQueue(queue);
  });

  it('a message delivered twice produces one notification; the second delivery is acked as a duplicate', async () => {
    const { lines, queues } = await startConsumers(welcomeNewUser);
    const userId = await insertUser(database.handle.db);
    const envelope = registeredEnvelope(userId);
    const body = Buffer.from(JSON.stringify(envelope));
    publishRaw(envelope.eventType, body, envelope.messageId);
    publishRaw(envelope.eventType, body, envelope.messageId);

    await waitFor(async () => lines.some((l) => l.msg === 'message already processed'));
    const rows = await database.handle.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(lines.find((l) => l.msg === 'message processed')).toMatchObject({
      correlationId: envelope.correlationId,
      messageId: envelope.messageId,
      consumer: 'notification',
    });
    // Both deliveries were acked: nothing left in the queue.
    expect((await channel.checkQueue(queues.main)).messageCount).toBe(0);
  });

  it('a message whose handler keeps failing is retried 3 times with back-off, then dead-lettered', async () => {
    const attempts: number[] = [];
    const poison: EventHandler = {
      ...welcomeNewUser,
      async handle() {
        attempts.push(Date.now());
        throw new Error('cannot handle this one');
      },
    };
    const { queues } = await startConsumers(poison);
    const envelope = registeredEnvelope(uuidV7Ids.next());
    publishRaw(envelope.eventType, Buffer.from(JSON.stringify(envelope)), envelope.messageId);

    const dead = await waitFor(async () => channel.get(queues.dlq, { noAck: true }));
    expect(attempts).toHaveLength(4);
    // Each retry waited at least its delay.
    for (const [i, delay] of retryDelaysMs.entries()) {
      expect(attempts[i + 1]! - attempts[i]!).toBeGreaterThanOrEqual(delay - 5);
    }
    expect(dead.properties.messageId).toBe(envelope.messageId);
    expect(dead.properties.headers).toMatchObject({ 'x-error': 'cannot handle this one', 'x-attempt': 3 });
    expect(JSON.parse(dead.content.toString())).toEqual(envelope);
    const inbox = await database.handle.db
      .selectFrom('inbox')
      .selectAll()
      .where('message_id', '=', envelope.messageId)
      .execute();
    expect(inbox).toHaveLength(0);
  });

  it('an unparsable message goes straight to the DLQ', async () => {
    let calls = 0;
    const counting: EventHandler = {
      ...welcomeNewUser,
      async handle() {
        calls += 1;
      },
    };
    const { queues } = await startConsumers(counting);
    publishRaw('auth.user.registered', Buffer.from('{"not":"an envelope"'), uuidV7Ids.next());

    const dead = await waitFor(async () => channel.get(queues.dlq, { noAck: true }));
    expect(dead.properties.headers).toMatchObject({ 'x-error': 'invalid envelope' });
    expect(calls).toBe(0);
  });

  it('reconnects and re-declares its queue after the broker cancelled it', async () => {
    const { lines, queues } = await startConsumers(welcomeNewUser);
    await channel.deleteQueue(queues.main);
    await waitFor(async () => lines.filter((l) => l.msg === 'amqp consumers started').length === 2);

    const userId = await insertUser(database.handle.db);
    const envelope = registeredEnvelope(userId);
    publishRaw(envelope.eventType, Buffer.from(JSON.stringify(envelope)), envelope.messageId);
    await waitFor(
      async () =>
        (
          await database.handle.db
            .selectFrom('notifications')
            .select('id')
            .where('user_id', '=', userId)
            .execute()
        ).length === 1,
    );
  });
});
