import { err, ok, type Result } from 'neverthrow';
import { type AppError, type DomainEvent, normaliseSkills, oneLine, type SkillLevel } from '../shared';
import { recruitingErrors } from './recruiting.errors';
import { parseSalaryRange, type SalaryRange } from './salary-range';

export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
// The skill vocabulary is shared with learning and challenges; recruiting's consumers keep importing it here.
export { SKILL_LEVELS, type SkillLevel } from '../shared/skills';
export type JobStatus = 'draft' | 'open' | 'closed';

export interface RequiredSkill {
  /** Normalised: lower-case, trimmed ("typescript", "postgresql"). */
  readonly name: string;
  readonly level: SkillLevel;
}

export interface JobPosting {
  readonly title: string;
  readonly description: string;
  readonly requirements: readonly string[];
  readonly location: string;
  readonly remotePolicy: RemotePolicy;
  readonly employmentType: EmploymentType;
  readonly salary: SalaryRange | null;
  readonly skills: readonly RequiredSkill[];
}

interface JobBase extends JobPosting {
  readonly id: string;
  readonly companyId: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The status is a union: an open job always has `openedAt`, a closed one `closedAt`. */
export type Job =
  | (JobBase & { readonly status: 'draft'; readonly openedAt: null; readonly closedAt: null })
  | (JobBase & { readonly status: 'open'; readonly openedAt: Date; readonly closedAt: null })
  | (JobBase & { readonly status: 'closed'; readonly openedAt: Date; readonly closedAt: Date });

type JobEventData = { jobId: string; companyId: string; title: string; status: JobStatus };
export type JobCreated = DomainEvent<'jobs.post.created', JobEventData>;
export type JobUpdated = DomainEvent<'jobs.post.updated', JobEventData>;
export type JobClosed = DomainEvent<'jobs.post.closed', JobEventData>;
export type JobEvent = JobCreated | JobUpdated | JobClosed;

export interface JobPostingInput {
  readonly title: string;
  readonly description: string;
  readonly requirements: readonly string[];
  readonly location: string;
  readonly remotePolicy: RemotePolicy;
  readonly employmentType: EmploymentType;
  readonly salary: { min: number; max: number; currency: string } | null;
  readonly skills: readonly { name: string; level: SkillLevel }[];
}

export const JOB_LIMITS = {
  title: 120,
  description: 20_000,
  requirement: 300,
  requirements: 30,
  skills: 20,
} as const;

export function parseJobPosting(input: JobPostingInput): Result<JobPosting, AppError> {
  const title = oneLine(input.title);
  if (title.length < 3 || title.length > JOB_LIMITS.title) {
    return err(recruitingErrors.invalid('title', `Use 3–${JOB_LIMITS.title} characters.`));
  }
  const description = input.description.trim();
  if (description.length < 20 || description.length > JOB_LIMITS.description) {
    return err(
      recruitingErrors.invalid(
        'description',
        `Describe the role in 20–${JOB_LIMITS.description} characters.`,
      ),
    );
  }
  const requirements = input.requirements.map((r) => r.trim()).filter(Boolean);
  if (
    requirements.length > JOB_LIMITS.requirements ||
    requirements.some((r) => r.length > JOB_LIMITS.requirement)
  ) {
    return err(
      recruitingErrors.invalid(
        'requirements',
        `At most ${JOB_LIMITS.requirements} requirements of ${JOB_LIMITS.requirement} characters.`,
      ),
    );
  }
  const skills = normaliseSkills(input.skills);
  if (skills.length > JOB_LIMITS.skills || skills.some((s) => s.name.length === 0 || s.name.length > 40)) {
    return err(
      recruitingErrors.invalid('skills', `List at most ${JOB_LIMITS.skills} skills of 1–40 characters.`),
    );
  }
  const salary = input.salary ? parseSalaryRange(input.salary) : ok(null);
  if (salary.isErr()) return err(salary.error);
  return ok({
    title,
    description,
    requirements,
    location: input.location.trim(),
    remotePolicy: input.remotePolicy,
    employmentType: input.employmentType,
    salary: salary.value,
    skills,
  });
}

const eventData = (job: Job): JobEventData => ({
  jobId: job.id,
  companyId: job.companyId,
  title: job.title,
  status: job.status,
});

/** A new job starts as a draft, or is published at once. */
export function createJob(
  input: { id: string; companyId: string; posting: JobPostingInput; publish: boolean },
  { now }: { now: Date },
): Result<{ state: Job; events: JobEvent[] }, AppError> {
  return parseJobPosting(input.posting).map((posting) => {
    const base = { id: input.id, companyId: input.companyId, ...posting, createdAt: now, updatedAt: now };
    const state: Job = input.publish
      ? { ...base, status: 'open', openedAt: now, closedAt: null }
      : { ...base, status: 'draft', openedAt: null, closedAt: null };
    return { state, events: [{ type: 'jobs.post.created', data: eventData(state) }] };
  });
}

export function editJob(
  job: Job,
  input: JobPostingInput,
  { now }: { now: Date },
): Result<{ state: Job; events: JobEvent[] }, AppError> {
  return parseJobPosting(input).map((posting) => {
    const state = { ...job, ...posting, updatedAt: now } as Job;
    return { state, events: [{ type: 'jobs.post.updated', data: eventData(state) }] };
  });
}

/** draft → open, and closed → open (reopen). Opening an open job changes nothing. */
export function openJob(
  job: Job,
  { now }: { now: Date },
): Result<{ state: Job; events: JobEvent[] }, AppError> {
  if (job.status === 'open') return ok({ state: job, events: [] });
  const state: Job = {
    ...job,
    status: 'open',
    openedAt: job.openedAt ?? now,
    closedAt: null,
    updatedAt: now,
  };
  return ok({ state, events: [{ type: 'jobs.post.updated', data: eventData(state) }] });
}

/** open → closed. A draft is not closed: it was never open. */
export function closeJob(
  job: Job,
  { now }: { now: Date },
): Result<{ state: Job; events: JobEvent[] }, AppError> {
  if (job.status === 'closed') return ok({ state: job, events: [] });
  if (job.status === 'draft')
    return err(
      recruitingErrors.jobTransition('A draft cannot be closed; publish it or leave it as a draft.'),
    );
  const state: Job = { ...job, status: 'closed', closedAt: now, updatedAt: now };
  return ok({ state, events: [{ type: 'jobs.post.closed', data: eventData(state) }] });
}
