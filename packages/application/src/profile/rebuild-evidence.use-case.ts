import type { AppError } from '@talentsphere/domain/shared';
import { ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { UnitOfWork } from '../shared/ports';
import { evidenceFor } from './skill-evidence';

/**
 * Derives all verified evidence again from completed enrolments, certificates and accepted
 * submissions (what the events left in the tables), replacing what is stored, in one transaction: the
 * answer to a changed derivation rule or a lost consumer. The rows are the ones the consumer writes.
 */
export class RebuildSkillEvidence {
  constructor(private readonly deps: { uow: UnitOfWork }) {}

  execute(ctx: { correlationId: string }): ResultAsync<{ facts: number; evidence: number }, AppError> {
    return this.deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          // Delete first: rows a consumer commits meanwhile then either predate the delete (and
          // their facts are read below) or are written after it.
          await scope.skillEvidence.deleteAll();
          const facts = await scope.skillEvidence.facts();
          let evidence = 0;
          for (const fact of facts)
            evidence += await scope.skillEvidence.record(await evidenceFor(fact, scope));
          return ok({ facts: facts.length, evidence });
        }),
      ctx,
    );
  }
}
