import {
  addRecruiter,
  createCompany,
  recruitingErrors,
  updateCompanyProfile,
  writeReview,
} from '@talentsphere/domain/recruiting';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { entitlementsOf } from '../billing/entitlement-checks';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import type { CompanyProfileInputDto } from './recruiting.inputs';
import { companyManagedBy, requireRole } from './recruiting-access';
import type { RecruitingDeps } from './recruiting-deps';
import type { CompanyDetail, MyCompany } from './recruiting-read-models';

/** An employer creates a company page and becomes its owner. */
export class CreateCompany {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: CompanyProfileInputDto,
    ctx: RequestContext,
  ): ResultAsync<{ companyId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const allowed = requireRole(actor, ['employer', 'admin'], 'employers');
          if (allowed.isErr()) return err(allowed.error);
          const created = createCompany(
            { id: deps.ids.next(), ownerId: actor.userId, profile: input },
            { now: deps.clock.now() },
          );
          if (created.isErr()) return err(created.error);
          if ((await scope.companies.insert(created.value.state)) === 'slug-taken')
            return err(recruitingErrors.slugTaken());
          scope.events.record(...created.value.events);
          return ok({ companyId: created.value.state.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

export class UpdateCompany {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: CompanyProfileInputDto & { companyId: string },
    ctx: RequestContext,
  ): ResultAsync<{ companyId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const company = await companyManagedBy(scope, input.companyId, actor);
          if (company.isErr()) return err(company.error);
          const updated = updateCompanyProfile(company.value, actor.userId, input, { now: deps.clock.now() });
          if (updated.isErr()) return err(updated.error);
          if ((await scope.companies.update(updated.value.state)) === 'slug-taken')
            return err(recruitingErrors.slugTaken());
          scope.events.record(...updated.value.events);
          return ok({ companyId: input.companyId });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/** The owner adds an employer account, found by email, as a recruiter. */
export class AddRecruiter {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: { companyId: string; email: string },
    ctx: RequestContext,
  ): ResultAsync<{ userId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const company = await companyManagedBy(scope, input.companyId, actor);
          if (company.isErr()) return err(company.error);
          const recruiter = await scope.users.findByEmail(input.email.trim().toLowerCase());
          if (recruiter?.role !== 'employer') {
            return err(recruitingErrors.invalid('email', 'No employer account uses this email.'));
          }
          const now = deps.clock.now();
          // The seats are the owner's plan's, shared by all their companies: counted under the owner's
          // lock. (Only the owner may add; the domain refuses anyone else.)
          const ownerId = company.value.members.find((m) => m.role === 'owner')?.userId ?? actor.userId;
          await scope.jobs.lockSlotsOfOwner(ownerId);
          const { plan, limits } = await entitlementsOf(scope, ownerId, 'employer', now);
          const seats = {
            planName: plan.name,
            limit: limits.recruiterSeats,
            held: await scope.companies.recruitersOfOwner(ownerId),
          };
          const updated = addRecruiter(company.value, actor.userId, recruiter.id, { now }, seats);
          if (updated.isErr()) return err(updated.error);
          await scope.companies.update(updated.value);
          return ok({ userId: recruiter.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/** Anyone signed in but the company's own members reviews it, once. */
export class ReviewCompany {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: { companyId: string; rating: number; body: string },
    ctx: RequestContext,
  ): ResultAsync<{ reviewId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const company = await scope.companies.findById(input.companyId);
          if (!company) return err(recruitingErrors.companyNotFound());
          const review = writeReview(
            company,
            { id: deps.ids.next(), authorId: actor.userId, rating: input.rating, body: input.body },
            { now: deps.clock.now() },
          );
          if (review.isErr()) return err(review.error);
          if ((await scope.companyReviews.insert(review.value)) === 'duplicate')
            return err(recruitingErrors.alreadyReviewed());
          return ok({ reviewId: review.value.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/** The public company page. */
export class GetCompany {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}

  execute(slug: string): ResultAsync<CompanyDetail, AppError> {
    return asyncResult(async () => {
      const company = await this.deps.queries.companyBySlug(slug);
      return company ? ok(company) : err(recruitingErrors.companyNotFound());
    });
  }
}

/** The companies the actor belongs to, with their role: the employer workspace's switcher. */
export class ListMyCompanies {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<MyCompany[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.companiesOfMember(actor.userId)));
  }
}
