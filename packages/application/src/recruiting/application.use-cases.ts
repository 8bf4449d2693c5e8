import {
  type ApplicationEvent,
  type ApplicationStage,
  type Decider,
  hireApplicant,
  type JobApplication,
  markViewed,
  memberRole,
  moveToStage,
  recruitingErrors,
  rejectApplication,
  submitApplication,
  unrejectApplication,
  withdrawApplication,
} from '@talentsphere/domain/recruiting';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, TransactionScope } from '../shared/ports';
import { requireRole } from './recruiting-access';
import type { RecruitingDeps } from './recruiting-deps';
import type { ApplicationView } from './recruiting-read-models';

/** A job seeker applies to an open job, once (JOB_003). */
export class ApplyToJob {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: { jobId: string; coverLetter: string; resumeUrl: string | null },
    ctx: RequestContext,
  ): ResultAsync<{ applicationId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const allowed = requireRole(actor, ['jobseeker'], 'job seekers');
          if (allowed.isErr()) return err(allowed.error);
          // Shared lock: a close committing meanwhile waits, so no application lands on a closed job.
          const job = await scope.jobs.findById(input.jobId, 'share');
          if (!job || job.status === 'draft') return err(recruitingErrors.jobNotFound());
          const submitted = submitApplication(
            job,
            {
              id: deps.ids.next(),
              candidateId: actor.userId,
              coverLetter: input.coverLetter,
              resumeUrl: input.resumeUrl,
            },
            { now: deps.clock.now(), transitionId: deps.ids.next() },
          );
          if (submitted.isErr()) return err(submitted.error);
          if ((await scope.applications.insert(submitted.value.state)) === 'duplicate')
            return err(recruitingErrors.alreadyApplied());
          scope.events.record(...submitted.value.events);
          return ok({ applicationId: submitted.value.state.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

type Side = { id: string; role: Decider };
type Command = (
  app: JobApplication,
  side: Side,
  ctx: { now: Date; transitionId: string },
) => Result<{ state: JobApplication; events: ApplicationEvent[] }, AppError>;

/**
 * Which side the actor is on for this application: the candidate who owns it, or a member of the
 * hiring company. Anyone else gets APPLICATION_001, as if it did not exist.
 */
async function sideOf(scope: TransactionScope, app: JobApplication, actor: Actor): Promise<Side | null> {
  if (app.candidateId === actor.userId) return { id: actor.userId, role: 'candidate' };
  const company = await scope.companies.findById(app.companyId);
  return company && memberRole(company, actor.userId) ? { id: actor.userId, role: 'employer' } : null;
}

function changeApplication(
  deps: RecruitingDeps,
  actor: Actor,
  applicationId: string,
  ctx: RequestContext,
  allowed: readonly Decider[],
  command: Command,
): ResultAsync<
  { applicationId: string; status: JobApplication['status']; stage: ApplicationStage },
  AppError
> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        const app = await scope.applications.findByIdForUpdate(applicationId);
        const side = app && (await sideOf(scope, app, actor));
        if (!app || !side) return err(recruitingErrors.applicationNotFound());
        if (!allowed.includes(side.role))
          return err(recruitingErrors.illegalTransition(`The ${side.role} cannot do that.`));
        const changed = command(app, side, { now: deps.clock.now(), transitionId: deps.ids.next() });
        if (changed.isErr()) return err(changed.error);
        if (changed.value.events.length > 0) {
          await scope.applications.update(changed.value.state);
          scope.events.record(...changed.value.events);
        }
        return ok({ applicationId, status: changed.value.state.status, stage: changed.value.state.stage });
      }),
    { correlationId: ctx.correlationId },
  );
}

export class MoveApplication {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { applicationId: string; stage: ApplicationStage }, ctx: RequestContext) {
    return changeApplication(this.deps, actor, input.applicationId, ctx, ['employer'], (app, side, at) =>
      moveToStage(app, side, input.stage, at),
    );
  }
}

/** The employer rejects, or the candidate declines; either way with a reason. */
export class RejectApplication {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { applicationId: string; reason: string }, ctx: RequestContext) {
    return changeApplication(
      this.deps,
      actor,
      input.applicationId,
      ctx,
      ['employer', 'candidate'],
      (app, side, at) => rejectApplication(app, side, input.reason, at),
    );
  }
}

export class UnrejectApplication {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { applicationId: string }, ctx: RequestContext) {
    return changeApplication(
      this.deps,
      actor,
      input.applicationId,
      ctx,
      ['employer', 'candidate'],
      unrejectApplication,
    );
  }
}

export class HireApplicant {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { applicationId: string }, ctx: RequestContext) {
    return changeApplication(this.deps, actor, input.applicationId, ctx, ['employer'], hireApplicant);
  }
}

export class WithdrawApplication {
  constructor(private readonly deps: RecruitingDeps) {}
  execute(actor: Actor, input: { applicationId: string }, ctx: RequestContext) {
    return changeApplication(this.deps, actor, input.applicationId, ctx, ['candidate'], withdrawApplication);
  }
}

/**
 * One application with its timeline, for its candidate or the hiring company's members. The first
 * time a member opens it, the candidate learns it was viewed (jobs.application.viewed).
 */
export class ViewApplication {
  constructor(private readonly deps: RecruitingDeps) {}

  execute(
    actor: Actor,
    input: { applicationId: string },
    ctx: RequestContext,
  ): ResultAsync<ApplicationView, AppError> {
    const { deps } = this;
    return deps.uow
      .run(
        (scope) =>
          asyncResult(async () => {
            const app = await scope.applications.findByIdForUpdate(input.applicationId);
            const side = app && (await sideOf(scope, app, actor));
            if (!app || !side) return err(recruitingErrors.applicationNotFound());
            if (side.role === 'employer') {
              const viewed = markViewed(app, actor.userId, { now: deps.clock.now() });
              if (viewed.isOk() && viewed.value.events.length > 0) {
                await scope.applications.update(viewed.value.state);
                scope.events.record(...viewed.value.events);
              }
            }
            return ok(undefined);
          }),
        { correlationId: ctx.correlationId },
      )
      .andThen(() =>
        asyncResult(async () => {
          const view = await deps.queries.application(input.applicationId);
          return view ? ok(view) : err(recruitingErrors.applicationNotFound());
        }),
      );
  }
}

/** The candidate's own applications, newest first, each with its timeline. */
export class ListMyApplications {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}
  execute(actor: Actor): ResultAsync<ApplicationView[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.applicationsOfCandidate(actor.userId)));
  }
}

/** A job's applicants grouped by stage, for the hiring company's members: the pipeline board. */
export class GetJobPipeline {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}

  execute(
    actor: Actor,
    input: { jobId: string },
  ): ResultAsync<
    { job: { id: string; title: string; status: string }; applications: ApplicationView[] },
    AppError
  > {
    const { deps } = this;
    return asyncResult(async () => {
      const job = await deps.queries.jobDetail(input.jobId);
      if (!job) return err(recruitingErrors.jobNotFound());
      if (!(await deps.queries.memberRole(job.company.id, actor.userId))) {
        return err(job.status === 'draft' ? recruitingErrors.jobNotFound() : recruitingErrors.notAMember());
      }
      return ok({
        job: { id: job.id, title: job.title, status: job.status },
        applications: await deps.queries.applicationsOfJob(job.id),
      });
    });
  }
}

/** Whether the signed-in candidate already applied to a job (the job page's "already applied"). */
export class GetMyApplicationToJob {
  constructor(private readonly deps: Pick<RecruitingDeps, 'queries'>) {}
  execute(actor: Actor, input: { jobId: string }): ResultAsync<{ applicationId: string | null }, AppError> {
    return asyncResult(async () =>
      ok({ applicationId: await this.deps.queries.liveApplicationId(input.jobId, actor.userId) }),
    );
  }
}
