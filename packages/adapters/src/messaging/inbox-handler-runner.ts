import type { EventEnvelope } from '@talentsphere/application/events';
import type { Clock, EventHandler, IdGenerator } from '@talentsphere/application/shared';
import { ResultAsync } from 'neverthrow';
import type { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';

export type DeliveryOutcome = 'processed' | 'duplicate';

/**
 * Runs a consumer's handlers for one message in one transaction that first records
 * `(consumer, messageId)` in the inbox: a redelivered message finds its row and changes nothing.
 * Events the handlers record go to the outbox in the same transaction. Throws if a handler throws
 * (after rolling back), so the caller retries.
 */
export class InboxHandlerRunner {
  constructor(
    private readonly uow: KyselyUnitOfWork,
    private readonly deps: { clock: Clock; ids: IdGenerator },
  ) {}

  async run(
    consumer: string,
    handlers: readonly EventHandler[],
    envelope: EventEnvelope,
  ): Promise<DeliveryOutcome> {
    const result = await this.uow.run(
      (scope, tx) =>
        ResultAsync.fromSafePromise(
          (async (): Promise<DeliveryOutcome> => {
            const fresh = await tx
              .insertInto('inbox')
              .values({ consumer, message_id: envelope.messageId, processed_at: this.deps.clock.now() })
              .onConflict((oc) => oc.columns(['consumer', 'message_id']).doNothing())
              .returning('message_id')
              .executeTakeFirst();
            if (!fresh) return 'duplicate';
            for (const handler of handlers) await handler.handle(envelope, scope, this.deps);
            return 'processed';
          })(),
        ),
      { correlationId: envelope.correlationId },
    );
    if (result.isErr()) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }
}

/** Groups handlers by consumer name: one queue (or one inbox key) per consumer. */
export function groupByConsumer(handlers: readonly EventHandler[]): Map<string, EventHandler[]> {
  const groups = new Map<string, EventHandler[]>();
  for (const handler of handlers) {
    const group = groups.get(handler.consumer) ?? [];
    group.push(handler);
    groups.set(handler.consumer, group);
  }
  return groups;
}
