import type {
  CompanyRepository,
  CompanyReviewRepository,
  JobApplicationRepository,
  JobRepository,
} from '@talentsphere/application/recruiting';
import type { Company, CompanyReview, Job, JobApplication } from '@talentsphere/domain/recruiting';
import type { InMemoryStore } from './in-memory-database';

// Twins of the Kysely recruiting repositories: each mirrors the unique index the store relies on.

export class InMemoryCompanyRepository implements CompanyRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<Company | undefined> {
    return this.store.tables.companies.get(id);
  }

  async recruitersOfOwner(ownerUserId: string): Promise<string[]> {
    const held = new Set<string>();
    for (const c of this.store.tables.companies.values())
      if (c.members.some((m) => m.userId === ownerUserId && m.role === 'owner'))
        for (const m of c.members) if (m.role === 'recruiter') held.add(m.userId);
    return [...held];
  }

  /** Mirrors companies_slug_key. */
  async insert(company: Company): Promise<'inserted' | 'slug-taken'> {
    if (this.slugTakenByOther(company)) return 'slug-taken';
    if (this.store.tables.companies.has(company.id)) throw new Error(`Duplicate company id ${company.id}`);
    this.store.tables.companies.set(company.id, company);
    return 'inserted';
  }

  async update(company: Company): Promise<'updated' | 'slug-taken'> {
    if (this.slugTakenByOther(company)) return 'slug-taken';
    if (this.store.tables.companies.has(company.id)) this.store.tables.companies.set(company.id, company);
    return 'updated';
  }

  private slugTakenByOther(company: Company): boolean {
    return [...this.store.tables.companies.values()].some(
      (other) => other.slug === company.slug && other.id !== company.id,
    );
  }
}

export class InMemoryCompanyReviewRepository implements CompanyReviewRepository {
  constructor(private readonly store: InMemoryStore) {}

  /** Mirrors company_reviews_one_per_author. */
  async insert(review: CompanyReview): Promise<'inserted' | 'duplicate'> {
    const duplicate = [...this.store.tables.companyReviews.values()].some(
      (r) => r.companyId === review.companyId && r.authorId === review.authorId,
    );
    if (duplicate) return 'duplicate';
    if (this.store.tables.companyReviews.has(review.id)) throw new Error(`Duplicate review id ${review.id}`);
    this.store.tables.companyReviews.set(review.id, review);
    return 'inserted';
  }
}

export class InMemoryJobRepository implements JobRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<Job | undefined> {
    return this.store.tables.jobs.get(id);
  }

  async insert(job: Job): Promise<void> {
    if (this.store.tables.jobs.has(job.id)) throw new Error(`Duplicate job id ${job.id}`);
    this.store.tables.jobs.set(job.id, job);
  }

  async update(job: Job): Promise<void> {
    if (this.store.tables.jobs.has(job.id)) this.store.tables.jobs.set(job.id, job);
  }

  async countOpenOfOwner(ownerUserId: string): Promise<number> {
    const owned = new Set(
      [...this.store.tables.companies.values()]
        .filter((c) => c.members.some((m) => m.userId === ownerUserId && m.role === 'owner'))
        .map((c) => c.id),
    );
    return [...this.store.tables.jobs.values()].filter((j) => owned.has(j.companyId) && j.status === 'open')
      .length;
  }

  /** The unit of work runs one transaction at a time: nothing to hold. */
  async lockSlotsOfOwner(): Promise<void> {}

  async idsOfCompany(companyId: string): Promise<string[]> {
    return [...this.store.tables.jobs.values()].filter((j) => j.companyId === companyId).map((j) => j.id);
  }
}

/** Row locking comes from the unit of work, which runs one transaction at a time. */
export class InMemoryJobApplicationRepository implements JobApplicationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByIdForUpdate(id: string): Promise<JobApplication | undefined> {
    return this.store.tables.applications.get(id);
  }

  /** Mirrors job_applications_one_per_candidate: one application per candidate and job unless withdrawn. */
  async insert(app: JobApplication): Promise<'inserted' | 'duplicate'> {
    const live = (a: JobApplication) => a.status !== 'withdrawn';
    const duplicate =
      live(app) &&
      [...this.store.tables.applications.values()].some(
        (a) => a.jobId === app.jobId && a.candidateId === app.candidateId && live(a),
      );
    if (duplicate) return 'duplicate';
    if (this.store.tables.applications.has(app.id)) throw new Error(`Duplicate application id ${app.id}`);
    this.store.tables.applications.set(app.id, app);
    return 'inserted';
  }

  /** The timeline is append-only: stored entries are kept, entries not stored yet appended. */
  async update(app: JobApplication): Promise<void> {
    const stored = this.store.tables.applications.get(app.id);
    if (!stored) return;
    const known = new Set(stored.timeline.map((t) => t.id));
    this.store.tables.applications.set(app.id, {
      ...app,
      timeline: [...stored.timeline, ...app.timeline.filter((t) => !known.has(t.id))],
    });
  }
}
