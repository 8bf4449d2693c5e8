import type {
  ApplicationStage,
  ApplicationStatus,
  ApplicationTransition,
  Company,
  CompanyMember,
  CompanySize,
  Job,
  JobApplication,
  RequiredSkill,
} from '@talentsphere/domain/recruiting';
import type { Slug } from '@talentsphere/domain/shared';
import type { Selectable } from 'kysely';
import type {
  ApplicationTransitionsTable,
  CompaniesTable,
  CompanyMembersTable,
  JobApplicationsTable,
  JobsTable,
} from '../persistence/tables';

// Row ↔ aggregate mapping shared by the repositories and the read side.

export type CompanyRow = Selectable<CompaniesTable>;
export type JobRow = Selectable<JobsTable>;
export type ApplicationRow = Selectable<JobApplicationsTable>;
export type TransitionRow = Selectable<ApplicationTransitionsTable>;

export const toCompany = (row: CompanyRow, members: Selectable<CompanyMembersTable>[]): Company => ({
  id: row.id,
  name: row.name,
  slug: row.slug as Slug,
  description: row.description,
  website: row.website,
  location: row.location,
  size: row.size as CompanySize,
  logoUrl: row.logo_url,
  members: members.map((m): CompanyMember => ({ userId: m.user_id, role: m.role, addedAt: m.added_at })),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** bigint columns come back as strings; salaries stay below 2^53 (SALARY_MAX_MINOR). */
export const toSalary = (row: Pick<JobRow, 'salary_min' | 'salary_max' | 'salary_currency'>) =>
  row.salary_min === null || row.salary_max === null || row.salary_currency === null
    ? null
    : { min: Number(row.salary_min), max: Number(row.salary_max), currency: row.salary_currency };

/** Rebuilds the status union: the row's CHECKs do not tie opened_at/closed_at to status, so this does. */
export function toJob(row: Omit<JobRow, 'search'>): Job {
  const base = {
    id: row.id,
    companyId: row.company_id,
    title: row.title,
    description: row.description,
    requirements: row.requirements as string[],
    location: row.location,
    remotePolicy: row.remote_policy,
    employmentType: row.employment_type,
    salary: toSalary(row) as Job['salary'],
    skills: row.skills as RequiredSkill[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  switch (row.status) {
    case 'draft':
      return { ...base, status: 'draft', openedAt: null, closedAt: null };
    case 'open':
      if (!row.opened_at) throw new Error(`Open job ${row.id} has no opened_at`);
      return { ...base, status: 'open', openedAt: row.opened_at, closedAt: null };
    case 'closed':
      if (!row.opened_at || !row.closed_at) throw new Error(`Closed job ${row.id} lacks opened_at/closed_at`);
      return { ...base, status: 'closed', openedAt: row.opened_at, closedAt: row.closed_at };
  }
}

export const toTransition = (row: TransitionRow): ApplicationTransition => ({
  id: row.id,
  kind: row.kind as ApplicationTransition['kind'],
  actorId: row.actor_id,
  actorRole: row.actor_role,
  fromStatus: row.from_status as ApplicationStatus | null,
  toStatus: row.to_status as ApplicationStatus,
  fromStage: row.from_stage as ApplicationStage | null,
  toStage: row.to_stage as ApplicationStage,
  reason: row.reason,
  at: row.at,
});

export function toApplication(row: ApplicationRow, timeline: ApplicationTransition[]): JobApplication {
  const base = {
    id: row.id,
    jobId: row.job_id,
    companyId: row.company_id,
    candidateId: row.candidate_id,
    stage: row.stage,
    coverLetter: row.cover_letter,
    resumeUrl: row.resume_url,
    viewedAt: row.viewed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    timeline,
  };
  if (row.status === 'rejected') {
    if (row.rejection_reason === null || row.rejected_by === null)
      throw new Error(`Rejected application ${row.id} has no rejection`);
    return {
      ...base,
      status: 'rejected',
      rejection: { reason: row.rejection_reason, decidedBy: row.rejected_by },
    };
  }
  return { ...base, status: row.status, rejection: null };
}

export const transitionRow = (applicationId: string, t: ApplicationTransition) => ({
  id: t.id,
  application_id: applicationId,
  kind: t.kind,
  actor_id: t.actorId,
  actor_role: t.actorRole,
  from_status: t.fromStatus,
  to_status: t.toStatus,
  from_stage: t.fromStage,
  to_stage: t.toStage,
  reason: t.reason,
  at: t.at,
});
