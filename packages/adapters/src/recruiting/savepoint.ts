import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';

/**
 * Runs `work` so that its failure leaves the surrounding transaction usable: a refused statement
 * (a unique violation the repository turns into an answer) would otherwise abort the whole
 * transaction. Outside a transaction each statement stands alone, so no savepoint is needed.
 */
export async function withSavepoint<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (!db.isTransaction) return work();
  await sql`SAVEPOINT recruiting_attempt`.execute(db);
  try {
    const result = await work();
    await sql`RELEASE SAVEPOINT recruiting_attempt`.execute(db);
    return result;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT recruiting_attempt`.execute(db);
    throw error;
  }
}
