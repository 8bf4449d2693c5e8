import type { RowLock } from '@talentsphere/application/recruiting';
import type { SelectQueryBuilder } from 'kysely';

/** Adds the row lock a write path asked for (FOR UPDATE / FOR SHARE) to a read. */
export function withLock<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  lock: RowLock | undefined,
): SelectQueryBuilder<DB, TB, O> {
  if (lock === 'update') return query.forUpdate();
  if (lock === 'share') return query.forShare();
  return query;
}
