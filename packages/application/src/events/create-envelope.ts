import type { Clock, EventRecorder, IdGenerator } from '../shared/ports';
import { eventContracts, isKnownEventType } from './contracts';
import type { EventEnvelope } from './envelope';

/**
 * Wraps a domain event for the outbox. Throws on an unknown type or a payload that breaks its
 * contract: that is a programming error, and the unit of work rolls the transaction back.
 */
export function createEnvelope(
  event: { type: string; data: unknown },
  meta: { messageId: string; timestamp: Date; correlationId: string },
): EventEnvelope {
  if (!isKnownEventType(event.type)) throw new Error(`No event contract for "${event.type}"`);
  const contract = eventContracts[event.type];
  return {
    messageId: meta.messageId,
    eventType: event.type,
    version: contract.version,
    timestamp: meta.timestamp.toISOString(),
    correlationId: meta.correlationId,
    data: contract.schema.parse(event.data),
  };
}

/**
 * The `events` of a transaction scope: wraps each recorded event into `pending`, which the unit of
 * work writes to the outbox on commit and drops on rollback.
 */
export function envelopeRecorder(
  pending: EventEnvelope[],
  meta: { ids: IdGenerator; clock: Clock; correlationId: string },
): EventRecorder {
  return {
    record: (...events) => {
      for (const event of events) {
        pending.push(
          createEnvelope(event, {
            messageId: meta.ids.next(),
            timestamp: meta.clock.now(),
            correlationId: meta.correlationId,
          }),
        );
      }
    },
  };
}
