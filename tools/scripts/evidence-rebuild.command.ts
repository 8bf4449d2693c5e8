import { type DatabaseHandle, KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { RebuildSkillEvidence } from '@talentsphere/application/profile';

/**
 * Derives every user's verified skill evidence again from completed enrolments, certificates and
 * accepted submissions (the event history's effect on the tables), replacing what is stored, in one
 * transaction. The rows are those the skill-evidence consumer writes, so running it twice, or while
 * the consumer runs, leaves the same evidence.
 */
export async function rebuildEvidence(
  database: DatabaseHandle,
): Promise<{ facts: number; evidence: number }> {
  const uow = new KyselyUnitOfWork(database.db, { ids: uuidV7Ids, clock: systemClock });
  const rebuilt = await new RebuildSkillEvidence({ uow }).execute({
    correlationId: `evidence-rebuild-${uuidV7Ids.next()}`,
  });
  if (rebuilt.isErr()) throw new Error(`${rebuilt.error.code}: ${rebuilt.error.message}`);
  return rebuilt.value;
}
