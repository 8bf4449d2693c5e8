import type {
  ApplicationView,
  CompanyCard,
  CompanyDetail,
  CompanyJobRow,
  JobDetail,
  MyCompany,
  RecruitingQueries,
} from '@talentsphere/application/recruiting';
import type { Company, JobApplication } from '@talentsphere/domain/recruiting';
import type { InMemoryStore } from './in-memory-database';

const iso = (date: Date | null) => date?.toISOString() ?? null;
/** Newest first, the id breaking ties: the order the Kysely read models use. */
const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const toCard = (c: Company): CompanyCard => ({
  id: c.id,
  name: c.name,
  slug: c.slug,
  location: c.location,
  size: c.size,
  logoUrl: c.logoUrl,
  website: c.website,
});

/** The twin of KyselyRecruitingQueries over the committed in-memory tables. */
export class InMemoryRecruitingQueries implements RecruitingQueries {
  constructor(private readonly store: InMemoryStore) {}

  private get tables() {
    return this.store.tables;
  }

  async companyBySlug(slug: string): Promise<CompanyDetail | undefined> {
    const company = [...this.tables.companies.values()].find((c) => c.slug === slug);
    if (!company) return undefined;
    const reviews = [...this.tables.companyReviews.values()]
      .filter((r) => r.companyId === company.id)
      .sort(newestFirst);
    const sum = reviews.reduce((total, r) => total + r.rating, 0);
    return {
      ...toCard(company),
      description: company.description,
      openJobs: [...this.tables.jobs.values()].filter(
        (j) => j.companyId === company.id && j.status === 'open',
      ).length,
      rating: {
        average: reviews.length ? Math.round((sum / reviews.length) * 10) / 10 : null,
        count: reviews.length,
      },
      reviews: reviews.map((r) => ({
        id: r.id,
        authorName: this.tables.users.get(r.authorId)?.name ?? '',
        rating: r.rating,
        body: r.body,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }

  async companiesOfMember(userId: string): Promise<MyCompany[]> {
    return [...this.tables.companies.values()]
      .flatMap((c) => {
        const member = c.members.find((m) => m.userId === userId);
        return member ? [{ ...toCard(c), role: member.role }] : [];
      })
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  }

  async memberRole(companyId: string, userId: string): Promise<'owner' | 'recruiter' | null> {
    return this.tables.companies.get(companyId)?.members.find((m) => m.userId === userId)?.role ?? null;
  }

  async jobDetail(jobId: string): Promise<JobDetail | undefined> {
    const job = this.tables.jobs.get(jobId);
    const company = job && this.tables.companies.get(job.companyId);
    if (!job || !company) return undefined;
    return {
      id: job.id,
      title: job.title,
      company: toCard(company),
      location: job.location,
      remotePolicy: job.remotePolicy,
      employmentType: job.employmentType,
      salary: job.salary,
      skills: job.skills,
      status: job.status,
      openedAt: iso(job.openedAt),
      description: job.description,
      requirements: job.requirements,
      createdAt: job.createdAt.toISOString(),
      updatedAt: job.updatedAt.toISOString(),
    };
  }

  async jobsOfCompany(companyId: string): Promise<CompanyJobRow[]> {
    const applications = [...this.tables.applications.values()];
    return [...this.tables.jobs.values()]
      .filter((j) => j.companyId === companyId)
      .sort(newestFirst)
      .map((j) => {
        const ofJob = applications.filter((a) => a.jobId === j.id);
        return {
          id: j.id,
          title: j.title,
          status: j.status,
          openedAt: iso(j.openedAt),
          updatedAt: j.updatedAt.toISOString(),
          applications: { active: ofJob.filter((a) => a.status === 'active').length, total: ofJob.length },
        };
      });
  }

  async application(applicationId: string): Promise<ApplicationView | undefined> {
    const app = this.tables.applications.get(applicationId);
    return app && this.view(app);
  }

  async applicationsOfCandidate(candidateId: string): Promise<ApplicationView[]> {
    return this.views((a) => a.candidateId === candidateId);
  }

  async applicationsOfJob(jobId: string): Promise<ApplicationView[]> {
    return this.views((a) => a.jobId === jobId);
  }

  async liveApplicationId(jobId: string, candidateId: string): Promise<string | null> {
    const live = [...this.tables.applications.values()].find(
      (a) => a.jobId === jobId && a.candidateId === candidateId && a.status !== 'withdrawn',
    );
    return live?.id ?? null;
  }

  private views(matches: (app: JobApplication) => boolean): ApplicationView[] {
    return [...this.tables.applications.values()]
      .filter(matches)
      .sort(newestFirst)
      .flatMap((app) => this.view(app) ?? []);
  }

  private view(app: JobApplication): ApplicationView | undefined {
    const job = this.tables.jobs.get(app.jobId);
    const company = this.tables.companies.get(app.companyId);
    const candidate = this.tables.users.get(app.candidateId);
    if (!job || !company || !candidate) return undefined;
    return {
      id: app.id,
      job: { id: job.id, title: job.title, status: job.status },
      company: { id: company.id, name: company.name, slug: company.slug, logoUrl: company.logoUrl },
      candidate: { id: candidate.id, name: candidate.name, email: candidate.email },
      status: app.status,
      stage: app.stage,
      rejection: app.rejection,
      coverLetter: app.coverLetter,
      resumeUrl: app.resumeUrl,
      viewedAt: iso(app.viewedAt),
      createdAt: app.createdAt.toISOString(),
      updatedAt: app.updatedAt.toISOString(),
      timeline: app.timeline.map((t) => ({
        kind: t.kind,
        actorRole: t.actorRole,
        fromStage: t.fromStage,
        toStage: t.toStage,
        fromStatus: t.fromStatus,
        toStatus: t.toStatus,
        reason: t.reason,
        at: t.at.toISOString(),
      })),
    };
  }
}
