import { type AuditEntry, type AuditLog, redactSecrets } from '@talentsphere/application/identity';
import type { Clock, IdGenerator } from '@talentsphere/application/shared';
import type { InMemoryStore } from './in-memory-database';

export class InMemoryAuditLog implements AuditLog {
  constructor(
    private readonly store: InMemoryStore,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    this.store.tables.audit.push({
      id: this.ids.next(),
      action: entry.action,
      userId: entry.userId,
      ipAddress: entry.ipAddress,
      correlationId: entry.correlationId,
      // A JSON round trip, as the jsonb column does: no shared references with the caller.
      details: JSON.parse(JSON.stringify(redactSecrets(entry.details))),
      createdAt: this.clock.now(),
    });
  }
}
