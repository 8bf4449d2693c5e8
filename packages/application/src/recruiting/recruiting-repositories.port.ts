import type { Company, CompanyReview, Job, JobApplication } from '@talentsphere/domain/recruiting';

// Write-side ports: load and save aggregates inside a unit of work.

/**
 * How a write path reads a row it will change or rely on: `update` for a row it writes back (no
 * lost update), `share` for one whose state it depends on (an apply blocks a concurrent close).
 */
export type RowLock = 'update' | 'share';

export interface CompanyRepository {
  findById(id: string, lock?: RowLock): Promise<Company | undefined>;
  /** Answers 'slug-taken' when another company has the slug. */
  insert(company: Company): Promise<'inserted' | 'slug-taken'>;
  /** Saves the profile and the member list. */
  update(company: Company): Promise<'updated' | 'slug-taken'>;
  /** The recruiters of every company the user owns, each once: who holds the owner's plan seats. */
  recruitersOfOwner(ownerUserId: string): Promise<string[]>;
}

export interface CompanyReviewRepository {
  /** Answers 'duplicate' when the author already reviewed this company. */
  insert(review: CompanyReview): Promise<'inserted' | 'duplicate'>;
}

export interface JobRepository {
  findById(id: string, lock?: RowLock): Promise<Job | undefined>;
  insert(job: Job): Promise<void>;
  update(job: Job): Promise<void>;
  /**
   * Open jobs right now of every company the user owns: a plan's job limit is the owner's, shared by
   * all their companies.
   */
  countOpenOfOwner(ownerUserId: string): Promise<number>;
  /**
   * Holds the owner's plan limits (job slots, recruiter seats) until the transaction ends, so two
   * changes in any of their companies cannot both take the last place.
   */
  lockSlotsOfOwner(ownerUserId: string): Promise<void>;
  /** Every job of a company, whatever its status (cached pages to drop when the company changes). */
  idsOfCompany(companyId: string): Promise<string[]>;
}

export interface JobApplicationRepository {
  /** With its whole timeline, locked against concurrent changes until the transaction ends. */
  findByIdForUpdate(id: string): Promise<JobApplication | undefined>;
  /** Answers 'duplicate' when the candidate already has a live application to the job (JOB_003). */
  insert(application: JobApplication): Promise<'inserted' | 'duplicate'>;
  /** Saves status, stage, rejection and viewedAt, and appends timeline entries not yet stored. */
  update(application: JobApplication): Promise<void>;
}
