import type { JobRepository, RowLock } from '@talentsphere/application/recruiting';
import type { Job } from '@talentsphere/domain/recruiting';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { toJob } from './recruiting-rows';
import { withLock } from './row-lock';

/**
 * Writes the `search` tsvector with the row (title and skills weigh most, then location, then the
 * description); the migration explains why it is not a generated column.
 */
export const searchVector = (job: Job) => sql<string>`
  setweight(to_tsvector('english'::regconfig, ${job.title}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${job.skills.map((s) => s.name).join(' ')}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${job.location}::text), 'B') ||
  setweight(to_tsvector('english'::regconfig, ${job.description}::text), 'C')`;

const columns = (job: Job) => ({
  company_id: job.companyId,
  title: job.title,
  description: job.description,
  requirements: JSON.stringify(job.requirements),
  location: job.location,
  remote_policy: job.remotePolicy,
  employment_type: job.employmentType,
  salary_min: job.salary?.min ?? null,
  salary_max: job.salary?.max ?? null,
  salary_currency: job.salary?.currency ?? null,
  skills: JSON.stringify(job.skills),
  skill_names: job.skills.map((s) => s.name),
  status: job.status,
  updated_at: job.updatedAt,
  opened_at: job.openedAt,
  closed_at: job.closedAt,
  search: searchVector(job),
});

export class KyselyJobRepository implements JobRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string, lock?: RowLock): Promise<Job | undefined> {
    const row = await withLock(
      this.db.selectFrom('jobs').selectAll().where('id', '=', id),
      lock,
    ).executeTakeFirst();
    return row && toJob(row);
  }

  async insert(job: Job): Promise<void> {
    await this.db
      .insertInto('jobs')
      .values({ ...columns(job), id: job.id, created_at: job.createdAt })
      .execute();
  }

  async update(job: Job): Promise<void> {
    await this.db.updateTable('jobs').set(columns(job)).where('id', '=', job.id).execute();
  }

  async countOpenOfOwner(ownerUserId: string): Promise<number> {
    const row = await this.db
      .selectFrom('jobs')
      .innerJoin('company_members', 'company_members.company_id', 'jobs.company_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('company_members.user_id', '=', ownerUserId)
      .where('company_members.role', '=', 'owner')
      .where('jobs.status', '=', 'open')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async lockSlotsOfOwner(ownerUserId: string): Promise<void> {
    // A transaction-scoped advisory lock: the slots are no row of their own.
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`job-slots:${ownerUserId}`}, 0))`.execute(
      this.db,
    );
  }

  async idsOfCompany(companyId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('jobs').select('id').where('company_id', '=', companyId).execute();
    return rows.map((r) => r.id);
  }
}
