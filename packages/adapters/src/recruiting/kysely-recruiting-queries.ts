import type {
  ApplicationView,
  CompanyCard,
  CompanyDetail,
  CompanyJobRow,
  JobDetail,
  MyCompany,
  RecruitingQueries,
} from '@talentsphere/application/recruiting';
import type { CompanySize } from '@talentsphere/domain/recruiting';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { type CompanyRow, toApplication, toJob, toTransition } from './recruiting-rows';

const iso = (date: Date | null) => date?.toISOString() ?? null;

const toCard = (row: CompanyRow): CompanyCard => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  location: row.location,
  size: row.size as CompanySize,
  logoUrl: row.logo_url,
  website: row.website,
});

/** Read models straight from the tables (no aggregates); the calling use cases authorize. */
export class KyselyRecruitingQueries implements RecruitingQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async companyBySlug(slug: string): Promise<CompanyDetail | undefined> {
    const company = await this.db
      .selectFrom('companies')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!company) return undefined;
    const [openJobs, reviews] = await Promise.all([
      this.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('company_id', '=', company.id)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('company_reviews as r')
        .innerJoin('users as u', 'u.id', 'r.author_id')
        .select(['r.id', 'u.name as author_name', 'r.rating', 'r.body', 'r.created_at'])
        .where('r.company_id', '=', company.id)
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .execute(),
    ]);
    const sum = reviews.reduce((total, r) => total + r.rating, 0);
    return {
      ...toCard(company),
      description: company.description,
      openJobs: Number(openJobs.count),
      // Rounded to one decimal, as shown ("4.3 ★").
      rating: {
        average: reviews.length ? Math.round((sum / reviews.length) * 10) / 10 : null,
        count: reviews.length,
      },
      reviews: reviews.map((r) => ({
        id: r.id,
        authorName: r.author_name,
        rating: r.rating,
        body: r.body,
        createdAt: r.created_at.toISOString(),
      })),
    };
  }

  async companiesOfMember(userId: string): Promise<MyCompany[]> {
    const rows = await this.db
      .selectFrom('company_members as m')
      .innerJoin('companies as c', 'c.id', 'm.company_id')
      .selectAll('c')
      .select('m.role')
      .where('m.user_id', '=', userId)
      .orderBy('c.name')
      .orderBy('c.id')
      .execute();
    return rows.map((row) => ({ ...toCard(row), role: row.role }));
  }

  async memberRole(companyId: string, userId: string): Promise<'owner' | 'recruiter' | null> {
    const row = await this.db
      .selectFrom('company_members')
      .select('role')
      .where('company_id', '=', companyId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.role ?? null;
  }

  async jobDetail(jobId: string): Promise<JobDetail | undefined> {
    const job = await this.db
      .selectFrom('jobs')
      .select([
        'id',
        'company_id',
        'title',
        'description',
        'requirements',
        'location',
        'remote_policy',
        'employment_type',
        'salary_min',
        'salary_max',
        'salary_currency',
        'skills',
        'skill_names',
        'status',
        'created_at',
        'updated_at',
        'opened_at',
        'closed_at',
      ])
      .where('id', '=', jobId)
      .executeTakeFirst();
    if (!job) return undefined;
    const company = await this.db
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', job.company_id)
      .executeTakeFirstOrThrow();
    const j = toJob(job);
    return {
      id: j.id,
      title: j.title,
      company: toCard(company),
      location: j.location,
      remotePolicy: j.remotePolicy,
      employmentType: j.employmentType,
      salary: j.salary,
      skills: j.skills,
      status: j.status,
      openedAt: iso(j.openedAt),
      description: j.description,
      requirements: j.requirements,
      createdAt: j.createdAt.toISOString(),
      updatedAt: j.updatedAt.toISOString(),
    };
  }

  async jobsOfCompany(companyId: string): Promise<CompanyJobRow[]> {
    const rows = await this.db
      .selectFrom('jobs as j')
      .leftJoin('job_applications as a', 'a.job_id', 'j.id')
      .select(['j.id', 'j.title', 'j.status', 'j.opened_at', 'j.updated_at'])
      .select((eb) => [
        eb.fn.count<string>('a.id').as('total'),
        sql<string>`count(a.id) FILTER (WHERE a.status = 'active')`.as('active'),
      ])
      .where('j.company_id', '=', companyId)
      .groupBy('j.id')
      .orderBy('j.created_at', 'desc')
      .orderBy('j.id', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      openedAt: iso(row.opened_at),
      updatedAt: row.updated_at.toISOString(),
      applications: { active: Number(row.active), total: Number(row.total) },
    }));
  }

  async application(applicationId: string): Promise<ApplicationView | undefined> {
    const [view] = await this.applicationViews('a.id', applicationId);
    return view;
  }

  applicationsOfCandidate(candidateId: string): Promise<ApplicationView[]> {
    return this.applicationViews('a.candidate_id', candidateId);
  }

  applicationsOfJob(jobId: string): Promise<ApplicationView[]> {
    return this.applicationViews('a.job_id', jobId);
  }

  async liveApplicationId(jobId: string, candidateId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('job_applications')
      .select('id')
      .where('job_id', '=', jobId)
      .where('candidate_id', '=', candidateId)
      .where('status', '<>', 'withdrawn')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** Newest first, each with its timeline (one query for the rows, one for all their transitions). */
  private async applicationViews(
    column: 'a.id' | 'a.candidate_id' | 'a.job_id',
    value: string,
  ): Promise<ApplicationView[]> {
    const rows = await this.db
      .selectFrom('job_applications as a')
      .innerJoin('jobs as j', 'j.id', 'a.job_id')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .innerJoin('users as u', 'u.id', 'a.candidate_id')
      .selectAll('a')
      .select([
        'j.title as job_title',
        'j.status as job_status',
        'c.name as company_name',
        'c.slug as company_slug',
        'c.logo_url as company_logo_url',
        'u.name as candidate_name',
        'u.email as candidate_email',
      ])
      .where(column, '=', value)
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
    if (rows.length === 0) return [];
    const transitions = await this.db
      .selectFrom('application_transitions')
      .selectAll()
      .where(
        'application_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((row) => {
      const app = toApplication(
        row,
        transitions.filter((t) => t.application_id === row.id).map(toTransition),
      );
      return {
        id: app.id,
        job: { id: app.jobId, title: row.job_title, status: row.job_status },
        company: {
          id: app.companyId,
          name: row.company_name,
          slug: row.company_slug,
          logoUrl: row.company_logo_url,
        },
        candidate: { id: app.candidateId, name: row.candidate_name, email: row.candidate_email },
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
    });
  }
}
