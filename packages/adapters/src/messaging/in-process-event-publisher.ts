import type { EventEnvelope } from '@talentsphere/application/events';
import type { Clock, EventHandler, EventPublisher } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../persistence/tables';
import { groupByConsumer, type InboxHandlerRunner } from './inbox-handler-runner';

export interface InProcessEventPublisherOptions {
  readonly db: Kysely<Database>;
  readonly handlers: readonly EventHandler[];
  readonly runner: InboxHandlerRunner;
  readonly clock: Clock;
  readonly logger: Logger;
  /** One entry per retry, as in the RabbitMQ runner; then the message is parked in `dead_letters`. */
  readonly retryDelaysMs?: readonly number[];
}

/**
 * Embedded mode's bus: the relay hands it committed outbox rows and it runs each consumer's handlers
 * through the same inbox-deduped transactional runner as the RabbitMQ consumers. `publish` resolves
 * only once every consumer has processed or dead-lettered the batch, so the relay marks rows
 * published only after their effects committed (a crash before that replays them; the inbox dedupes).
 */
export class InProcessEventPublisher implements EventPublisher {
  private readonly groups: Map<string, EventHandler[]>;
  private readonly retryDelaysMs: readonly number[];
  private readonly closing = new AbortController();

  constructor(private readonly options: InProcessEventPublisherOptions) {
    this.groups = groupByConsumer(options.handlers);
    this.retryDelaysMs = options.retryDelaysMs ?? [100, 500, 2_000];
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    if (this.closing.signal.aborted) throw new Error('InProcessEventPublisher is closed');
    // In order per envelope; consumers are independent of each other, as their queues would be.
    for (const envelope of envelopes) {
      await Promise.all(
        [...this.groups].map(([consumer, handlers]) => {
          const matching = handlers.filter((h) => h.eventTypes.some((t) => t === envelope.eventType));
          return matching.length > 0 ? this.deliver(consumer, matching, envelope) : undefined;
        }),
      );
    }
  }

  /** Aborts back-off waits: the batch stays unpublished and is replayed after the lease. */
  async close(): Promise<void> {
    this.closing.abort();
  }

  private async deliver(
    consumer: string,
    handlers: readonly EventHandler[],
    envelope: EventEnvelope,
  ): Promise<void> {
    const log = this.options.logger.child({
      consumer,
      messageId: envelope.messageId,
      correlationId: envelope.correlationId,
      eventType: envelope.eventType,
    });
    for (let attempt = 0; ; attempt += 1) {
      try {
        const outcome = await this.options.runner.run(consumer, handlers, envelope);
        log.debug({ outcome }, outcome === 'duplicate' ? 'message already processed' : 'message processed');
        return;
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined) {
          log.error({ err: error, attempts: attempt + 1 }, 'handler failed for the last time; dead-lettered');
          await this.deadLetter(consumer, envelope, error, attempt + 1);
          return;
        }
        log.warn({ err: error, attempt: attempt + 1, delay }, 'handler failed; retrying later');
        await abortableDelay(delay, this.closing.signal);
      }
    }
  }

  private async deadLetter(consumer: string, envelope: EventEnvelope, error: unknown, attempts: number) {
    await this.options.db
      .insertInto('dead_letters')
      .values({
        consumer,
        message_id: envelope.messageId,
        event_type: envelope.eventType,
        payload: JSON.stringify(envelope),
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        attempts,
        failed_at: this.options.clock.now(),
      })
      .onConflict((oc) => oc.columns(['consumer', 'message_id']).doNothing())
      .execute();
  }
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('publisher closed during back-off'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('publisher closed during back-off'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
