import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import type { Job } from './job';
import { recruitingErrors } from './recruiting.errors';

export const APPLICATION_STAGES = ['applied', 'screening', 'assessment', 'interview', 'offer'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export const APPLICATION_STATUSES = ['active', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Decider = 'employer' | 'candidate';

/** One entry of the timeline the candidate sees: what changed, who did it, when. */
export interface ApplicationTransition {
  readonly id: string;
  readonly kind: 'submitted' | 'stage_changed' | 'rejected' | 'unrejected' | 'withdrawn' | 'hired';
  readonly actorId: string;
  readonly actorRole: Decider;
  readonly fromStatus: ApplicationStatus | null;
  readonly toStatus: ApplicationStatus;
  readonly fromStage: ApplicationStage | null;
  readonly toStage: ApplicationStage;
  readonly reason: string | null;
  readonly at: Date;
}

interface ApplicationBase {
  readonly id: string;
  readonly jobId: string;
  readonly companyId: string;
  readonly candidateId: string;
  readonly stage: ApplicationStage;
  readonly coverLetter: string;
  readonly resumeUrl: string | null;
  readonly viewedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly timeline: readonly ApplicationTransition[];
}

/** Status is separate from the employer's stage; a rejection always says why and who decided. */
export type JobApplication =
  | (ApplicationBase & { readonly status: 'active' | 'hired' | 'withdrawn'; readonly rejection: null })
  | (ApplicationBase & {
      readonly status: 'rejected';
      readonly rejection: { reason: string; decidedBy: Decider };
    });

type Ids = { applicationId: string; jobId: string; companyId: string; candidateId: string };
export type ApplicationEvent =
  | DomainEvent<'jobs.application.submitted', Ids>
  | DomainEvent<'jobs.application.viewed', Ids & { viewerId: string }>
  | DomainEvent<
      'jobs.application.stage_changed',
      Ids & { fromStage: ApplicationStage; toStage: ApplicationStage }
    >
  | DomainEvent<'jobs.application.rejected', Ids & { reason: string; decidedBy: Decider }>
  | DomainEvent<'jobs.application.unrejected', Ids & { stage: ApplicationStage; decidedBy: Decider }>
  | DomainEvent<'jobs.application.hired', Ids>
  | DomainEvent<'jobs.application.withdrawn', Ids>;

type Outcome = Result<{ state: JobApplication; events: ApplicationEvent[] }, AppError>;
type Ctx = { now: Date; transitionId: string };
type Actor = { id: string; role: Decider };

const ids = (a: JobApplication): Ids => ({
  applicationId: a.id,
  jobId: a.jobId,
  companyId: a.companyId,
  candidateId: a.candidateId,
});

/** A candidate applies to an open job. The one-application rule is the store's (JOB_003). */
export function submitApplication(
  job: Job,
  input: { id: string; candidateId: string; coverLetter: string; resumeUrl: string | null },
  { now, transitionId }: Ctx,
): Outcome {
  if (job.status !== 'open') return err(recruitingErrors.jobClosed());
  const coverLetter = input.coverLetter.trim();
  if (coverLetter.length > 5000)
    return err(recruitingErrors.invalid('coverLetter', 'Keep the cover letter under 5000 characters.'));
  if (input.resumeUrl !== null && !/^https?:\/\/\S+$/.test(input.resumeUrl)) {
    return err(recruitingErrors.invalid('resumeUrl', 'Enter a full http(s) link to your resume.'));
  }
  const state: JobApplication = {
    id: input.id,
    jobId: job.id,
    companyId: job.companyId,
    candidateId: input.candidateId,
    status: 'active',
    stage: 'applied',
    rejection: null,
    coverLetter,
    resumeUrl: input.resumeUrl,
    viewedAt: null,
    createdAt: now,
    updatedAt: now,
    timeline: [],
  };
  const submitted = record(
    state,
    { id: input.candidateId, role: 'candidate' },
    'submitted',
    { now, transitionId },
    { fromStatus: null, fromStage: null },
  );
  return ok({ state: submitted, events: [{ type: 'jobs.application.submitted', data: ids(state) }] });
}

/** The employer opened an active application for the first time (later views change nothing). */
export function markViewed(app: JobApplication, viewerId: string, { now }: { now: Date }): Outcome {
  // Opening a finished application (withdrawn, rejected, hired) tells the candidate nothing new.
  if (app.viewedAt || app.status !== 'active') return ok({ state: app, events: [] });
  return ok({
    state: { ...app, viewedAt: now },
    events: [{ type: 'jobs.application.viewed', data: { ...ids(app), viewerId } }],
  });
}

/** The employer moves an active application to any other stage of the pipeline. */
export function moveToStage(app: JobApplication, actor: Actor, stage: ApplicationStage, ctx: Ctx): Outcome {
  if (actor.role !== 'employer')
    return err(recruitingErrors.illegalTransition('Only the employer moves an application.'));
  if (app.status !== 'active') return err(notActive(app));
  if (app.stage === stage) return ok({ state: app, events: [] });
  const state = record({ ...app, stage }, actor, 'stage_changed', ctx, {
    fromStatus: app.status,
    fromStage: app.stage,
  });
  return ok({
    state,
    events: [
      { type: 'jobs.application.stage_changed', data: { ...ids(app), fromStage: app.stage, toStage: stage } },
    ],
  });
}

/** Either side ends an active application; the stage is kept so an un-reject can return to it. */
export function rejectApplication(app: JobApplication, actor: Actor, reason: string, ctx: Ctx): Outcome {
  if (isOtherCandidate(app, actor)) return err(notTheirs());
  if (app.status !== 'active') return err(notActive(app));
  const why = reason.trim();
  if (why.length < 3 || why.length > 1000)
    return err(recruitingErrors.invalid('reason', 'Give a reason of 3–1000 characters.'));
  const rejected: JobApplication = {
    ...app,
    status: 'rejected',
    rejection: { reason: why, decidedBy: actor.role },
  };
  const state = record(rejected, actor, 'rejected', ctx, {
    fromStatus: 'active',
    fromStage: app.stage,
    reason: why,
  });
  return ok({
    state,
    events: [
      { type: 'jobs.application.rejected', data: { ...ids(app), reason: why, decidedBy: actor.role } },
    ],
  });
}

/** Undoes a rejection, back to the stage it was at. Only the side that rejected may undo it. */
export function unrejectApplication(app: JobApplication, actor: Actor, ctx: Ctx): Outcome {
  if (isOtherCandidate(app, actor)) return err(notTheirs());
  if (app.status !== 'rejected')
    return err(recruitingErrors.illegalTransition('Only a rejected application can be un-rejected.'));
  if (app.rejection.decidedBy !== actor.role) {
    return err(recruitingErrors.illegalTransition('Only the side that rejected can undo the rejection.'));
  }
  const state = record({ ...app, status: 'active', rejection: null }, actor, 'unrejected', ctx, {
    fromStatus: 'rejected',
    fromStage: app.stage,
  });
  return ok({
    state,
    events: [
      { type: 'jobs.application.unrejected', data: { ...ids(app), stage: app.stage, decidedBy: actor.role } },
    ],
  });
}

/** The employer hires a candidate who has an offer. */
export function hireApplicant(app: JobApplication, actor: Actor, ctx: Ctx): Outcome {
  if (actor.role !== 'employer') return err(recruitingErrors.illegalTransition('Only the employer hires.'));
  if (app.status !== 'active') return err(notActive(app));
  if (app.stage !== 'offer') return err(recruitingErrors.illegalTransition('Make an offer before hiring.'));
  const state = record({ ...app, status: 'hired', rejection: null }, actor, 'hired', ctx, {
    fromStatus: 'active',
    fromStage: app.stage,
  });
  return ok({ state, events: [{ type: 'jobs.application.hired', data: ids(app) }] });
}

/** The candidate withdraws an active application; they may apply again later. */
export function withdrawApplication(app: JobApplication, actor: Actor, ctx: Ctx): Outcome {
  if (actor.role !== 'candidate' || actor.id !== app.candidateId) {
    return err(recruitingErrors.illegalTransition('Only the candidate withdraws an application.'));
  }
  if (app.status !== 'active') return err(notActive(app));
  const state = record({ ...app, status: 'withdrawn', rejection: null }, actor, 'withdrawn', ctx, {
    fromStatus: 'active',
    fromStage: app.stage,
  });
  return ok({ state, events: [{ type: 'jobs.application.withdrawn', data: ids(app) }] });
}

/** A candidate acts on their own application only; employer membership is checked by the use case. */
const isOtherCandidate = (app: JobApplication, actor: Actor): boolean =>
  actor.role === 'candidate' && actor.id !== app.candidateId;

function notTheirs(): AppError {
  return recruitingErrors.illegalTransition('Only the candidate of this application can do that.');
}

function notActive(app: JobApplication): AppError {
  return recruitingErrors.illegalTransition(`This application is ${app.status}; it can no longer change.`);
}

function record(
  next: JobApplication,
  actor: Actor,
  kind: ApplicationTransition['kind'],
  { now, transitionId }: Ctx,
  from: { fromStatus: ApplicationStatus | null; fromStage: ApplicationStage | null; reason?: string },
): JobApplication {
  const entry: ApplicationTransition = {
    id: transitionId,
    kind,
    actorId: actor.id,
    actorRole: actor.role,
    fromStatus: from.fromStatus,
    toStatus: next.status,
    fromStage: from.fromStage,
    toStage: next.stage,
    reason: from.reason ?? null,
    at: now,
  };
  return { ...next, updatedAt: now, timeline: [...next.timeline, entry] };
}
