import type { TransactionScope } from '@talentsphere/application/shared';
import {
  addRecruiter,
  type Company,
  type CompanySize,
  createCompany,
  createJob,
  type EmploymentType,
  type Job,
  type JobApplication,
  type JobPostingInput,
  type RemotePolicy,
  submitApplication,
} from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { aUser, NOW } from './contract-fixtures';

/** A user stored in the scope's transaction (companies, reviews and applications reference users). */
export async function storedUser(scope: TransactionScope, name = 'Ada Lovelace') {
  const user = aUser({ name });
  await scope.users.insert(user);
  return user;
}

export function aCompany(ownerId: string, overrides: { slug?: string; size?: CompanySize } = {}): Company {
  const id = v7();
  return createCompany(
    {
      id,
      ownerId,
      profile: {
        name: 'Acme Robotics',
        slug: overrides.slug ?? `acme-${id}`,
        description: 'We build robots.',
        website: 'https://acme.example',
        location: 'Berlin',
        size: overrides.size ?? '11-50',
        logoUrl: null,
      },
    },
    { now: NOW },
  )._unsafeUnwrap().state;
}

export const withRecruiter = (company: Company, recruiterId: string, at: Date = NOW): Company =>
  addRecruiter(company, company.members[0]?.userId ?? '', recruiterId, { now: at })._unsafeUnwrap();

export interface PostingOverrides {
  title?: string;
  description?: string;
  location?: string;
  remotePolicy?: RemotePolicy;
  employmentType?: EmploymentType;
  salary?: JobPostingInput['salary'];
  skills?: string[];
}

export const aPosting = (o: PostingOverrides = {}): JobPostingInput => ({
  title: o.title ?? 'Backend Engineer',
  description: o.description ?? 'Build and run the services behind our product.',
  requirements: ['Three years of production experience', 'Kind code reviews'],
  location: o.location ?? 'Berlin',
  remotePolicy: o.remotePolicy ?? 'hybrid',
  employmentType: o.employmentType ?? 'full-time',
  salary: o.salary === undefined ? { min: 6_000_000, max: 8_000_000, currency: 'EUR' } : o.salary,
  skills: (o.skills ?? ['typescript']).map((name) => ({ name, level: 'advanced' as const })),
});

export const aJob = (
  companyId: string,
  o: PostingOverrides & { publish?: boolean; now?: Date; id?: string } = {},
): Job =>
  createJob(
    { id: o.id ?? v7(), companyId, posting: aPosting(o), publish: o.publish ?? true },
    { now: o.now ?? NOW },
  )._unsafeUnwrap().state;

export const anApplication = (job: Job, candidateId: string, now: Date = NOW): JobApplication =>
  submitApplication(
    job,
    { id: v7(), candidateId, coverLetter: 'I would love to help.', resumeUrl: 'https://cv.example/ada' },
    { now, transitionId: v7() },
  )._unsafeUnwrap().state;

/** An owner, their company and one open job, all stored. */
export async function storedCompanyWithJob(scope: TransactionScope) {
  const owner = await storedUser(scope, 'Olivia Owner');
  const company = aCompany(owner.id);
  await scope.companies.insert(company);
  const job = aJob(company.id);
  await scope.jobs.insert(job);
  return { owner, company, job };
}
