import {
  billingErrors,
  type Entitlements,
  entitlementsAt,
  type PlanAudience,
} from '@talentsphere/domain/billing';
import type { UserRole } from '@talentsphere/domain/identity';
import type { Company } from '@talentsphere/domain/recruiting';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import type { TransactionScope } from '../shared/ports';

/** Employers buy employer plans; everyone else learns. */
export const audienceOf = (role: UserRole): PlanAudience => (role === 'employer' ? 'employer' : 'learner');

/** What the user's subscriptions grant at `now`, read in the caller's transaction. */
export async function entitlementsOf(
  scope: TransactionScope,
  userId: string,
  audience: PlanAudience,
  now: Date,
): Promise<Entitlements> {
  return entitlementsAt(audience, await scope.subscriptions.accessOf(userId), now);
}

/** A `pro` course takes a plan with pro courses (BILLING_001 saying `reason` otherwise). */
export async function requireProCourses(
  scope: TransactionScope,
  userId: string,
  now: Date,
  reason: string,
): Promise<Result<void, AppError>> {
  const entitlements = await entitlementsOf(scope, userId, 'learner', now);
  if (entitlements.limits.proCourses) return ok(undefined);
  return err(billingErrors.paymentRequired(reason));
}

/**
 * Opening one more job takes room in the plan of the company's owner, which covers every company
 * they own (BILLING_001 when their open jobs already reach `activeJobPosts`). The owner's slots are
 * locked until the transaction ends, so two openings in any of their companies cannot both take the
 * last place. A company without an owner has no plan to open jobs under (BILLING_012).
 */
export async function requireJobSlot(
  scope: TransactionScope,
  company: Company,
  now: Date,
): Promise<Result<void, AppError>> {
  const owner = company.members.find((m) => m.role === 'owner');
  if (!owner) return err(billingErrors.noPlanHolder());
  const { limits, plan } = await entitlementsOf(scope, owner.userId, 'employer', now);
  if (limits.activeJobPosts === null) return ok(undefined);
  await scope.jobs.lockSlotsOfOwner(owner.userId);
  const open = await scope.jobs.countOpenOfOwner(owner.userId);
  if (open < limits.activeJobPosts) return ok(undefined);
  return err(
    billingErrors.paymentRequired(
      `The ${plan.name} plan allows ${limits.activeJobPosts} open jobs across the owner's companies; close one or upgrade to open more.`,
    ),
  );
}
