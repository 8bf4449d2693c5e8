import type { EventEnvelope } from '@talentsphere/application/events';
import { type Kysely, sql } from 'kysely';
import type { Database, OutboxRow } from '../persistence/tables';

/** Appends envelopes to the outbox; called by the unit of work inside the business transaction. */
export async function insertOutboxRows(
  db: Kysely<Database>,
  envelopes: readonly EventEnvelope[],
): Promise<void> {
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

/**
 * Leases up to `limit` unpublished rows, oldest first, in one statement. SKIP LOCKED lets several
 * relays claim side by side; the lease lets another relay take over rows whose owner died.
 */
export async function claimOutboxBatch(
  db: Kysely<Database>,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<OutboxRow[]> {
  return (
    db
      .updateTable('outbox')
      .set({
        locked_until: sql<Date>`now() + ${leaseMs} * interval '1 millisecond'`,
        attempts: sql<number>`attempts + 1`,
      })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('outbox')
          .select('id')
          .where('published_at', 'is', null)
          .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', sql<Date>`now()`)]))
          .orderBy('occurred_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute()
      // UPDATE … RETURNING does not keep the subquery's order: publish oldest first.
      .then((rows) =>
        rows.sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime()),
      )
  );
}

export async function markOutboxPublished(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ published_at: sql<Date>`now()`, locked_until: null, last_error: null })
    .where('id', 'in', ids)
    .execute();
}

/** Keeps the rows unpublished and leased until `retryAfterMs` from now, so no relay hammers a dead broker. */
export async function recordOutboxFailure(
  db: Kysely<Database>,
  ids: readonly string[],
  { error, retryAfterMs }: { error: string; retryAfterMs: number },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ last_error: error, locked_until: sql<Date>`now() + ${retryAfterMs} * interval '1 millisecond'` })
    .where('id', 'in', ids)
    .execute();
}

export function outboxRowToEnvelope(row: OutboxRow): EventEnvelope {
  return {
    messageId: row.id,
    eventType: row.event_type,
    version: row.version,
    timestamp: new Date(row.occurred_at).toISOString(),
    correlationId: row.correlation_id,
    data: row.payload,
  };
}
