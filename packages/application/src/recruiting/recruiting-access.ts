import { type Company, type Job, memberRole, recruitingErrors } from '@talentsphere/domain/recruiting';
import { type AppError, forbidden } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import type { Actor } from '../shared/actor';
import type { TransactionScope } from '../shared/ports';

/** The company, if `actor` is one of its members: COMPANY_001 when missing, COMPANY_002 otherwise. */
export async function companyManagedBy(
  scope: TransactionScope,
  companyId: string,
  actor: Actor,
): Promise<Result<Company, AppError>> {
  // Locked: every caller writes the company (or its jobs) back in this transaction.
  const company = await scope.companies.findById(companyId, 'update');
  if (!company) return err(recruitingErrors.companyNotFound());
  if (!memberRole(company, actor.userId)) return err(recruitingErrors.notAMember());
  return ok(company);
}

/**
 * The job and its company, if `actor` manages it. A draft of another company answers JOB_001 (it is
 * not public, so its existence is not revealed); a public job answers COMPANY_002.
 */
export async function jobManagedBy(
  scope: TransactionScope,
  jobId: string,
  actor: Actor,
): Promise<Result<{ job: Job; company: Company }, AppError>> {
  // Locked: the caller writes the job back; a concurrent edit and close must not interleave.
  const job = await scope.jobs.findById(jobId, 'update');
  if (!job) return err(recruitingErrors.jobNotFound());
  const company = await scope.companies.findById(job.companyId);
  if (!company || !memberRole(company, actor.userId)) {
    return err(job.status === 'draft' ? recruitingErrors.jobNotFound() : recruitingErrors.notAMember());
  }
  return ok({ job, company });
}

export function requireRole(
  actor: Actor,
  roles: readonly Actor['role'][],
  what: string,
): Result<void, AppError> {
  return roles.includes(actor.role)
    ? ok(undefined)
    : err(forbidden('FORBIDDEN', `Only ${what} can do that.`));
}
