import type { EventEnvelope } from '@talentsphere/application/events';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

/** Appends envelopes to the outbox; called by the unit of work inside the business transaction. */
export async function insertOutboxRows(db: Kysely<Database>, envelopes: readonly EventEnvelope[]): Promise<void> {
  await db
    .insertInto('outbox')
    .values(
      envelopes.map((e) => ({
        id: e.messageId,
        event_type: e.eventType,
        version: e.version,
        correlation_id: e.correlationId,
        payload: JSON.stringify(e.data),
        occurred_at: e.timestamp,
        published_at: null,
        locked_until: null,
        last_error: null,
      })),
    )
    .execute();
}
