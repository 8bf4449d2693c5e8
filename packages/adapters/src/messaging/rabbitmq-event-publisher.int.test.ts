import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../../tools/testing/services';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { insertOutboxRows } from './kysely-outbox';
import { registeredEnvelope, silentLogger, uniqueName, waitFor } from './messaging.testing';
import { OutboxRelay } from './outbox-relay';
import { InProcessOutboxSignal } from './outbox-signal';
import { RabbitMqEventPublisher } from './rabbitmq-event-publisher';

describe.skipIf(!hasPostgres() || !hasRabbit())('outbox relay → RabbitMQ', () => {
  let database: TestDatabase;
  let connection: ChannelModel;
  let channel: Channel;
  const exchange = uniqueName('events');
  const queue = uniqueName('probe');

  beforeAll(async () => {
    database = await createTestDatabase();
    connection = await amqp.connect(serviceUrl('rabbitmq')!);
    channel = await connection.createChannel();
    await channel.assertExchange(exchange, 'topic', { durable: true });
    await channel.assertQueue(queue, { exclusive: true });
    await channel.bindQueue(queue, exchange, 'auth.#');
  });
  afterAll(async () => {
    await channel?.deleteExchange(exchange).catch(() => undefined);
    await connection?.close();
    await database?.drop();
  });

  it('publishes each row persistently with messageId, routing key, correlation id and the envelope as body', async () => {
    const envelope = registeredEnvelope(uuidV7Ids.next());
    await insertOutboxRows(database.handle.db, [envelope]);
    const publisher = new RabbitMqEventPublisher({
      url: serviceUrl('rabbitmq')!,
      logger: silentLogger,
      exchange,
    });
    const relay = new OutboxRelay({
      db: database.handle.db,
      publisher,
      signal: new InProcessOutboxSignal(),
      logger: silentLogger,
    });

    expect(await relay.relayOnce()).toBe(1);
    const message = await waitFor(async () => channel.get(queue, { noAck: true }));
    expect(message.fields).toMatchObject({ exchange, routingKey: 'auth.user.registered' });
    expect(message.properties).toMatchObject({
      messageId: envelope.messageId,
      correlationId: envelope.correlationId,
      contentType: 'application/json',
      deliveryMode: 2,
      type: 'auth.user.registered',
    });
    expect(JSON.parse(message.content.toString())).toEqual(envelope);
    const row = await database.handle.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.published_at).not.toBeNull();
    await publisher.close();
  });

  it('recovers by itself after the broker closed its channel', async () => {
    const publisher = new RabbitMqEventPublisher({
      url: serviceUrl('rabbitmq')!,
      logger: silentLogger,
      exchange,
    });
    await publisher.publish([registeredEnvelope(uuidV7Ids.next())]);
    await waitFor(async () => channel.get(queue, { noAck: true }));

    // Deleting the exchange makes the broker close the publisher's channel on its next publish.
    await channel.deleteExchange(exchange);
    await expect(publisher.publish([registeredEnvelope(uuidV7Ids.next())])).rejects.toThrow();

    // The next publish reconnects and re-declares the exchange.
    await channel.assertExchange(exchange, 'topic', { durable: true });
    await channel.bindQueue(queue, exchange, 'auth.#');
    const envelope = registeredEnvelope(uuidV7Ids.next());
    await publisher.publish([envelope]);
    const message = await waitFor(async () => channel.get(queue, { noAck: true }));
    expect(message.properties.messageId).toBe(envelope.messageId);
    await publisher.close();
  });
});
