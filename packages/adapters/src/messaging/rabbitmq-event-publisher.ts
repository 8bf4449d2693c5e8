import { once } from 'node:events';
import { EVENTS_EXCHANGE, type EventEnvelope } from '@talentsphere/application/events';
import type { EventPublisher } from '@talentsphere/application/shared';
import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { Logger } from 'pino';

export interface RabbitMqEventPublisherOptions {
  readonly url: string;
  readonly logger: Logger;
  /** Tests use their own exchange; production uses `talentsphere.events`. */
  readonly exchange?: string;
  /** A broker that stops answering must not hang the relay forever. */
  readonly confirmTimeoutMs?: number;
}

/**
 * Publishes envelopes on a confirm channel and resolves once the broker has confirmed every one.
 * Connects lazily and, after a lost connection, reconnects on the next publish (the relay retries
 * with back-off, so a broker outage only delays events).
 */
export class RabbitMqEventPublisher implements EventPublisher {
  private readonly exchange: string;
  private connecting: Promise<{ connection: ChannelModel; channel: ConfirmChannel }> | null = null;
  private closed = false;

  constructor(private readonly options: RabbitMqEventPublisherOptions) {
    this.exchange = options.exchange ?? EVENTS_EXCHANGE;
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error('RabbitMqEventPublisher is closed');
    if (envelopes.length === 0) return;
    const { channel } = await this.channel();
    await this.withTimeout(this.send(channel, envelopes));
  }

  private async send(channel: ConfirmChannel, envelopes: readonly EventEnvelope[]): Promise<void> {
    for (const envelope of envelopes) {
      const accepted = channel.publish(
        this.exchange,
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
      if (!accepted) await once(channel, 'drain');
    }
    await channel.waitForConfirms();
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = this.connecting;
    this.connecting = null;
    if (!current) return;
    const { connection } = await current.catch(() => ({ connection: null }));
    await connection?.close().catch(() => undefined);
  }

  private channel(): Promise<{ connection: ChannelModel; channel: ConfirmChannel }> {
    if (!this.connecting) {
      const attempt = this.connect();
      this.connecting = attempt;
      // A failed connect is forgotten so the next publish tries again.
      attempt.catch(() => {
        if (this.connecting === attempt) this.connecting = null;
      });
    }
    return this.connecting;
  }

  private async connect(): Promise<{ connection: ChannelModel; channel: ConfirmChannel }> {
    const { logger } = this.options;
    const connection = await amqp.connect(this.options.url, {
      timeout: 5000,
      clientProperties: { connection_name: 'talentsphere-outbox-publisher' },
    });
    const current = this.connecting;
    const forget = () => {
      if (this.connecting === current) this.connecting = null;
    };
    connection.on('error', (error) => logger.warn({ err: error }, 'amqp publisher connection error'));
    connection.on('close', () => {
      forget();
      if (!this.closed) logger.warn('amqp publisher connection closed; will reconnect on next publish');
    });
    try {
      const channel = await connection.createConfirmChannel();
      channel.on('error', (error) => logger.warn({ err: error }, 'amqp publisher channel error'));
      // A channel closed by the broker (e.g. a missing exchange) leaves the connection open: drop both.
      channel.on('close', () => {
        forget();
        connection.close().catch(() => undefined);
      });
      await channel.assertExchange(this.exchange, 'topic', { durable: true });
      logger.info({ exchange: this.exchange }, 'amqp publisher connected');
      return { connection, channel };
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
  }

  private async withTimeout<T>(promise: Promise<T>): Promise<T> {
    const ms = this.options.confirmTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // The channel's state is unknown now: start afresh on the next publish.
        const current = this.connecting;
        this.connecting = null;
        void current?.then(({ connection }) => connection.close()).catch(() => undefined);
        reject(new Error(`RabbitMQ did not confirm within ${ms} ms`));
      }, ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
