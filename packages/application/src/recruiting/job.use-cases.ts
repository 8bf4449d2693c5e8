import {
  closeJob,
  createJob,
  editJob,
  type Job,
  type JobEvent,
  openJob,
  recruitingErrors,
} from '@talentsphere/domain/recruiting';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { requireJobSlot } from '../billing/entitlement-checks';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { canonicalQueryKey, readThroughVersioned } from '../shared/cache.port';
import type { RequestContext } from '../shared/ports';
import type { JobSearchInput, JobSearchResult } from './job-search.port';
import type { JobPostingInputDto } from './recruiting.inputs';
import { companyManagedBy, jobManagedBy } from './recruiting-access';
import { jobCacheKey, type RecruitingDeps } from './recruiting-deps';
import type { CompanyJobRow, JobDetail } from './recruiting-read-models';

/**
 * A company member posts a job, as a draft or published at once; publishing takes room in the plan's
 * open jobs (BILLING_001 when full: the draft is not kept either, so the form can be sent again).
 */
export class PostJob {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: JobPostingInputDto & { companyId: string; publish: boolean },
    ctx: RequestContext,
  ): ResultAsync<{ jobId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const company = await companyManagedBy(scope, input.companyId, actor);
          if (company.isErr()) return err(company.error);
          if (input.publish) {
            const room = await requireJobSlot(scope, company.value, deps.clock.now());
            if (room.isErr()) return err(room.error);
          }
          const created = createJob(
            { id: deps.ids.next(), companyId: input.companyId, posting: input, publish: input.publish },
            { now: deps.clock.now() },
          );
          if (created.isErr()) return err(created.error);
          await scope.jobs.insert(created.value.state);
          scope.events.record(...created.value.events);
          return ok({ jobId: created.value.state.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

type JobCommand = (job: Job, ctx: { now: Date }) => Result<{ state: Job; events: JobEvent[] }, AppError>;

/** Loads a job the actor manages, applies a domain command, saves it with its events. */
function changeJob(
  deps: RecruitingDeps,
  actor: Actor,
  jobId: string,
  ctx: RequestContext,
  command: JobCommand,
): ResultAsync<{ jobId: string; status: Job['status'] }, AppError> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        const managed = await jobManagedBy(scope, jobId, actor);
        if (managed.isErr()) return err(managed.error);
        const now = deps.clock.now();
        const changed = command(managed.value.job, { now });
        if (changed.isErr()) return err(changed.error);
        if (changed.value.state.status === 'open' && managed.value.job.status !== 'open') {
          // Opening takes room in the owner's plan; the company's lock keeps two openings from sharing it.
          const company = await scope.companies.findById(managed.value.company.id, 'update');
          const room = company ? await requireJobSlot(scope, company, now) : ok(undefined);
          if (room.isErr()) return err(room.error);
        }
        if (changed.value.events.length > 0) {
          await scope.jobs.update(changed.value.state);
          scope.events.record(...changed.value.events);
        }
        return ok({ jobId, status: changed.value.state.status });
      }),
    { correlationId: ctx.correlationId },
  );
}

export class EditJob {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: JobPostingInputDto & { jobId: string }, ctx: RequestContext) {
    return changeJob(this.deps, actor, input.jobId, ctx, (job, at) => editJob(job, input, at));
  }
}

/** Publishes a draft, or reopens a closed job, within the open jobs the plan allows (BILLING_001). */
export class PublishJob {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { jobId: string }, ctx: RequestContext) {
    return changeJob(this.deps, actor, input.jobId, ctx, openJob);
  }
}

export class CloseJob {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { jobId: string }, ctx: RequestContext) {
    return changeJob(this.deps, actor, input.jobId, ctx, closeJob);
  }
}

/**
 * A job page. Public jobs are read through the cache (`recruiting:job:{id}:…`, 300 s, a new version
 * after job and company events); drafts only for the company's members, never cached.
 */
export class GetJob {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries' | 'cache'>) {}

  execute(actor: Actor | null, input: { jobId: string }): ResultAsync<JobDetail, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const cached = await readThroughVersioned(deps.cache, jobCacheKey(input.jobId), async () => {
        const job = await deps.queries.jobDetail(input.jobId);
        return job && job.status !== 'draft' ? job : undefined;
      });
      if (cached) return ok(cached);
      const draft = await deps.queries.jobDetail(input.jobId);
      if (draft && actor && (await deps.queries.memberRole(draft.company.id, actor.userId))) return ok(draft);
      return err(recruitingErrors.jobNotFound());
    });
  }
}

/**
 * Job board searches. A board repeats the same few searches (the first page most of all), and each
 * costs the database real work at scale, so answers are cached. Any job event gives the searches a
 * new version (see jobCacheInvalidation), so a posted or closed job shows in search at once.
 */
export class SearchJobs {
  constructor(private readonly deps: Pick<RecruitingDeps, 'search' | 'cache'>) {}

  execute(input: JobSearchInput): ResultAsync<JobSearchResult, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      try {
        const result = await readThroughVersioned(
          deps.cache,
          SEARCH_CACHE_KEY,
          () => deps.search.search(input),
          {
            entry: canonicalQueryKey(input),
          },
        );
        return ok(result as JobSearchResult);
      } catch (error) {
        // A cursor from another query or a tampered one: answer a clear error, not a 500.
        if (error instanceof InvalidCursorError)
          return err(recruitingErrors.invalid('cursor', 'This page link is no longer valid; start again.'));
        throw error;
      }
    });
  }
}

/** Job searches share one version, renewed by every job event; one entry per canonical search. */
export const SEARCH_CACHE_KEY = 'recruiting:search';

/** Thrown by search adapters for a cursor they cannot decode. */
export class InvalidCursorError extends Error {}

/** All jobs of a company, drafts included, with application counts: the employer workspace. */
export class ListCompanyJobs {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}

  execute(actor: Actor, input: { companyId: string }): ResultAsync<CompanyJobRow[], AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      if (!(await deps.queries.memberRole(input.companyId, actor.userId)))
        return err(recruitingErrors.notAMember());
      return ok(await deps.queries.jobsOfCompany(input.companyId));
    });
  }
}
