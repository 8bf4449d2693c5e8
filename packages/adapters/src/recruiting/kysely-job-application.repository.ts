import type { JobApplicationRepository } from '@talentsphere/application/recruiting';
import type { JobApplication } from '@talentsphere/domain/recruiting';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { toApplication, toTransition, transitionRow } from './recruiting-rows';
import { withSavepoint } from './savepoint';

const stateColumns = (app: JobApplication) => ({
  status: app.status,
  stage: app.stage,
  rejection_reason: app.rejection?.reason ?? null,
  rejected_by: app.rejection?.decidedBy ?? null,
  viewed_at: app.viewedAt,
  updated_at: app.updatedAt,
});

/** An application and its timeline (application_transitions, append-only). */
export class KyselyJobApplicationRepository implements JobApplicationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByIdForUpdate(id: string): Promise<JobApplication | undefined> {
    const row = await this.db
      .selectFrom('job_applications')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return undefined;
    const timeline = await this.db
      .selectFrom('application_transitions')
      .selectAll()
      .where('application_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return toApplication(row, timeline.map(toTransition));
  }

  async insert(app: JobApplication): Promise<'inserted' | 'duplicate'> {
    try {
      await withSavepoint(this.db, () =>
        this.db
          .insertInto('job_applications')
          .values({
            ...stateColumns(app),
            id: app.id,
            job_id: app.jobId,
            company_id: app.companyId,
            candidate_id: app.candidateId,
            cover_letter: app.coverLetter,
            resume_url: app.resumeUrl,
            created_at: app.createdAt,
          })
          .execute(),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'job_applications_one_per_candidate')) return 'duplicate';
      throw error;
    }
    await this.appendTransitions(app, app.timeline);
    return 'inserted';
  }

  async update(app: JobApplication): Promise<void> {
    await this.db.updateTable('job_applications').set(stateColumns(app)).where('id', '=', app.id).execute();
    await this.appendTransitions(app, app.timeline);
  }

  private async appendTransitions(app: JobApplication, entries: JobApplication['timeline']): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insertInto('application_transitions')
      .values(entries.map((t) => transitionRow(app.id, t)))
      // The timeline is append-only: entries already stored are skipped, new ones appended.
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
