import { eventEnvelopeSchema } from '@talentsphere/application/events';
import amqp, { type ConfirmChannel, type GetMessage } from 'amqplib';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';
import { consumerQueueNames, FAILED_AT_HEADER } from './rabbitmq-consumer-runner';

/** One message a consumer gave up on, as the admin command shows it. */
export interface DeadLetter {
  readonly consumer: string;
  readonly messageId: string;
  readonly eventType: string;
  readonly error: string;
  /** Deliveries tried (RabbitMQ: the retry counter; embedded: every attempt). */
  readonly attempts: number;
  readonly failedAt: Date | null;
  /** The message as it was published: the envelope, or the raw text when it was not valid JSON. */
  readonly message: unknown;
}

export interface DeadLetterListing {
  readonly consumer: string;
  readonly total: number;
  /** The oldest `limit` of them. */
  readonly letters: readonly DeadLetter[];
}

/** Lists, shows and replays dead letters: RabbitMQ's `<consumer>.dlq` queues, or the `dead_letters` table. */
export interface DeadLetterAdmin {
  list(options?: { consumer?: string; limit?: number }): Promise<DeadLetterListing[]>;
  show(consumer: string, messageId: string): Promise<DeadLetter | null>;
  /**
   * Hands the message to its consumer again, with a fresh set of retries, and removes the dead letter;
   * false when there is no such dead letter. The inbox still dedupes: a replay of a message the
   * consumer did process changes nothing.
   */
  replay(consumer: string, messageId: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Full mode. Browsing a queue means taking messages without acking them, then giving them back
 * (nack with requeue puts them back where they were); a replay republishes the one message to
 * `<consumer>.queue` on a confirm channel and acks its DLQ copy only once the broker confirmed.
 */
export class RabbitMqDeadLetters implements DeadLetterAdmin {
  private readonly connection: Promise<amqp.ChannelModel>;

  constructor(
    private readonly options: {
      url: string;
      queuePrefix?: string;
      /** Consumer names whose DLQs to look at (the worker's). */
      consumers: readonly string[];
      /** Messages looked at per queue, at most, to find one or list them. */
      browseLimit?: number;
    },
  ) {
    this.connection = amqp.connect(options.url, {
      clientProperties: { connection_name: 'talentsphere-dead-letters' },
    });
    // Reported by the first call that awaits it.
    this.connection.catch(() => undefined);
  }

  async list({ consumer, limit = 20 }: { consumer?: string; limit?: number } = {}) {
    const listings: DeadLetterListing[] = [];
    for (const name of this.select(consumer)) {
      const letters: DeadLetter[] = [];
      const total = await this.browse(name, async (message) => {
        if (letters.length < limit) letters.push(fromAmqp(name, message));
        return letters.length < limit ? 'more' : 'stop';
      });
      listings.push({ consumer: name, total, letters });
    }
    return listings;
  }

  async show(consumer: string, messageId: string): Promise<DeadLetter | null> {
    let found: DeadLetter | null = null;
    await this.browse(consumer, async (message) => {
      if (message.properties.messageId !== messageId) return 'more';
      found = fromAmqp(consumer, message);
      return 'stop';
    });
    return found;
  }

  async replay(consumer: string, messageId: string): Promise<boolean> {
    const { main } = this.queues(consumer);
    let replayed = false;
    await this.browse(consumer, async (message, channel) => {
      if (message.properties.messageId !== messageId) return 'more';
      const { properties } = message;
      // A fresh start: no retry counter, no last error, so it gets its retries again.
      const headers = Object.fromEntries(
        Object.entries(properties.headers ?? {}).filter(
          ([key]) => !['x-attempt', 'x-error', FAILED_AT_HEADER].includes(key) && !key.startsWith('x-death'),
        ),
      );
      channel.sendToQueue(main, message.content, {
        persistent: true,
        messageId: properties.messageId,
        correlationId: properties.correlationId,
        contentType: properties.contentType,
        type: properties.type,
        timestamp: properties.timestamp,
        headers: { ...headers, 'x-replayed-at': new Date().toISOString() },
      });
      await channel.waitForConfirms();
      channel.ack(message);
      replayed = true;
      return 'stop';
    });
    return replayed;
  }

  async close(): Promise<void> {
    const connection = await this.connection.catch(() => null);
    await connection?.close().catch(() => undefined);
  }

  private select(consumer: string | undefined): readonly string[] {
    if (consumer === undefined) return this.options.consumers;
    if (!this.options.consumers.includes(consumer))
      throw new Error(`unknown consumer ${consumer} (one of: ${this.options.consumers.join(', ')})`);
    return [consumer];
  }

  private queues(consumer: string) {
    this.select(consumer);
    return consumerQueueNames(this.options.queuePrefix ?? '', consumer, []);
  }

  /**
   * Takes the DLQ's messages one by one (unacked) and passes each to `visit` until it says stop or the
   * queue has none left; every message not acked by `visit` goes back. Returns the queue's length.
   */
  private async browse(
    consumer: string,
    visit: (message: GetMessage, channel: ConfirmChannel) => Promise<'more' | 'stop'>,
  ): Promise<number> {
    const { dlq } = this.queues(consumer);
    const connection = await this.connection;
    // A consumer whose queues the worker never declared has no dead letters (checkQueue would close
    // the channel with a 404).
    if (!(await queueExists(connection, dlq))) return 0;
    const channel = await connection.createConfirmChannel();
    try {
      const { messageCount } = await channel.checkQueue(dlq);
      const limit = Math.min(messageCount, this.options.browseLimit ?? 10_000);
      for (let seen = 0; seen < limit; seen++) {
        const message = await channel.get(dlq, { noAck: false });
        if (!message) break;
        if ((await visit(message, channel)) === 'stop') break;
      }
      return messageCount;
    } finally {
      // Everything taken and not acked goes back to where it was.
      channel.nackAll(true);
      await channel.close().catch(() => undefined);
    }
  }
}

async function queueExists(connection: amqp.ChannelModel, queue: string): Promise<boolean> {
  const probe = await connection.createChannel();
  probe.on('error', () => undefined);
  try {
    await probe.checkQueue(queue);
    await probe.close();
    return true;
  } catch {
    return false;
  }
}

function fromAmqp(consumer: string, message: GetMessage): DeadLetter {
  const { properties, fields, content } = message;
  const headers = properties.headers ?? {};
  const text = content.toString('utf8');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: shown as text.
  }
  const failedAt = headers[FAILED_AT_HEADER];
  return {
    consumer,
    messageId: String(properties.messageId ?? ''),
    eventType: String(properties.type ?? fields.routingKey),
    error: String(headers['x-error'] ?? ''),
    // x-attempt counts retries; the first delivery makes one more.
    attempts: Number(headers['x-attempt'] ?? 0) + 1,
    failedAt: typeof failedAt === 'string' ? new Date(failedAt) : null,
    message: body,
  };
}

/**
 * Embedded mode. A replay puts the envelope back in the outbox (unpublished) and deletes the dead
 * letter in one transaction: the relay dispatches it again, and consumers that had processed it
 * find it in their inbox and skip it.
 */
export class KyselyDeadLetters implements DeadLetterAdmin {
  constructor(private readonly db: Kysely<Database>) {}

  async list({ consumer, limit = 20 }: { consumer?: string; limit?: number } = {}) {
    let totals = this.db
      .selectFrom('dead_letters')
      .select(['consumer', (eb) => eb.fn.countAll<string>().as('total')])
      .groupBy('consumer')
      .orderBy('consumer');
    if (consumer !== undefined) totals = totals.where('consumer', '=', consumer);
    const listings: DeadLetterListing[] = [];
    for (const { consumer: name, total } of await totals.execute()) {
      const rows = await this.db
        .selectFrom('dead_letters')
        .selectAll()
        .where('consumer', '=', name)
        .orderBy('failed_at')
        .limit(limit)
        .execute();
      listings.push({ consumer: name, total: Number(total), letters: rows.map(fromRow) });
    }
    return listings;
  }

  async show(consumer: string, messageId: string): Promise<DeadLetter | null> {
    const row = await this.db
      .selectFrom('dead_letters')
      .selectAll()
      .where('consumer', '=', consumer)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async replay(consumer: string, messageId: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .deleteFrom('dead_letters')
        .where('consumer', '=', consumer)
        .where('message_id', '=', messageId)
        .returning('payload')
        .executeTakeFirst();
      if (!row) return false;
      const envelope = eventEnvelopeSchema.parse(
        typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
      );
      await tx
        .insertInto('outbox')
        .values({
          id: envelope.messageId,
          event_type: envelope.eventType,
          version: envelope.version,
          correlation_id: envelope.correlationId,
          payload: JSON.stringify(envelope.data),
          occurred_at: envelope.timestamp,
          published_at: null,
          locked_until: null,
          last_error: null,
        })
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ published_at: null, locked_until: null, last_error: null, attempts: 0 }),
        )
        .execute();
      return true;
    });
  }

  async close(): Promise<void> {}
}

function fromRow(row: {
  consumer: string;
  message_id: string;
  event_type: string;
  payload: unknown;
  error: string;
  attempts: number;
  failed_at: unknown;
}): DeadLetter {
  return {
    consumer: row.consumer,
    messageId: row.message_id,
    eventType: row.event_type,
    error: row.error,
    attempts: row.attempts,
    failedAt: new Date(row.failed_at as string | Date),
    message: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  };
}
