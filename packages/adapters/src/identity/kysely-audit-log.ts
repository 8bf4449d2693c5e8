import { type AuditEntry, type AuditLog, redactSecrets } from '@talentsphere/application/identity';
import type { Clock, IdGenerator } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

export class KyselyAuditLog implements AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: this.ids.next(),
        action: entry.action,
        user_id: entry.userId,
        ip_address: entry.ipAddress,
        correlation_id: entry.correlationId,
        details: JSON.stringify(redactSecrets(entry.details)),
        created_at: this.clock.now(),
      })
      .execute();
  }
}
