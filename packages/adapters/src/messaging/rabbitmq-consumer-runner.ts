import { EVENTS_EXCHANGE, type EventEnvelope, eventEnvelopeSchema } from '@talentsphere/application/events';
import type { EventHandler } from '@talentsphere/application/shared';
import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import type { Logger } from 'pino';
import { groupByConsumer, type InboxHandlerRunner } from './inbox-handler-runner';

export interface RabbitMqConsumerRunnerOptions {
  readonly url: string;
  readonly handlers: readonly EventHandler[];
  readonly runner: InboxHandlerRunner;
  readonly logger: Logger;
  /** Tests isolate themselves with their own exchange and queue prefix; production uses the defaults. */
  readonly exchange?: string;
  readonly queuePrefix?: string;
  /** Unacked messages per consumer at once; a number for all, or per consumer name. */
  readonly prefetch?: number | Readonly<Record<string, number>>;
  /** One entry per retry: 3 entries = 3 retries after the first attempt, then the DLQ. */
  readonly retryDelaysMs?: readonly number[];
  readonly reconnectDelayMs?: number;
}

const ATTEMPT_HEADER = 'x-attempt';
/** When a message was dead-lettered (ISO time), for the dead-letter admin command. */
export const FAILED_AT_HEADER = 'x-failed-at';

export const consumerQueueNames = (prefix: string, consumer: string, retryDelaysMs: readonly number[]) => ({
  main: `${prefix}${consumer}.queue`,
  dlq: `${prefix}${consumer}.dlq`,
  retries: retryDelaysMs.map((ms) => `${prefix}${consumer}.retry.${ms}ms`),
});

interface ConsumerGroup {
  readonly name: string;
  readonly handlers: readonly EventHandler[];
  readonly queues: ReturnType<typeof consumerQueueNames>;
}

/**
 * One durable queue per consumer, bound to its handlers' event types on the topic exchange.
 *
 * Retries: a failed message is republished to `<consumer>.retry.<delay>ms`, a queue whose queue-level
 * TTL dead-letters it back to `<consumer>.queue` (default exchange, so only this consumer sees it
 * again). One queue per delay rather than per-message TTL in one queue: RabbitMQ only expires the
 * head of a queue, so a long delay would hold back the short ones behind it. After the last retry, or
 * at once for a message that is not a valid envelope, it goes to `<consumer>.dlq`.
 *
 * Each delivery runs through the inbox runner (one transaction, deduped by messageId) and is acked
 * only after that commit, or after its retry/DLQ copy is confirmed.
 */
export class RabbitMqConsumerRunner {
  private readonly exchange: string;
  private readonly retryDelaysMs: readonly number[];
  private readonly groups: ConsumerGroup[];
  private connection: ChannelModel | null = null;
  private consumers: Array<{ channel: Channel; tag: string }> = [];
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectAttempts = 0;

  constructor(private readonly options: RabbitMqConsumerRunnerOptions) {
    this.exchange = options.exchange ?? EVENTS_EXCHANGE;
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 5_000, 25_000];
    const prefix = options.queuePrefix ?? '';
    this.groups = [...groupByConsumer(options.handlers)].map(([name, handlers]) => ({
      name,
      handlers,
      queues: consumerQueueNames(prefix, name, this.retryDelaysMs),
    }));
  }

  /** Declares the topology and starts consuming; fails if the broker is unreachable now. */
  async start(): Promise<void> {
    this.stopping = false;
    await this.connect();
  }

  /** Stops taking deliveries, waits for the ones being handled, then closes the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const { channel, tag } of this.consumers) await channel.cancel(tag).catch(() => undefined);
    this.consumers = [];
    await Promise.allSettled([...this.inFlight]);
    const connection = this.connection;
    this.connection = null;
    await connection?.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { logger } = this.options;
    const connection = await amqp.connect(this.options.url, {
      timeout: 5000,
      clientProperties: { connection_name: 'talentsphere-worker-consumers' },
    });
    connection.on('error', (error) => logger.warn({ err: error }, 'amqp consumer connection error'));
    connection.on('close', () => {
      if (this.connection !== connection) return;
      this.connection = null;
      this.consumers = [];
      if (!this.stopping) {
        logger.warn('amqp consumer connection closed; reconnecting');
        this.scheduleReconnect();
      }
    });
    // A channel error (e.g. acking on a dead channel) closes only that channel: start over entirely,
    // rather than keep consuming with no way to retry or dead-letter.
    const watch = (channel: Channel) => {
      channel.on('error', (error) => logger.warn({ err: error }, 'amqp consumer channel error'));
      channel.on('close', () => {
        if (this.connection === connection && !this.stopping) connection.close().catch(() => undefined);
      });
    };
    try {
      const publisher = await connection.createConfirmChannel();
      watch(publisher);
      await publisher.assertExchange(this.exchange, 'topic', { durable: true });
      const consumers: Array<{ channel: Channel; tag: string }> = [];
      for (const group of this.groups) {
        const channel = await connection.createChannel();
        watch(channel);
        await channel.prefetch(this.prefetchFor(group.name));
        await this.declare(channel, group);
        const { consumerTag } = await channel.consume(group.queues.main, (message) => {
          if (message) return this.track(this.deliver(group, channel, publisher, message));
          // The broker cancelled us (queue deleted, or moved in a cluster): start over and re-declare.
          logger.warn({ consumer: group.name }, 'amqp consumer cancelled by the broker; reconnecting');
          connection.close().catch(() => undefined);
        });
        consumers.push({ channel, tag: consumerTag });
      }
      if (this.stopping) {
        // stop() ran while we were (re)connecting: it could not see this connection.
        await connection.close().catch(() => undefined);
        return;
      }
      this.connection = connection;
      this.consumers = consumers;
      this.reconnectAttempts = 0;
      logger.info(
        { consumers: this.groups.map((g) => g.name), exchange: this.exchange },
        'amqp consumers started',
      );
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
  }

  private scheduleReconnect(): void {
    const base = this.options.reconnectDelayMs ?? 1000;
    const delay = Math.min(base * 2 ** this.reconnectAttempts, 30_000);
    this.reconnectAttempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopping) return;
      this.connect().catch((error: unknown) => {
        this.options.logger.warn({ err: error, delay }, 'amqp consumer reconnect failed; retrying');
        this.scheduleReconnect();
      });
    }, delay);
  }

  private prefetchFor(consumer: string): number {
    const { prefetch } = this.options;
    if (typeof prefetch === 'number') return prefetch;
    return prefetch?.[consumer] ?? 10;
  }

  private async declare(channel: Channel, group: ConsumerGroup): Promise<void> {
    const { main, dlq, retries } = group.queues;
    await channel.assertQueue(main, { durable: true });
    const eventTypes = new Set(group.handlers.flatMap((h) => h.eventTypes));
    for (const eventType of eventTypes) await channel.bindQueue(main, this.exchange, eventType);
    await channel.assertQueue(dlq, { durable: true });
    for (const [index, queue] of retries.entries()) {
      await channel.assertQueue(queue, {
        durable: true,
        arguments: {
          'x-message-ttl': this.retryDelaysMs[index],
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': main,
        },
      });
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async deliver(
    group: ConsumerGroup,
    channel: Channel,
    publisher: ConfirmChannel,
    message: ConsumeMessage,
  ): Promise<void> {
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 0);
    const base = this.options.logger.child({
      consumer: group.name,
      messageId: message.properties.messageId,
      correlationId: message.properties.correlationId,
      eventType: message.properties.type ?? message.fields.routingKey,
      attempt,
    });
    try {
      const envelope = parseEnvelope(message.content);
      if (!envelope) {
        base.error('unparsable message; dead-lettered');
        await this.republish(publisher, group.queues.dlq, message, {
          'x-error': 'invalid envelope',
          [FAILED_AT_HEADER]: new Date().toISOString(),
        });
        return channel.ack(message);
      }
      const log = base.child({ correlationId: envelope.correlationId, messageId: envelope.messageId });
      const handlers = group.handlers.filter((h) => h.eventTypes.some((t) => t === envelope.eventType));
      try {
        if (handlers.length === 0) throw new Error(`no handler for ${envelope.eventType}`);
        const outcome = await this.options.runner.run(group.name, handlers, envelope);
        channel.ack(message);
        log.debug({ outcome }, outcome === 'duplicate' ? 'message already processed' : 'message processed');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const retryQueue = group.queues.retries[attempt];
        if (retryQueue) {
          log.warn({ err: error, retryQueue }, 'handler failed; retrying later');
          await this.republish(publisher, retryQueue, message, {
            [ATTEMPT_HEADER]: attempt + 1,
            'x-error': reason,
          });
        } else {
          log.error({ err: error }, 'handler failed for the last time; dead-lettered');
          await this.republish(publisher, group.queues.dlq, message, {
            [ATTEMPT_HEADER]: attempt,
            'x-error': reason,
            [FAILED_AT_HEADER]: new Date().toISOString(),
          });
        }
        channel.ack(message);
      }
    } catch (error) {
      // The retry copy could not be confirmed or the channel died: the broker redelivers the original.
      base.warn({ err: error }, 'could not settle message; it will be redelivered');
      try {
        channel.nack(message, false, true);
      } catch {
        // Channel already closed: the broker requeues unacked messages by itself.
      }
    }
  }

  private republish(
    publisher: ConfirmChannel,
    queue: string,
    message: ConsumeMessage,
    headers: Record<string, unknown>,
  ): Promise<void> {
    const { properties } = message;
    // Broker-set x-death headers are dropped: our own attempt counter drives the retries.
    const kept = Object.fromEntries(
      Object.entries(properties.headers ?? {}).filter(
        ([key]) =>
          !key.startsWith('x-death') && !key.startsWith('x-first-death') && !key.startsWith('x-last-death'),
      ),
    );
    return new Promise((resolve, reject) => {
      publisher.sendToQueue(
        queue,
        message.content,
        {
          persistent: true,
          messageId: properties.messageId,
          correlationId: properties.correlationId,
          contentType: properties.contentType,
          type: properties.type ?? message.fields.routingKey,
          timestamp: properties.timestamp,
          headers: { ...kept, ...headers },
        },
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }
}

function parseEnvelope(content: Buffer): EventEnvelope | null {
  try {
    const parsed = eventEnvelopeSchema.safeParse(JSON.parse(content.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
