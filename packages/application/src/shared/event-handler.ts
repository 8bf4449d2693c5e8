import type { EventType } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { Clock, IdGenerator, TransactionScope } from './ports';

/**
 * A worker-side reaction to events. The consumer runner calls `handle` inside one transaction that
 * also records the message id in the inbox, so a redelivered message has no second effect.
 */
export interface EventHandler {
  /** Queue name stem: `notification` → `notification.queue`, `notification.dlq`. */
  readonly consumer: string;
  readonly eventTypes: readonly EventType[];
  handle(
    envelope: EventEnvelope,
    scope: TransactionScope,
    deps: { clock: Clock; ids: IdGenerator },
  ): Promise<void>;
}
