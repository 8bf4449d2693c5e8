// Helpers for the messaging tests (not a test file itself).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createEnvelope, type EventEnvelope } from '@talentsphere/application/events';
import { registerUser } from '@talentsphere/domain/identity';
import amqp from 'amqplib';
import type { Kysely } from 'kysely';
import { ResultAsync } from 'neverthrow';
import pino from 'pino';
import type { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';
import type { Database } from '../persistence/tables';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { consumerQueueNames } from './rabbitmq-consumer-runner';

export const silentLogger = pino({ level: 'silent' });

/** A debug-level logger whose lines the test can read. */
export function captureLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export const uniqueName = (stem: string) => `test.${stem}.${randomUUID().slice(0, 8)}`;

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What RegisterUser does to the database: a user row and its `auth.user.registered` outbox row. */
export async function registerLikeWrite(uow: KyselyUnitOfWork, name = 'Ada Lovelace'): Promise<string> {
  const id = uuidV7Ids.next();
  const created = registerUser(
    { id, email: `${id}@example.com`, name, role: 'jobseeker', passwordHash: 'not-a-real-hash' },
    { now: new Date() },
  )._unsafeUnwrap();
  const result = await uow.run(
    (scope) => {
      scope.events.record(...created.events);
      return ResultAsync.fromSafePromise(scope.users.insert(created.state));
    },
    { correlationId: `corr-${id}` },
  );
  result._unsafeUnwrap();
  return id;
}

export function registeredEnvelope(userId: string, name = 'Grace Hopper'): EventEnvelope {
  return createEnvelope(
    {
      type: 'auth.user.registered',
      data: { userId, email: `${userId}@example.com`, name, role: 'employer' },
    },
    { messageId: uuidV7Ids.next(), timestamp: new Date(), correlationId: `corr-${userId}` },
  );
}

/** A bare user row, for tests that publish envelopes themselves (notifications reference users). */
export async function insertUser(db: Kysely<Database>): Promise<string> {
  const id = uuidV7Ids.next();
  const now = new Date();
  await db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.com`,
      name: 'Test User',
      role: 'jobseeker',
      password_hash: 'x',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Removes what a test's consumer runner declared, returning how many messages were left in each main queue. */
export async function deleteTestTopology(
  url: string,
  {
    exchange,
    queuePrefix,
    consumers,
    retryDelaysMs,
  }: {
    exchange: string;
    queuePrefix: string;
    consumers: readonly string[];
    retryDelaysMs: readonly number[];
  },
): Promise<Record<string, number>> {
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createChannel();
    const left: Record<string, number> = {};
    for (const consumer of consumers) {
      const { main, dlq, retries } = consumerQueueNames(queuePrefix, consumer, retryDelaysMs);
      left[consumer] = (await channel.deleteQueue(main)).messageCount;
      for (const queue of [dlq, ...retries]) await channel.deleteQueue(queue);
    }
    await channel.deleteExchange(exchange);
    return left;
  } finally {
    await connection.close();
  }
}

/** Ready messages in a queue (the broker does not count those delivered and not yet acked here). */
export async function readyMessageCount(url: string, queue: string): Promise<number> {
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createChannel();
    return (await channel.checkQueue(queue)).messageCount;
  } finally {
    await connection.close();
  }
}

/**
 * The relay bench's baseline: amqplib alone publishing ready-made envelopes on a confirm channel,
 * `batch` at a time with each batch's confirms awaited, with the same message properties as
 * RabbitMqEventPublisher.
 */
export async function bareConfirmedPublish(
  url: string,
  exchange: string,
  envelopes: readonly EventEnvelope[],
  batch = 100,
): Promise<void> {
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createConfirmChannel();
    await channel.assertExchange(exchange, 'topic', { durable: true });
    for (let start = 0; start < envelopes.length; start += batch) {
      for (const envelope of envelopes.slice(start, start + batch)) {
        const accepted = channel.publish(
          exchange,
          envelope.eventType,
          Buffer.from(JSON.stringify(envelope)),
          {
            persistent: true,
            messageId: envelope.messageId,
            correlationId: envelope.correlationId,
            contentType: 'application/json',
            type: envelope.eventType,
            timestamp: Math.floor(Date.parse(envelope.timestamp) / 1000),
            headers: { version: envelope.version },
          },
        );
        if (!accepted) await new Promise((resolve) => channel.once('drain', resolve));
      }
      await channel.waitForConfirms();
    }
  } finally {
    await connection.close();
  }
}

/** A durable queue bound to every routing key of `exchange`, so published messages land somewhere. */
export async function sinkQueue(url: string, exchange: string, queue: string) {
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  await channel.assertExchange(exchange, 'topic', { durable: true });
  await channel.assertQueue(queue, { durable: true });
  await channel.bindQueue(queue, exchange, '#');
  return {
    count: async () => (await channel.checkQueue(queue)).messageCount,
    purge: async () => void (await channel.purgeQueue(queue)),
    async remove() {
      await channel.deleteQueue(queue);
      await channel.deleteExchange(exchange);
      await connection.close();
    },
  };
}
